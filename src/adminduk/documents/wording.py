"""Dates and numbers as Indonesian civil documents write them."""

import unicodedata
from datetime import date

from adminduk.registry.choices import LABELS

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")

# Printed where a column of the KK has nothing to show.
EMPTY = "-"


def long_date(day: date) -> str:
    """ "5 September 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """ "05-09-2026", the KK's form; "-" for no date."""
    return day.strftime("%d-%m-%Y") if day else EMPTY


def date_in_words(day: date) -> str:
    """ "LIMA SEPTEMBER DUA RIBU DUA PULUH ENAM": how an akta spells a date out."""
    words = f"{number_in_words(day.day)} {MONTHS[day.month - 1]} {number_in_words(day.year)}"
    return words.upper()


def number_in_words(number: int) -> str:
    """0-999,999 in Indonesian words: 11 "sebelas", 2026 "dua ribu dua puluh enam"."""
    if not 0 <= number < 1_000_000:
        raise ValueError("only 0-999,999 are spelled out")
    if number < 10:
        return _UNITS[number]
    if number < 20:
        if number == 10:
            return "sepuluh"
        return "sebelas" if number == 11 else f"{_UNITS[number - 10]} belas"
    if number < 100:
        return _join(f"{_UNITS[number // 10]} puluh", number % 10)
    if number < 1000:
        hundreds = "seratus" if number < 200 else f"{_UNITS[number // 100]} ratus"
        return _join(hundreds, number % 100)
    thousands = "seribu" if number < 2000 else f"{number_in_words(number // 1000)} ribu"
    return _join(thousands, number % 1000)


def _join(head: str, rest: int) -> str:
    return f"{head} {number_in_words(rest)}" if rest else head


def label(value) -> str:
    """A coded value (sex, religion, ...) as the document prints it: "PEREMPUAN"."""
    return LABELS[value].upper()


def upper(text: str | None) -> str:
    """Free text as the document prints it: upper case, accents composed ("Ễ", not "E" and
    two combining marks, which the font cannot place), "-" when there is none."""
    if not text or not text.strip():
        return EMPTY
    return unicodedata.normalize("NFC", text.strip().upper())
