"""The GUI's side of the permission matrix: disable what the store would refuse, and say why.

The store enforces the matrix (``store/permissions.py``); this only keeps a
button from promising what the signed-in role may not do. A disabled control
still shows its tooltip, which names the reason.
"""
from __future__ import annotations

from ..store.permissions import allowed, reason


def guard(control, store, permission: str) -> bool:
    """Disable ``control`` (a widget or QAction) with the reason when not allowed."""
    why = reason(store.user, permission)
    if why is None:
        return True
    text = why.render()
    control.setEnabled(False)
    control.setToolTip(text)
    control.setStatusTip(text)
    return False


def may(store, permission: str) -> bool:
    return allowed(store.user, permission)
