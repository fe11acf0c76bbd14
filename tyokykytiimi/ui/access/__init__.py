"""The client's own data: the export for the right of access, and real erasure.

``actions.client_actions`` puts a "Client's data…" button on the client page;
``actions.erase_flow`` is the one confirmation-and-erase path, also used by
the administration page's retention tab (``actions.retention_erase_button``).
"""
