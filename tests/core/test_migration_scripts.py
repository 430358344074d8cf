"""The start-up path reads the migration scripts' revision ids without importing Alembic; it must agree
with Alembic's own reading of them."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from coordinator_app.core.database import alembic_config, head_revision, known_revisions


def test_head_and_known_revisions_agree_with_alembic() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
