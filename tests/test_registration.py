"""Residents register with NIK, No. KK and name matching the registry, and prove their email
and phone with codes."""

import re
from datetime import date

import pytest
from tortoise.timezone import now

from adminduk.accounts.models import Account, IdentityStatus
from adminduk.identity import make_kk_number, make_nik
from adminduk.registry.choices import FamilyRelation, PersonStatus, Sex
from tests.factories import (
    PASSWORD,
    csrf_from,
    latest_code,
    make_family,
    make_person,
    new_email,
    new_phone,
)

NO_MATCH = "tidak cocok dengan data kependudukan kami"


async def _form(client, person=None, family=None, **overrides) -> dict:
    page = await client.get("/daftar")
    data = {
        "csrf_token": csrf_from(page.text),
        "nik": person.nik if person else "",
        "kk_number": family.kk_number if family else "",
        "full_name": person.full_name if person else "",
        "email": new_email(),
        "phone": new_phone(),
        "password": PASSWORD,
    }
    data.update(overrides)
    return data


@pytest.fixture
async def household():
    family = await make_family()
    head = await make_person(family, "Dadang Suhendar Daftar")
    wife = await make_person(
        family, "Neneng Hasanah Daftar", sex=Sex.FEMALE, relation=FamilyRelation.WIFE
    )
    return family, head, wife


async def test_resident_matching_the_registry_registers_and_is_asked_for_codes(client, household):
    family, head, _ = household

    response = await client.post("/daftar", data=await _form(client, head, family))

    assert response.status_code == 303
    assert response.headers["location"] == "/akun/konfirmasi"
    account = await Account.get(nik=head.nik)
    assert account.identity == IdentityStatus.CONFIRMED
    assert account.person_id == head.id
    assert account.phone.startswith("+62812")
    assert not account.contacts_confirmed
    page = await client.get("/akun/konfirmasi")
    assert "Konfirmasi email dan ponsel" in page.text


async def test_name_is_compared_ignoring_case_spacing_and_punctuation(client, household):
    family, head, _ = household
    data = await _form(client, head, family, full_name="  dadang   SUHENDAR, daftar. ")

    response = await client.post("/daftar", data=data)

    assert response.status_code == 303


@pytest.mark.parametrize("wrong", ["nik", "kk_number", "full_name"])
async def test_a_mismatch_gets_one_message_that_does_not_say_which_field(client, household, wrong):
    family, head, wife = household
    other_family = await make_family()
    values = {"nik": wife.nik, "kk_number": other_family.kk_number, "full_name": "Orang Lain"}
    data = await _form(client, head, family, **{wrong: values[wrong]})

    response = await client.post("/daftar", data=data)

    assert response.status_code == 400
    assert NO_MATCH in response.text
    assert "hubungi kantor Disdukcapil" in response.text
    assert not await Account.exists(nik=data["nik"])


async def test_a_deceased_person_cannot_be_registered(client, household):
    family, head, _ = household
    head.status = PersonStatus.DECEASED
    await head.save()

    response = await client.post("/daftar", data=await _form(client, head, family))

    assert NO_MATCH in response.text


async def test_refused_form_keeps_what_was_typed_except_the_password(client, household):
    family, head, _ = household
    data = await _form(client, head, family, phone="0812", full_name="Dadang Suhendar Daftar")

    response = await client.post("/daftar", data=data)

    assert response.status_code == 400
    assert "Nomor ponsel tidak dikenali" in response.text
    assert f'value="{head.nik}"' in response.text
    assert f'value="{data["email"]}"' in response.text
    assert PASSWORD not in response.text


async def test_a_malformed_nik_is_explained_before_the_registry_is_asked(client):
    data = await _form(client, nik="3216abc", kk_number="123", full_name="Siapa Saja")

    response = await client.post("/daftar", data=data)

    assert "NIK hanya boleh berisi angka" in response.text
    assert "Nomor KK" in response.text


async def test_one_nik_has_one_account(client, household):
    family, head, _ = household
    assert (await client.post("/daftar", data=await _form(client, head, family))).status_code == 303
    client.cookies.clear()

    response = await client.post("/daftar", data=await _form(client, head, family))

    assert response.status_code == 400
    assert "NIK ini sudah punya akun" in response.text
    assert await Account.filter(nik=head.nik).count() == 1


async def test_family_members_may_share_a_phone_and_email(client, household):
    family, head, wife = household
    shared = {"phone": new_phone(), "email": new_email()}
    await client.post("/daftar", data=await _form(client, head, family, **shared))
    client.cookies.clear()

    response = await client.post("/daftar", data=await _form(client, wife, family, **shared))

    assert response.status_code == 303
    assert await Account.filter(email=shared["email"]).count() == 2


