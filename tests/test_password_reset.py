"""A resident who forgot the password chooses a new one with a code; other sessions end."""

from tortoise.timezone import now

from adminduk.accounts.models import Account, Role
from adminduk.accounts.passwords import hash_password, verify_password
from tests.factories import PASSWORD, csrf_from, latest_code, new_phone, sign_in


async def _resident() -> Account:
    account = await Account.create(
        nik=f"32160141{now().microsecond:06d}01"[:16],
        display_name="Warga Lupa Sandi",
        role=Role.RESIDENT,
        phone="+62" + new_phone().replace("-", "")[1:],
        phone_confirmed_at=now(),
        password_hash=hash_password(PASSWORD),
        kk_number="3216010101150002",
        username=None,
    )
    account.username = None
    return account


async def test_resident_resets_the_password_with_the_sms_code(client, app):
    import httpx

    account = await _resident()
    other_device = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")
    await other_device.post(
        "/masuk",
        data={
            "identifier": account.nik,
            "password": PASSWORD,
            "csrf_token": csrf_from((await other_device.get("/masuk")).text),
        },
    )
    assert (await other_device.get("/akun")).status_code == 200

    form = await client.get("/lupa-sandi")
    sent = await client.post(
        "/lupa-sandi", data={"nik": account.nik, "csrf_token": csrf_from(form.text)}
    )
    assert sent.headers["location"] == "/lupa-sandi/kode"
    code = await latest_code(account.phone)
    page = await client.get("/lupa-sandi/kode")
    done = await client.post(
        "/lupa-sandi/kode",
        data={"code": code, "password": "sandi-baru-sekali", "csrf_token": csrf_from(page.text)},
    )

    assert done.headers["location"] == "/masuk?sandi=baru"
    await account.refresh_from_db()
    assert verify_password(account.password_hash, "sandi-baru-sekali")
    assert (await other_device.get("/akun")).status_code == 303
    await other_device.aclose()


async def test_an_unknown_nik_gets_the_same_answer_as_a_known_one(client):
    form = await client.get("/lupa-sandi")

    response = await client.post(
        "/lupa-sandi", data={"nik": "3216010101900999", "csrf_token": csrf_from(form.text)}
    )
    page = await client.get("/lupa-sandi/kode")
    wrong = await client.post(
        "/lupa-sandi/kode",
        data={
            "code": "123456",
            "password": "sandi-baru-sekali",
            "csrf_token": csrf_from(page.text),
        },
    )

    assert response.headers["location"] == "/lupa-sandi/kode"
    assert wrong.status_code == 400
    assert "Kode tidak cocok" in wrong.text


async def test_a_short_new_password_is_refused_and_the_code_still_works(client):
    account = await _resident()
    form = await client.get("/lupa-sandi")
    await client.post("/lupa-sandi", data={"nik": account.nik, "csrf_token": csrf_from(form.text)})
    code = await latest_code(account.phone)
    token = csrf_from((await client.get("/lupa-sandi/kode")).text)

    short = await client.post(
        "/lupa-sandi/kode", data={"code": code, "password": "pendek", "csrf_token": token}
    )
    done = await client.post(
        "/lupa-sandi/kode", data={"code": code, "password": "cukup-panjang", "csrf_token": token}
    )

    assert short.status_code == 400
    assert "paling sedikit 8 karakter" in short.text
    assert done.status_code == 303


async def test_kiosk_session_ends_after_minutes_without_activity(client, monkeypatch):
    from adminduk.web import access
    from tests.factories import make_account

    await sign_in(client, await make_account(Role.KIOSK_OPERATOR))
    assert (await client.get("/")).status_code == 200
    later = access.time.time() + access.KIOSK_IDLE_SECONDS + 1
    monkeypatch.setattr(access.time, "time", lambda: later)

    response = await client.get("/")

    assert 'action="/keluar"' not in response.text
