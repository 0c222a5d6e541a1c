"""The shop's identity: one random id per shop file, to tell its own -wal from another's.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "shop_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_shop_identity_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_identity")),
    )
    op.bulk_insert(table, [{"id": 1, "uid": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("shop_identity")
