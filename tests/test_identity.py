"""Identity numbers. Every NIK and No. KK here is made up; the region codes are real."""

from datetime import date

import pytest

from adminduk.identity import (
    ERROR_CODES,
    InvalidNumber,
    KkInfo,
    NikInfo,
    check_nik_agrees,
    is_valid_nik,
    make_kk_number,
    make_nik,
    mask_nik,
    mask_number,
    parse_kk_number,
    parse_nik,
)

TODAY = date(2026, 12, 4)

# Tambun Selatan (32.16.06), a man born 15 May 1990.
MAN = "3216061505900001"

# Cikarang Selatan (32.16.19), a woman born 23 August 1985: her day is written 23 + 40.
WOMAN = "3216196308850002"

# Tambun Selatan, issued 12 March 2015.
KK = "3216061203150007"


def nik_error(value: str, today: date = TODAY) -> InvalidNumber:
    with pytest.raises(InvalidNumber) as caught:
        parse_nik(value, today)
    return caught.value


def kk_error(value: str, today: date = TODAY) -> InvalidNumber:
    with pytest.raises(InvalidNumber) as caught:
        parse_kk_number(value, today)
    return caught.value


def test_a_mans_nik_is_read_into_region_birth_date_sex_and_serial():
    info = parse_nik(MAN, TODAY)

    assert info == NikInfo(
        nik=MAN,
        province="32",
        regency="3216",
        kecamatan="321606",
        birth_date=date(1990, 5, 15),
        possible_birth_dates=(date(1990, 5, 15),),
        sex="L",
        serial="0001",
    )


def test_a_womans_nik_has_her_birth_day_plus_40():
    info = parse_nik(WOMAN, TODAY)

    assert info.sex == "P"
    assert info.birth_date == date(1985, 8, 23)
    assert info.kecamatan == "321619"


@pytest.mark.parametrize("value", [MAN[:15], MAN + "1", ""])
def test_nik_of_the_wrong_length_is_refused(value):
    error = nik_error(value)

    assert error.code == "length"
    assert error.message.startswith("NIK harus 16 angka.")


@pytest.mark.parametrize(
    "value", ["32160615O5900001", "3216.06.150590.0001", "3216-0615-0590-0001"]
)
def test_nik_with_letters_dots_or_dashes_is_refused_with_a_clear_message(value):
    error = nik_error(value)

    assert error.code == "not_digits"
    assert "hanya boleh berisi angka" in error.message


def test_nik_with_non_ascii_digits_is_refused():
    assert nik_error("３２１６０６１５０５９００００１").code == "not_digits"


@pytest.mark.parametrize("value", [f"  {MAN}\n", f"\t{MAN} ", "3216 0615 0590 0001"])
def test_nik_with_surrounding_whitespace_or_spaces_between_digits_is_accepted(value):
    assert parse_nik(value, TODAY).nik == MAN


@pytest.mark.parametrize(
    "value",
    [
        "3216063102900001",  # 31 February
        "3216067102900001",  # 31 February, a woman
        "3216061513900001",  # month 13
        "3216061500900001",  # month 00
        "3216060005900001",  # day 00
        "3216063505900001",  # day 35: neither a man's day nor a woman's
        "3216067205900001",  # day 72: a woman's 32nd
        "3216062902010001",  # 29 February in a year that is never leap
    ],
)
def test_nik_with_an_impossible_date_is_refused(value):
    error = nik_error(value)

    assert error.code == "invalid_date"
    assert "tanggal lahir" in error.message


def test_29_february_00_can_only_be_2000_because_1900_was_not_a_leap_year():
    today = date(2019, 6, 1)

    leap_day = parse_nik("3216062902000001", today)
    next_day = parse_nik("3216060103000001", today)

    assert leap_day.possible_birth_dates == (date(2000, 2, 29),)
    assert next_day.possible_birth_dates == (date(2000, 3, 1), date(1900, 3, 1))


def test_nik_with_an_unknown_province_is_refused():
    error = nik_error("9916061505900001")

    assert error.code == "unknown_province"
    assert "kode provinsi" in error.message


