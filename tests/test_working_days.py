"""Service-time targets count working days: weekends and configured holidays do not count."""

from datetime import date

import pytest

from adminduk.applications.working_days import working_days_between
from adminduk.settings import load_settings


def test_a_friday_application_has_waited_one_working_day_on_monday():
    assert working_days_between(date(2026, 12, 4), date(2026, 12, 7), frozenset()) == 1


def test_holidays_are_not_counted():
    christmas = frozenset({date(2026, 12, 25)})

    assert working_days_between(date(2026, 12, 24), date(2026, 12, 28), christmas) == 1


def test_holidays_come_from_the_configuration(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HOLIDAYS", "2026-12-25, 2027-01-01")

    assert load_settings(env_file=None).holidays == {date(2026, 12, 25), date(2027, 1, 1)}


def test_a_malformed_holiday_stops_start_up_with_the_setting_named(monkeypatch, tmp_path):
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("HOLIDAYS", "25-12-2026")

    with pytest.raises(ValueError, match="HOLIDAYS"):
        load_settings(env_file=None)
