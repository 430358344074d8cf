"""pinyin order: sort_name on people, sites, communities and co-building units, and the live-rows indexes
lists page through

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

# The key function is the app's own; it reads a data file shipped with the app and is meant to stay stable.
from coordinator_app.core.sorting import pinyin_key

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
TABLES = {"person": True, "site": False, "community": False, "co_unit": False}  # table -> names are people's


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("sort_name", sa.String(length=800), nullable=False, server_default=""))
    bind = op.get_bind()
    for table, person in TABLES.items():
        rows = bind.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            bind.execute(sa.text(f"UPDATE {table} SET sort_name = :key WHERE id = :id"),
                         [{"id": row.id, "key": pinyin_key(row.name, person=person)} for row in rows])
    op.drop_index("ix_person_live_name", table_name="person")
    op.create_index("ix_person_live_sort", "person", ["sort_name", "id"], sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_site_live_sort", "site", ["sort_name", "id"], sqlite_where=LIVE, postgresql_where=LIVE)
    op.drop_index("ix_co_unit_live_name", table_name="co_unit")
    op.create_index("ix_co_unit_live_sort", "co_unit", ["sort_name", "id"], sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index("ix_co_unit_live_sort", table_name="co_unit")
    op.create_index("ix_co_unit_live_name", "co_unit", ["name", "id"], sqlite_where=LIVE, postgresql_where=LIVE)
    op.drop_index("ix_site_live_sort", table_name="site")
    op.drop_index("ix_person_live_sort", table_name="person")
    op.create_index("ix_person_live_name", "person", ["name", "id"], sqlite_where=LIVE, postgresql_where=LIVE)
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("sort_name")
