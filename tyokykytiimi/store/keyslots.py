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
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .atomic import write_atomic
from .errors import DamagedDatabase, UnknownUser, WrongPassword
from .. import clock

SLOT_FILE = "keyslots.json"
FORMAT = 1

# Argon2id at 64 MiB: tuned to stay under a second on a modest workstation.
DEFAULT_KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 2}

RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


def derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    if kdf.get("name") != "argon2id":
        raise DamagedDatabase("Avainpaikan muoto on tuntematon.")
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf["time_cost"],
                           memory_cost=kdf["memory_cost"], parallelism=kdf["parallelism"],
                           hash_len=32, type=Type.ID)


def new_recovery_key() -> str:
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

    def _aad(self) -> bytes:
        return f"{self.id}|{self.kind}|{self.user_id or ''}".encode()

    def unwrap(self, secret: str) -> bytes:
        kek = derive(secret, _unb64(self.salt), self.kdf)
        try:
            return AESGCM(kek).decrypt(_unb64(self.nonce), _unb64(self.wrapped), self._aad())
        except InvalidTag:
            raise WrongPassword() from None


def make_slot(kind: str, secret: str, db_key: bytes, *, user_id=None, username=None,
              display_name=None, kdf: dict | None = None) -> Slot:
    kdf = dict(kdf or DEFAULT_KDF)
    salt, nonce = os.urandom(16), os.urandom(12)
    slot = Slot(id=secrets.token_hex(8), kind=kind, user_id=user_id, username=username,
                display_name=display_name, kdf=kdf, salt=_b64(salt), nonce=_b64(nonce),
                wrapped="", created_at=clock.utcnow().isoformat())
    kek = derive(secret, salt, kdf)
    slot.wrapped = _b64(AESGCM(kek).encrypt(nonce, db_key, slot._aad()))
    return slot


@dataclass
class KeySlots:
    path: Path
    database_id: str
    slots: list[Slot] = field(default_factory=list)
    # Failed sign-ins are noted here (username and time only) until a successful
    # sign-in can write them into the encrypted audit trail.
    failed: list[dict] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        try:
            data = json.loads(Path(path).read_text("utf-8"))
            return cls(path=Path(path), database_id=data["database_id"],
                       slots=[Slot(**s) for s in data["slots"]], failed=data.get("failed", []))
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise DamagedDatabase("Avaintiedosto on vioittunut. Palauta varmuuskopiosta "
                                  "tai käytä palautusavainta varmuuskopion kanssa.") from exc

    def save(self) -> None:
        data = {"format": FORMAT, "database_id": self.database_id,
                "slots": [asdict(s) for s in self.slots], "failed": self.failed[-200:]}
        write_atomic(self.path, json.dumps(data, indent=1).encode("utf-8"))

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
                 password: str) -> None:
        self.remove_user(user_id)
        self.slots.append(make_slot("user", password, db_key, user_id=user_id,
                                    username=username, display_name=display_name))

    def remove_user(self, user_id: str) -> None:
        self.slots = [s for s in self.slots if not (s.kind == "user" and s.user_id == user_id)]

    def set_recovery(self, db_key: bytes, recovery_key: str) -> None:
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(make_slot("recovery", normalise_recovery_key(recovery_key), db_key))

    def note_failure(self, username: str) -> None:
        self.failed.append({"username": username, "at": clock.utcnow().isoformat()})
        try:
            self.save()
        except OSError:
            pass  # a full disk must not turn a typo into a crash
