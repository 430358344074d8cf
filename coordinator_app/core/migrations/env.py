"""Alembic environment. The app passes its engine in ``config.attributes['engine']``; SQLite uses batch
mode so that later migrations can alter tables."""

from alembic import context

from coordinator_app.core.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from coordinator_app.config import resolve_config
        from coordinator_app.core.database import create_app_engine

        engine = create_app_engine(resolve_config().database_url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
