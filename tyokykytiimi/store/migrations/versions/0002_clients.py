"""Clients, their screenings and service-path events.

Revision ID: 0002_clients
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0002_clients"
down_revision = "0001_foundation"
branch_labels = ("clients",)
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
        "clients", *record_columns(),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("hetu", sa.String(11), nullable=True),
        sa.Column("temporary_id", sa.String(40), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(10), nullable=True),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column("municipality", sa.String(100), nullable=True),
        sa.Column("language", sa.String(10), nullable=False),
        sa.Column("interpreter_needed", sa.Boolean(), nullable=False),
        sa.Column("referrer", sa.String(40), nullable=True),
        sa.Column("referrer_detail", sa.String(200), nullable=True),
        sa.Column("referral_date", sa.Date(), nullable=True),
        sa.Column("family_notes", sa.String(), nullable=True),
        sa.Column("peer_support", sa.String(200), nullable=True),
        sa.Column("case_manager_user_id", sa.String(36), nullable=True),
        sa.Column("case_manager_contact_id", sa.String(36), nullable=True),
        sa.Column("case_manager_text", sa.String(200), nullable=True),
        sa.Column("path_step", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(40), nullable=True),
        sa.Column("closing_assessment", sa.String(), nullable=True),
        sa.Column("multisectoral", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_clients_last_name", "clients", ["last_name"])
    op.create_index("ix_clients_hetu", "clients", ["hetu"], unique=True)
    op.create_index("ix_clients_status", "clients", ["status"])
    op.create_table(
        "screenings", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("definition_id", sa.String(40), nullable=False),
        sa.Column("definition_version", sa.Integer(), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=False),
        sa.Column("answers", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("subsidy_days", sa.Integer(), nullable=True),
        sa.Column("months_unemployed", sa.Integer(), nullable=True),
        sa.Column("suggestion", sa.String(40), nullable=True),
        sa.Column("decision", sa.String(40), nullable=True),
        sa.Column("guided_to", sa.String(200), nullable=True),
        sa.Column("decision_reason", sa.String(), nullable=True),
        sa.Column("decided_by", sa.String(36), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_screenings_client_id", "screenings", ["client_id"])
    op.create_table(
        "path_events", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("from_step", sa.Integer(), nullable=True),
        sa.Column("to_step", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(40), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
    )
    op.create_index("ix_path_events_client_id", "path_events", ["client_id"])


def downgrade() -> None:
    op.drop_table("path_events")
    op.drop_table("screenings")
    op.drop_table("clients")
