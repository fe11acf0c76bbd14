"""Audit trail: entries that an erasure can redact without breaking the chain.

Revision ID: 0007_audit_redaction

Adds ``subject_hash`` and ``redacted_by`` to ``audit_entries`` and rehashes
the chain under the layered rule of ``models.audit`` (subject → body → chain).

Rehashing rewrites every ``hash`` and ``prev_hash``, so it must not launder a
trail that was already tampered with. Before rewriting, each entry is checked
under the old rule, the way the old ``verify_chain`` did (its seq follows the
one before, its ``prev_hash`` is the stored hash before it, its own hash
matches its content). An entry that passes gets its new hash. An entry that
fails keeps its old hash, which does not match the new rule, and the entry
after it links to that old hash: so a chain broken before the migration is
broken after it at the same entry, and a sound chain stays sound.

The hash rules are written out here rather than imported, so this migration
keeps doing the same thing when the model's rules change later. Downgrading
rehashes under the old rule in the same break-preserving way; it refuses when
entries have been redacted, because the old rule cannot verify them.
"""
import hashlib
import json

import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0007_audit_redaction"
down_revision = "0001_foundation"
branch_labels = ("audit_redaction",)
depends_on = None

GENESIS = "0" * 64

_entries = sa.table(
    "audit_entries",
    sa.column("id", sa.String), sa.column("seq", sa.Integer), sa.column("at", UTCDateTime()),
    sa.column("device_id", sa.String), sa.column("user_id", sa.String),
    sa.column("username", sa.String), sa.column("action", sa.String),
    sa.column("client_id", sa.String), sa.column("target", sa.String),
    sa.column("detail", sa.String), sa.column("prev_hash", sa.String),
    sa.column("hash", sa.String),
)


def _sha(parts) -> str:
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _old_hash(r, prev: str) -> str:
    body = json.dumps([prev, r.seq, r.at.isoformat(), r.device_id, r.user_id, r.username,
                       r.action, r.client_id, r.target, r.detail],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _subject(r) -> str:
    return _sha(["subject", r.client_id, r.target, r.detail])


def _new_hash(r, prev: str) -> str:
    body = _sha(["body", r.at.isoformat(), r.device_id, r.user_id, r.username, r.action,
                 _subject(r)])
    return _sha(["chain", prev, r.seq, body])


def _rehash(conn, verify_with, hash_with) -> list[dict]:
    """New (prev_hash, hash) for every entry; an entry that fails ``verify_with``
    keeps its stored hash so the break survives."""
    rows = conn.execute(sa.select(_entries).order_by(_entries.c.seq)).all()
    out = []
    stored_prev, expected = GENESIS, 1
    new_prev = GENESIS
    for r in rows:
        sound = (r.seq == expected and r.prev_hash == stored_prev
                 and verify_with(r, r.prev_hash) == r.hash)
        new = hash_with(r, new_prev) if sound else r.hash
        out.append({"b_id": r.id, "b_prev": new_prev, "b_hash": new, "b_subject": _subject(r)})
        stored_prev, expected = r.hash, r.seq + 1
        new_prev = new
    return out


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(sa.Column("subject_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("redacted_by", sa.String(36), nullable=True))
    conn = op.get_bind()
    updates = _rehash(conn, _old_hash, _new_hash)
    if updates:
        conn.execute(
            sa.text("UPDATE audit_entries SET prev_hash = :b_prev, hash = :b_hash, "
                    "subject_hash = :b_subject WHERE id = :b_id"), updates)
    with op.batch_alter_table("audit_entries") as batch:
        batch.alter_column("subject_hash", existing_type=sa.String(64), nullable=False)


def _new_verify(r, prev: str) -> str:
    return _new_hash(r, prev)


def downgrade() -> None:
    conn = op.get_bind()
    redacted = conn.execute(sa.text(
        "SELECT count(*) FROM audit_entries WHERE redacted_by IS NOT NULL")).scalar()
    if redacted:
        raise RuntimeError("audit entries have been redacted by an erasure; "
                           "the older hash rule cannot verify them")
    updates = _rehash(conn, _new_verify, _old_hash)
    if updates:
        conn.execute(sa.text("UPDATE audit_entries SET prev_hash = :b_prev, hash = :b_hash "
                             "WHERE id = :b_id"), updates)
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("redacted_by")
        batch.drop_column("subject_hash")
