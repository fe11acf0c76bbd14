"""The client's journal; declined PROM answers; a note on acknowledged safety flags.

Revision ID: 0040_journal
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0040_journal"
down_revision = "0004_measures"
branch_labels = ("journal",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=True),
        sa.Column("updated_by", sa.String(36), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("entry_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.String(10000), nullable=False),
        sa.Column("statement_kind", sa.String(200), nullable=True),
        sa.Column("statement_state", sa.String(20), nullable=True),
        sa.Column("delivered_to", sa.String(300), nullable=True),
        sa.Column("superseded_by", sa.String(36), nullable=True),
        sa.Column("corrects", sa.String(36), nullable=True),
    )
    op.create_index("ix_journal_entries_client_id", "journal_entries", ["client_id"])
    op.add_column("answer_sets", sa.Column("declined_reason", sa.String(500), nullable=True))
    op.add_column("safety_flags", sa.Column("ack_note", sa.String(1000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("safety_flags") as batch:
        batch.drop_column("ack_note")
    with op.batch_alter_table("answer_sets") as batch:
        batch.drop_column("declined_reason")
    op.drop_table("journal_entries")
