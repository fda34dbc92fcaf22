"""several roles to an account (app_user.roles, a sorted comma list, from the one role
each account had), and a faculty member's employment dates (hired_on, retired_on)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 10:00:00

The roles: a new column filled from the old one, then the old one dropped. app_user
has no trigger, so the batch rebuild SQLite needs to make the new column NOT NULL and
to drop the old one loses nothing (on PostgreSQL the batch is plain ALTER TABLE).
The employment dates are plain ALTER TABLE ... ADD COLUMN, as in 0007.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Going back to one role: the most capable the account holds, in domain.accounts.ROLES
# order (LIKE is the same on SQLite and PostgreSQL).
ONE_ROLE = (
    "CASE WHEN roles LIKE '%administrator%' THEN 'administrator' "
    "WHEN roles LIKE '%secretary%' THEN 'secretary' "
    "WHEN roles LIKE '%clerk%' THEN 'clerk' ELSE 'viewer' END"
)


def upgrade() -> None:
    op.add_column("app_user", sa.Column("roles", sa.String(length=100), nullable=True))
    op.execute("UPDATE app_user SET roles = role")  # one role is a list of one
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.alter_column("roles", existing_type=sa.String(length=100), nullable=False)
        batch_op.drop_column("role")
    op.add_column("faculty_member", sa.Column("hired_on", sa.Date(), nullable=True))
    op.add_column("faculty_member", sa.Column("retired_on", sa.Date(), nullable=True))


def downgrade() -> None:
    for column in ("retired_on", "hired_on"):
        op.execute(f'ALTER TABLE "faculty_member" DROP COLUMN "{column}"')
    op.add_column("app_user", sa.Column("role", sa.String(length=20), nullable=True))
    op.execute(f"UPDATE app_user SET role = {ONE_ROLE}")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.alter_column("role", existing_type=sa.String(length=20), nullable=False)
        batch_op.drop_column("roles")
