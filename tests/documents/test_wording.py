"""Dates and numbers written out as the akta write them."""

from datetime import date

import pytest

from adminduk.documents.wording import date_in_words, long_date, number_in_words, short_date


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (17, "tujuh belas"),
        (20, "dua puluh"),
        (31, "tiga puluh satu"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (250, "dua ratus lima puluh"),
        (1000, "seribu"),
        (1999, "seribu sembilan ratus sembilan puluh sembilan"),
        (2026, "dua ribu dua puluh enam"),
        (12000, "dua belas ribu"),
    ],
)
def test_numbers_are_spelled_in_indonesian(number, words):
    assert number_in_words(number) == words


def test_dates_are_written_in_indonesian():
    day = date(2026, 9, 5)

    assert long_date(day) == "5 September 2026"
    assert short_date(day) == "05-09-2026"
    assert short_date(None) == "-"
    assert date_in_words(day) == "LIMA SEPTEMBER DUA RIBU DUA PULUH ENAM"
