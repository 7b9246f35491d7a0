"""What a tester broke once, kept fixed: copied cookies after sign-out, an officer deciding
their own application, long input that reached the database, a second release."""

import re
import uuid

import httpx
import pytest

from adminduk.accounts.models import Role
from adminduk.applications.drafts import create_draft, submit
from adminduk.applications.review import ReviewRefused, release, take
from tests.factories import (
    csrf_from,
    make_account,
    make_family,
    make_person,
    make_resident,
    sign_in,
)


async def test_a_cookie_copied_before_sign_out_no_longer_works(client, app):
    _, resident = await make_resident(await make_family(), "Warga Kios Bersama")
    from tests.factories import sign_in_as

    await sign_in_as(client, resident.nik)
    copied = dict(client.cookies)
    page = await client.get("/akun")
    await client.post("/keluar", data={"csrf_token": csrf_from(page.text)})

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", cookies=copied
    ) as thief:
        response = await thief.get("/akun")

    assert response.status_code == 303
    assert response.headers["location"].startswith("/masuk")


async def test_an_officer_cannot_take_an_application_they_made_for_a_resident(database):
    officer = await make_account(Role.OFFICER)
    person = await make_person(await make_family(), "Warga Dibantu Petugas")
    application = await create_draft(
        officer, "kk-hilang-rusak", uuid.uuid4().hex, subject=person, on_behalf_nik=person.nik,
        consent=True,
    )  # fmt: skip
    await submit(application, officer, [], [])

    with pytest.raises(ReviewRefused) as refused:
        await take(application, officer)

    assert "petugas lain" in refused.value.message


async def test_releasing_twice_is_refused_with_a_message(database):
    person, resident = await make_resident(await make_family(), "Warga Dilepas Dua Kali")
    application = await create_draft(resident, "kk-hilang-rusak", uuid.uuid4().hex, subject=person)
    await submit(application, resident, [], [])
    await take(application, await make_account(Role.OFFICER))
    admin = await make_account(Role.ADMIN)
    await release(application, admin)

    with pytest.raises(ReviewRefused):
        await release(application, admin)


@pytest.mark.parametrize(
    "number, nik",
    [("Nomor AQG4B-E5JNV-XYZ", "3216010101900001"), ("X" * 40, "9" * 17), ("<script>", "abc")],
)
async def test_tracking_with_odd_input_says_not_found_not_error(client, number, nik):
    form = await client.get("/lacak")

    response = await client.post(
        "/lacak", data={"csrf_token": csrf_from(form.text), "nomor": number, "nik": nik}
    )

    assert response.status_code == 404
    assert "Tidak ada permohonan" in response.text


async def test_assisted_mode_with_an_odd_nik_explains_instead_of_failing(client):
    await sign_in(client, await make_account(Role.KIOSK_OPERATOR))
    page = await client.get("/bantu/permohonan")
    token = re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)

    response = await client.post(
        "/bantu/permohonan",
        data={"csrf_token": csrf_from(page.text), "form_token": token, "layanan": "kk-baru",
              "nik": "<script>alert(1)</script>", "persetujuan": "ya"},
    )  # fmt: skip

    assert response.status_code == 400
    assert "NIK ini tidak ada dalam data penduduk" in response.text
    assert "<script>alert(1)" not in response.text


async def test_a_newcomers_very_long_name_is_refused_with_a_message(client):
    page = await client.get("/daftar")

    response = await client.post(
        "/daftar",
        data={"csrf_token": csrf_from(page.text), "nik": "3201015204930007",
              "kk_number": "3201010107190001", "full_name": "Nurhaliza " * 15,
              "email": "panjang@example.invalid", "phone": "081299887766",
              "password": "sandi-cukup-panjang", "newcomer": "ya"},
    )  # fmt: skip

    assert response.status_code == 400
    assert "Nama terlalu panjang" in response.text


