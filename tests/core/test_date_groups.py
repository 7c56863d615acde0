from __future__ import annotations

import datetime

from desktop_llm.core.date_groups import GROUPS, date_group


def _at(day: datetime.date, hour: int, minute: int = 0) -> float:
    return datetime.datetime(day.year, day.month, day.day, hour, minute).timestamp()  # local time


def test_groups_are_calendar_days_in_local_time() -> None:
    today = datetime.date(2026, 12, 10)
    now = _at(today, 0, 10)
    assert date_group(_at(today, 0, 5), now) == "Today"
    # twenty minutes old, but yesterday by the calendar
    assert date_group(_at(today - datetime.timedelta(days=1), 23, 50), now) == "Yesterday"
    assert date_group(_at(today - datetime.timedelta(days=2), 12), now) == "Previous 7 days"
    assert date_group(_at(today - datetime.timedelta(days=7), 1), now) == "Previous 7 days"
    assert date_group(_at(today - datetime.timedelta(days=8), 23), now) == "Older"
    assert date_group(_at(datetime.date(2020, 1, 1), 12), now) == "Older"


def test_a_time_in_the_future_reads_as_today() -> None:
    now = _at(datetime.date(2026, 12, 10), 9)
    assert date_group(now + 3 * 86400, now) == "Today"
    assert GROUPS == ("Today", "Yesterday", "Previous 7 days", "Older")
