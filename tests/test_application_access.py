"""Nobody sees or changes another family's application or file; officers decide only what
they hold, never their own family's, and only one officer can take an application."""

import asyncio
import uuid
from contextlib import asynccontextmanager
from datetime import date

import httpx
import pytest

from adminduk.accounts.models import Role
from adminduk.applications.drafts import attach_file, create_draft, submit
from adminduk.applications.models import Application
from adminduk.applications.review import ReviewRefused, decide, take
from adminduk.applications.states import Status
from adminduk.registry.choices import FamilyRelation, Sex
from tests.factories import (
    csrf_from,
    make_account,
    make_family,
    make_person,
    make_resident,
    sign_in_as,
)


async def _submitted_application():
    family = await make_family()
    person, account = await make_resident(family, "Pemilik Permohonan Akses")
    application = await create_draft(account, "kk-hilang-rusak", uuid.uuid4().hex, subject=person)
    file = await attach_file(application, "ktp_el", "a" * 32, "image/jpeg", 10, account)
    await submit(application, account, [], [])
    return family, application, file


@asynccontextmanager
async def _client(app, identifier: str):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        await sign_in_as(client, identifier)
        yield client


async def test_a_resident_of_another_family_cannot_see_download_or_change_it(app):
    _, application, file = await _submitted_application()
    stranger_family = await make_family()
    _, stranger = await make_resident(stranger_family, "Tetangga Penasaran")

    async with _client(app, stranger.nik) as client:
        token = csrf_from((await client.get("/")).text)
        base = f"/permohonan/{application.id}"
        responses = [
            await client.get(base),
            await client.get(f"/berkas/{file.id}"),
            await client.get(f"{base}/langkah/keluarga"),
            await client.get(f"{base}/berkas/ktp_el"),
            await client.post(f"{base}/kirim", data={"csrf_token": token}),
            await client.post(f"{base}/batal", data={"csrf_token": token}),
            await client.post(f"{base}/langkah/keluarga", data={"csrf_token": token}),
        ]

    assert [response.status_code for response in responses] == [404] * len(responses)
    await application.refresh_from_db()
    assert application.status is Status.SUBMITTED


async def test_an_adult_family_member_sees_it_but_a_child_does_not(app):
    family, application, file = await _submitted_application()
    _, spouse = await make_resident(
        family, "Istri Pemilik", sex=Sex.FEMALE, relation=FamilyRelation.WIFE
    )
    _, child = await make_resident(
        family, "Anak Pemilik", birth_date=date(2015, 6, 1), relation=FamilyRelation.CHILD
    )

    async with _client(app, spouse.nik) as client:
        assert (await client.get(f"/permohonan/{application.id}")).status_code == 200
        assert (await client.get(f"/berkas/{file.id}")).status_code in (200, 404)
    async with _client(app, child.nik) as client:
        assert (await client.get(f"/permohonan/{application.id}")).status_code == 404


async def test_an_officer_cannot_decide_without_taking_the_application(database):
    _, application, _ = await _submitted_application()
    officer = await make_account(Role.OFFICER)

    with pytest.raises(ReviewRefused):
        await decide(application, officer, Status.APPROVED, "")

    await application.refresh_from_db()
    assert application.status is Status.SUBMITTED


async def test_an_officer_cannot_take_an_application_of_their_own_family(database):
    family, application, _ = await _submitted_application()
    relative = await make_person(
        family, "Petugas Sekeluarga", relation=FamilyRelation.OTHER_RELATIVE
    )
    officer = await make_account(Role.OFFICER, person=relative)

    with pytest.raises(ReviewRefused) as refused:
        await take(application, officer)

    assert "keluarga Anda sendiri" in refused.value.message


async def test_two_officers_taking_at_once_exactly_one_wins(database):
    _, application, _ = await _submitted_application()
    first, second = await make_account(Role.OFFICER), await make_account(Role.OFFICER)
    copies = [await Application.get(id=application.id) for _ in range(2)]

    results = await asyncio.gather(
        take(copies[0], first), take(copies[1], second), return_exceptions=True
    )

    assert sum(result is None for result in results) == 1
    assert sum(isinstance(result, ReviewRefused) for result in results) == 1
    stored = await Application.get(id=application.id)
    assert stored.claimed_by_id in (first.id, second.id)


async def test_a_second_officer_cannot_decide_on_an_application_another_holds(database):
    _, application, _ = await _submitted_application()
    holder, other = await make_account(Role.OFFICER), await make_account(Role.OFFICER)
    await take(application, holder)

    with pytest.raises(ReviewRefused):
        await take(await Application.get(id=application.id), other)
    with pytest.raises(ReviewRefused):
        await decide(await Application.get(id=application.id), other, Status.REJECTED, "x")


async def test_a_claim_left_idle_lapses_and_another_officer_may_take_it(database):
    from datetime import timedelta

    from tortoise.timezone import now

    from adminduk.applications.review import CLAIM_LAPSE

    _, application, _ = await _submitted_application()
    idle, other = await make_account(Role.OFFICER), await make_account(Role.OFFICER)
    await take(application, idle)
    await Application.filter(id=application.id).update(
        last_activity_at=now() - CLAIM_LAPSE - timedelta(minutes=1)
    )

    await take(await Application.get(id=application.id), other)

    assert (await Application.get(id=application.id)).claimed_by_id == other.id


async def test_an_admin_releases_a_held_application_back_to_the_queue(database):
    from adminduk.applications.review import release

    _, application, _ = await _submitted_application()
    await take(application, await make_account(Role.OFFICER))

    await release(application, await make_account(Role.ADMIN))

    stored = await Application.get(id=application.id)
    assert stored.status is Status.SUBMITTED
    assert stored.claimed_by_id is None
