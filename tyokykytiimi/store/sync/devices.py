"""The team's workstations: setting sync up, joining, approving, removing.

Joining, step by step:

1. The new workstation (``request_join``) makes its key pairs, keeps them in a
   small file sealed with the joining person's password (the same Argon2id slot
   as ``keyslots.json``; it has no database yet), and writes a join request —
   public keys only — to ``join/<device>.request``. It shows a fingerprint.
2. On a member workstation an administrator compares the fingerprint (by phone,
   face to face) and approves (``approve``): the newcomer becomes a member
   (a change that syncs), and a *welcome* file, encrypted to the newcomer only,
   carries the team's data as it stands, the merge state and the team's key
   slots.
3. The newcomer (``complete_join``) opens the welcome. It is accepted only if
   the password the person typed opens one of its key slots: a stranger with
   write access to the folder cannot make a slot for a password they do not
   know. The newcomer's database is created with the team's key (see
   ``credentials``), filled from the welcome, and later bundles follow.
"""
from __future__ import annotations

import base64
import json
import os
import uuid
from datetime import datetime, timezone
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from ...i18n import Message
from ...models.base import utcnow
from ...models.sync import SyncDevice, SyncSelf
from .. import migrate
from ..database import DB_FILE, make_engine, writing
from ..errors import AlreadyExists, InvalidInput, PermissionDenied
from ..keyslots import SLOT_FILE, KeySlots, Slot, make_slot
from ..session import Store
from ..unlock import DEVICE_FILE, open_store
from . import bundle, credentials, crypto, rows, settings_rows
from .errors import FolderUnavailable, NotSetUp, SyncError, WaitingApproval
from ..permissions import operation

PENDING_FILE = "join-pending.json"


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    fingerprint: str
    state: str
    last_seen: object
    this: bool


def check_folder(folder) -> Path:
    """The folder exists and a file written there reads back the same."""
    path = Path(folder or "")
    if not str(folder or "").strip() or not path.is_dir():
        raise FolderUnavailable(Message("The folder {folder} does not exist.",
                                        folder=str(folder)))
    probe = path / f".tyokykytiimi-probe-{uuid.uuid4().hex}"
    data = os.urandom(32)
    try:
        probe.write_bytes(data)
        ok = probe.read_bytes() == data
        probe.unlink()
    except OSError:
        ok = False
    if not ok:
        raise FolderUnavailable(Message("The folder {folder} cannot be written and read back.",
                                        folder=str(folder)))
    return path


def me(conn) -> SyncSelf | None:
    row = conn.exec_driver_sql("SELECT device_id, box_secret, sign_secret, team_secret, "
                               "folder, seq, sent, state_no FROM sync_self").first()
    if row is None:
        return None
    return SyncSelf(device_id=row[0], box_secret=row[1], sign_secret=row[2],
                    team_secret=row[3], folder=row[4], seq=row[5], sent=row[6],
                    state_no=row[7])


def require(conn) -> SyncSelf:
    found = me(conn)
    if found is None:
        raise NotSetUp()
    return found


@operation("session")
def is_set_up(store: Store) -> bool:
    with store.engine.connect() as conn:
        try:
            return me(conn) is not None
        except sa.exc.OperationalError:
            return False


@operation("session")
def folder_of(store: Store) -> str:
    with store.engine.connect() as conn:
        found = me(conn)
        return found.folder if found else ""


def _insert_self(conn, device_id: str, keys: dict, team_secret: str, folder: str) -> None:
    conn.exec_driver_sql(
        "INSERT INTO sync_self (id, device_id, box_secret, sign_secret, team_secret, folder, "
        "seq, sent, hlc_wall, hlc_count, state_no, last_error) "
        "VALUES (1, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, '')",
        (device_id, keys["box_secret"], keys["sign_secret"], team_secret, folder))


@operation("workstations")
def enable(store: Store, folder, name: str = "") -> None:
    """Set this workstation up as the team's first member (administrators)."""
    store.require_admin()
    folder = check_folder(folder)
    with store.session() as s:
        conn = s.connection()
        if me(conn) is not None:
            conn.exec_driver_sql("UPDATE sync_self SET folder = ?", (str(folder),))
            store.audit(s, "sync_folder", target="sync")
            return
        keys = crypto.new_keys()
        _insert_self(conn, store.device_id, keys, crypto.new_team_secret(), str(folder))
        store.__dict__["_sync_enabled"] = True
        s.add(SyncDevice(id=store.device_id, name=name or store.device_id[:8],
                         box_public=keys["box_public"], sign_public=keys["sign_public"]))
        store.audit(s, "sync_enable", target="sync")
    credentials.publish(store)


