"""Team sync: member workstations, the team's key slots and sync book-keeping.

Revision ID: 0010_sync
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0010_sync"
down_revision = "0001_foundation"
branch_labels = ("sync",)
depends_on = None


def _record():
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=True),
        sa.Column("updated_by", sa.String(36), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_devices", *_record(),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("box_public", sa.String(200), nullable=False),
        sa.Column("sign_public", sa.String(100), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("accepted_until", sa.Integer(), nullable=True),
    )
    op.create_table("team_keyslots", *_record(), sa.Column("slot", sa.String(), nullable=True))
    op.create_table(
        "sync_self",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("box_secret", sa.String(200), nullable=False),
        sa.Column("sign_secret", sa.String(100), nullable=False),
        sa.Column("team_secret", sa.String(100), nullable=False),
        sa.Column("folder", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Integer(), nullable=False),
        sa.Column("hlc_wall", sa.Integer(), nullable=False),
        sa.Column("hlc_count", sa.Integer(), nullable=False),
        sa.Column("state_no", sa.Integer(), nullable=False),
        sa.Column("last_sync", UTCDateTime(), nullable=True),
        sa.Column("last_error", sa.String(), nullable=False),
    )
    op.create_table(
        "sync_changes",
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("hlc", sa.String(30), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(100), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("op", sa.String(12), nullable=False),
        sa.Column("vv", sa.String(), nullable=False),
        sa.Column("fields", sa.String(), nullable=False),
    )
    op.create_index("ix_sync_changes_client_id", "sync_changes", ["client_id"])
    op.create_table(
        "sync_rows",
        sa.Column("table_name", sa.String(64), primary_key=True),
        sa.Column("row_id", sa.String(100), primary_key=True),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("conflict", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_sync_rows_client_id", "sync_rows", ["client_id"])
    op.create_index("ix_sync_rows_conflict", "sync_rows", ["conflict"])
    op.create_table(
        "sync_applied",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("audit_hash", sa.String(64), nullable=False),
        sa.Column("last_seen", UTCDateTime(), nullable=True),
        sa.Column("acks", sa.String(), nullable=False),
    )
    op.create_table(
        "sync_erased",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "sync_remote_audit",
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("entry", sa.String(), nullable=False),
    )
    op.create_index("ix_sync_remote_audit_client_id", "sync_remote_audit", ["client_id"])
    op.create_table(
        "sync_notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("detail", sa.String(), nullable=False),
    )


def downgrade() -> None:
    for table in ("sync_notices", "sync_remote_audit", "sync_erased", "sync_applied",
                  "sync_rows", "sync_changes", "sync_self", "team_keyslots", "sync_devices"):
        op.drop_table(table)
