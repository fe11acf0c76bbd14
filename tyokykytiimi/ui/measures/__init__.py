"""The measures area: quick entry, charts, the client tab and the team view."""
