"""The sync tabs of Administration."""
from __future__ import annotations


def add_tabs(page) -> None:
    from .conflicts_tab import ConflictsTab
    from .workstations_tab import WorkstationsTab
    page.workstations = WorkstationsTab(page.store, page)
    page.conflicts = ConflictsTab(page.store, page)
    page.tabs.addTab(page.workstations, page.workstations.tr("Workstations"))
    page.tabs.addTab(page.conflicts, page.conflicts.tr("Conflicts"))
