"""Service-time targets count working days: Monday to Friday, without public holidays."""

from datetime import date, timedelta


def working_days_between(start: date, end: date, holidays: frozenset[date]) -> int:
    """Working days after `start` up to and including `end` (0 when end is not later)."""
    days = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            days += 1
    return days
