"""The registrar issues the approved document: signed, numbered, checkable by anyone at
/cek, downloadable by the family, superseded by a reissue, revocable."""

import asyncio
import re
import uuid

import pytest

from adminduk.accounts.models import Role
from adminduk.applications.drafts import attach_file, create_draft, save_step, submit
from adminduk.applications.review import decide, review_file, take
from adminduk.applications.states import Status
from adminduk.issuing.issue import IssueRefused, issue_document
from adminduk.issuing.models import DocumentDownload, IssuedDocument
from adminduk.issuing.numbers import next_serial
from adminduk.registry.choices import DocumentKind, DocumentStatus
from tests.factories import csrf_from, make_account, make_family, make_resident, sign_in_as


async def approved_application(officer=None):
    family = await make_family()
    person, account = await make_resident(family, "Siti Aminah Contoh")
    application = await create_draft(account, "kk-hilang-rusak", uuid.uuid4().hex, subject=person)
    await save_step(application, "keluarga", {"keadaan": "rusak"})
    file = await attach_file(application, "ktp_el", "b" * 32, "image/jpeg", 10, account)
    await submit(application, account, [], [])
    officer = officer or await make_account(Role.OFFICER)
    await take(application, officer)
    await review_file(application, officer, file, True, "")
    await decide(application, officer, Status.APPROVED, "")
    return application, account, person


async def test_registrar_issues_a_signed_family_card_that_the_public_check_calls_valid(client):
    application, account, person = await approved_application()
    registrar = await make_account(Role.REGISTRAR)

    document = await issue_document(application, registrar)

    await application.refresh_from_db()
    assert application.status is Status.COMPLETED
    assert document.kind is DocumentKind.FAMILY_CARD
    page = await client.get(f"/cek/{document.verification_code}")
    assert page.status_code == 200
    assert "SAH" in page.text
    assert "S*** A***** C*****" in page.text
    assert person.nik not in page.text
    assert "Siti" not in page.text
    upper = await client.get(f"/CEK/{document.verification_code}")
    assert "SAH" in upper.text


async def test_an_unknown_code_is_not_found(client):
    page = await client.get("/cek/ZZZZZZZZZZZZZZZZ")

    assert page.status_code == 404
    assert "TIDAK DITEMUKAN" in page.text


async def test_a_registrar_cannot_issue_what_they_approved_as_officer(database):
    registrar = await make_account(Role.REGISTRAR)
    application, _, _ = await approved_application(officer=registrar)

    with pytest.raises(IssueRefused) as refused:
        await issue_document(application, registrar)

    assert "pejabat lain" in refused.value.message
    await application.refresh_from_db()
    assert application.status is Status.APPROVED


async def test_the_family_downloads_it_and_each_download_is_logged_but_strangers_cannot(
    client, app
):
    import httpx

    application, account, _ = await approved_application()
    document = await issue_document(application, await make_account(Role.REGISTRAR))
    await sign_in_as(client, account.nik)

    first = await client.get(f"/dokumen/{document.id}")
    again = await client.get(f"/dokumen/{document.id}")

    assert first.status_code == again.status_code == 200
    assert first.headers["content-type"] == "application/pdf"
    assert first.content.startswith(b"%PDF")
    assert await DocumentDownload.filter(document=document).count() == 2
    _, stranger = await make_resident(await make_family(), "Orang Lain Unduh")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
        await sign_in_as(other, stranger.nik)
        assert (await other.get(f"/dokumen/{document.id}")).status_code == 404


