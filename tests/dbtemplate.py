"""Already-migrated template databases, copied file by file into each test.

Creating a database runs every migration; doing that once per session and
copying the encrypted file is what makes the suite quick. Each test still gets
its own real SQLCipher file, key slots, lock and device id: the copy is opened
exactly as ``create_database`` leaves a new database open (no sign-in entry).

A template may also hold data (``builder(store)``), built once per session and
shared by every module that asks for it; what the builder returns (ids, detached
rows) stays valid in every copy because the copy is byte for byte.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pytest

from tyokykytiimi.store import keyslots
from tyokykytiimi.store.database import DB_FILE, make_engine
from tyokykytiimi.store.instance import InstanceLock
from tyokykytiimi.store.keyslots import SLOT_FILE
from tyokykytiimi.store.session import CurrentUser, Store
from tyokykytiimi.store.unlock import create_database, device_id

PASSWORD = "Kissa-istuu-puussa-7"
ADMIN = "koordinaattori"
CHEAP_KDF = {"name": "argon2id", "time_cost": 1, "memory_cost": 1024, "parallelism": 1}
# SQLite's WAL files: a closed database has none, but copy them if a builder left one.
_FILES = (DB_FILE, DB_FILE + "-wal", SLOT_FILE)


@dataclass(frozen=True)
class Template:
    folder: Path
    key: bytes
    user: CurrentUser
    recovery: str
    data: Any
    # The signed-in user's signing key (store.unlock sets it at sign-in): every
    # audit entry a test writes is signed, as the program's are.
    signer: Any = None


def build_template(folder: Path, builder: Callable[[Store], Any] | None = None) -> Template:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "DEFAULT_KDF", CHEAP_KDF)
        store, recovery = create_database(folder, team_name="Testitiimi", username=ADMIN,
                                          display_name="Kaisa Koordinaattori",
                                          password=PASSWORD)
        try:
            data = builder(store) if builder else None
        finally:
            store.close()
    return Template(folder, store.key, store.user, recovery, data, store.signer)


def open_copy(template: Template, data_dir: Path) -> Store:
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    for name in _FILES:
        if (template.folder / name).exists():
            shutil.copyfile(template.folder / name, data_dir / name)
    (data_dir / DB_FILE).chmod(0o600)
    lock = InstanceLock(data_dir).acquire()
    try:
        engine = make_engine(data_dir / DB_FILE, template.key)
    except BaseException:
        lock.release()
        raise
    store = Store(data_dir, engine, template.key, template.user, device_id(data_dir), lock)
    store.signer = template.signer
    return store


class Templates:
    """The session's templates, one per builder, made when first asked for."""

    def __init__(self, root: Path):
        self._root = root
        self._made: dict[Callable | None, Template] = {}

    def get(self, builder: Callable[[Store], Any] | None = None) -> Template:
        if builder not in self._made:
            folder = self._root / f"template-{len(self._made)}"
            self._made[builder] = build_template(folder, builder)
        return self._made[builder]


def build_demo(store: Store) -> list:
    """A small demo team: the sample service map and eight generated clients
    (users, consents, meetings, plans, measures); returns the clients."""
    from tyokykytiimi.demo.generator import generate
    from tyokykytiimi.store import servicemap as sm
    sm.import_sample(store)
    return generate(store, n_clients=8).clients
