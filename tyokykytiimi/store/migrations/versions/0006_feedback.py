"""Client feedback forms.

Revision ID: 0006_feedback
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0006_feedback"
down_revision = "0002_clients"
branch_labels = ("feedback",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=True),
        sa.Column("updated_by", sa.String(36), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("form_id", sa.String(40), nullable=False),
        sa.Column("form_version", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=True),
        sa.Column("path_step", sa.Integer(), nullable=True),
        sa.Column("ratings", sa.String(), nullable=False),
        sa.Column("free_text", sa.String(), nullable=False),
    )
    op.create_index("ix_feedback_client_id", "feedback", ["client_id"])


def downgrade() -> None:
    op.drop_table("feedback")