async def test_a_staff_name_too_long_is_refused_with_a_message(client):
    await sign_in(client, await make_account(Role.ADMIN))
    page = await client.get("/admin/petugas")

    response = await client.post(
        "/admin/petugas",
        data={"csrf_token": csrf_from(page.text), "username": "nama.panjang", "role": "pejabat",
              "display_name": "A" * 101, "password": "sandi-awal-123", "region": ""},
    )  # fmt: skip

    assert response.status_code == 400
    assert "Nama terlalu panjang" in response.text


async def test_a_malformed_multipart_body_gets_a_page_in_indonesian(client):
    page = await client.get("/cek")

    response = await client.post(
        "/cek/berkas",
        content=b"bukan multipart",
        headers={"Content-Type": "multipart/form-data", "X-CSRF-Token": csrf_from(page.text)},
    )

    assert response.status_code == 400
    assert "Isian tidak dapat diterima" in response.text


async def test_a_registrar_rejects_an_approved_application_that_cannot_be_issued(client):
    from adminduk.applications.models import Application
    from adminduk.applications.states import Status
    from tests.test_issuing import approved_application

    application, _, _ = await approved_application()
    await sign_in(client, await make_account(Role.REGISTRAR))
    page = await client.get(f"/petugas/permohonan/{application.id}")

    response = await client.post(
        f"/pejabat/permohonan/{application.id}/tolak",
        data={"csrf_token": csrf_from(page.text), "alasan": "Anak sudah punya akta kelahiran"},
    )

    assert response.status_code == 303
    assert (await Application.get(id=application.id)).status is Status.REJECTED


async def test_a_revoked_document_is_no_longer_downloaded_and_the_family_is_told(client):
    from adminduk.issuing.issue import issue_document
    from adminduk.issuing.revocation import revoke
    from adminduk.notifications.models import Notification
    from tests.factories import sign_in_as
    from tests.test_issuing import approved_application

    application, resident, _ = await approved_application()
    registrar = await make_account(Role.REGISTRAR)
    document = await issue_document(application, registrar)
    await revoke(document, registrar, "Data salah")
    await sign_in_as(client, resident.nik)

    download = await client.get(f"/dokumen/{document.id}")
    page = await client.get(f"/permohonan/{application.id}")

    assert download.status_code == 404
    assert "Dokumen dicabut" in page.text
    assert "Data salah" in page.text
    assert await Notification.filter(recipient=resident.phone, body__contains="dicabut").exists()


async def test_the_public_check_masks_the_family_card_number(client):
    from adminduk.identity import mask_nik
    from adminduk.issuing.issue import issue_document
    from tests.test_issuing import approved_application

    application, _, _ = await approved_application()
    document = await issue_document(application, await make_account(Role.REGISTRAR))

    page = await client.get(f"/cek/{document.verification_code}")

    assert document.number not in page.text
    assert mask_nik(document.number) in page.text


async def test_a_photo_given_to_the_file_check_is_told_to_scan_the_qr_code(client):
    from tests.factories import fixture_file

    form = await client.get("/cek")
    response = await client.post(
        "/cek/berkas",
        data={"csrf_token": csrf_from(form.text)},
        files={"berkas": ("foto.jpg", fixture_file("photos/jpg_gps_DSCN0010.jpg"), "image/jpeg")},
    )

    assert response.status_code == 400
    assert "bukan PDF" in response.text


async def test_a_staff_member_linked_by_nik_cannot_take_their_familys_application(database):
    from adminduk.accounts.staff import create_staff_account

    family = await make_family()
    person, resident = await make_resident(family, "Warga Ibu Petugas")
    relative = await make_person(family, "Anak Yang Jadi Petugas")
    officer = await create_staff_account(
        f"petugas.{relative.nik[-6:]}", "Anak Yang Jadi Petugas", Role.OFFICER,
        "sandi-petugas-1", None, relative.nik,
    )  # fmt: skip
    application = await create_draft(resident, "kk-hilang-rusak", uuid.uuid4().hex, subject=person)
    await submit(application, resident, [], [])

    with pytest.raises(ReviewRefused) as refused:
        await take(application, officer)

    assert "keluarga Anda sendiri" in refused.value.message
