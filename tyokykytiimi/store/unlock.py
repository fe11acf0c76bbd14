"""Creating a team database and signing in to one.

Layout of a data directory: the encrypted database, its key-slot file, the
instance lock, a device id and ``backups/`` for the automatic daily backups.
"""
from __future__ import annotations

import dataclasses
import json
import os
import uuid
from pathlib import Path


from ..models.passwords import password_problems
from ..models.users import Role, User
from . import migrate
from .atomic import private_dir, remove_stale_work, tighten
from .data_dir import exists, list_users  # noqa: F401  (unlock's API; light for sign-in)
from .database import DB_FILE, make_engine
from .errors import (AlreadyExists, DamagedDatabase, DatabaseMissing, ForeignKeySlots,
                     InvalidInput, RewrittenSlot, StoreError, UnknownUser, UserInactive,
                     WrongPassword)
from ..i18n import Message
from .instance import InstanceLock
from .keyslots import SLOT_FILE, KeySlots, database_salt, new_recovery_key
from .signing import RECOVERY, Signer, new_private, public_of, signed_head
from .session import CurrentUser, Store, write_audit
from .settings import set_setting
from .sync import capture as _sync_capture  # noqa: F401  (registers the listener)
from ..i18n import Message
from .permissions import operation

DEVICE_FILE = "device-id"


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILE


def slot_path(data_dir: Path) -> Path:
    return Path(data_dir) / SLOT_FILE


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
    private_dir(data_dir)
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
        own = slots.set_user(key, user_id=user.id, username=user.username,
                             display_name=user.display_name, password=password)
        recovery_slot = slots.set_recovery(key, recovery)
        store = Store(data_dir, engine, key, _current(user), device_id(data_dir), lock)
        store.signer = Signer(user.id, own.signing_private)
        with store.session() as s:
            s.add(user)
            set_setting(s, "team_name", team_name.strip())
            # The creator's key opens the signed chain; their rights, then the recovery key.
            register_key(s, store, user.id, own.public_key)
            store.audit(s, "database_create", target="database", role=role, admin=True)
            store.audit(s, "user_create", target=f"user:{user.id}", role=role, admin=True)
            entry = store.audit(s, "signing_key", target="signing", signer=RECOVERY,
                                public_key=recovery_slot.public_key)
        slots.heads[own.id] = signed_head(own.signing_private, entry.seq, entry.hash)
        slots.save()
        tighten(data_dir)
        return store, recovery
    except BaseException:
        if own_lock:
            lock.release()
        raise


def _current(user: User) -> CurrentUser:
    return CurrentUser(id=user.id, username=user.username, display_name=user.display_name,
                       role=user.role, is_admin=user.is_admin)


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
        tighten(data_dir)
        for folder in (data_dir, data_dir / "backups"):  # ours: the lock is held
            remove_stale_work(folder)
        slots = KeySlots.load(slot_path(data_dir))
        try:
            if recovery_key is not None:
                key, slot = slots.unwrap_recovery_slot(recovery_key)
                slot_user_id = None
            else:
                key, slot = slots.unwrap_user(username, password or "")
                slot_user_id = slot.user_id
        except (WrongPassword, UnknownUser):
            slots.note_failure(username or "(palautusavain)")
            raise
        engine = _engine_for(data_dir, key, slots)
        needs = migrate.pending(engine)
        user = _find_user(engine, slot_user_id, username)
        if user is None:
            raise UnknownUser()
        store = Store(data_dir, engine, key, user, device_id(data_dir), lock)
        fresh_key = _signer_for(store, slot, recovery_key is not None)
        if not needs:
            _refuse_rewritten_slot(engine, store.signer, slot, fresh_key)
            _honour_signed_rights(engine, store)
        registered = False
        if fresh_key:
            with engine.connect() as conn:
                signing_columns = _has_signatures(conn)
            if signing_columns:  # before anything this session signs, e.g. a migration
                with store.session() as s:
                    _start_signing(s, store)
                registered = True
        if needs:
            if before_migration:
                before_migration(store)
            migrate.upgrade(engine)
            with store.session() as s:
                store.audit(s, "migrate", target="database",
                            revisions=sorted(migrate.current_revisions(engine)))
        with store.session() as s:
            if fresh_key and not registered:
                _start_signing(s, store)
            for failed in slots.failed:
                write_audit(s, device_id=store.device_id, user_id=None,
                            username=failed.get("username"), action="sign_in_failed",
                            target="database", detail={"at": failed.get("at")},
                            signer=store.signer)
            entry = store.audit(s, "sign_in", target="database",
                                method="recovery_key" if recovery_key is not None else "password")
        kept = slots.heads.get(slot.id)
        if _head_holds(engine, kept):  # a broken one stays, for check to report
            slots.heads[slot.id] = signed_head(store.signer.private, entry.seq, entry.hash)
        else:
            store.tamper_warning = Message(
                "The audit trail no longer holds entry {seq} as it was when you last signed "
                "out: entries were deleted or rewritten, or an older backup was put in place. "
                "Tell an administrator.", seq=kept.get("seq"))
        slots.failed = []
        slots.save()
        return store
    except BaseException:
        if own_lock:
            lock.release()
        raise


def _signer_for(store: Store, slot, recovery: bool) -> bool:
    """Give the session its signing key; True when the slot had none (made now)."""
    private = getattr(slot, "signing_private", None)
    fresh = private is None
    if fresh:  # a slot from before signing: the password is at hand, so wrap a new key
        private = new_private()
        slot.wrap_signing_key(private, public_of(private))
    store.signer = Signer(RECOVERY if recovery else store.user.id, private)
    return fresh


