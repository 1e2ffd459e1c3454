"""Alembic environment, run from code (no alembic.ini): the connection comes from the caller."""

from alembic import context

from rugschool_gui.storage.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
