"""Alembic environment: URL from hashdesk settings (set by `hashdesk migrate`), sync driver."""

from __future__ import annotations

from alembic import context

from hashdesk.store.db import create_sync_engine
from hashdesk.store.tables import metadata

config = context.config
url = config.get_main_option("sqlalchemy.url") or ""

if context.is_offline_mode():
    context.configure(url=url, target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_sync_engine(url, writer=False)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    engine.dispose()