def members(conn) -> list[SyncDevice]:
    rows_ = conn.exec_driver_sql("SELECT id, name, box_public, sign_public, state, "
                                 "accepted_until, starts FROM sync_devices ORDER BY name").all()
    return [SyncDevice(id=r[0], name=r[1], box_public=r[2], sign_public=r[3], state=r[4],
                       accepted_until=r[5], starts=r[6]) for r in rows_]


def _when(text):
    if not text:
        return None
    return datetime.fromisoformat(str(text)).replace(tzinfo=timezone.utc)


@operation("session")
def list_devices(store: Store) -> list[Device]:
    with store.engine.connect() as conn:
        own = require(conn)
        seen = {dev: _when(at) for dev, at in conn.exec_driver_sql(
            "SELECT device_id, last_seen FROM sync_applied").all()}
        return [Device(d.id, d.name, crypto.fingerprint(d.box_public, d.sign_public), d.state,
                       seen.get(d.id), d.id == own.device_id) for d in members(conn)]


# --- joining --------------------------------------------------------------------------

def _seal_pending(password: str, payload: dict) -> dict:
    key = os.urandom(32)
    slot = make_slot("join", password, key)
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, json.dumps(payload).encode(), b"join")
    return {"slot": asdict(slot), "nonce": base64.b64encode(nonce).decode(),
            "sealed": base64.b64encode(sealed).decode()}