def test_nik_with_an_unknown_regency_in_a_known_province_is_refused():
    error = nik_error("3299061505900001")

    assert error.code == "unknown_regency"
    assert "kabupaten/kota" in error.message


def test_nik_with_kecamatan_00_is_refused():
    assert nik_error("3216001505900001").code == "unknown_kecamatan"


def test_nik_from_a_regency_retired_by_the_papua_split_still_passes():
    # Merauke was 91.01 until 2022 and is 93.01 since; its NIKs keep 9101 for life.
    info = parse_nik("9101011505900001", TODAY)

    assert info.regency == "9101"


def test_nik_with_a_kecamatan_code_missing_from_the_2016_list_still_passes():
    # Kabupaten Bandung's numbering lacks 32.04.01: Bandung Barat was split from it in 2007,
    # before the lists begin, and NIKs issued there earlier keep the old code.
    assert parse_nik("3204011505900001", TODAY).kecamatan == "320401"


def test_a_year_that_would_be_in_the_future_is_read_in_the_previous_century():
    info = parse_nik("3216061505270001", TODAY)

    assert info.birth_date == date(1927, 5, 15)
    assert info.possible_birth_dates == (date(1927, 5, 15),)


def test_a_birth_110_years_ago_is_possible_though_the_recent_century_is_the_default():
    nik = "3216061505160001"

    info = parse_nik(nik, TODAY)

    assert info.birth_date == date(2016, 5, 15)
    assert info.possible_birth_dates == (date(2016, 5, 15), date(1916, 5, 15))
    check_nik_agrees(nik, date(1916, 5, 15), "L", TODAY)


def test_a_holder_may_be_120_but_not_121():
    turning_121_today = parse_nik("3216060412050001", TODAY)
    still_120 = parse_nik("3216060512050001", TODAY)

    assert turning_121_today.possible_birth_dates == (date(2005, 12, 4),)
    assert still_120.possible_birth_dates == (date(2005, 12, 5), date(1905, 12, 5))


def test_a_date_with_no_reading_up_to_today_is_born_in_the_future():
    error = nik_error("3216062902000001", today=date(2000, 2, 28))

    assert error.code == "born_in_future"
    assert "setelah hari ini" in error.message


def test_a_date_whose_only_past_reading_is_over_120_years_ago_is_too_old():
    # 2100 is not a leap year, so in 2121 a 29 February 00 can only be 2000.
    error = nik_error("3216062902000001", today=date(2121, 3, 1))

    assert error.code == "too_old"
    assert "120 tahun" in error.message


def test_nik_with_serial_0000_is_refused():
    error = nik_error("3216061505900000")

    assert error.code == "serial"
    assert "0000" in error.message


def test_nik_is_parsed_with_todays_date_in_jakarta_by_default():
    assert parse_nik(MAN).birth_date == date(1990, 5, 15)


def test_is_valid_nik_answers_yes_or_no():
    assert is_valid_nik(WOMAN, TODAY)
    assert not is_valid_nik("3216063102900001", TODAY)


def test_nik_agreeing_with_the_registry_record_passes():
    check_nik_agrees(WOMAN, date(1985, 8, 23), "P", TODAY)


def test_nik_with_another_birth_date_than_the_registry_record_is_refused():
    with pytest.raises(InvalidNumber) as caught:
        check_nik_agrees(MAN, date(1990, 5, 16), "L", TODAY)

    assert caught.value.code == "birth_date_mismatch"
    assert "tanggal lahir yang tercatat" in caught.value.message


def test_nik_with_another_sex_than_the_registry_record_is_refused():
    with pytest.raises(InvalidNumber) as caught:
        check_nik_agrees(MAN, date(1990, 5, 15), "P", TODAY)

    assert caught.value.code == "sex_mismatch"
    assert "Jenis kelamin" in caught.value.message


