"""Identity numbers: the NIK and the Nomor Kartu Keluarga (No. KK).

Both are 16 digits: a region code of 6 (province, regency, kecamatan), a date DDMMYY and a
serial of 4 that is never 0000. A number keeps the region code of the place that first issued
it, for life, so codes that a later split retired still pass.

The province and the regency must be in the official lists (2016-2025, retired codes included).
The kecamatan only has to be 01-99: the lists begin in 2016, and kecamatan that moved before
then left gaps in the numbering of dozens of regencies (Kabupaten Bandung lacks 32.04.01-04,
for one: Bandung Barat was split from it in 2007), codes that older, real numbers still carry.

Errors are `InvalidNumber` with a stable `code` and a `message` for the resident in Bahasa
Indonesia, marked for the catalogue and translated where it is shown. Neither ever contains the
number itself.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from adminduk.i18n import N_
from adminduk.regions import find_national

JAKARTA = ZoneInfo("Asia/Jakarta")

MAX_AGE = 120

# Dukcapil's NIK format writes a woman's day of birth plus 40 (41-71).
FEMALE_DAY_OFFSET = 40

# The oldest issue date accepted in a No. KK. It also settles the century: until 2070 each
# two-digit year has a single reading between this date and today.
KK_EARLIEST_ISSUE = date(1970, 1, 1)

_DIGITS = re.compile(r"[0-9]*")

_NIK_MESSAGES = {
    "length": N_("NIK harus 16 angka. Periksa kembali NIK pada KTP-el atau Kartu Keluarga Anda."),
    "not_digits": N_(
        "NIK hanya boleh berisi angka, tanpa huruf, titik atau tanda hubung. "
        "Tulis NIK persis seperti pada KTP-el atau Kartu Keluarga Anda."
    ),
    "unknown_province": N_(
        "Dua angka pertama NIK bukan kode provinsi yang dikenal. Periksa kembali NIK pada "
        "KTP-el atau Kartu Keluarga Anda. Jika sudah sama persis, hubungi petugas Disdukcapil."
    ),
    "unknown_regency": N_(
        "Angka ke-3 dan ke-4 NIK bukan kode kabupaten/kota yang dikenal. Periksa kembali NIK "
        "pada KTP-el atau Kartu Keluarga Anda. Jika sudah sama persis, hubungi petugas "
        "Disdukcapil."
    ),
    "unknown_kecamatan": N_(
        "Angka ke-5 dan ke-6 NIK bukan kode kecamatan. Periksa kembali NIK pada KTP-el atau "
        "Kartu Keluarga Anda."
    ),
    "invalid_date": N_(
        "Angka ke-7 sampai ke-12 NIK bukan tanggal lahir yang benar. Periksa kembali NIK pada "
        "KTP-el atau Kartu Keluarga Anda."
    ),
    "born_in_future": N_(
        "Tanggal lahir dalam NIK jatuh setelah hari ini. Periksa kembali NIK pada KTP-el atau "
        "Kartu Keluarga Anda."
    ),
    "too_old": N_(
        "Tanggal lahir dalam NIK lebih dari 120 tahun yang lalu. Periksa kembali NIK pada "
        "KTP-el atau Kartu Keluarga Anda."
    ),
    "serial": N_(
        "Empat angka terakhir NIK tidak boleh 0000. Periksa kembali NIK pada KTP-el atau "
        "Kartu Keluarga Anda."
    ),
    "birth_date_mismatch": N_(
        "Tanggal lahir dalam NIK berbeda dengan tanggal lahir yang tercatat. Periksa kembali "
        "NIK dan tanggal lahir Anda. Jika keduanya sudah benar, hubungi petugas Disdukcapil "
        "untuk perbaikan data."
    ),
    "sex_mismatch": N_(
        "Jenis kelamin menurut NIK berbeda dengan jenis kelamin yang tercatat. Periksa kembali "
        "NIK Anda. Jika sudah benar, hubungi petugas Disdukcapil untuk perbaikan data."
    ),
}

_KK_MESSAGES = {
    "length": N_("Nomor KK harus 16 angka. Periksa kembali Nomor KK pada Kartu Keluarga Anda."),
    "not_digits": N_(
        "Nomor KK hanya boleh berisi angka, tanpa huruf, titik atau tanda hubung. "
        "Tulis Nomor KK persis seperti pada Kartu Keluarga Anda."
    ),
    "unknown_province": N_(
        "Dua angka pertama Nomor KK bukan kode provinsi yang dikenal. Periksa kembali Nomor KK "
        "pada Kartu Keluarga Anda. Jika sudah sama persis, hubungi petugas Disdukcapil."
    ),
    "unknown_regency": N_(
        "Angka ke-3 dan ke-4 Nomor KK bukan kode kabupaten/kota yang dikenal. Periksa kembali "
        "Nomor KK pada Kartu Keluarga Anda. Jika sudah sama persis, hubungi petugas Disdukcapil."
    ),
    "unknown_kecamatan": N_(
        "Angka ke-5 dan ke-6 Nomor KK bukan kode kecamatan. Periksa kembali Nomor KK pada "
        "Kartu Keluarga Anda."
    ),
    "invalid_date": N_(
        "Angka ke-7 sampai ke-12 Nomor KK bukan tanggal yang benar. Periksa kembali Nomor KK "
        "pada Kartu Keluarga Anda."
    ),
    "issued_in_future": N_(
        "Tanggal terbit dalam Nomor KK (angka ke-7 sampai ke-12) jatuh setelah hari ini. "
        "Periksa kembali Nomor KK pada Kartu Keluarga Anda."
    ),
    "serial": N_(
        "Empat angka terakhir Nomor KK tidak boleh 0000. Periksa kembali Nomor KK pada "
        "Kartu Keluarga Anda."
    ),
}

# Every `InvalidNumber.code` these functions raise.
ERROR_CODES = frozenset(_NIK_MESSAGES) | frozenset(_KK_MESSAGES)


class InvalidNumber(ValueError):
    """A NIK or No. KK that cannot be right: `code` for programs, `message` for the resident."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class NikInfo:
    """A valid NIK, read. Region codes are undotted and cumulative ("32", "3216", "321601")."""

    nik: str
    province: str
    regency: str
    kecamatan: str
    birth_date: date
    possible_birth_dates: tuple[date, ...]
    sex: str
    serial: str