def _open_pending(data_dir: Path, password: str) -> dict | None:
    try:
        stored = json.loads((data_dir / PENDING_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    key = Slot(**stored["slot"]).unwrap(password)
    try:
        return json.loads(AESGCM(key).decrypt(base64.b64decode(stored["nonce"]),
                                              base64.b64decode(stored["sealed"]), b"join"))
    except InvalidTag:
        return None


def request_join(data_dir, folder, username: str, password: str, name: str = "") -> str:
    """Write (or re-write) this workstation's join request; returns its fingerprint."""
    data_dir = Path(data_dir)
    folder = check_folder(folder)
    if (data_dir / DB_FILE).exists():
        raise AlreadyExists()
    data_dir.mkdir(parents=True, exist_ok=True)
    pending = _open_pending(data_dir, password)
    if pending is None:
        keys = crypto.new_keys()
        pending = {"device": str(uuid.uuid4()), "keys": keys, "folder": str(folder),
                   "username": username, "name": name or username}
        from ..atomic import write_atomic
        write_atomic(data_dir / PENDING_FILE,
                     json.dumps(_seal_pending(password, pending)).encode())
    keys = pending["keys"]
    request = {"device": pending["device"], "name": pending["name"],
               "box_public": keys["box_public"], "sign_public": keys["sign_public"]}
    path = folder / bundle.JOIN_DIR / f"{pending['device']}.request"
    if not path.exists():
        data = bundle.seal({"kind": "join", "device": pending["device"]},
                           json.dumps(request).encode(), keys["sign_secret"])
        bundle.write_once(path, data)
    return crypto.fingerprint(keys["box_public"], keys["sign_public"])


def join_requests(folder) -> list[dict]:
    """Join requests in the folder whose self-signature holds."""
    out = []
    directory = Path(folder) / bundle.JOIN_DIR
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return []
    for name in names:
        if not name.endswith(".request") or name.startswith("."):
            continue
        try:
            env = bundle.open_envelope(bundle.read(directory / name) or b"")
            req = json.loads(env.body)
        except (bundle.Damaged, ValueError):
            continue
        if env.header.get("kind") != "join" or not env.verified_by(req.get("sign_public", "")):
            continue
        req["fingerprint"] = crypto.fingerprint(req["box_public"], req["sign_public"])
        out.append(req)
    return out


@operation("session")
def pending_requests(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        own = require(conn)
        known = {d.id for d in members(conn)}
    return [r for r in join_requests(own.folder) if r["device"] not in known]


def _positions(conn) -> list[tuple[str, int]]:
    """Per sender, the last change a welcome written now holds (own: what was sent;
    the unsent changes follow in bundles)."""
    own = require(conn)
    return [(dev, seq) for dev, seq in conn.exec_driver_sql(
        "SELECT device_id, seq FROM sync_applied") if dev != own.device_id] + [
        (own.device_id, own.sent)]


def starts_of(device: SyncDevice) -> dict:
    """The member's starting positions; {} for the founder and members from before
    they were recorded (they need every file)."""
    try:
        found = json.loads(device.starts or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _snapshot(conn, store: Store) -> dict:
    # Raw stored values: the newcomer's schema is the same (the welcome says which),
    # so nothing needs converting on either side.
    tables = {}
    for name, table in rows.synced_tables().items():
        columns = [c.name for c in table.columns]
        listed = ", ".join(f'"{c}"' for c in columns)
        tables[name] = {"columns": columns, "rows": [list(r) for r in conn.exec_driver_sql(
            f'SELECT {listed} FROM "{name}"')]}
    def dump(sql):
        return [list(r) for r in conn.exec_driver_sql(sql)]
    own = require(conn)
    audit = {r[0]: r[1:] for r in dump("SELECT device_id, audit_seq, audit_hash "
                                       "FROM sync_applied")}
    applied = [[dev, seq, *audit.get(dev, (0, ""))] if dev != own.device_id
               else [dev, seq, 0, ""] for dev, seq in _positions(conn)]
    slots = KeySlots.load(store.data_dir / SLOT_FILE)
    return {
        "tables": tables,
        "settings": [list(r) for r in settings_rows.team_rows(conn)],
        "sync_rows": dump("SELECT table_name, row_id, client_id, state, pending, conflict "
                          "FROM sync_rows"),
        "applied": applied,
        # Its own changes not yet sent are in the rows too (rights.known).
        "seen": {own.device_id: conn.exec_driver_sql("SELECT seq FROM sync_self").scalar()},
        "erased": dump("SELECT key FROM sync_erased"),
        "team_secret": own.team_secret,
        "database_id": slots.database_id,
        "slots": [asdict(s) for s in slots.slots],
        "from": own.device_id,
    }


@operation("workstations")
def approve(store: Store, fingerprint: str) -> str:
    """Admit the workstation whose request shows ``fingerprint``; returns its id."""
    store.require_admin()
    wanted = crypto.normalise_fingerprint(fingerprint)
    with store.engine.connect() as conn:
        own = require(conn)
    match = [r for r in pending_requests(store) if r["fingerprint"] == wanted]
    if not match:
        raise InvalidInput(Message("No workstation asking to join has the fingerprint {fp}.",
                                   fp=fingerprint), "fingerprint")
    req = match[0]
    with store.session() as s:
        conn = s.connection()
        # One transaction: the member row states exactly what the welcome holds, so
        # no writer deletes a file the newcomer still needs (exchange._clean).
        starts = dict(_positions(conn))
        s.add(SyncDevice(id=req["device"], name=req["name"][:100],
                         box_public=req["box_public"], sign_public=req["sign_public"],
                         starts=json.dumps(starts, sort_keys=True)))
        store.audit(s, "sync_approve", target=f"device:{req['device']}")
        s.flush()
        payload = _snapshot(conn, store)
    body = crypto.encrypt(bundle.pack(payload, level=1), [req["box_public"]])
    data = bundle.seal({"kind": "welcome", "device": own.device_id, "to": req["device"],
                        "schema": sorted(migrate.head_revisions())}, body, own.sign_secret)
    path = Path(own.folder) / bundle.JOIN_DIR / f"{req['device']}.welcome"
    if path.exists():
        path.unlink()  # an earlier welcome to the same newcomer, never applied
    bundle.write_once(path, data)
    return req["device"]


@operation("workstations")
def remove(store: Store, device_id: str) -> None:
    """Take a workstation out: later files are not encrypted to it, and its changes
    after what this workstation had applied are no longer taken."""
    store.require_admin()
    with store.session() as s:
        conn = s.connection()
        own = require(conn)
        if device_id == own.device_id:
            raise InvalidInput(Message("This workstation cannot remove itself."), "device")
        device = s.get(SyncDevice, device_id)
        if device is None or device.state != "member":
            raise InvalidInput(Message("No member workstation is called {device}.",
                                       device=device_id), "device")
        applied = conn.exec_driver_sql("SELECT seq FROM sync_applied WHERE device_id = ?",
                                       (device_id,)).scalar() or 0
        device.state, device.accepted_until = "removed", applied
        s.add(device)
        store.audit(s, "sync_remove", target=f"device:{device_id}")


@operation("session")
def find_device(store: Store, text: str) -> str:
    """A device by id, the start of its id, or its name."""
    with store.engine.connect() as conn:
        found = [d for d in members(conn)
                 if d.id == text or d.name == text or (len(text) >= 6 and d.id.startswith(text))]
    if len(found) != 1:
        raise InvalidInput(Message("No member workstation is called {device}.", device=text),
                           "device")
    return found[0].id


def complete_join(data_dir, username: str, password: str, *, lock=None) -> Store:
    """Open the welcome if it has arrived; WaitingApproval until then."""
    data_dir = Path(data_dir)
    pending = _open_pending(data_dir, password)
    if pending is None:
        raise SyncError(Message("This workstation has not asked to join a team."))
    folder = Path(pending["folder"])
    path = folder / bundle.JOIN_DIR / f"{pending['device']}.welcome"
    raw = bundle.read(path)
    if raw is None:
        raise WaitingApproval(Message("Waiting for approval. Fingerprint: {fp}", fp=crypto.
                                      fingerprint(pending["keys"]["box_public"],
                                                  pending["keys"]["sign_public"])))
    env = bundle.open_envelope(raw)
    plain = crypto.decrypt(env.body, pending["keys"]["box_secret"])
    if plain is None:
        raise SyncError(Message("The team's reply cannot be opened on this workstation."))
    snap = bundle.unpack(plain)
    devices_ = snap["tables"].get("sync_devices", {"columns": [], "rows": []})
    sender = next((dict(zip(devices_["columns"], r)) for r in devices_["rows"]
                   if r[devices_["columns"].index("id")] == env.header.get("device")), None)
    if sender is None or not env.verified_by(sender["sign_public"]):
        raise SyncError(Message("The team's reply is not signed by a member workstation."))
    slots = [Slot(**s) for s in snap["slots"]]
    user_slot = next((s for s in slots if s.kind == "user" and s.username == username), None)
    if user_slot is None:
        raise PermissionDenied(Message("The user {user} is not a member of this team.",
                                       user=username))
    key = user_slot.unwrap(password)
    _build(data_dir, key, snap, pending)
    KeySlots(path=data_dir / SLOT_FILE, database_id=snap["database_id"], slots=slots).save()
    (data_dir / DEVICE_FILE).write_text(pending["device"])
    (data_dir / PENDING_FILE).unlink()
    for done in (path, folder / bundle.JOIN_DIR / f"{pending['device']}.request"):
        try:  # the welcome held the team's data (encrypted): not kept longer than needed
            done.unlink()
        except OSError:
            pass
    return open_store(data_dir, username, password, lock=lock)


def _build(data_dir: Path, key: bytes, snap: dict, pending: dict) -> None:
    engine = make_engine(data_dir / DB_FILE, key, create=True)
    try:
        migrate.upgrade(engine)
        tables = rows.synced_tables()
        from sqlmodel import SQLModel
        with writing(engine).begin() as conn:
            with rows.TriggersOff(conn):
                for table in SQLModel.metadata.sorted_tables:
                    found = snap["tables"].get(table.name)
                    if table.name not in tables or not found or not found["rows"]:
                        continue
                    listed = ", ".join(f'"{c}"' for c in found["columns"])
                    marks = ", ".join("?" * len(found["columns"]))
                    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({listed}) VALUES ({marks})',
                                         [tuple(r) for r in found["rows"]])
            conn.exec_driver_sql("DELETE FROM settings")
            for k, v in snap["settings"]:
                conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES (?, ?)", (k, v))
            for r in snap["sync_rows"]:
                conn.exec_driver_sql("INSERT INTO sync_rows (table_name, row_id, client_id, "
                                     "state, pending, conflict) VALUES (?, ?, ?, ?, ?, ?)", tuple(r))
            for dev, seq, aseq, ahash in snap["applied"]:
                conn.exec_driver_sql("INSERT INTO sync_applied (device_id, seq, audit_seq, "
                                     "audit_hash, acks) VALUES (?, ?, ?, ?, '{}')",
                                     (dev, seq, aseq, ahash))
            for (k,) in snap["erased"]:
                conn.exec_driver_sql("INSERT INTO sync_erased (key, at) VALUES (?, ?)",
                                     (k, utcnow().replace(tzinfo=None)))
            conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES (?, ?)",
                                 (settings_rows.WELCOME_SEEN,
                                  json.dumps(snap.get("seen", {}), sort_keys=True)))
            _insert_self(conn, pending["device"], pending["keys"], snap["team_secret"],
                         pending["folder"])
    finally:
        engine.dispose()


__all__ = ["Device", "approve", "check_folder", "complete_join", "enable", "folder_of",
           "is_set_up", "join_requests", "list_devices", "pending_requests", "remove",
           "request_join"]
