"""Staff contact details (phone, e-mail, address) for the papers that leave the team.

The team's own contact details and time zone are Setting rows and need no table.

Revision ID: 0030_contacts
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0030_contacts"
down_revision = "0001_foundation"
branch_labels = ("contacts",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_contacts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=True),
        sa.Column("updated_by", sa.String(36), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("phone", sa.String(40), nullable=True),
        sa.Column("email", sa.String(200), nullable=True),
        sa.Column("address", sa.String(300), nullable=True),
    )
    op.create_index("ix_staff_contacts_user_id", "staff_contacts", ["user_id"], unique=True)


def downgrade() -> None:
    op.drop_table("staff_contacts")