def _head_holds(engine, head: dict | None) -> bool:
    if not isinstance(head, dict) or not isinstance(head.get("seq"), int):
        return True
    with engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT hash FROM audit_entries WHERE seq = ?",
                                   (head["seq"],)).first()
    return row is not None and row[0] == head.get("hash")


def _registered_keys(conn, signer_id: str) -> list[str]:
    rows = conn.exec_driver_sql(
        "SELECT detail FROM audit_entries WHERE action = 'signing_key' ORDER BY seq").all()
    keys = []
    for (detail,) in rows:
        try:
            data = json.loads(detail or "{}")
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("signer") == signer_id:
            keys.append(data.get("public_key"))
    return keys


def _refuse_rewritten_slot(engine, signer: Signer, slot, fresh: bool) -> None:
    """A slot whose signing key was never registered for its holder was made by someone
    else (who held the database key): signing in with it would let them act as the holder."""
    with engine.connect() as conn:
        if not _has_signatures(conn) or shares_slots(conn):
            return
        keys = _registered_keys(conn, signer.id)
    # A slot without a key (or whose key does not open) for someone who has one registered
    # was made by someone else just as much as a slot with another key.
    if keys and (fresh or slot.public_key not in keys):
        raise RewrittenSlot(slot.username or RECOVERY)


def shares_slots(conn) -> bool:
    """Whether team sync shares this database's key slots with other workstations.

    Each workstation keeps its own audit chain, so a key registered on another
    workstation (a password reset there) is not in this one: such teams get the
    slot check from their peers, not from this chain (a known limit, README).
    """
    try:
        return conn.exec_driver_sql("SELECT 1 FROM sync_self LIMIT 1").first() is not None
    except Exception:  # noqa: BLE001 - no sync tables: a lone workstation
        return False


def _has_signatures(conn) -> bool:
    columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(audit_entries)")}
    return "signature" in columns


def _honour_signed_rights(engine, store: Store) -> None:
    """Sign in with the rights an administrator's signed entry gave, not with whatever
    the users table says now (someone with the database key may have edited it)."""
    with engine.connect() as conn:
        if not _has_signatures(conn) or shares_slots(conn):
            return  # with team sync, rights may change on another workstation's chain
        rows = conn.exec_driver_sql(
            "SELECT action, user_id, target, detail FROM audit_entries WHERE action IN "
            "('database_create', 'user_create', 'user_change', 'signing_start') "
            "ORDER BY seq").all()
    recorded = None
    for action, user_id, target, detail in rows:
        try:
            data = json.loads(detail or "{}")
        except ValueError:
            continue
        if action == "signing_start":
            snap = (data.get("rights") or {}).get(store.user.id)
            if snap:
                recorded = (snap[0], bool(snap[1]))
        elif (action == "database_create" and user_id == store.user.id) or \
                target == f"user:{store.user.id}":
            recorded = (data.get("role") or store.user.role, bool(data.get("admin", True)))
    if recorded is None:
        return
    role, admin = recorded
    if role != store.user.role or admin != store.user.is_admin:
        store.user = dataclasses.replace(store.user, role=role, is_admin=admin)
        store.tamper_warning = Message(
            "Your rights in the database differ from what an administrator gave you; you "
            "are signed in with the rights you were given. Tell an administrator.")


def _start_signing(s, store: Store) -> None:
    """Register this signer's first key; the first ever also records everyone's rights."""
    store.audit(s, "signing_key", target="signing", signer=store.signer.id,
                public_key=store.signer.public)
    started = s.connection().exec_driver_sql(
        "SELECT 1 FROM audit_entries WHERE action IN ('signing_start', 'database_create') "
        "AND signature IS NOT NULL LIMIT 1").first()
    if started is None:
        rows = s.connection().exec_driver_sql("SELECT id, role, is_admin FROM users").all()
        store.audit(s, "signing_start", target="signing",
                    rights={r[0]: [r[1], bool(r[2])] for r in rows})


def register_key(s, store: Store, signer_id: str, public_key: str) -> None:
    """An administrator registers a key they made for someone (new user, reset, recovery)."""
    store.audit(s, "signing_key", target="signing", signer=signer_id, public_key=public_key)


def _engine_for(data_dir: Path, key: bytes, slots: KeySlots):
    """The engine; a key that does not open the file is told apart from a damaged file."""
    try:
        return make_engine(db_path(data_dir), key)
    except DamagedDatabase:
        actual = database_salt(db_path(data_dir))
        if slots.database_salt and actual and slots.database_salt != actual:
            raise ForeignKeySlots(slots.database_id) from None
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


@operation("session")
def verify_password(store: Store, password: str) -> bool:
    """Unlocking after the idle lock: the same slot check as signing in."""
    slots = KeySlots.load(slot_path(store.data_dir))
    try:
        key, _ = slots.unwrap_user(store.user.username, password)
    except (WrongPassword, UnknownUser):
        slots.note_failure(store.user.username)
        return False
    return key == store.key


@operation("session")
def sign_out(store: Store) -> None:
    with store.session() as s:
        entry = store.audit(s, "sign_out", target="database")
    if store.signer is not None:
        _record_head(store, entry)
    store.close()


def _record_head(store: Store, entry) -> None:
    """Keep the chain's head, signed, in this user's slot: outside the database."""
    try:
        slots = KeySlots.load(slot_path(store.data_dir))
        slot = (slots.recovery_slot() if store.signer.id == RECOVERY
                else next((x for x in slots.users() if x.user_id == store.user.id), None))
        if slot is None or slot.public_key != store.signer.public:
            return
        slots.heads[slot.id] = signed_head(store.signer.private, entry.seq, entry.hash)
        slots.save()
    except (OSError, StoreError):
        pass  # signing out must not fail on this
