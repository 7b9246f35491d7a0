"""The office's calendar day: times are stored in UTC, but "today" is the day in WIB."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from tortoise.timezone import now

from adminduk.settings import get_settings


def local_date(moment: datetime) -> date:
    return moment.astimezone(ZoneInfo(get_settings().timezone)).date()


def local_today() -> date:
    return local_date(now())