async def test_strangers_may_not_share_a_phone_and_are_told_without_naming_the_holder(
    client, household
):
    family, head, _ = household
    phone = new_phone()
    await client.post("/daftar", data=await _form(client, head, family, phone=phone))
    await Account.filter(nik=head.nik).update(phone_confirmed_at=now())
    client.cookies.clear()
    stranger_family = await make_family()
    stranger = await make_person(stranger_family, "Orang Asing Daftar")

    response = await client.post(
        "/daftar", data=await _form(client, stranger, stranger_family, phone=phone)
    )

    assert response.status_code == 400
    assert "sudah dipakai akun lain di luar keluarga Anda" in response.text
    assert head.full_name not in response.text
    assert not await Account.exists(nik=stranger.nik)


async def test_newcomer_registers_with_an_unconfirmed_identity(client):
    kk = make_kk_number("320101", date(2019, 7, 1), 4321)
    nik = make_nik("320101", date(1993, 4, 12), "P", 4321)
    data = await _form(client, nik=nik, kk_number=kk, full_name="Rina Pendatang", newcomer="ya")

    response = await client.post("/daftar", data=data)

    assert response.status_code == 303
    account = await Account.get(nik=nik)
    assert account.identity == IdentityStatus.UNCONFIRMED
    assert account.person_id is None
    page = await client.get("/akun")
    assert "pindah datang" in page.text


async def test_a_registered_resident_cannot_register_as_a_newcomer(client, household):
    family, head, _ = household

    response = await client.post("/daftar", data=await _form(client, head, family, newcomer="ya"))

    assert "Hapus centang" in response.text


async def test_codes_from_email_and_sms_confirm_the_account(client, household):
    family, head, _ = household
    data = await _form(client, head, family)
    await client.post("/daftar", data=data)
    page = await client.get("/akun/konfirmasi")
    token = csrf_from(page.text)
    account = await Account.get(nik=head.nik)

    email_code = await latest_code(account.email)
    phone_code = await latest_code(account.phone)
    first = await client.post(
        "/akun/konfirmasi/email", data={"csrf_token": token, "code": email_code}
    )
    second = await client.post(
        "/akun/konfirmasi/ponsel", data={"csrf_token": token, "code": phone_code}
    )

    assert first.headers["location"] == "/akun/konfirmasi"
    assert second.headers["location"] == "/akun?selesai=1"
    await account.refresh_from_db()
    assert account.contacts_confirmed
    done = await client.get("/akun?selesai=1")
    assert "sudah terkonfirmasi" in done.text


async def test_the_link_in_the_email_confirms_it_without_signing_in(client, app, household):
    import httpx

    family, head, _ = household
    await client.post("/daftar", data=await _form(client, head, family))
    account = await Account.get(nik=head.nik)
    from adminduk.notifications.models import Notification

    message = await Notification.filter(recipient=account.email).order_by("-created_at").first()
    link = re.search(r"http://testserver(/konfirmasi-email/\S+)", message.body).group(1)

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as phone:
        confirmed = await phone.get(link)
        reused = await phone.get(link)
        forged = await phone.get(link[:-3] + "xyz")

    assert "Email Anda sudah terkonfirmasi" in confirmed.text
    await account.refresh_from_db()
    assert account.email_confirmed_at is not None
    assert reused.status_code == 400
    assert "Tautan ini sudah tidak berlaku" in reused.text
    assert forged.status_code == 400


async def test_a_phone_typed_but_never_confirmed_reserves_nothing(client, household):
    family, head, _ = household
    phone = new_phone()
    await client.post("/daftar", data=await _form(client, head, family, phone=phone))
    client.cookies.clear()
    owner_family = await make_family()
    owner = await make_person(owner_family, "Pemilik Nomor Sebenarnya")

    response = await client.post(
        "/daftar", data=await _form(client, owner, owner_family, phone=phone)
    )

    assert response.status_code == 303
    page = await client.get("/akun/konfirmasi")
    owner_account = await Account.get(nik=owner.nik)
    code = await latest_code(owner_account.phone)
    confirmed = await client.post(
        "/akun/konfirmasi/ponsel", data={"csrf_token": csrf_from(page.text), "code": code}
    )
    assert confirmed.status_code == 303
    await owner_account.refresh_from_db()
    assert owner_account.phone_confirmed_at is not None
