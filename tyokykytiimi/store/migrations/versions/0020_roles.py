"""Signed audit entries: who signed each entry and the signature.

Revision ID: 0020_roles

Entries written before this revision stay unsigned; the first sign-in after it
registers the user's signing key and writes ``signing_start`` with every
user's rights, and from there on every entry is signed (store/signing.py).
"""
import sqlalchemy as sa
from alembic import op

revision = "0020_roles"
down_revision = "0001_foundation"
branch_labels = ("roles",)
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(sa.Column("signer_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("signature", sa.String(length=128), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("signature")
        batch.drop_column("signer_id")
