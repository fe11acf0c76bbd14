"""A plan task's plain-words version, for the client's own plan.

"Kirjoittaa B-lausunnon" is staff wording; the client's paper says "Lääkäri
kirjoittaa lausunnon Kelaa varten". The editor asks for it; the client's PDF
prints it (and the staff wording only when none was written).

Revision ID: 0031_plain_words
"""
import sqlalchemy as sa
from alembic import op

revision = "0031_plain_words"
# After both the contacts branch and the plan tables (plan_tasks is made in 0005).
down_revision = ("0030_contacts", "0005_plans")
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_tasks") as batch:
        batch.add_column(sa.Column("plain_text", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan_tasks") as batch:
        batch.drop_column("plain_text")
