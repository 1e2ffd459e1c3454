"""The repository tests of every chapter, run again on a practice database (PostgreSQL).

Collected here, the test functions of tests/storage get this folder's ``store``/``make_workbook``
fixtures: the migrated database of the test server, emptied before each test.
"""

from tests.storage.test_consultation_loop import *  # noqa: F403
from tests.storage.test_exposure import *  # noqa: F403
from tests.storage.test_graded_activity import *  # noqa: F403
from tests.storage.test_pacing import *  # noqa: F403
from tests.storage.test_per_owner import *  # noqa: F403
from tests.storage.test_too_much import *  # noqa: F403
from tests.storage.test_understanding_too_little import *  # noqa: F403
from tests.storage.test_workbooks import *  # noqa: F403
