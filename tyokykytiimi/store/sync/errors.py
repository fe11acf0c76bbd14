"""Sync failures a person can meet."""
from __future__ import annotations

from ...i18n import N_, Message
from ..errors import StoreError


class SyncError(StoreError):
    default = N_("Sync failed.")
    exit_code = 10

    def __init__(self, message=None):
        super().__init__(message or Message(self.default))


class FolderUnavailable(SyncError):
    default = N_("The shared folder cannot be reached.")
    exit_code = 11


class NotSetUp(SyncError):
    default = N_("Team sync has not been set up.")
    exit_code = 12


class WaitingApproval(SyncError):
    default = N_("Waiting for approval.")
    exit_code = 9
