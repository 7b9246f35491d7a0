import pytest

from adminduk.regions import (
    Region,
    dotted,
    find_national,
    latest_list_year,
    national_regions,
    regency_regions,
)


def test_dotted_writes_each_level_in_the_official_form():
    assert dotted("32") == "32"
    assert dotted("3216") == "32.16"
    assert dotted("321601") == "32.16.01"
    assert dotted("3216012001") == "32.16.01.2001"


@pytest.mark.parametrize("digits", ["", "3", "321", "32160", "32.16", "32a6", "３２"])
def test_dotted_refuses_anything_but_a_code_of_2_4_6_or_10_ascii_digits(digits):
    with pytest.raises(ValueError):
        dotted(digits)


def test_national_list_holds_the_regency_with_its_years():
    bekasi = national_regions()["32.16"]

    assert bekasi == Region("32.16", "Kabupaten Bekasi", "kabupaten/kota", 2016, 2025)
    assert bekasi.digits == "3216"
    assert not bekasi.retired


def test_national_list_holds_provinces_regencies_and_kecamatan():
    levels = {region.level for region in national_regions().values()}

    assert levels == {"provinsi", "kabupaten/kota", "kecamatan"}


def test_latest_list_year_is_the_newest_year_in_the_national_list():
    assert latest_list_year() == 2025


def test_find_national_takes_undotted_codes_of_each_level():
    assert find_national("32").name == "Jawa Barat"
    assert find_national("3216").name == "Kabupaten Bekasi"
    assert find_national("321606").name == "Tambun Selatan"


@pytest.mark.parametrize("digits", ["99", "3299", "321699", "321", "3216012001", "32.16", ""])
def test_find_national_returns_none_for_unknown_or_malformed_codes(digits):
    assert find_national(digits) is None


def test_a_regency_retired_by_the_papua_split_is_still_found_and_marked_retired():
    merauke = find_national("9101")

    assert merauke.last_listed == 2022
    assert merauke.retired
    assert find_national("910101").retired


def test_regency_list_starts_with_the_regency_and_keeps_file_order():
    regions = regency_regions()

    assert [region.code for region in regions[:3]] == ["32.16", "32.16.01", "32.16.01.1007"]
    assert regions[0].name == "Kabupaten Bekasi"
    assert all(region.code.startswith("32.16") for region in regions)


def test_regency_list_has_23_kecamatan_each_in_the_national_list_by_the_same_name():
    kecamatan = [region for region in regency_regions() if region.level == "kecamatan"]

    assert len(kecamatan) == 23
    assert all(national_regions()[region.code].name == region.name for region in kecamatan)


def test_kelurahan_codes_start_with_1_and_desa_codes_with_2():
    villages = [r for r in regency_regions() if r.level in ("desa", "kelurahan")]

    assert villages
    for village in villages:
        expected = "1" if village.level == "kelurahan" else "2"
        assert village.code.rsplit(".", 1)[1].startswith(expected), village.code


def test_regency_regions_have_no_list_years_and_are_not_retired():
    region = regency_regions()[1]

    assert region.first_listed is None
    assert region.last_listed is None
    assert not region.retired


def test_changing_a_returned_list_does_not_change_the_next_one():
    regency_regions().clear()
    national_regions().clear()

    assert regency_regions()
    assert "32.16" in national_regions()
