"""Measures: answered instruments and BDI item-9 safety flags.

Revision ID: 0004_measures
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0004_measures"
down_revision = "0002_clients"
branch_labels = ("measures",)
depends_on = None


def record_columns():
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
        "answer_sets", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("instrument_id", sa.String(20), nullable=False),
        sa.Column("instrument_version", sa.Integer(), nullable=False),
        sa.Column("time_point", sa.String(10), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("total_only", sa.Boolean(), nullable=False),
        sa.Column("safety_answer", sa.Boolean(), nullable=True),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("in_window", sa.Boolean(), nullable=True),
        sa.Column("superseded_by", sa.String(36), nullable=True),
        sa.Column("corrects", sa.String(36), nullable=True),
        sa.Column("entry_group", sa.String(36), nullable=True),
    )
    op.create_index("ix_answer_sets_client_id", "answer_sets", ["client_id"])
    op.create_table(
        "safety_flags", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("answer_set_id", sa.String(36), sa.ForeignKey("answer_sets.id"),
                  nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(36), nullable=True),
    )
    op.create_index("ix_safety_flags_client_id", "safety_flags", ["client_id"])


def downgrade() -> None:
    op.drop_table("safety_flags")
    op.drop_table("answer_sets")
