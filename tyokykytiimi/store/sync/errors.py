"""Sync failures a person can meet."""
from __future__ import annotations

from ..errors import StoreError


class SyncError(StoreError):
    messages = {"fi": "Synkronointi epäonnistui.", "sv": "Synkroniseringen misslyckades.",
                "en": "Sync failed."}
    exit_code = 10


class FolderUnavailable(SyncError):
    messages = {"fi": "Jaettuun kansioon ei saada yhteyttä.",
                "sv": "Den delade mappen kan inte nås.",
                "en": "The shared folder cannot be reached."}
    exit_code = 11


class NotSetUp(SyncError):
    messages = {"fi": "Tiimin synkronointia ei ole otettu käyttöön.",
                "sv": "Teamsynkronisering är inte påslagen.",
                "en": "Team sync has not been set up."}
    exit_code = 12


class WaitingApproval(SyncError):
    exit_code = 9
