"""Who may run which store operation: one guard over the matrix in resources/.

The matrix (``resources/permissions.v1.json``) lists, per permission, the roles
that hold it (``coordinator``, ``nurse``, ``doctor``) and ``admin`` for users
with the administrator right (on top of their role's own permissions). The
store enforces it here, once, for every public operation; the CLI and the GUI
only ask (``allowed``/``reason``) to hide or explain what the store would
refuse anyway.

Registering a new store operation is one line above it::

    from .permissions import operation

    @operation("journal")
    def add_journal_note(store: Store, client_id: str, text: str) -> JournalNote:
        ...

The first parameter must be the open ``Store``. An operation every signed-in
user may run names ``"session"`` (or ``"own_account"`` for the user's own
password and preferences). ``tests/store/test_permissions.py`` finds every
public function in ``tyokykytiimi.store`` whose first parameter is ``store``
and fails on one without ``@operation``, then runs every operation as every
role (with and without the administrator right) against the matrix.

Reads of client data are audited: ``@operation("measures", quiet="…")`` is the
only way for one not to write an audit entry, with the reason in words.
"""
from __future__ import annotations

import functools
import json
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Callable, TypeVar

from ..i18n import Message, N_
from ..paths import resource_path
from .errors import PermissionDenied

ROLES = ("coordinator", "nurse", "doctor")
ADMIN = "admin"
MATRIX_FILE = "permissions.v1.json"

# Registered operations: function qualified name -> permission.
REGISTRY: dict[str, str] = {}

# What each permission lets a person do, in words shown in a tooltip.
PERMISSION_NAMES = {
    "client_work": N_("client work"),
    "consents": N_("consents"),
    "meetings": N_("network meetings"),
    "plans": N_("client plans"),
    "measures": N_("measures"),
    "journal": N_("the journal"),
    "acknowledge_safety_flags": N_("acknowledging safety flags"),
    "service_map": N_("the service map"),
    "edit_service_map": N_("editing the service map"),
    "team_report": N_("the team report"),
    "access_export": N_("a client's access export"),
    "erasure": N_("erasing a client"),
    "users": N_("managing users"),
    "settings": N_("the team's settings"),
    "backup_to_file": N_("backing up to a file"),
    "restore": N_("restoring from a backup"),
    "audit_export": N_("the audit trail"),
    "workstations": N_("managing workstations"),
    "own_account": N_("your own account"),
    "session": N_("signing in"),
}

F = TypeVar("F", bound=Callable)


@lru_cache(maxsize=1)
def matrix() -> dict[str, frozenset[str]]:
    with open(resource_path(MATRIX_FILE), encoding="utf-8") as handle:
        data = json.load(handle)
    return {name: frozenset(holders) for name, holders in data["operations"].items()}


def allowed(user, permission: str) -> bool:
    """Whether ``user`` (a CurrentUser or User) holds ``permission``."""
    holders = matrix().get(permission)
    if holders is None:
        raise KeyError(f"permission {permission!r} is not in {MATRIX_FILE}")
    return user.role in holders or (bool(user.is_admin) and ADMIN in holders)


def reason(user, permission: str) -> Message | None:
    """Why ``user`` may not do it (None when they may), for a tooltip or message."""
    if allowed(user, permission):
        return None
    what = PERMISSION_NAMES.get(permission, permission)
    holders = matrix()[permission]
    if holders == {ADMIN}:
        return Message("Only an administrator may do this ({what}).", what=Message(what))
    return Message("Your role may not do this ({what}). Ask an administrator if you need it.",
                   what=Message(what))


def require(current, permission: str) -> None:
    user = current.user
    if not allowed(user, permission):
        raise PermissionDenied(reason(user, permission))
    if _probing.get():
        raise Probed(permission)


class Probed(Exception):
    """Raised instead of running an allowed operation while ``probe()`` is on."""


_probing: ContextVar[bool] = ContextVar("permission_probe", default=False)


@contextmanager
def probe():
    """Check permissions only: an allowed operation raises Probed instead of running.

    Lets the permission test walk every operation as every role without any
    operation's body running.
    """
    token = _probing.set(True)
    try:
        yield
    finally:
        _probing.reset(token)


def operation(permission: str, *, quiet: str | None = None) -> Callable[[F], F]:
    """Guard a store operation (first parameter: the Store) with ``permission``.

    An operation that reads client data writes an audit entry (a "view",
    "list", "export" …). ``quiet`` says why one does not: it is a companion of
    a read that audits (the due dates beside the audited client list) or it
    gives counts that name no one. ``tests/store/test_read_audit.py`` holds
    every operation to this.
    """
    if permission not in matrix():
        raise KeyError(f"permission {permission!r} is not in {MATRIX_FILE}")

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def guarded(store, *args, **kwargs):
            require(store, permission)
            return func(store, *args, **kwargs)

        guarded.__permission__ = permission
        guarded.__quiet__ = quiet
        REGISTRY[f"{func.__module__}.{func.__qualname__}"] = permission
        return guarded  # type: ignore[return-value]

    return wrap
