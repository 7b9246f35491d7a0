"""Synthetic families, people and accounts for tests, with valid, unique identity numbers."""

import itertools
import re
from datetime import date
from pathlib import Path

import httpx

from adminduk.accounts.models import Account, Role
from adminduk.accounts.passwords import hash_password
from adminduk.identity import make_kk_number, make_nik
from adminduk.registry.changes import register_family, register_person
from adminduk.registry.choices import (
    Education,
    FamilyRelation,
    MaritalStatus,
    Religion,
    Sex,
)
from adminduk.registry.models import Family, Person, Region

# Serials from 9000 up, so test people never collide with the demo population.
_serials = itertools.count(9000)
DESA_CODE = "32.16.01.2001"
PASSWORD = "kata-sandi-uji-123"


async def make_family(desa_code: str = DESA_CODE, issued_on: date = date(2015, 3, 2)) -> Family:
    desa = await Region.get(code=desa_code)
    kecamatan = desa.parent_code.replace(".", "")
    return await register_family(
        kk_number=make_kk_number(kecamatan, issued_on, next(_serials)),
        desa=desa,
        address="Jl. Uji Coba No. 1",
        rt="001",
        rw="002",
        postal_code="17530",
        issued_on=issued_on,
        actor="test",
    )


async def make_person(
    family: Family | None,
    full_name: str,
    *,
    sex: Sex = Sex.MALE,
    birth_date: date = date(1990, 5, 17),
    relation: FamilyRelation = FamilyRelation.HEAD,
) -> Person:
    kecamatan = "321601"
    if family is not None:
        await family.fetch_related("desa")
        kecamatan = family.desa.parent_code.replace(".", "")
    return await register_person(
        family=family,
        actor="test",
        nik=make_nik(kecamatan, birth_date, sex.value, next(_serials)),
        full_name=full_name,
        sex=sex,
        birth_place="Bekasi",
        birth_date=birth_date,
        religion=Religion.ISLAM,
        education=Education.SENIOR,
        occupation="Karyawan Swasta",
        marital_status=MaritalStatus.MARRIED_REGISTERED,
        relation=relation,
        father_name="Ayah Uji",
        mother_name="Ibu Uji",
    )


async def make_account(role: Role, person: Person | None = None) -> Account:
    serial = next(_serials)
    return await Account.create(
        username=f"uji-{role.value}-{serial}",
        display_name=f"Akun Uji {serial}",
        role=role,
        person=person,
        password_hash=hash_password(PASSWORD),
    )


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"|"X-CSRF-Token": "([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1) or match.group(2)


async def sign_in(client: httpx.AsyncClient, account: Account) -> None:
    form = await client.get("/masuk")
    response = await client.post(
        "/masuk",
        data={
            "identifier": account.username,
            "password": PASSWORD,
            "csrf_token": csrf_from(form.text),
        },
    )
    assert response.status_code == 303, response.text


async def latest_code(recipient: str) -> str:
    """The code in the newest message to the recipient, read from the outbox."""
    from adminduk.notifications.models import Notification

    message = await Notification.filter(recipient=recipient).order_by("-created_at").first()
    assert message is not None, "no message was queued for the recipient"
    return re.search(r"\b(\d{6})\b", message.body).group(1)


_phones = itertools.count(10_000_000)


def new_phone() -> str:
    """A made-up mobile number, different each call, in the form people type it."""
    return f"0812-{next(_phones):08d}"


def new_email() -> str:
    return f"warga{next(_phones)}@example.invalid"


SHARED_FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"


def fixture_file(name: str) -> bytes:
    path = SHARED_FIXTURES / name
    assert path.is_file(), f"missing real input {path}: ../shared must sit beside the project"
    return path.read_bytes()


async def make_resident(family: Family, full_name: str, **person) -> tuple[Person, Account]:
    """A registry person with a resident account whose email and phone are confirmed."""
    from tortoise.timezone import now

    member = await make_person(family, full_name, **person)
    account = await Account.create(
        nik=member.nik,
        kk_number=family.kk_number,
        display_name=full_name,
        role=Role.RESIDENT,
        person=member,
        email=new_email(),
        phone="+62" + new_phone().replace("-", "")[1:],
        email_confirmed_at=now(),
        phone_confirmed_at=now(),
        password_hash=hash_password(PASSWORD),
    )
    return member, account


async def sign_in_as(client: httpx.AsyncClient, identifier: str) -> None:
    form = await client.get("/masuk")
    data = {"identifier": identifier, "password": PASSWORD, "csrf_token": csrf_from(form.text)}
    response = await client.post("/masuk", data=data)
    assert response.status_code == 303, response.text
