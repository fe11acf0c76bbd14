"""Service path: a move or a closing can be reversed, and the reversal names what it undid.

Revision ID: 0050_path_reversal

Adds ``reverses_id`` to ``path_events``: the event a later event reverses
(a move back, or a reopening that undoes a closing). Nothing is deleted; the
history shows both.
"""
import sqlalchemy as sa
from alembic import op

revision = "0050_path_reversal"
down_revision = "0002_clients"
branch_labels = ("coordination",)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("path_events") as batch:
        batch.add_column(sa.Column("reverses_id", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("path_events") as batch:
        batch.drop_column("reverses_id")
