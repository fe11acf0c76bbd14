"""One exchange with the shared folder: send, receive, state, clean-up.

1. Own files the database does not know of (a crash after writing, or this
   workstation restored from an older backup) are taken back first, and
   unsent local changes that would reuse their numbers are renumbered after
   them, so no sequence number is ever used twice.
2. Send: changes since the last exchange become one bundle (or a few), encrypted
   to the current members (this workstation included), signed.
3. Receive: for each other member, in sequence order, the bundle that starts
   where the last one ended; nothing past a gap; a damaged or forged file is
   skipped (and reported once) and the next copy is tried; a file from a newer
   program waits. One transaction per bundle.
4. A newcomer that could not read a bundle still in the folder gets its own
   copy of it (a new file; the old one is never touched).
5. State: a small signed file says what this workstation has applied and
   where its audit chain stands; older state files of its own are deleted.
6. Clean-up: own bundles every member has applied are deleted. A member that
   has not stated yet needs what follows its starting position (its member
   row). Another member's statement counts only once every member it names is
   known here: a newcomer approved elsewhere is then known, with its starting
   positions, before any file it needs can go. A member not seen for
   ``STALE_DAYS`` no longer holds clean-up back; when it returns and finds the
   files it needs gone, it is told to join again.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ...models.base import utcnow
from .. import migrate
from ..audit import chain_head
from ..database import writing
from ..session import Store
from . import (apply, bundle, capture, clock, conflicts, credentials, crypto, devices,
               notices, rights)
from .errors import FolderUnavailable
from ..permissions import operation

MAX_CHANGES = 5000
STALE_DAYS = 180


@dataclass
class Result:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    waiting: int = 0  # local changes not yet in the folder
    messages: list = field(default_factory=list)


def _schema_known(header: dict) -> bool:
    known = migrate.script()
    for rev in header.get("schema", []):
        try:
            if known.get_revision(rev) is None:
                return False
        except Exception:
            return False
    return True


def _recipients(conn) -> tuple[list[str], list[str]]:
    live = [d for d in devices.members(conn) if d.state == "member"]
    return [d.id for d in live], [d.box_public for d in live]


def _changes(conn, first: int, last: int) -> list[dict]:
    out = []
    for seq, hlc, table, row_id, client_id, op, vv, fields in conn.exec_driver_sql(
            "SELECT seq, hlc, table_name, row_id, client_id, op, vv, fields FROM sync_changes "
            "WHERE seq BETWEEN ? AND ? ORDER BY seq", (first, last)):
        out.append({"s": seq, "h": hlc, "t": table, "r": row_id, "c": client_id, "o": op,
                    "vv": json.loads(vv), "f": json.loads(fields)})
    return out


def _write_bundle(conn, own, folder: Path, first: int, last: int, ids: list[str],
                  boxes: list[str], tag: str | None = None) -> bool:
    wall, count = conn.exec_driver_sql("SELECT hlc_wall, hlc_count FROM sync_self").one()
    payload = {"device": own.device_id, "from": first, "to": last,
               "changes": _changes(conn, first, last)}
    header = {"kind": "bundle", "device": own.device_id, "from": first, "to": last,
              "schema": sorted(migrate.head_revisions()), "recipients": sorted(ids),
              "wall": clock.now_ms(), "hlc": [wall, count]}
    data = bundle.seal(header, crypto.encrypt(bundle.pack(payload), boxes), own.sign_secret)
    return bundle.write_once(folder / own.device_id / bundle.bundle_name(first, last, tag),
                             data)


def _read_envelope(path: Path):
    raw = bundle.read(path)
    if not raw:
        return None
    try:
        return bundle.open_envelope(raw)
    except bundle.Damaged:
        return None


def _recover_own(store: Store, own, folder: Path, result: Result) -> None:
    """Step 1: own bundles beyond what the database says was sent."""
    mine = [b for b in bundle.bundles(folder, own.device_id) if b[1] > own.sent]
    if not mine:
        return
    last_in_folder = max(b[1] for b in mine)
    with store.session() as s:
        conn = s.connection()
        seq = conn.exec_driver_sql("SELECT seq FROM sync_self").scalar()
        payloads = []
        for _first, _last, path in sorted(mine):
            env = _read_envelope(path)
            plain = env and env.verified_by(_own_public(conn, own)) and crypto.decrypt(
                env.body, own.box_secret)
            if plain:
                payloads.append(bundle.unpack(plain))
        # Restored from a backup: numbers in the folder the database never gave, or gave
        # to other changes since the restore.
        restored = seq < last_in_folder or any(
            conn.exec_driver_sql("SELECT hlc FROM sync_changes WHERE seq = ?",
                                 (ch["s"],)).scalar() != ch["h"]
            for p in payloads for ch in p["changes"])
        if restored:
            shift = last_in_folder - own.sent
            if seq > own.sent:
                _renumber(conn, own.device_id, own.sent, shift)
            for payload in payloads:
                apply.apply_changes(s, store, own.device_id, payload["changes"])
                _keep_changes(conn, payload["changes"])
            seq += shift
            notices.add(conn, own.device_id, "restored")
            result.messages.append("restored")
        conn.exec_driver_sql("UPDATE sync_self SET seq = ?, sent = ?",
                             (max(seq, last_in_folder), last_in_folder))


def _keep_changes(conn, changes: list[dict]) -> None:
    for ch in changes:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_changes (seq, hlc, table_name, row_id, client_id, op, "
            "vv, fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (ch["s"], ch["h"], ch["t"], ch["r"], ch.get("c"), ch["o"],
             json.dumps(ch["vv"]), json.dumps(ch["f"], ensure_ascii=False)))


def _renumber(conn, device: str, sent: int, shift: int) -> None:
    """Move unsent local changes (and their versions) past numbers already in the folder."""
    conn.exec_driver_sql("UPDATE sync_changes SET seq = -seq WHERE seq > ?", (sent,))
    for seq, vv, table, row_id in conn.exec_driver_sql(
            "SELECT seq, vv, table_name, row_id FROM sync_changes WHERE seq < 0").all():
        moved = json.loads(vv)
        if moved.get(device, 0) > sent:
            moved[device] += shift
        conn.exec_driver_sql("UPDATE sync_changes SET seq = ?, vv = ? WHERE seq = ?",
                             (-seq + shift, json.dumps(moved), seq))
        state, found = capture.load_row(conn, table, row_id)
        if found:
            versions = list(state["f"].values()) + list(state.get("hist", {}).values())
            for vv_ in [state["ctx"]] + [h[0] for heads in versions for h in heads]:
                if vv_.get(device, 0) > sent:
                    vv_[device] += shift
            capture.save_row(conn, table, row_id, None, state)


def _own_public(conn, own) -> str:
    return conn.exec_driver_sql("SELECT sign_public FROM sync_devices WHERE id = ?",
                                (own.device_id,)).scalar() or ""


def _send(store: Store, own, folder: Path, result: Result) -> None:
    with writing(store.engine).connect() as conn:
        seq = conn.exec_driver_sql("SELECT seq FROM sync_self").scalar()
        sent = own.sent
        ids, boxes = _recipients(conn)
        while sent < seq:
            last = min(seq, sent + MAX_CHANGES)
            if not _write_bundle(conn, own, folder, sent + 1, last, ids, boxes):
                raise FolderUnavailable()  # the name is taken: recovered on the next run
            result.sent += last - sent
            sent = last
            conn.exec_driver_sql("UPDATE sync_self SET sent = ?", (sent,))
            conn.commit()


def _senders(conn, own) -> dict[str, object]:
    return {d.id: d for d in devices.members(conn) if d.id != own.device_id}


def _receive_one(store: Store, own, folder: Path, device, result: Result) -> bool:
    """Apply the next bundle of ``device``; True when one was applied."""
    with store.engine.connect() as conn:
        done = conn.exec_driver_sql("SELECT seq FROM sync_applied WHERE device_id = ?",
                                    (device.id,)).scalar() or 0
    expected = done + 1
    if device.state != "member" and (device.accepted_until or 0) < expected:
        return False
    candidates = [b for b in bundle.bundles(folder, device.id) if b[0] == expected]
    if not candidates:
        with store.engine.connect() as conn:
            acks = conn.exec_driver_sql("SELECT acks FROM sync_applied WHERE device_id = ?",
                                        (device.id,)).scalar()
        # Its state file says from which number its files are still kept.
        kept = json.loads(acks or "{}").get("kept_from", 0)
        if kept > expected:
            with writing(store.engine).begin() as conn:
                notices.add(conn, device.id, "rejoin")
        return False
    for first, last, path in candidates:
        env = _read_envelope(path)
        if env is None or not env.verified_by(device.sign_public) or \
                env.header.get("device") != device.id or env.header.get("from") != first or \
                env.header.get("to") != last:
            with writing(store.engine).begin() as conn:
                notices.add(conn, device.id, "rejected", path.name)
            continue
        if not _schema_known(env.header):
            with writing(store.engine).begin() as conn:
                notices.add(conn, device.id, "newer_program")
            result.messages.append("newer_program")
            return False
        plain = crypto.decrypt(env.body, own.box_secret)
        if plain is None:
            continue  # not for us (a copy for a newcomer), or damaged: try the next
        try:
            payload = bundle.unpack(plain)
        except bundle.Damaged:
            continue
        try:
            with store.session() as s:
                conn = s.connection()
                _clock_check(conn, device.id, env.header)
                applied = apply.apply_changes(s, store, device.id, payload["changes"])
                conn.exec_driver_sql("UPDATE sync_applied SET seq = ?, last_seen = ? "
                                     "WHERE device_id = ?",
                                     (last, utcnow().replace(tzinfo=None), device.id))
        except rights.WriterUnknown:
            with writing(store.engine).begin() as conn:
                notices.add(conn, device.id, "writer_unknown")
            return False  # tried again once the writer's row has arrived
        if applied.erased:
            from ..erasure import compact
            compact(store)
        result.received += applied.changes
        return True
    return False


def _clock_check(conn, device: str, header: dict) -> None:
    wall = int(header.get("wall", 0))
    hlc_wall = int((header.get("hlc") or [0])[0])
    if wall > clock.now_ms() + clock.SKEW_MS:
        notices.add(conn, device, "clock_ahead")
    elif hlc_wall - wall > clock.SKEW_MS:
        notices.add(conn, device, "clock_behind")


def _reissue(store: Store, own, folder: Path) -> None:
    """Step 4: copies of own bundles for members they were not encrypted to."""
    with store.engine.connect() as conn:
        ids, _ = _recipients(conn)
        boxes = {d.id: d.box_public for d in devices.members(conn)}
        for first, last, path in bundle.bundles(folder, own.device_id):
            if path.name != bundle.bundle_name(first, last):
                continue
            env = _read_envelope(path)
            if env is None:
                continue
            missing = sorted(set(ids) - set(env.header.get("recipients", [])))
            # A newcomer whose welcome already held these changes needs no copy.
            missing = [m for m in missing if _newcomer_needs(conn, m, last)]
            if not missing:
                continue
            tag = hashlib.sha256("|".join(missing).encode()).hexdigest()[:8]
            if (folder / own.device_id / bundle.bundle_name(first, last, tag)).exists():
                continue
            _write_bundle(conn, own, folder, first, last, missing,
                          [boxes[m] for m in missing], tag)


def _newcomer_needs(conn, device: str, last: int) -> bool:
    own_id = conn.exec_driver_sql("SELECT device_id FROM sync_self").scalar()
    member = next((d for d in devices.members(conn) if d.id == device), None)
    return member is None or _holds(conn, member, own_id) < last


def _stated(conn, device: str) -> dict:
    """The member's last state file as read here ({} before it has written one)."""
    acks = conn.exec_driver_sql("SELECT acks FROM sync_applied WHERE device_id = ?",
                                (device,)).scalar()
    return json.loads(acks or "{}")


