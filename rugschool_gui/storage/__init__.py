"""Storage of workbooks in SQLite through SQLAlchemy 2.

Repositories take a :class:`~rugschool_gui.storage.db.Database` (made from a URL,
``sqlite:///path`` by default; ``storage.url`` reads URLs without SQLAlchemy) and return domain
objects or plain values, so widgets never hold ORM objects. Failures of the disk or the database
come out as the typed errors of ``storage.errors``. Alembic is imported only when the database
schema is behind (``storage.migrate``).
"""
