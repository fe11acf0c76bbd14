"""The shared client plan: plans, versions, goals, intermediate goals, tasks.

Agreed versions are frozen: besides the store's own check, triggers refuse any
UPDATE or DELETE of an agreed version's rows, and any new row under one.

Revision ID: 0005_plans
"""
import sqlalchemy as sa
from alembic import op

from tyokykytiimi.models.base import UTCDateTime

revision = "0005_plans"
down_revision = "0002_clients"
branch_labels = ("plans",)
depends_on = None

FROZEN = "RAISE(ABORT, 'agreed plan version is frozen')"


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
        "plans", *record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
    )
    op.create_index("ix_plans_client_id", "plans", ["client_id"], unique=True)
    op.create_table(
        "plan_versions", *record_columns(),
        sa.Column("plan_id", sa.String(36), sa.ForeignKey("plans.id"), nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("based_on_id", sa.String(36), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("agreed_by", sa.String(36), nullable=True),
        sa.Column("meeting_id", sa.String(36), nullable=True),
        sa.Column("participants", sa.String(), nullable=False),
        sa.Column("case_manager_text", sa.String(200), nullable=True),
        sa.Column("client_role", sa.String(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("review_reason", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
    )
    op.create_index("ix_plan_versions_plan_id", "plan_versions", ["plan_id"])
    op.create_index("ix_plan_versions_client_id", "plan_versions", ["client_id"])
    op.create_table(
        "plan_goals", *record_columns(),
        sa.Column("version_id", sa.String(36), sa.ForeignKey("plan_versions.id"),
                  nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("key", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
    )
    op.create_index("ix_plan_goals_version_id", "plan_goals", ["version_id"])
    op.create_table(
        "plan_intermediate_goals", *record_columns(),
        sa.Column("goal_id", sa.String(36), sa.ForeignKey("plan_goals.id"), nullable=False),
        sa.Column("version_id", sa.String(36), sa.ForeignKey("plan_versions.id"),
                  nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("key", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_plan_intermediate_goals_goal_id", "plan_intermediate_goals",
                    ["goal_id"])
    op.create_index("ix_plan_intermediate_goals_version_id", "plan_intermediate_goals",
                    ["version_id"])
    op.create_table(
        "plan_tasks", *record_columns(),
        sa.Column("version_id", sa.String(36), sa.ForeignKey("plan_versions.id"),
                  nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("key", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(), nullable=False),
        sa.Column("responsible_kind", sa.String(20), nullable=False),
        sa.Column("responsible_id", sa.String(36), nullable=True),
        sa.Column("responsible_text", sa.String(200), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("service", sa.String(200), nullable=True),
    )
    op.create_index("ix_plan_tasks_version_id", "plan_tasks", ["version_id"])

    op.execute(f"""CREATE TRIGGER plan_versions_frozen_update BEFORE UPDATE ON plan_versions
        WHEN OLD.state = 'agreed' BEGIN SELECT {FROZEN}; END""")
    op.execute(f"""CREATE TRIGGER plan_versions_frozen_delete BEFORE DELETE ON plan_versions
        WHEN OLD.state = 'agreed' BEGIN SELECT {FROZEN}; END""")
    for table in ("plan_goals", "plan_intermediate_goals", "plan_tasks"):
        agreed = "(SELECT state FROM plan_versions WHERE id = {}.version_id) = 'agreed'"
        op.execute(f"""CREATE TRIGGER {table}_frozen_update BEFORE UPDATE ON {table}
            WHEN {agreed.format('OLD')} BEGIN SELECT {FROZEN}; END""")
        op.execute(f"""CREATE TRIGGER {table}_frozen_delete BEFORE DELETE ON {table}
            WHEN {agreed.format('OLD')} BEGIN SELECT {FROZEN}; END""")
        op.execute(f"""CREATE TRIGGER {table}_frozen_insert BEFORE INSERT ON {table}
            WHEN {agreed.format('NEW')} BEGIN SELECT {FROZEN}; END""")


def downgrade() -> None:
    for table in ("plan_tasks", "plan_intermediate_goals", "plan_goals", "plan_versions",
                  "plans"):
        op.drop_table(table)