def _holds(conn, member, sender: str) -> int:
    """How far ``member`` has ``sender``'s changes: what it stated, or else what its
    welcome held (its member row)."""
    return max(_stated(conn, member.id).get(sender, 0),
               int(devices.starts_of(member).get(sender, 0)))


def _write_state(store: Store, own, folder: Path) -> None:
    with writing(store.engine).connect() as conn:
        applied = {r[0]: r[1] for r in conn.exec_driver_sql(
            "SELECT device_id, seq FROM sync_applied")}
        sent = conn.exec_driver_sql("SELECT sent FROM sync_self").scalar()
        applied[own.device_id] = sent
        count, head = chain_head(conn)
        own_files = bundle.bundles(folder, own.device_id)
        applied["kept_from"] = own_files[0][0] if own_files else sent + 1
        # Read after what was applied: a member approved before that read is named,
        # so a reader that has not heard of it yet does not trust these numbers.
        applied["members"] = sorted(d.id for d in devices.members(conn))
        state = {"applied": applied, "audit": [count, head], "wall": clock.now_ms()}
        previous = bundle.states(folder, own.device_id)
        if previous:
            env = _read_envelope(previous[-1][1])
            plain = env and crypto.decrypt(env.body, own.box_secret)
            if plain:
                old = bundle.unpack(plain)
                fresh = clock.now_ms() - old.get("wall", 0) < 3600 * 1000
                if fresh and old.get("applied") == applied and old.get("audit") == [count,
                                                                                    head]:
                    return
        ids, boxes = _recipients(conn)
        number = max([n for n, _ in previous], default=own.state_no) + 1
        data = bundle.seal({"kind": "state", "device": own.device_id},
                           crypto.encrypt(bundle.pack(state), boxes), own.sign_secret)
        bundle.write_once(folder / own.device_id / bundle.state_name(number), data)
        conn.exec_driver_sql("UPDATE sync_self SET state_no = ?", (number,))
        conn.commit()
    for _n, path in previous:
        try:
            path.unlink()
        except OSError:
            pass


