"""Clinical rules and plain data of the workbook, free of any toolkit.

Only the standard library may be imported here (checked by ``tests/domain/test_layers.py``):
the rules must be testable and reusable without Qt, SQLAlchemy or reportlab.
"""
