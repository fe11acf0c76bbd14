"""Foundation: users, settings, preferences, audit trail, change log.

Revision ID: 0001_foundation
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0001_foundation"
down_revision = None
branch_labels = ("foundation",)
depends_on = None


def _record_columns():
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
        "users", *_record_columns(),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_users_username", "users", ["username"], unique=True)
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )
    op.create_table(
        "preferences",
        sa.Column("user_id", sa.String(36), primary_key=True),
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.String(), nullable=True),
    )
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("username", sa.String(64), nullable=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("target", sa.String(100), nullable=True),
        sa.Column("detail", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_entries_seq", "audit_entries", ["seq"], unique=True)
    op.create_index("ix_audit_entries_action", "audit_entries", ["action"])
    op.create_index("ix_audit_entries_client_id", "audit_entries", ["client_id"])
    op.create_table(
        "change_log",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("program_version", sa.String(20), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("client_id", sa.String(36), nullable=True),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("snapshot", sa.String(), nullable=False),
    )
    op.create_index("ix_change_log_table_name", "change_log", ["table_name"])
    op.create_index("ix_change_log_row_id", "change_log", ["row_id"])
    op.create_index("ix_change_log_client_id", "change_log", ["client_id"])


def downgrade() -> None:
    for table in ("change_log", "audit_entries", "preferences", "settings", "users"):
        op.drop_table(table)
