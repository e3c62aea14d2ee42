"""Alembic environment: runs on the connection the app hands over, in batch mode."""

from __future__ import annotations

from alembic import context

from minutes_app.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("minutes-app runs migrations itself: use minutes_app.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
