"""Signed audit entries and user rights: changes an insider cannot make quietly.

Every user holds the database key, so anyone with Python can rewrite rows.
What they cannot do is sign as someone else. Each key slot wraps, beside the
database key, the holder's Ed25519 signing key under the same password-derived
key (``keyslots.Slot``); the recovery key's slot has one too (signer
``"recovery"``). A signed-in session signs every audit entry it writes (the
signature covers the entry's chain hash, so everything before it too).

What is registered where, all inside the signed chain:

- a ``signing_key`` entry registers a public key for a signer. The first key
  of a signer may be registered by itself (a new database, or the first
  sign-in after the upgrade that brought signing); a later one only by an
  administrator (a password reset) or by the signer's previous key.
- ``database_create``, ``user_create`` and ``user_change`` entries carry the
  role and the administrator right; the first sign-in after the upgrade writes
  a ``signing_start`` entry with every user's rights as they were then. A
  rights entry counts only when an administrator signed it.

``tamper_report`` checks all of it: every entry after signing began is signed
by the key registered for its signer; every user row's role and right match
the last signed rights entry; every slot's public key is the one registered
for its holder; every head recorded outside the chain (each user's slot, each
backup's manifest) is still in the chain.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)

from ..i18n import Message

RECOVERY = "recovery"
RIGHTS_ACTIONS = ("database_create", "user_create", "user_change")


def new_private() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())


def public_of(private: bytes) -> str:
    key = Ed25519PrivateKey.from_private_bytes(private).public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def sign(private: bytes, text: str) -> str:
    return Ed25519PrivateKey.from_private_bytes(private).sign(text.encode("utf-8")).hex()


def verify(public_hex: str, text: str, signature_hex: str | None) -> bool:
    if not public_hex or not signature_hex:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(
            bytes.fromhex(signature_hex), text.encode("utf-8"))
    except (InvalidSignature, ValueError):
        return False
    return True


def head_text(seq: int, hash_: str) -> str:
    return f"head|{seq}|{hash_}"


def signed_head(private: bytes, seq: int, hash_: str) -> dict:
    return {"seq": seq, "hash": hash_, "signature": sign(private, head_text(seq, hash_))}


@dataclass
class Signer:
    """Who signs this session's entries: a user's id or ``"recovery"``, and the key."""
    id: str
    private: bytes

    @property
    def public(self) -> str:
        return public_of(self.private)


@dataclass
class TamperReport:
    problems: list[Message] = field(default_factory=list)
    entries: int = 0
    signed: int = 0

    @property
    def sound(self) -> bool:
        return not self.problems


def _detail(entry) -> dict:
    try:
        value = json.loads(entry.detail or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _user_of(target: str | None) -> str | None:
    return target[5:] if target and target.startswith("user:") else None


def tamper_report(entries: list, users: list, slots, heads: list[tuple[str, dict]],
                  shared_slots: bool = False) -> TamperReport:
    """Check the signed chain, the users' rights, the slots and the outside heads.

    ``entries``: AuditEntry rows by seq (the hash chain itself is checked by
    ``audit.verify_chain``); ``users``: User rows; ``slots``: KeySlots;
    ``heads``: (where, {"seq", "hash"}) recorded outside the database.
    """
    report = TamperReport(entries=len(entries))
    keys: dict[str, str] = {}           # signer id -> registered public key
    rights: dict[str, tuple] = {}       # user id -> (role, is_admin) by a signed entry
    admins: set[str] = set()
    started = rights_snapshot_taken = False
    excused: list[tuple[int, int]] = []  # (restore entry's seq, replaced chain's head seq)
    by_seq = {e.seq: e for e in entries}
    for e in entries:
        detail = _detail(e)
        if e.action == "signing_start" and not rights_snapshot_taken:
            rights_snapshot_taken = True
            for uid, (role, admin) in (detail.get("rights") or {}).items():
                rights[uid] = (role, bool(admin))
                if admin:
                    admins.add(uid)
        if e.action == "signing_key":
            who, public = detail.get("signer"), detail.get("public_key")
            first = who not in keys
            ok = (e.signer_id == who and first) or e.signer_id in admins or \
                e.signer_id == RECOVERY or \
                (e.signer_id == who and verify(keys.get(who, ""), e.hash, e.signature))
            if not started and first and e.signer_id == who:
                started = True  # a new database: its creator's key opens the signed chain
            if ok and isinstance(who, str) and isinstance(public, str):
                keys[who] = public
            else:
                report.problems.append(Message(
                    "Audit entry {seq} registers a signing key that no administrator signed.",
                    seq=e.seq))
        if started:
            public = keys.get(e.signer_id or "")
            if not verify(public or "", e.hash, e.signature):
                report.problems.append(Message(
                    "Audit entry {seq} is not signed by the person who wrote it: it was "
                    "added or changed outside the program.", seq=e.seq))
                continue
            report.signed += 1
            if e.user_id and e.signer_id not in (e.user_id, RECOVERY) and \
                    e.action not in ("sign_in_failed",):
                report.problems.append(Message(
                    "Audit entry {seq} claims another user than the one who signed it.",
                    seq=e.seq))
        if e.action == "restore" and (not started or e.signer_id in admins
                                      or e.signer_id == RECOVERY):
            replaced = detail.get("replaced_head") or {}
            if isinstance(replaced.get("seq"), int):
                excused.append((e.seq, replaced["seq"]))
        if e.action in RIGHTS_ACTIONS:
            uid = e.user_id if e.action == "database_create" else _user_of(e.target)
            if uid is None:
                continue
            role, admin = detail.get("role"), bool(detail.get("admin", e.action ==
                                                              "database_create"))
            signer_ok = (not started) or e.signer_id in admins or e.signer_id == RECOVERY or (
                e.action == "database_create")
            if e.action == "database_create":
                role = role or rights.get(uid, (None, True))[0]
                admin = True
            if signer_ok:
                rights[uid] = (role, admin)
                admins.discard(uid)
                if admin:
                    admins.add(uid)
            else:
                report.problems.append(Message(
                    "Audit entry {seq} changes a user's rights but was not signed by an "
                    "administrator.", seq=e.seq))
    for user in ([] if shared_slots else users):  # sync: rights change on other chains too
        known = rights.get(user.id)
        if known is None:
            if started:
                report.problems.append(Message(
                    "The user {username} is in the database but no administrator added them.",
                    username=user.username))
            continue
        role, admin = known
        if (role is not None and role != user.role) or admin != bool(user.is_admin):
            report.problems.append(Message(
                "The rights of {username} were changed outside the program (no "
                "administrator signed the change).", username=user.username))
    for slot in slots.slots:
        holder = slot.user_id if slot.kind == "user" else RECOVERY
        registered = keys.get(holder or "")
        name = slot.username or RECOVERY
        if registered and slot.public_key != registered and not shared_slots:
            report.problems.append(Message(
                "The key slot of {username} was rewritten: its signing key is not the one "
                "registered for them.", username=name))
        kept = slots.heads.get(slot.id)
        if kept and registered and slot.public_key == registered:
            heads = heads + [(name, kept)]
            if not verify(registered, head_text(kept.get("seq", 0), str(kept.get("hash"))),
                          kept.get("signature")):
                report.problems.append(Message(
                    "The audit head kept in the key slot of {username} is not signed by them.",
                    username=name))
    for where, head in heads:
        seq, hash_ = head.get("seq"), head.get("hash")
        if not isinstance(seq, int) or seq <= 0:
            continue
        entry = by_seq.get(seq)
        if any(start <= seq <= end for start, end in excused):
            continue  # a head of the chain an administrator's restore replaced
        if entry is None or entry.hash != hash_:
            report.problems.append(Message(
                "The audit trail no longer holds entry {seq} as it was recorded in {where}: "
                "entries were deleted or rewritten, or an older backup was put in place.",
                seq=seq, where=where))
    return report
