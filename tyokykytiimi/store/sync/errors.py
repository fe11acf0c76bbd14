"""Sync failures a person can meet (the machinery is ``store.errors.StoreError``'s)."""
from __future__ import annotations

from ...i18n import N_, Message
from ..errors import StoreError


# A conflict a person answers that another decision (here or on another workstation) settled first.
GONE = Message("This conflict no longer exists.")


class SyncError(StoreError):
    messages = N_("Sync failed.")
    exit_code = 10


class FolderUnavailable(SyncError):
    messages = N_("The shared folder cannot be reached.")
    exit_code = 11


class NotSetUp(SyncError):
    messages = N_("Team sync has not been set up.")
    exit_code = 12


class WaitingApproval(SyncError):
    messages = N_("Waiting for approval.")
    exit_code = 9