@dataclass(frozen=True, slots=True)
class KkInfo:
    """A valid No. KK, read. Region codes are undotted and cumulative, like `NikInfo`'s."""

    number: str
    province: str
    regency: str
    kecamatan: str
    issue_date: date
    serial: str


def parse_nik(value: str, today: date | None = None) -> NikInfo:
    """Read a NIK typed by a person, or raise `InvalidNumber`.

    Surrounding whitespace and spaces between digits are ignored. The two-digit year is read in
    every century that makes the holder 0-120 years old on `today` (Asia/Jakarta by default):
    `possible_birth_dates` lists them, most recent first, and `birth_date` is the first.
    """
    today = today or _jakarta_today()
    nik = _sixteen_digits(value, _NIK_MESSAGES)
    _check_region(nik, _NIK_MESSAGES)

    raw_day = int(nik[6:8])
    sex = "P" if raw_day > FEMALE_DAY_OFFSET else "L"
    day = raw_day - FEMALE_DAY_OFFSET if sex == "P" else raw_day
    readings = _calendar_readings(day, int(nik[8:10]), int(nik[10:12]), today)
    if not readings:
        raise _error("invalid_date", _NIK_MESSAGES)

    candidates = tuple(d for d in readings if d <= today and _age(d, today) <= MAX_AGE)
    if not candidates:
        past = any(d <= today for d in readings)
        raise _error("too_old" if past else "born_in_future", _NIK_MESSAGES)

    _check_serial(nik, _NIK_MESSAGES)
    return NikInfo(
        nik=nik,
        province=nik[:2],
        regency=nik[:4],
        kecamatan=nik[:6],
        birth_date=candidates[0],
        possible_birth_dates=candidates,
        sex=sex,
        serial=nik[12:],
    )


