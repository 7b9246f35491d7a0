"""The admin creates staff accounts with their role and region."""

import pytest

from adminduk.accounts.models import Account, Role
from tests.factories import csrf_from, make_account, sign_in


@pytest.fixture
async def admin_client(client):
    await sign_in(client, await make_account(Role.ADMIN))
    return client


async def _create(client, **fields):
    page = await client.get("/admin/petugas")
    data = {"csrf_token": csrf_from(page.text), "password": "sandi-awal-123", "region": ""}
    data.update(fields)
    return await client.post("/admin/petugas", data=data)


async def test_admin_creates_an_officer_tied_to_a_kecamatan(admin_client):
    response = await _create(
        admin_client, username="petugas.tarumajaya", display_name="Petugas Satu", role="petugas",
        region="32.16.01",
    )  # fmt: skip

    assert response.status_code == 303
    account = await Account.get(username="petugas.tarumajaya")
    assert account.role == Role.OFFICER
    assert account.region_id == "32.16.01"
    listing = await admin_client.get(response.headers["location"])
    assert "petugas.tarumajaya" in listing.text


async def test_a_kiosk_operator_without_a_desa_is_refused_with_an_example(admin_client):
    response = await _create(
        admin_client, username="operator.tanpa.desa", display_name="Operator", role="operator_desa"
    )

    assert response.status_code == 400
    assert "32.16.01.2001" in response.text
    assert 'value="operator.tanpa.desa"' in response.text
    assert not await Account.exists(username="operator.tanpa.desa")


async def test_a_taken_user_name_is_refused(admin_client):
    await _create(admin_client, username="kembar", display_name="Satu", role="pejabat")

    response = await _create(admin_client, username="kembar", display_name="Dua", role="pejabat")

    assert "sudah dipakai" in response.text


async def test_an_admin_cannot_create_a_resident_from_the_staff_page(admin_client):
    response = await _create(admin_client, username="bukanwarga", display_name="X", role="warga")

    assert response.status_code == 400
    assert not await Account.exists(username="bukanwarga")