def _read_states(store: Store, own, folder: Path) -> None:
    with writing(store.engine).begin() as conn:
        for device in _senders(conn, own).values():
            found = bundle.states(folder, device.id)
            if not found:
                continue
            env = _read_envelope(found[-1][1])
            if env is None or not env.verified_by(device.sign_public):
                continue
            plain = crypto.decrypt(env.body, own.box_secret)
            if not plain:
                continue
            state = bundle.unpack(plain)
            seen = datetime.fromtimestamp(state.get("wall", 0) / 1000, timezone.utc)
            conn.exec_driver_sql(
                "INSERT INTO sync_applied (device_id, seq, audit_seq, audit_hash, acks, "
                "last_seen) VALUES (?, 0, 0, '', ?, ?) ON CONFLICT (device_id) DO UPDATE SET "
                "acks = excluded.acks, last_seen = max(coalesce(last_seen, ''), "
                "excluded.last_seen)",
                (device.id, json.dumps(state.get("applied", {})), seen.replace(tzinfo=None)))
            count, head = state.get("audit", [0, ""])
            from . import audit_check
            audit_check.check_head(conn, device.id, int(count), head)


def clean_floor(conn, own_id: str) -> int:
    """The last own change every member that counts is known to hold."""
    stale = (utcnow() - timedelta(days=STALE_DAYS)).replace(tzinfo=None)
    everyone = devices.members(conn)
    known = {d.id for d in everyone}
    lows = []
    for device in everyone:
        if device.state != "member" or device.id == own_id:
            continue
        # Never seen: since its approval (one that never completed its join holds
        # nothing back for ever).
        seen = conn.exec_driver_sql("SELECT last_seen FROM sync_applied WHERE device_id = ?",
                                    (device.id,)).scalar() or conn.exec_driver_sql(
            "SELECT created_at FROM sync_devices WHERE id = ?", (device.id,)).scalar()
        if seen is not None and str(seen) < str(stale):
            continue
        stated = _stated(conn, device.id)
        if stated and not set(stated.get("members", [None])) <= known:
            # It knows a member not heard of here (approved elsewhere, whose row is
            # still on its way): nothing goes until that member's needs are known.
            return 0
        lows.append(_holds(conn, device, own_id))
    sent = conn.exec_driver_sql("SELECT sent FROM sync_self").scalar()
    return min(lows, default=sent)  # nobody left to wait for: everything sent can go


