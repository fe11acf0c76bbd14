"""Key slots: the database key wrapped once per user and once for the recovery key.

The database key is random (256 bits). Each slot wraps it with AES-256-GCM
under a key derived from a password by Argon2id; the parameters live in the
slot, so they can be raised later without breaking old slots. The slot file
holds no client data and no password, only usernames and wrapped keys.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..i18n import Message, N_
from .atomic import write_atomic
from .errors import DamagedDatabase, DamagedKeySlots, UnknownUser, WrongPassword
from .. import clock

DB_FILE = "tyokykytiimi.db"  # the database beside the slot file

SLOT_FILE = "keyslots.json"
FORMAT = 1

# Argon2id at 64 MiB: tuned to stay under a second on a modest workstation.
DEFAULT_KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 2}

RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


# Argon2 and AES-GCM are imported when a key is derived or wrapped, not with this
# module: the sign-in dialog reads the user list from the slot file before the
# password exists (``tyokykytiimi.preload`` imports them while it is typed).

def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    return AESGCM(key)


def _invalid_tag() -> type[Exception]:
    from cryptography.exceptions import InvalidTag
    return InvalidTag


def derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    if kdf.get("name") != "argon2id":
        raise DamagedDatabase("Avainpaikan muoto on tuntematon.")
    from argon2.low_level import Type, hash_secret_raw
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf["time_cost"],
                           memory_cost=kdf["memory_cost"], parallelism=kdf["parallelism"],
                           hash_len=32, type=Type.ID)


def database_salt(db_file: Path) -> str | None:
    """The SQLCipher salt of ``db_file`` (its first 16 bytes, plaintext), or None."""
    try:
        with open(db_file, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    return head.hex() if len(head) == 16 else None


_SLOT_TEXT = ("id", "kind", "salt", "nonce", "wrapped")
_KDF_INTS = {"time_cost": (1, 64), "memory_cost": (8, 4 * 1024 * 1024), "parallelism": (1, 64)}
_B64_LENGTHS = {"salt": 16, "nonce": 12, "wrapped": 48}


def _strict_b64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _checked_slot(number: int, raw) -> "Slot":
    """A slot from the file, every field checked, or DamagedKeySlots saying which."""
    def bad(what: str, **params):
        return DamagedKeySlots(Message("slot {number}: {what}", number=number,
                                       what=Message(what, **params)))
    if not isinstance(raw, dict):
        raise bad(N_("not a slot"))
    for name in _SLOT_TEXT:
        if not isinstance(raw.get(name), str):
            raise bad(N_("{field} is missing"), field=name)
    for name in ("user_id", "username", "display_name", "created_at", "public_key",
                 "signing_nonce", "signing_wrapped"):
        if raw.get(name) is not None and not isinstance(raw.get(name), str):
            raise bad(N_("{field} is not text"), field=name)
    if raw["kind"] not in ("user", "recovery"):
        raise bad(N_("{field} is not text"), field="kind")
    kdf = raw.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise bad(N_("the key derivation is unknown"))
    for name, (low, high) in _KDF_INTS.items():
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise bad(N_("{field} is missing"), field=name)
        if not low <= value <= high:
            raise bad(N_("{field} is out of range"), field=name)
    def check_b64(name: str, length: int) -> None:
        try:
            decoded = _strict_b64(raw[name])
        except (ValueError, UnicodeEncodeError):
            raise bad(N_("{field} is not valid base64"), field=name) from None
        if len(decoded) != length:
            raise bad(N_("{field} has the wrong length"), field=name)

    for name, length in _B64_LENGTHS.items():
        check_b64(name, length)
    raw = dict(raw)
    for name in ("public_key", "signing_nonce", "signing_wrapped"):
        raw[name] = raw.get(name) or ""
    if raw["signing_wrapped"] or raw["signing_nonce"] or raw["public_key"]:
        for name, length in (("signing_nonce", 12), ("signing_wrapped", 48)):
            check_b64(name, length)
        try:
            ok = len(bytes.fromhex(raw["public_key"])) == 32
        except ValueError:
            ok = False
        if not ok:
            raise bad(N_("{field} has the wrong length"), field="public_key")
    known = {f for f in Slot.__dataclass_fields__}
    return Slot(**{k: v for k, v in raw.items() if k in known})


def new_recovery_key() -> str:
    import secrets
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(28))
    return "-".join(raw[i:i + 4] for i in range(0, 28, 4))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


@dataclass
class Slot:
    id: str
    kind: str  # "user" or "recovery"
    user_id: str | None
    username: str | None
    display_name: str | None
    kdf: dict
    salt: str
    nonce: str
    wrapped: str
    created_at: str = ""
    # The holder's Ed25519 signing key, wrapped under the same password-derived key
    # (store/signing.py); the public half in the clear, to compare with the one
    # registered in the audit trail. Empty in slots from before signing.
    public_key: str = ""
    signing_nonce: str = ""
    signing_wrapped: str = ""

    def _aad(self) -> bytes:
        return f"{self.id}|{self.kind}|{self.user_id or ''}".encode()

    def unwrap(self, secret: str) -> bytes:
        kek = derive(secret, _unb64(self.salt), self.kdf)
        InvalidTag = _invalid_tag()
        try:
            key = _aesgcm(kek).decrypt(_unb64(self.nonce), _unb64(self.wrapped), self._aad())
        except InvalidTag:
            raise WrongPassword() from None
        self.signing_private = None  # not a field: never written to the file
        if self.signing_wrapped:
            try:
                self.signing_private = _aesgcm(kek).decrypt(
                    _unb64(self.signing_nonce), _unb64(self.signing_wrapped),
                    self._aad() + b"|sign")
            except (InvalidTag, ValueError, TypeError, AttributeError):
                self.signing_private = None  # reported by the tamper check
        self._kek = kek
        return key

    def wrap_signing_key(self, private: bytes, public_hex: str) -> None:
        """Wrap ``private`` under this slot's key (after ``unwrap`` or ``make_slot``)."""
        nonce = os.urandom(12)
        self.signing_nonce = _b64(nonce)
        self.signing_wrapped = _b64(_aesgcm(self._kek).encrypt(nonce, private,
                                                                self._aad() + b"|sign"))
        self.public_key = public_hex
        self.signing_private = private


