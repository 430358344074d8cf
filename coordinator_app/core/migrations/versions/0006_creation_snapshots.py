"""creation snapshots: a record's creation is logged as one change-log row holding its name and initial
values (JSON); earlier creation rows held the name alone and are rewritten to the same form. Their per-field
rows stay as they are, so older histories read as before.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CREATED = "*created"
NAME = "*name"
BATCH = 5000


def _is_snapshot(text: str | None) -> bool:
    try:
        data = json.loads(text or "")
    except ValueError:
        return False
    return isinstance(data, dict) and isinstance(data.get(NAME), str)


def upgrade() -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(sa.text("SELECT seq, new_value FROM change_log WHERE field = :f AND seq > :last "
                                    "ORDER BY seq LIMIT :n"), {"f": CREATED, "last": last, "n": BATCH}).all()
        if not rows:
            break
        last = rows[-1].seq
        changed = [{"seq": r.seq, "v": json.dumps({NAME: r.new_value or ""}, ensure_ascii=False, separators=(",", ":"))}
                   for r in rows if not _is_snapshot(r.new_value)]
        if changed:
            bind.execute(sa.text("UPDATE change_log SET new_value = :v WHERE seq = :seq"), changed)


def downgrade() -> None:
    # back to a name alone; initial values held only in a snapshot are dropped (the records keep them)
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT seq, new_value FROM change_log WHERE field = :f"), {"f": CREATED}).all()
    changed = [{"seq": r.seq, "v": json.loads(r.new_value)[NAME]} for r in rows if _is_snapshot(r.new_value)]
    if changed:
        bind.execute(sa.text("UPDATE change_log SET new_value = :v WHERE seq = :seq"), changed)