def parse_kk_number(value: str, today: date | None = None) -> KkInfo:
    """Read a No. KK typed by a person, or raise `InvalidNumber`.

    The issue date must lie between 1 January 1970 and `today`. The floor is our rule, not a
    published one: the 16-digit number came with the computerised register decades later, so
    1970 is generous, and it settles the century. The two-digit year takes the most recent
    century in that range; a date outside it is refused as "issued_in_future" (until 2070 its
    only reading after 1970 is in the future).
    """
    today = today or _jakarta_today()
    number = _sixteen_digits(value, _KK_MESSAGES)
    _check_region(number, _KK_MESSAGES)

    readings = _calendar_readings(int(number[6:8]), int(number[8:10]), int(number[10:12]), today)
    if not readings:
        raise _error("invalid_date", _KK_MESSAGES)

    issued = [d for d in readings if KK_EARLIEST_ISSUE <= d <= today]
    if not issued:
        raise _error("issued_in_future", _KK_MESSAGES)

    _check_serial(number, _KK_MESSAGES)
    return KkInfo(
        number=number,
        province=number[:2],
        regency=number[:4],
        kecamatan=number[:6],
        issue_date=issued[0],
        serial=number[12:],
    )


def check_nik_agrees(nik: str, birth_date: date, sex: str, today: date | None = None) -> None:
    """Raise `InvalidNumber` unless the NIK fits the registry's birth date and sex ("L"/"P")."""
    if sex not in ("L", "P"):
        raise ValueError("sex is 'L' or 'P'")

    info = parse_nik(nik, today)
    if birth_date not in info.possible_birth_dates:
        raise _error("birth_date_mismatch", _NIK_MESSAGES)
    if sex != info.sex:
        raise _error("sex_mismatch", _NIK_MESSAGES)


def is_valid_nik(value: str, today: date | None = None) -> bool:
    try:
        parse_nik(value, today)
    except InvalidNumber:
        return False
    return True


def mask_nik(number: str) -> str:
    """Hide the date in a NIK or No. KK: "3216015505900002" becomes "321601******0002"."""
    digits = number.strip().replace(" ", "")
    if len(digits) != 16 or not _DIGITS.fullmatch(digits):
        raise ValueError("a NIK or No. KK has 16 digits")
    return digits[:6] + "*" * 6 + digits[12:]


mask_number = mask_nik


def make_nik(kecamatan_digits: str, birth_date: date, sex: str, serial: int) -> str:
    """Build a NIK. It parses back when the regency is listed and the holder is 0-120."""
    if sex not in ("L", "P"):
        raise ValueError("sex is 'L' or 'P'")

    day = birth_date.day + (FEMALE_DAY_OFFSET if sex == "P" else 0)
    return _build(kecamatan_digits, day, birth_date, serial)


def make_kk_number(kecamatan_digits: str, issue_date: date, serial: int) -> str:
    """Build a No. KK. It parses back when the regency is listed and the date is 1970-today."""
    return _build(kecamatan_digits, issue_date.day, issue_date, serial)


def _build(kecamatan_digits: str, day: int, when: date, serial: int) -> str:
    if len(kecamatan_digits) != 6 or not _DIGITS.fullmatch(kecamatan_digits):
        raise ValueError("a kecamatan code has 6 digits")
    if not 1 <= serial <= 9999:
        raise ValueError("the serial is 1-9999")
    return f"{kecamatan_digits}{day:02d}{when.month:02d}{when.year % 100:02d}{serial:04d}"


def _sixteen_digits(value: str, messages: dict[str, str]) -> str:
    digits = value.strip().replace(" ", "")
    if not _DIGITS.fullmatch(digits):
        raise _error("not_digits", messages)
    if len(digits) != 16:
        raise _error("length", messages)
    return digits


def _check_region(number: str, messages: dict[str, str]) -> None:
    if find_national(number[:2]) is None:
        raise _error("unknown_province", messages)
    if find_national(number[:4]) is None:
        raise _error("unknown_regency", messages)
    if number[4:6] == "00":
        raise _error("unknown_kecamatan", messages)


def _check_serial(number: str, messages: dict[str, str]) -> None:
    if number[12:] == "0000":
        raise _error("serial", messages)


def _calendar_readings(day: int, month: int, yy: int, today: date) -> list[date]:
    """The real dates DD-MM-YY can be in today's century and the two before, most recent first."""
    century = today.year // 100 * 100
    readings = []
    for year in (century + yy, century - 100 + yy, century - 200 + yy):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    return readings


def _age(born: date, today: date) -> int:
    before_birthday = (today.month, today.day) < (born.month, born.day)
    return today.year - born.year - before_birthday


def _error(code: str, messages: dict[str, str]) -> InvalidNumber:
    return InvalidNumber(code, messages[code])


def _jakarta_today() -> date:
    return datetime.now(JAKARTA).date()
