"""Storage of workbooks in SQLite through SQLAlchemy 2.

Repositories take a :class:`~rugschool_gui.storage.db.Store` and return domain objects or
plain values, so widgets never hold ORM objects. Alembic is imported only when the database
schema is behind (``storage.migrate``).
"""
