"""Officers search the registry by NIK, No. KK or name, and view a family."""

from datetime import date

import pytest

from adminduk.accounts.models import Role
from adminduk.identity import mask_nik
from adminduk.registry.choices import FamilyRelation, Sex
from tests.factories import make_account, make_family, make_person, sign_in


@pytest.fixture
async def officer_client(client):
    await sign_in(client, await make_account(Role.OFFICER))
    return client


async def test_officer_finds_a_person_by_part_of_the_name_with_the_nik_masked(officer_client):
    family = await make_family()
    person = await make_person(family, "Dedeh Kurniasih Uji", sex=Sex.FEMALE)

    response = await officer_client.get("/petugas/penduduk", params={"q": "kurniasih uji"})

    assert response.status_code == 200
    assert "Dedeh Kurniasih Uji" in response.text
    assert mask_nik(person.nik) in response.text
    assert person.nik not in response.text


async def test_officer_finds_a_person_by_nik_typed_with_spaces(officer_client):
    person = await make_person(await make_family(), "Jajang Sutisna Uji")
    spaced = " ".join([person.nik[:4], person.nik[4:8], person.nik[8:12], person.nik[12:]])

    response = await officer_client.get("/petugas/penduduk", params={"q": spaced})

    assert "Jajang Sutisna Uji" in response.text


async def test_officer_finds_every_member_by_the_family_card_number(officer_client):
    family = await make_family()
    await make_person(family, "Ujang Permana Uji")
    await make_person(family, "Euis Permana Uji", sex=Sex.FEMALE, relation=FamilyRelation.WIFE)

    response = await officer_client.get("/petugas/penduduk", params={"q": family.kk_number})

    assert "Ujang Permana Uji" in response.text
    assert "Euis Permana Uji" in response.text


async def test_search_with_no_match_says_so_and_what_to_try(officer_client):
    response = await officer_client.get("/petugas/penduduk", params={"q": "Zzyzx Tidak Ada"})

    assert "Tidak ada penduduk yang cocok" in response.text


async def test_htmx_search_returns_only_the_results_fragment(officer_client):
    await make_person(await make_family(), "Asep Fragmen Uji")

    response = await officer_client.get(
        "/petugas/penduduk", params={"q": "fragmen uji"}, headers={"HX-Request": "true"}
    )

    assert "Asep Fragmen Uji" in response.text
    assert "<html" not in response.text


async def test_family_page_lists_the_head_first_with_the_kk_fields(officer_client):
    family = await make_family()
    await make_person(
        family, "Anak Pertama Uji", birth_date=date(2012, 1, 9), relation=FamilyRelation.CHILD
    )
    head = await make_person(family, "Kepala Keluarga Uji", birth_date=date(1980, 2, 3))

    response = await officer_client.get(f"/petugas/keluarga/{family.id}")

    assert response.status_code == 200
    assert family.kk_number in response.text
    assert "RT 001/RW 002" in response.text
    assert "Tarumajaya" in response.text
    assert head.nik in response.text
    assert response.text.index("Kepala Keluarga Uji") < response.text.index("Anak Pertama Uji")
    assert "3 Februari 1980" in response.text


async def test_an_unknown_or_malformed_family_id_is_not_found(officer_client):
    assert (await officer_client.get("/petugas/keluarga/bukan-id")).status_code == 404
    missing = "/petugas/keluarga/00000000-0000-0000-0000-000000000000"
    assert (await officer_client.get(missing)).status_code == 404


async def test_kiosk_operator_cannot_browse_the_registry(client):
    await sign_in(client, await make_account(Role.KIOSK_OPERATOR))

    response = await client.get("/petugas/penduduk")

    assert response.status_code == 403


async def test_an_officer_tied_to_a_kecamatan_starts_from_its_queue(client):
    officer = await make_account(Role.OFFICER)
    officer.region_id = "32.16.20"
    await officer.save()
    await sign_in(client, officer)

    default = await client.get("/petugas/antrean")
    everything = await client.get("/petugas/antrean", params={"kecamatan": ""})

    assert '<option value="32.16.20" selected>' in default.text
    assert '<option value="32.16.20" selected>' not in everything.text
