"""A member workstation's starting positions: per sender, the last sequence number
its welcome already held. Every writer then knows which of its files a newcomer
still needs before it deletes any (clean-up), even one approved elsewhere.

Revision ID: 0011_sync_starts
"""
import sqlalchemy as sa
from alembic import op

revision = "0011_sync_starts"
down_revision = "0010_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_devices") as batch:
        batch.add_column(sa.Column("starts", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_devices") as batch:
        batch.drop_column("starts")
