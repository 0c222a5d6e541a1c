"""Every customer gets a stable UID (a UUID): written as the vCard UID, kept across counters.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
    connection = op.get_bind()
    ids = connection.execute(sa.text("SELECT id FROM customer")).scalars().all()
    if ids:
        connection.execute(
            sa.text("UPDATE customer SET uid = :uid WHERE id = :id"),
            [{"id": customer_id, "uid": str(uuid.uuid4())} for customer_id in ids],
        )
    with op.batch_alter_table("customer") as batch:
        batch.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch.create_unique_constraint(op.f("uq_customer_uid"), ["uid"])


def downgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.drop_constraint(op.f("uq_customer_uid"), type_="unique")
        batch.drop_column("uid")
