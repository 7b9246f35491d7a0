"""The public service pages: the list of services and each service's requirements."""

import pytest

from adminduk.accounts.models import Role
from adminduk.catalogue import load_catalogue
from tests.factories import make_account, sign_in
from tests.test_page_weight import BUDGET, _first_visit_weight

SLUGS = [service.slug for service in load_catalogue().services]


async def test_the_service_list_shows_every_service_with_a_link_to_its_page(client):
    response = await client.get("/layanan")

    assert response.status_code == 200
    for service in load_catalogue().services:
        assert service.name in response.text
        assert f'href="/layanan/{service.slug}"' in response.text


async def test_the_service_list_says_every_service_is_free_and_needs_no_rt_rw_letter(client):
    response = await client.get("/layanan")

    assert "Gratis." in response.text
    assert "Pasal 79A" in response.text
    assert "Surat pengantar RT/RW tidak diperlukan." in response.text


async def test_the_service_list_groups_services_and_says_where_each_document_is_printed(client):
    response = await client.get("/layanan")

    for heading in ("Kartu Keluarga", "Akta", "Pindah", "Kartu identitas", "Lain-lain"):
        assert f">{heading}</h2>" in response.text
    assert "Akta Kelahiran, dicetak sendiri di rumah · 1 hari kerja" in response.text
    assert "KTP-el, diambil di kantor · 3 hari kerja" in response.text


async def test_the_home_page_links_to_the_service_list(client):
    response = await client.get("/")

    assert 'href="/layanan"' in response.text


async def test_a_requirement_an_sptjm_can_replace_is_shown_as_such(client):
    response = await client.get("/layanan/akta-kelahiran")

    assert response.status_code == 200
    assert "Bila tidak ada, dapat diganti dengan SPTJM kebenaran data kelahiran" in response.text
    assert "SPTJM kebenaran sebagai pasangan suami istri" in response.text


async def test_a_conditional_requirement_is_shown_with_its_condition(client):
    response = await client.get("/layanan/akta-kelahiran")

    assert "Hanya bila keadaan Anda sesuai" in response.text
    assert "Bila anak lahir di luar negeri" in response.text
    assert "Bila pemohon bukan orang tua anak" in response.text


async def test_an_optional_requirement_is_marked_not_required(client):
    response = await client.get("/layanan/pindah-datang")

    assert "Tidak wajib" in response.text
    assert "KTP-el dengan alamat lama" in response.text
    assert "sebelum Anda tercatat sebagai penduduk di sini" in response.text


async def test_a_form_filled_online_is_not_asked_for_as_a_photo(client):
    response = await client.get("/layanan/pindah-keluar")

    assert "Formulir pendaftaran perpindahan penduduk (F-1.03)" in response.text
    assert "tidak perlu difoto" in response.text


async def test_a_card_service_says_who_may_have_it_and_that_recording_is_in_person(client):
    response = await client.get("/layanan/ktp-el-baru")

    assert "Berumur 17 tahun atau lebih, atau sudah kawin atau pernah kawin." in response.text
    assert "Perekaman sidik jari" in response.text
    assert "kartu dicetak kantor, diambil sesuai jadwal pilihan Anda" in response.text
    assert "3 hari kerja setelah persyaratan lengkap" in response.text


async def test_a_service_page_says_who_may_apply_and_that_it_is_free(client):
    response = await client.get("/layanan/akta-kematian")

    assert "anggota keluarga, pelapor lain yang mengetahui peristiwanya" in response.text
    assert "Gratis." in response.text
    assert "tidak perlu surat pengantar RT/RW" in response.text


async def test_a_visitor_can_start_an_application_from_the_service_page(client):
    response = await client.get("/layanan/kia")

    assert 'href="/permohonan/baru?layanan=kia"' in response.text
    assert "Ajukan layanan ini" in response.text
    assert "Belum punya akun?" in response.text


async def test_staff_see_the_requirements_without_an_apply_button(client):
    await sign_in(client, await make_account(Role.OFFICER))

    response = await client.get("/layanan/kia")

    assert "Kutipan akta kelahiran anak" in response.text
    assert "Ajukan layanan ini" not in response.text


async def test_an_unknown_service_shows_the_not_found_page(client):
    response = await client.get("/layanan/akta-tidak-ada")

    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.text


@pytest.mark.parametrize("slug", SLUGS)
async def test_every_service_page_is_valid_and_fits_in_one_round_trip(client, slug):
    assert await _first_visit_weight(client, f"/layanan/{slug}") <= BUDGET


async def test_the_service_list_fits_in_one_round_trip(client):
    assert await _first_visit_weight(client, "/layanan") <= BUDGET