def _clean(store: Store, own, folder: Path) -> None:
    with store.engine.connect() as conn:
        floor = clean_floor(conn, own.device_id)
    for first, last, path in bundle.bundles(folder, own.device_id):
        if last <= floor:
            try:
                path.unlink()
            except OSError:
                pass


@operation("session")
def sync_now(store: Store, folder=None) -> Result:
    """One exchange now."""
    result = Result()
    with store.engine.connect() as conn:
        own = devices.require(conn)
    folder = Path(folder or own.folder)
    if not folder.is_dir():
        raise FolderUnavailable()
    credentials.publish(store)
    _recover_own(store, own, folder, result)
    with store.engine.connect() as conn:
        own = devices.require(conn)
    _send(store, own, folder, result)
    with store.engine.connect() as conn:
        own = devices.require(conn)
    _read_states(store, own, folder)
    progress = True
    while progress:
        progress = False
        with store.engine.connect() as conn:
            senders = _senders(conn, own)
        for device in senders.values():
            while _receive_one(store, own, folder, device, result):
                progress = True
    _reissue(store, own, folder)
    _clean(store, own, folder)
    _write_state(store, own, folder)
    with writing(store.engine).begin() as conn:
        conn.exec_driver_sql("UPDATE sync_self SET last_sync = ?, last_error = ''",
                             (utcnow().replace(tzinfo=None),))
        result.conflicts = conflicts.count_in(conn)
    return result


@operation("session")
def waiting_changes(store: Store) -> int:
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT seq - sent FROM sync_self").first()
    return row[0] if row else 0


__all__ = ["Result", "STALE_DAYS", "sync_now", "waiting_changes"]