def test_checking_agreement_of_an_invalid_nik_gives_the_nik_error():
    with pytest.raises(InvalidNumber) as caught:
        check_nik_agrees("3216061505900000", date(1990, 5, 15), "L", TODAY)

    assert caught.value.code == "serial"


def test_checking_agreement_with_an_unknown_sex_is_a_programming_error():
    with pytest.raises(ValueError, match="'L' or 'P'"):
        check_nik_agrees(MAN, date(1990, 5, 15), "M", TODAY)


def test_masking_hides_the_date_and_keeps_region_and_serial():
    assert mask_nik(WOMAN) == "321619******0002"
    assert mask_nik(f" {MAN} ") == "321606******0001"
    assert mask_number(KK) == "321606******0007"


@pytest.mark.parametrize("value", ["3216", MAN[:15], "32160615O5900001"])
def test_masking_something_that_is_not_16_digits_fails_without_repeating_it(value):
    with pytest.raises(ValueError) as caught:
        mask_nik(value)

    assert value not in str(caught.value)


def test_a_kk_number_is_read_into_region_issue_date_and_serial():
    assert parse_kk_number(f" {KK} ", TODAY) == KkInfo(
        number=KK,
        province="32",
        regency="3216",
        kecamatan="321606",
        issue_date=date(2015, 3, 12),
        serial="0007",
    )


def test_a_kk_number_from_the_1980s_is_read_in_the_1900s():
    assert parse_kk_number("3216060708850003", TODAY).issue_date == date(1985, 8, 7)


@pytest.mark.parametrize("value", [KK[:15], KK + "7"])
def test_kk_number_of_the_wrong_length_is_refused(value):
    error = kk_error(value)

    assert error.code == "length"
    assert error.message.startswith("Nomor KK harus 16 angka.")


def test_kk_number_with_letters_is_refused():
    assert kk_error("32160612O3150007").code == "not_digits"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("9916061203150007", "unknown_province"),
        ("3299061203150007", "unknown_regency"),
        ("3216001203150007", "unknown_kecamatan"),
    ],
)
def test_kk_number_from_an_unknown_region_is_refused(value, code):
    error = kk_error(value)

    assert error.code == code
    assert "Nomor KK" in error.message


def test_kk_number_from_a_retired_regency_passes():
    assert parse_kk_number("9101011203150007", TODAY).regency == "9101"


@pytest.mark.parametrize(
    "value",
    [
        "3216063102150007",  # 31 February
        "3216061213150007",  # month 13
        "3216060003150007",  # day 00
        "3216065203150007",  # day 52: a No. KK has no +40
    ],
)
def test_kk_number_with_an_impossible_date_is_refused(value):
    assert kk_error(value).code == "invalid_date"


@pytest.mark.parametrize(
    "value",
    [
        "3216061501270007",  # 15 January 2027, or 1927: before any No. KK
        "3216062512260007",  # 25 December 2026, three weeks after today
    ],
)
def test_kk_number_issued_after_today_is_refused_rather_than_read_as_before_1970(value):
    error = kk_error(value)

    assert error.code == "issued_in_future"
    assert "setelah hari ini" in error.message


def test_kk_number_issued_today_or_on_1_january_1970_passes():
    assert parse_kk_number("3216060412260007", TODAY).issue_date == TODAY
    assert parse_kk_number("3216060101700007", TODAY).issue_date == date(1970, 1, 1)


def test_kk_number_issued_before_1970_is_refused():
    assert kk_error("3216063112690007").code == "issued_in_future"


def test_kk_number_with_serial_0000_is_refused():
    assert kk_error("3216061203150000").code == "serial"


@pytest.mark.parametrize(
    ("kecamatan", "born", "sex", "serial"),
    [
        ("321606", date(1990, 5, 15), "L", 1),
        ("321619", date(1985, 8, 31), "P", 9999),
        ("910101", date(2000, 2, 29), "P", 42),
        ("321601", date(1927, 1, 1), "L", 7),
    ],
)
def test_a_built_nik_parses_back_to_what_it_was_built_from(kecamatan, born, sex, serial):
    info = parse_nik(make_nik(kecamatan, born, sex, serial), TODAY)

    assert (info.kecamatan, info.birth_date, info.sex, int(info.serial)) == (
        kecamatan,
        born,
        sex,
        serial,
    )


