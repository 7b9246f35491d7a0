"""A kiosk operator applies for a resident without an account; the resident follows it with
the tracking number and NIK; the kiosk session ends when left alone."""

import re

import pytest

from adminduk.accounts.models import Role
from adminduk.applications.models import Application
from tests.factories import (
    DESA_CODE,
    csrf_from,
    make_account,
    make_family,
    make_person,
    sign_in,
)


@pytest.fixture
async def operator_client(client):
    operator = await make_account(Role.KIOSK_OPERATOR)
    operator.display_name = "Operator Desa Sukamaju"
    operator.region_id = DESA_CODE
    await operator.save()
    await sign_in(client, operator)
    return client


async def _assist(client, **fields):
    page = await client.get("/bantu/permohonan")
    token = re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)
    data = {"csrf_token": csrf_from(page.text), "form_token": token, **fields}
    return await client.post("/bantu/permohonan", data=data)


async def test_operator_applies_for_a_resident_with_consent_and_is_named_in_the_history(
    operator_client, client
):
    person = await make_person(await make_family(), "Mak Icih Tanpa Ponsel")

    response = await _assist(
        operator_client, nik=person.nik, layanan="kk-hilang-rusak", persetujuan="ya"
    )

    assert response.status_code == 303
    application = await Application.get(on_behalf_nik=person.nik)
    assert application.consent_recorded_at is not None
    page = await operator_client.get(response.headers["location"])
    assert "oleh operator Operator Desa Sukamaju atas persetujuan warga" in page.text


async def test_without_consent_nothing_is_created_and_the_form_keeps_the_nik(operator_client):
    person = await make_person(await make_family(), "Abah Tanpa Persetujuan")

    response = await _assist(operator_client, nik=person.nik, layanan="kk-hilang-rusak")

    assert response.status_code == 400
    assert "Tanyakan persetujuan warga" in response.text
    assert f'value="{person.nik}"' in response.text
    assert not await Application.exists(on_behalf_nik=person.nik)


async def test_the_resident_follows_it_with_the_tracking_number_and_nik(operator_client, app):
    import httpx

    person = await make_person(await make_family(), "Ceu Lacak Nomor")
    await _assist(operator_client, nik=person.nik, layanan="kk-hilang-rusak", persetujuan="ya")
    application = await Application.get(on_behalf_nik=person.nik)
    typed = f"{application.tracking_number[:5].lower()} {application.tracking_number[5:]}"

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as visitor:
        form = await visitor.get("/lacak")
        found = await visitor.post(
            "/lacak", data={"csrf_token": csrf_from(form.text), "nomor": typed, "nik": person.nik}
        )
        wrong = await visitor.post(
            "/lacak",
            data={"csrf_token": csrf_from(form.text), "nomor": typed, "nik": "3216010101900001"},
        )

    assert found.status_code == 200
    assert "Draf" in found.text or "Permohonan dibuat" in found.text
    assert wrong.status_code == 404
    assert "Tidak ada permohonan dengan nomor dan NIK ini" in wrong.text


async def test_an_operator_serves_only_the_residents_of_their_own_desa(operator_client):
    elsewhere = await make_person(await make_family("32.16.20.2002"), "Warga Desa Lain")

    response = await _assist(
        operator_client, nik=elsewhere.nik, layanan="kk-hilang-rusak", persetujuan="ya"
    )

    assert response.status_code == 400
    assert "tidak tinggal di desa Anda" in response.text
    assert not await Application.exists(on_behalf_nik=elsewhere.nik)
