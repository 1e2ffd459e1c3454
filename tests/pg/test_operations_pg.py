"""The operation tests of every chapter, run again on a practice database (PostgreSQL).

The test functions are those of tests/operations; collected here, they get this folder's
``db``/``workbook`` fixtures: a migrated database of their own on the test server.
"""

from tests.operations.test_exposure import *  # noqa: F403
from tests.operations.test_graded_activity import *  # noqa: F403
from tests.operations.test_history import *  # noqa: F403
from tests.operations.test_pacing import *  # noqa: F403
from tests.operations.test_too_little import *  # noqa: F403
from tests.operations.test_too_much import *  # noqa: F403
from tests.operations.test_understanding import *  # noqa: F403
