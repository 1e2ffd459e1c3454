"""The reads behind the home page's "Vandaag", in one transaction (one consistent picture);
``domain.today`` turns them into what the page shows."""

from __future__ import annotations

from datetime import date

from ..domain.pacing import week_monday
from ..domain.today import Today, today_facts

#: the most recent attempts looked at for one planned today or later (newest first)
RECENT_ATTEMPTS = 20


def load_today(store, workbook_id: str, today: date) -> Today:
    from ..storage import exposure, graded_activity, pacing, too_much

    with store.transaction():
        return today_facts(
            today, pacing.list_week(store, workbook_id, week_monday(today)),
            graded_activity.summary(store, workbook_id, today), exposure.load_hierarchy(store, workbook_id),
            exposure.list_attempts(store, workbook_id, limit=RECENT_ATTEMPTS),
            too_much.get_checkin(store, workbook_id, today))
