"""Staff sign in with a user name and password, and sign out."""

import logging

from adminduk.accounts.models import Role
from tests.factories import PASSWORD, csrf_from, make_account, sign_in


async def test_staff_member_signs_in_and_lands_on_the_registry(client):
    account = await make_account(Role.OFFICER)
    form = await client.get("/masuk")

    response = await client.post(
        "/masuk",
        data={
            "identifier": account.username,
            "password": PASSWORD,
            "csrf_token": csrf_from(form.text),
        },
    )

    assert response.status_code == 303
    assert response.headers["location"] == "/petugas/penduduk"
    page = await client.get("/petugas/penduduk")
    assert page.status_code == 200
    assert "Keluar" in page.text


async def test_wrong_password_keeps_the_name_and_says_nothing_about_which_was_wrong(client, caplog):
    account = await make_account(Role.OFFICER)
    form = await client.get("/masuk")

    with caplog.at_level(logging.WARNING):
        response = await client.post(
            "/masuk",
            data={
                "identifier": account.username,
                "password": "salah-sekali",
                "csrf_token": csrf_from(form.text),
            },
        )

    assert response.status_code == 400
    assert "NIK, email, nomor ponsel atau kata sandi salah" in response.text
    assert f'value="{account.username}"' in response.text
    assert "Sign-in failed" in caplog.text
    assert "salah-sekali" not in caplog.text
    assert account.username not in caplog.text


async def test_sign_in_returns_to_the_page_that_asked_for_it(client):
    account = await make_account(Role.REGISTRAR)
    redirect = await client.get("/petugas/penduduk", params={"q": "abc"})
    form = await client.get(redirect.headers["location"])

    response = await client.post(
        "/masuk",
        data={
            "identifier": account.username,
            "password": PASSWORD,
            "csrf_token": csrf_from(form.text),
            "kembali": "/petugas/penduduk?q=abc",
        },
    )

    assert response.headers["location"] == "/petugas/penduduk?q=abc"


async def test_sign_out_ends_the_session(client):
    await sign_in(client, await make_account(Role.ADMIN))
    page = await client.get("/petugas/penduduk")

    await client.post("/keluar", data={"csrf_token": csrf_from(page.text)})

    assert (await client.get("/petugas/penduduk")).status_code == 303


async def test_session_cookie_is_httponly_and_samesite_lax(client):
    response = await client.get("/masuk")

    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie
    assert "samesite=lax" in cookie