def test_a_built_kk_number_parses_back_to_what_it_was_built_from():
    number = make_kk_number("321623", date(2009, 11, 30), 321)

    info = parse_kk_number(number, TODAY)

    assert number == "3216233011090321"
    assert (info.kecamatan, info.issue_date, info.serial) == ("321623", date(2009, 11, 30), "0321")


@pytest.mark.parametrize(
    ("kecamatan", "sex", "serial"),
    [("32160", "L", 1), ("32160a", "L", 1), ("321606", "X", 1), ("321606", "L", 0)],
)
def test_building_a_nik_from_bad_parts_is_a_programming_error(kecamatan, sex, serial):
    with pytest.raises(ValueError):
        make_nik(kecamatan, date(1990, 5, 15), sex, serial)


def test_building_a_kk_number_with_a_serial_over_9999_is_a_programming_error():
    with pytest.raises(ValueError):
        make_kk_number("321606", date(2015, 3, 12), 10000)


def agrees_with_a_man_born_16_may_1990(nik: str, today: date) -> None:
    check_nik_agrees(nik, date(1990, 5, 16), "L", today)


def agrees_with_a_woman_born_15_may_1990(nik: str, today: date) -> None:
    check_nik_agrees(nik, date(1990, 5, 15), "P", today)


EVERY_ERROR = [
    (parse_nik, MAN[:15], TODAY, "length"),
    (parse_nik, "32160615O5900001", TODAY, "not_digits"),
    (parse_nik, "9916061505900001", TODAY, "unknown_province"),
    (parse_nik, "3299061505900001", TODAY, "unknown_regency"),
    (parse_nik, "3216001505900001", TODAY, "unknown_kecamatan"),
    (parse_nik, "3216063102900001", TODAY, "invalid_date"),
    (parse_nik, "3216062902000001", date(2000, 2, 28), "born_in_future"),
    (parse_nik, "3216062902000001", date(2121, 3, 1), "too_old"),
    (parse_nik, "3216061505900000", TODAY, "serial"),
    (parse_kk_number, KK[:15], TODAY, "length"),
    (parse_kk_number, "32160612O3150007", TODAY, "not_digits"),
    (parse_kk_number, "9916061203150007", TODAY, "unknown_province"),
    (parse_kk_number, "3299061203150007", TODAY, "unknown_regency"),
    (parse_kk_number, "3216001203150007", TODAY, "unknown_kecamatan"),
    (parse_kk_number, "3216063102150007", TODAY, "invalid_date"),
    (parse_kk_number, "3216061501270007", TODAY, "issued_in_future"),
    (parse_kk_number, "3216061203150000", TODAY, "serial"),
    (agrees_with_a_man_born_16_may_1990, MAN, TODAY, "birth_date_mismatch"),
    (agrees_with_a_woman_born_15_may_1990, MAN, TODAY, "sex_mismatch"),
]


def test_the_error_table_raises_every_error_code_there_is():
    assert {code for *_, code in EVERY_ERROR} == ERROR_CODES


ENGLISH_WORDS = {"the", "must", "invalid", "number", "error", "date", "please", "todo", "fixme"}


@pytest.mark.parametrize(("check", "value", "today", "code"), EVERY_ERROR)
def test_every_error_message_is_plain_indonesian_that_says_what_to_do(check, value, today, code):
    with pytest.raises(InvalidNumber) as caught:
        check(value, today)
    message = caught.value.message
    words = {word.strip(".,()").lower() for word in message.split()}

    assert caught.value.code == code
    assert message == str(caught.value)
    assert message.endswith(".")
    assert any(advice in message for advice in ("Periksa kembali", "Tulis"))
    assert ("NIK" in message) != ("Nomor KK" in message)
    assert not words & ENGLISH_WORDS
    assert not set("{}%<>") & set(message)
    assert value.strip() not in message
