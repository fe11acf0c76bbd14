"""Importing what signing in needs while the sign-in dialog waits for the password.

The dialog itself needs only Qt and the key-slot file; SQLAlchemy, SQLModel,
the models, the store and the main window take most of a second to import.
A background thread imports them while the person types (and while the
Argon2id derivation runs: it releases the GIL), so the window follows the
password at once. Nothing is run but imports and SQLAlchemy's set-up of the
model classes; whatever fails here is raised again by the main thread's own
import or first query, where it is handled as before.
"""
from __future__ import annotations

import importlib
import threading

# In the order signing in and the first window use them.
MODULES = (
    "argon2.low_level",  # the key slots import these when the password is checked
    "cryptography.hazmat.primitives.ciphers.aead",
    "tyokykytiimi.store.unlock",
    "tyokykytiimi.store.backup",
    "tyokykytiimi.ui.main_window",
    "tyokykytiimi.ui.home",
    "tyokykytiimi.store.due_list",
    "tyokykytiimi.store.measures",
    "tyokykytiimi.store.contacts",
    "tyokykytiimi.store.workstation",
    "tyokykytiimi.ui.feedback.reading",
    "tyokykytiimi.ui.feedback.actions",
    "tyokykytiimi.ui.settings_dialog",
    "tyokykytiimi.ui.sync.status_bar",
    "tyokykytiimi.ui.sync.background",
    "tyokykytiimi.ui.help",
    "tyokykytiimi.ui.tab_keys",
    "tyokykytiimi.ui.date_fields",
    "tyokykytiimi.ui.health",
    "tyokykytiimi.ui.worker",
    "tyokykytiimi.ui.clients.table_model",
    "tyokykytiimi.ui.clients.list_page",
)

_thread: threading.Thread | None = None


def _run(modules) -> None:
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the main thread imports it again and is told
            pass
    try:
        # SQLAlchemy sets the models' mappers up on their first query (the sign-in's
        # own, a fifth of a second's work on the main thread after Sign in): now, with
        # the imports. Nothing is read or written.
        from sqlalchemy.orm import configure_mappers
        configure_mappers()
        from .store import migrate
        migrate._known_heads()  # the revision files read once: the schema check at sign-in
    except Exception:  # noqa: BLE001 - the first query configures them again and says why
        pass


def start(modules=MODULES) -> None:
    """Begin importing ``modules`` in the background (once; later calls do nothing)."""
    global _thread
    if _thread is not None:
        return
    _thread = threading.Thread(target=_run, args=(modules,), name="preload", daemon=True)
    _thread.start()


def wait() -> None:
    """Until the background imports are done: the main thread imports nothing meanwhile,
    so two threads never import one circle of modules at once."""
    if _thread is not None:
        _thread.join()
