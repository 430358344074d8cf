"""roster search: a lower-cased search column on people, indexes over live rows for paging lists, and no
index on deleted_at (nearly all rows are live; such an index misleads SQLite's planner)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
RECORD_TABLES = ("street", "community", "site", "room", "party_org", "person", "person_role", "site_assignment",
                 "reception", "reception_host")


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.drop_index(f"ix_{table}_deleted_at", table_name=table)
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.String(length=300), nullable=False, server_default=""))
    # the same text as coordinator_app.core.models.people.person_search_text; SQL's lower() folds ASCII only,
    # which is all that phone numbers and Latin letters in names need
    op.execute(
        "UPDATE person SET search_text = lower(trim(name || ' ' || phone || ' ' || skills))"
    )
    op.execute("UPDATE person SET search_text = replace(search_text, '  ', ' ')")
    op.create_index("ix_person_live_name", "person", ["name", "id"], sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_person_live_phone", "person", ["phone", "id"], sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_person_role_live", "person_role", ["role", "person_id"], sqlite_where=LIVE,
                    postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index("ix_person_role_live", table_name="person_role")
    op.drop_index("ix_person_live_phone", table_name="person")
    op.drop_index("ix_person_live_name", table_name="person")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("search_text")
    for table in RECORD_TABLES:
        op.create_index(f"ix_{table}_deleted_at", table, ["deleted_at"])