def make_slot(kind: str, secret: str, db_key: bytes, *, user_id=None, username=None,
              display_name=None, kdf: dict | None = None, signing: bytes | None = None) -> Slot:
    """A new slot; it also wraps a signing key (``signing``, or a new one)."""
    kdf = dict(kdf or DEFAULT_KDF)
    salt, nonce = os.urandom(16), os.urandom(12)
    import secrets
    slot = Slot(id=secrets.token_hex(8), kind=kind, user_id=user_id, username=username,
                display_name=display_name, kdf=kdf, salt=_b64(salt), nonce=_b64(nonce),
                wrapped="", created_at=clock.utcnow().isoformat())
    kek = derive(secret, salt, kdf)
    slot.wrapped = _b64(_aesgcm(kek).encrypt(nonce, db_key, slot._aad()))
    slot._kek = kek
    from .signing import new_private, public_of
    private = signing or new_private()
    slot.wrap_signing_key(private, public_of(private))
    return slot


@dataclass
class KeySlots:
    path: Path
    database_id: str
    slots: list[Slot] = field(default_factory=list)
    # Failed sign-ins are noted here (username and time only) until a successful
    # sign-in can write them into the encrypted audit trail.
    failed: list[dict] = field(default_factory=list)
    # Per slot id: the audit chain's head as the slot's holder last saw it on this
    # workstation, signed by them. Beside the slots, not in them: team sync shares
    # slots, and every workstation has its own chain.
    heads: dict = field(default_factory=dict)

    # The SQLCipher salt (the database file's first 16 bytes, not secret) of the
    # database these slots open: tells "slot file from another database" apart
    # from "damaged database" when a slot's key does not open the file.
    database_salt: str | None = None

    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise DamagedKeySlots(Message("it cannot be read: {reason}",
                                          reason=exc.strerror or str(exc))) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise DamagedKeySlots(Message("it is not valid JSON text")) from exc
        return cls.from_data(Path(path), data)

    @classmethod
    def from_data(cls, path: Path, data) -> "KeySlots":
        if not isinstance(data, dict):
            raise DamagedKeySlots(Message("it is not valid JSON text"))
        if not isinstance(data.get("database_id"), str):
            raise DamagedKeySlots(Message("the database id is missing"))
        slots = data.get("slots")
        if not isinstance(slots, list):
            raise DamagedKeySlots(Message("the list of slots is missing"))
        checked = [_checked_slot(n, s) for n, s in enumerate(slots, 1)]
        failed = data.get("failed", [])
        salt = data.get("database_salt")
        heads = data.get("heads")
        heads = {k: v for k, v in heads.items() if isinstance(v, dict)} \
            if isinstance(heads, dict) else {}
        return cls(path=path, database_id=data["database_id"], slots=checked,
                   failed=[f for f in failed if isinstance(f, dict)]
                   if isinstance(failed, list) else [],
                   database_salt=salt if isinstance(salt, str) else None, heads=heads)

    def save(self) -> None:
        self.database_salt = database_salt(self.path.parent / DB_FILE) or self.database_salt
        write_atomic(self.path, json.dumps(self.as_data(), indent=1).encode("utf-8"))

    def as_data(self) -> dict:
        return {"format": FORMAT, "database_id": self.database_id,
                "database_salt": self.database_salt,
                "slots": [asdict(s) for s in self.slots], "failed": self.failed[-200:],
                "heads": {k: v for k, v in self.heads.items()
                          if any(s.id == k for s in self.slots)}}

    def users(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "user"]

    def user_slot(self, username: str) -> Slot:
        for s in self.users():
            if s.username == username:
                return s
        raise UnknownUser()

    def unwrap_user(self, username: str, password: str) -> tuple[bytes, Slot]:
        slot = self.user_slot(username)
        return slot.unwrap(password), slot

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        key = normalise_recovery_key(recovery_key)
        for s in self.slots:
            if s.kind == "recovery":
                return s.unwrap(key)
        raise WrongPassword("Palautusavainta ei ole asetettu.")

    def set_user(self, db_key: bytes, *, user_id: str, username: str, display_name: str,
                 password: str, signing: bytes | None = None) -> Slot:
        """The user's slot (replacing theirs); a new signing key unless ``signing``."""
        self.remove_user(user_id)
        slot = make_slot("user", password, db_key, user_id=user_id, username=username,
                         display_name=display_name, signing=signing)
        self.slots.append(slot)
        return slot

    def remove_user(self, user_id: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == "user" and s.user_id == user_id)]

    def set_recovery(self, db_key: bytes, recovery_key: str) -> Slot:
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        slot = make_slot("recovery", normalise_recovery_key(recovery_key), db_key)
        self.slots.append(slot)
        return slot

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def unwrap_recovery_slot(self, recovery_key: str) -> tuple[bytes, Slot]:
        slot = self.recovery_slot()
        if slot is None:
            raise WrongPassword("Palautusavainta ei ole asetettu.")
        return slot.unwrap(normalise_recovery_key(recovery_key)), slot

    def note_failure(self, username: str) -> None:
        self.failed.append({"username": username, "at": clock.utcnow().isoformat()})
        try:
            self.save()
        except OSError:
            pass  # a full disk must not turn a typo into a crash
