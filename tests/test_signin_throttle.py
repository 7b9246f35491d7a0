"""Sign-in failures lock one account for a while, without locking out its neighbours behind
the same address; the address limit is generous."""

import logging

import httpx

from adminduk.accounts import throttle
from adminduk.accounts.models import Role
from adminduk.web.client_address import client_address
from tests.factories import PASSWORD, csrf_from, make_account


async def _try(client, identifier: str, password: str):
    token = csrf_from((await client.get("/masuk")).text)
    data = {"identifier": identifier, "password": password, "csrf_token": token}
    return await client.post("/masuk", data=data)


async def test_an_account_is_locked_after_five_failures_even_with_the_right_password(client):
    account = await make_account(Role.RESIDENT)
    for _ in range(throttle.SIGN_IN_PER_ACCOUNT.count):
        assert (await _try(client, account.username, "salah-salah")).status_code == 400

    response = await _try(client, account.username, PASSWORD)

    assert response.status_code == 429
    assert "Tunggu 15 menit" in response.text


async def test_a_locked_account_does_not_lock_out_a_neighbour_behind_the_same_address(client):
    attacked = await make_account(Role.RESIDENT)
    neighbour = await make_account(Role.RESIDENT)
    for _ in range(throttle.SIGN_IN_PER_ACCOUNT.count + 2):
        await _try(client, attacked.username, "salah-salah")

    response = await _try(client, neighbour.username, PASSWORD)

    assert response.status_code == 303


async def test_a_successful_sign_in_clears_earlier_failures(client):
    account = await make_account(Role.RESIDENT)
    for _ in range(throttle.SIGN_IN_PER_ACCOUNT.count - 1):
        await _try(client, account.username, "salah-salah")
    assert (await _try(client, account.username, PASSWORD)).status_code == 303
    await client.post("/keluar", data={"csrf_token": csrf_from((await client.get("/")).text)})

    for _ in range(throttle.SIGN_IN_PER_ACCOUNT.count - 1):
        await _try(client, account.username, "salah-salah")

    assert (await _try(client, account.username, PASSWORD)).status_code == 303


async def test_failed_sign_in_is_logged_without_what_was_typed(client, caplog):
    account = await make_account(Role.RESIDENT)

    with caplog.at_level(logging.WARNING):
        await _try(client, account.username, "rahasia-yang-salah")

    assert "Sign-in failed from 127.0.0.1" in caplog.text
    assert str(account.id) in caplog.text
    assert "rahasia-yang-salah" not in caplog.text
    assert account.username not in caplog.text


async def test_the_address_limit_refuses_only_after_many_failures(database):
    address = "198.51.100.23"
    for _ in range(throttle.SIGN_IN_PER_ADDRESS.count - 1):
        await throttle.count(throttle.SIGN_IN_PER_ADDRESS, address)
    assert not await throttle.is_exceeded(throttle.SIGN_IN_PER_ADDRESS, address)

    await throttle.count(throttle.SIGN_IN_PER_ADDRESS, address)

    assert await throttle.is_exceeded(throttle.SIGN_IN_PER_ADDRESS, address)


def _request(peer: str, forwarded: str | None):
    from starlette.requests import Request

    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return Request({"type": "http", "client": (peer, 5000), "headers": headers})


def test_forwarded_address_is_believed_only_from_the_configured_proxy():
    proxies = frozenset({"127.0.0.1"})

    assert client_address(_request("127.0.0.1", "203.0.113.9"), proxies) == "203.0.113.9"
    assert client_address(_request("203.0.113.50", "10.0.0.1"), proxies) == "203.0.113.50"
    assert client_address(_request("127.0.0.1", "1.2.3.4, 203.0.113.9"), proxies) == "203.0.113.9"
    assert client_address(_request("127.0.0.1", None), proxies) == "127.0.0.1"


async def test_signing_in_by_nik_email_or_phone_all_work(app, database):
    from adminduk.accounts.models import Account
    from adminduk.accounts.passwords import hash_password

    account = await Account.create(
        nik="3216015505900123", display_name="Warga Tiga Cara", role=Role.RESIDENT,
        email="tiga.cara@example.invalid", phone="+6281299990001",
        password_hash=hash_password(PASSWORD), kk_number="3216010101150001",
    )  # fmt: skip

    for identifier in ["3216 0155 0590 0123", "Tiga.Cara@EXAMPLE.invalid", "0812-9999-0001"]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            response = await _try(client, identifier, PASSWORD)
        assert response.status_code == 303, identifier
    await account.delete()
