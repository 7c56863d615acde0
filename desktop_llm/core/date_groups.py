"""Which date group a conversation falls in for the sidebar's section headers (Today, Yesterday, ...).

Calendar days in the local time zone, as the user reads them: a chat from 23:50 yesterday is "Yesterday" at
00:10 today, though only twenty minutes old.
"""

from __future__ import annotations

import datetime

GROUPS = ("Today", "Yesterday", "Previous 7 days", "Older")


def date_group(timestamp: float, now: float) -> str:
    """The group of a conversation last updated at `timestamp` (seconds since the epoch), seen at `now`. A time in
    the future (a clock set back since) counts as today."""
    day = datetime.datetime.fromtimestamp(timestamp).date()
    today = datetime.datetime.fromtimestamp(now).date()
    age = (today - day).days
    if age <= 0:
        return GROUPS[0]
    if age == 1:
        return GROUPS[1]
    if age <= 7:
        return GROUPS[2]
    return GROUPS[3]
