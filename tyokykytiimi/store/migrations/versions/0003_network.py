"""Consents, the service map and network meetings.

Revision ID: 0003_network
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0003_network"
down_revision = "0002_clients"
branch_labels = ("network",)
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
        "consents", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("purposes_version", sa.Integer(), nullable=False),
        sa.Column("purposes", sa.String(), nullable=False),
        sa.Column("org_ids", sa.String(), nullable=False),
        sa.Column("party_names", sa.String(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_how", sa.String(20), nullable=True),
        sa.Column("withdrawn_by", sa.String(36), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
    )
    op.create_index("ix_consents_client_id", "consents", ["client_id"])
    op.create_table(
        "consent_overrides", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("party", sa.String(200), nullable=False),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("legal_basis", sa.String(300), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
    )
    op.create_index("ix_consent_overrides_client_id", "consent_overrides", ["client_id"])
    op.create_table(
        "organisations", *record_columns(),
        sa.Column("ref", sa.String(80), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sector", sa.String(30), nullable=False),
        sa.Column("area", sa.String(100), nullable=True),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
        sa.Column("last_checked", sa.Date(), nullable=True),
    )
    op.create_index("ix_organisations_ref", "organisations", ["ref"], unique=True)
    op.create_table(
        "service_cards", *record_columns(),
        sa.Column("ref", sa.String(80), nullable=False),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id"),
                  nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("offers", sa.String(), nullable=True),
        sa.Column("for_whom", sa.String(), nullable=True),
        sa.Column("domains", sa.String(), nullable=False),
        sa.Column("phases", sa.String(), nullable=False),
        sa.Column("how_to_refer", sa.String(), nullable=True),
        sa.Column("area", sa.String(100), nullable=True),
        sa.Column("last_checked", sa.Date(), nullable=True),
    )
    op.create_index("ix_service_cards_ref", "service_cards", ["ref"], unique=True)
    op.create_index("ix_service_cards_organisation_id", "service_cards", ["organisation_id"])
    op.create_table(
        "contacts", *record_columns(),
        sa.Column("ref", sa.String(80), nullable=False),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id"),
                  nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.String(120), nullable=True),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("last_checked", sa.Date(), nullable=True),
    )
    op.create_index("ix_contacts_ref", "contacts", ["ref"], unique=True)
    op.create_index("ix_contacts_organisation_id", "contacts", ["organisation_id"])
    op.create_table(
        "meetings", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(300), nullable=True),
        sa.Column("link", sa.String(500), nullable=True),
        sa.Column("agenda", sa.String(), nullable=True),
        sa.Column("domains", sa.String(), nullable=False),
        sa.Column("minutes", sa.String(), nullable=True),
        sa.Column("next_meeting_at", UTCDateTime(), nullable=True),
        sa.Column("ics_sequence", sa.Integer(), nullable=False),
    )
    op.create_index("ix_meetings_client_id", "meetings", ["client_id"])
    op.create_table(
        "invitees", *record_columns(),
        sa.Column("meeting_id", sa.String(36), sa.ForeignKey("meetings.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("organisation_id", sa.String(36), nullable=True),
        sa.Column("contact_id", sa.String(36), nullable=True),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("organisation_name", sa.String(200), nullable=True),
        sa.Column("sector", sa.String(30), nullable=True),
        sa.Column("title", sa.String(120), nullable=True),
        sa.Column("role", sa.String(200), nullable=True),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("pre_assessment_requested", sa.Boolean(), nullable=False),
        sa.Column("pre_assessment_received", sa.Boolean(), nullable=False),
        sa.Column("override_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_invitees_meeting_id", "invitees", ["meeting_id"])


def downgrade() -> None:
    for name in ("invitees", "meetings", "contacts", "service_cards", "organisations",
                 "consent_overrides", "consents"):
        op.drop_table(name)
