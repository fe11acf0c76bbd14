"""Keys, fingerprints, encryption and signatures of sync files.

Encryption is age (X25519 recipients, through ``pyrage``): one file readable by
every current member and nobody else. Signatures are Ed25519 (``cryptography``)
over the whole file. No cipher of our own. Private keys are kept in the
``sync_self`` row, inside the encrypted database.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (Ed25519PrivateKey,
                                                               Ed25519PublicKey)
from cryptography.hazmat.primitives.serialization import (Encoding, NoEncryption,
                                                          PrivateFormat, PublicFormat)

SIGNATURE_BYTES = 64


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def new_keys() -> dict:
    """A workstation's key pairs: {box_secret, box_public, sign_secret, sign_public}."""
    box = pyrage.x25519.Identity.generate()
    sign = Ed25519PrivateKey.generate()
    return {
        "box_secret": str(box), "box_public": str(box.to_public()),
        "sign_secret": _b64(sign.private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                               NoEncryption())),
        "sign_public": _b64(sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
    }


def new_team_secret() -> str:
    return _b64(os.urandom(32))


def fingerprint(box_public: str, sign_public: str) -> str:
    """Twelve digits in groups of four, read aloud to compare two screens."""
    digest = hashlib.sha256(f"{box_public}|{sign_public}".encode()).digest()
    number = int.from_bytes(digest[:8], "big") % 10**12
    text = f"{number:012d}"
    return " ".join(text[i:i + 4] for i in range(0, 12, 4))


def normalise_fingerprint(text: str) -> str:
    digits = "".join(c for c in text if c.isdigit())
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def encrypt(data: bytes, recipients: list[str]) -> bytes:
    return pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def decrypt(data: bytes, box_secret: str) -> bytes | None:
    """The plaintext, or None when this workstation is not a recipient or the file is damaged."""
    try:
        return pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(box_secret)])
    except Exception:  # pyrage raises its own DecryptError/others for damaged input
        return None


def sign(data: bytes, sign_secret: str) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(sign_secret))
    return key.sign(data)


def verify(data: bytes, signature: bytes, sign_public: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(sign_public)).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


def client_key(team_secret: str, client_id: str) -> str:
    """A keyed hash of a client id: names an erased client without naming them."""
    return hmac.new(base64.b64decode(team_secret), client_id.encode(), "sha256").hexdigest()