async def test_a_reissued_family_card_keeps_its_number_and_supersedes_the_first(client):
    application, account, person = await approved_application()
    first = await issue_document(application, await make_account(Role.REGISTRAR))
    second_application = await create_draft(
        account, "kk-hilang-rusak", uuid.uuid4().hex, subject=person
    )
    await save_step(second_application, "keluarga", {"keadaan": "hilang"})
    file = await attach_file(second_application, "ktp_el", "c" * 32, "image/jpeg", 10, account)
    await submit(second_application, account, [], [])
    officer = await make_account(Role.OFFICER)
    await take(second_application, officer)
    await review_file(second_application, officer, file, True, "")
    await decide(second_application, officer, Status.APPROVED, "")

    second = await issue_document(second_application, await make_account(Role.REGISTRAR))

    await first.refresh_from_db()
    assert second.number == first.number
    assert first.status is DocumentStatus.SUPERSEDED
    page = await client.get(f"/cek/{first.verification_code}")
    assert "SUDAH DIGANTI" in page.text


async def test_a_revoked_document_is_shown_revoked_with_its_date(client, app):
    application, _, _ = await approved_application()
    registrar = await make_account(Role.REGISTRAR)
    document = await issue_document(application, registrar)
    from tests.factories import sign_in

    await sign_in(client, registrar)
    page = await client.get(f"/permohonan/{application.id}")
    response = await client.post(
        f"/pejabat/dokumen/{document.id}/cabut",
        data={"csrf_token": csrf_from(page.text), "alasan": "Diterbitkan atas data yang salah"},
    )

    assert response.status_code == 303
    check = await client.get(f"/cek/{document.verification_code}")
    assert "DICABUT" in check.text


async def test_a_file_check_tells_a_genuine_file_from_a_changed_or_unsigned_one(client):
    from adminduk.storage import file_store
    from tests.factories import fixture_file

    application, _, _ = await approved_application()
    document = await issue_document(application, await make_account(Role.REGISTRAR))
    signed = file_store().open(document.store_id)
    changed = bytearray(signed)
    position = signed.index(b"/Type /Page") + 2 if b"/Type /Page" in signed else len(signed) // 3
    changed[position] = ord("X") if changed[position] != ord("X") else ord("Y")

    async def check(data: bytes):
        form = await client.get("/cek")
        return await client.post(
            "/cek/berkas",
            data={"csrf_token": csrf_from(form.text)},
            files={"berkas": ("dokumen.pdf", data, "application/pdf")},
        )

    assert "SAH" in (await check(signed)).text
    assert "DIUBAH" in (await check(bytes(changed))).text
    assert "TIDAK BERTANDA TANGAN" in (await check(fixture_file("pdf/minimal-document.pdf"))).text


async def test_numbers_stay_unique_when_many_are_issued_at_once(database):
    serials = await asyncio.gather(
        *[next_serial(DocumentKind.BIRTH_CERTIFICATE, 2031) for _ in range(20)]
    )

    assert sorted(serials) == list(range(1, 21))


async def test_the_registrar_issues_a_reviewed_batch_from_the_page(client):
    applications = [(await approved_application())[0] for _ in range(2)]
    registrar = await make_account(Role.REGISTRAR)
    from tests.factories import sign_in

    await sign_in(client, registrar)
    page = await client.get("/pejabat/terbitkan")
    ids = [str(application.id) for application in applications]
    for application_id in ids:
        assert application_id in page.text
    response = await client.post(
        "/pejabat/terbitkan", data={"csrf_token": csrf_from(page.text), "permohonan": ids}
    )

    assert response.status_code == 200
    for application in applications:
        await application.refresh_from_db()
        assert application.status is Status.COMPLETED
        assert await IssuedDocument.filter(application=application).count() == 1
    assert re.search(r"\d{16}", response.text)


async def test_the_qr_code_on_the_printed_page_leads_to_the_valid_page(client):
    from urllib.parse import urlsplit

    from adminduk.storage import file_store
    from tests.documents.pdf_tools import pdfsig, qr_codes

    application, _, _ = await approved_application()
    document = await issue_document(application, await make_account(Role.REGISTRAR))
    signed = file_store().open(document.store_id)

    [url] = qr_codes(signed)
    page = await client.get(urlsplit(url).path)

    assert url == f"HTTP://TESTSERVER/CEK/{document.verification_code}"
    assert page.status_code == 200
    assert "SAH" in page.text
    assert "Signature is Valid" in pdfsig(signed)
