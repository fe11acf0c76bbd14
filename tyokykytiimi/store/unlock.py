"""Creating a team database and signing in to one.

Layout of a data directory: the encrypted database, its key-slot file, the
instance lock, a device id and ``backups/`` for the automatic daily backups.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path


from ..models.passwords import password_problems
from ..models.users import Role, User
from . import migrate
from .database import DB_FILE, make_engine
from .errors import (AlreadyExists, DatabaseMissing, InvalidInput, UnknownUser,
                     UserInactive, WrongPassword)
from .instance import InstanceLock
from .keyslots import SLOT_FILE, KeySlots, new_recovery_key
from .session import CurrentUser, Store, write_audit
from .settings import set_setting
from .sync import capture as _sync_capture  # noqa: F401  (registers the listener)
from ..i18n import Message

DEVICE_FILE = "device-id"


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILE


def slot_path(data_dir: Path) -> Path:
    return Path(data_dir) / SLOT_FILE


def exists(data_dir: Path) -> bool:
    return slot_path(data_dir).exists() and db_path(data_dir).exists()


def device_id(data_dir: Path) -> str:
    path = Path(data_dir) / DEVICE_FILE
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        value = str(uuid.uuid4())
        path.write_text(value)
        return value


def validate_username(username: str) -> str:
    username = username.strip()
    if not username:
        raise InvalidInput(Message("Enter a username."), "username")
    if len(username) > 64 or not all(c.isalnum() or c in "._-" for c in username):
        raise InvalidInput(Message("A username may contain only letters, digits and the characters . _ -"), "username")
    return username


def check_password(password: str, username: str) -> None:
    problems = password_problems(password, username)
    if problems:
        raise InvalidInput(" ".join(problems), "password")


def create_database(data_dir: Path, *, team_name: str, username: str, display_name: str,
                    password: str, role: str = Role.coordinator.value,
                    lock: InstanceLock | None = None) -> tuple[Store, str]:
    """A new team database with its first (admin) user; returns the open store and
    the recovery key, which is shown once and never stored in clear."""
    data_dir = Path(data_dir)
    username = validate_username(username)
    if not team_name.strip():
        raise InvalidInput(Message("Enter the team's name."), "team_name")
    check_password(password, username)
    data_dir.mkdir(parents=True, exist_ok=True)
    if db_path(data_dir).exists() or slot_path(data_dir).exists():
        raise AlreadyExists()
    own_lock = lock is None
    lock = lock or InstanceLock(data_dir).acquire()
    try:
        key = os.urandom(32)
        engine = make_engine(db_path(data_dir), key, create=True)
        migrate.upgrade(engine)
        user = User(username=username, display_name=display_name.strip() or username,
                    role=role, is_admin=True)
        recovery = new_recovery_key()
        slots = KeySlots(path=slot_path(data_dir), database_id=str(uuid.uuid4()))
        slots.set_user(key, user_id=user.id, username=user.username,
                       display_name=user.display_name, password=password)
        slots.set_recovery(key, recovery)
        store = Store(data_dir, engine, key, _current(user), device_id(data_dir), lock)
        with store.session() as s:
            s.add(user)
            set_setting(s, "team_name", team_name.strip())
            store.audit(s, "database_create", target="database")
            store.audit(s, "user_create", target=f"user:{user.id}", role=role, admin=True)
        slots.save()
        return store, recovery
    except BaseException:
        if own_lock:
            lock.release()
        raise


def _current(user: User) -> CurrentUser:
    return CurrentUser(id=user.id, username=user.username, display_name=user.display_name,
                       role=user.role, is_admin=user.is_admin)


def list_users(data_dir: Path) -> list[tuple[str, str]]:
    """(username, display name) for the sign-in list, from the slot file alone."""
    try:
        slots = KeySlots.load(slot_path(data_dir))
    except FileNotFoundError:
        return []
    return sorted(((s.username, s.display_name or s.username) for s in slots.users()),
                  key=lambda u: u[1].casefold())


def open_store(data_dir: Path, username: str, password: str | None = None, *,
               recovery_key: str | None = None, lock: InstanceLock | None = None,
               before_migration=None) -> Store:
    """Sign in. ``before_migration(store)`` runs when the schema must be upgraded
    (start-up takes a backup there)."""
    data_dir = Path(data_dir)
    if not exists(data_dir):
        raise DatabaseMissing()
    own_lock = lock is None
    lock = lock or InstanceLock(data_dir).acquire()
    try:
        slots = KeySlots.load(slot_path(data_dir))
        try:
            if recovery_key is not None:
                key = slots.unwrap_recovery(recovery_key)
                slot_user_id = None
            else:
                key, slot = slots.unwrap_user(username, password or "")
                slot_user_id = slot.user_id
        except (WrongPassword, UnknownUser):
            slots.note_failure(username or "(palautusavain)")
            raise
        engine = make_engine(db_path(data_dir), key)
        needs = migrate.pending(engine)
        user = _find_user(engine, slot_user_id, username)
        if user is None:
            raise UnknownUser()
        store = Store(data_dir, engine, key, user, device_id(data_dir), lock)
        if needs:
            if before_migration:
                before_migration(store)
            migrate.upgrade(engine)
            with store.session() as s:
                store.audit(s, "migrate", target="database",
                            revisions=sorted(migrate.current_revisions(engine)))
        with store.session() as s:
            for failed in slots.failed:
                write_audit(s, device_id=store.device_id, user_id=None,
                            username=failed.get("username"), action="sign_in_failed",
                            target="database", detail={"at": failed.get("at")})
            store.audit(s, "sign_in", target="database",
                        method="recovery_key" if recovery_key is not None else "password")
        if slots.failed:
            slots.failed = []
            slots.save()
        return store
    except BaseException:
        if own_lock:
            lock.release()
        raise


def _find_user(engine, user_id: str | None, username: str | None) -> CurrentUser | None:
    """Raw SQL over columns that never change, so it works before a migration."""
    column, value = ("id", user_id) if user_id else ("username", username)
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            f"SELECT id, username, display_name, role, is_admin, active FROM users "
            f"WHERE {column} = ?", (value,)).first()
    if row is None:
        return None
    if not row[5]:
        raise UserInactive()
    return CurrentUser(id=row[0], username=row[1], display_name=row[2], role=row[3],
                       is_admin=bool(row[4]))


def verify_password(store: Store, password: str) -> bool:
    """Unlocking after the idle lock: the same slot check as signing in."""
    slots = KeySlots.load(slot_path(store.data_dir))
    try:
        key, _ = slots.unwrap_user(store.user.username, password)
    except (WrongPassword, UnknownUser):
        slots.note_failure(store.user.username)
        return False
    return key == store.key


def sign_out(store: Store) -> None:
    with store.session() as s:
        store.audit(s, "sign_out", target="database")
    store.close()
