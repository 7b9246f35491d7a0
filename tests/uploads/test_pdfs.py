from io import BytesIO

import pytest
from pypdf import PdfReader, PdfWriter

from adminduk.uploads import FileKind, UploadRefused, check_pdf
from adminduk.uploads.pdf_content import active_content
from tests.uploads.active_pdf import pdf_with_active_content
from tests.uploads.samples import pdf, pdf_bytes

FORBIDDEN = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/OpenAction", b"/AA", b"/XFA")


def read(data: bytes) -> PdfReader:
    return PdfReader(BytesIO(data))


def test_minimal_pdf_is_accepted_with_its_text():
    cleaned = check_pdf(pdf("minimal-document.pdf"))

    assert cleaned.kind is FileKind.PDF and cleaned.media_type == "application/pdf"
    assert cleaned.pages == 1 and cleaned.notices == ()
    original = PdfReader(pdf("minimal-document.pdf"))
    assert read(cleaned.data).pages[0].extract_text() == original.pages[0].extract_text()


def test_scanned_pdf_is_accepted_with_its_image_untouched():
    cleaned = check_pdf(pdf("grayscale-image.pdf"))

    original = PdfReader(pdf("grayscale-image.pdf")).pages[0].images[0]
    stored = read(cleaned.data).pages[0].images[0]
    assert cleaned.pages == 1 and cleaned.notices == ()
    assert stored.image.size == original.image.size
    assert stored.image.tobytes() == original.image.tobytes()


def test_password_protected_pdf_is_refused_with_what_to_do():
    with pytest.raises(UploadRefused) as refusal:
        check_pdf(pdf("libreoffice-writer-password.pdf"))

    assert refusal.value.code == "pdf_encrypted"
    assert "kata sandi" in refusal.value.text()
    assert "petugas tidak bisa membukanya" in refusal.value.text()
    assert "foto halamannya" in refusal.value.text()


def test_pdf_restricted_by_an_owner_password_only_opens_for_anyone_so_is_kept():
    writer = PdfWriter(clone_from=pdf("minimal-document.pdf"))
    writer.encrypt(user_password="", owner_password="pemilik", algorithm="RC4-128")

    cleaned = check_pdf(pdf_bytes(writer))

    assert not read(cleaned.data).is_encrypted
    assert cleaned.pages == 1


def test_attachment_is_left_out_and_the_resident_is_told():
    assert PdfReader(pdf("with-attachment.pdf")).attachments

    cleaned = check_pdf(pdf("with-attachment.pdf"))

    stored = read(cleaned.data)
    assert stored.attachments == {}
    assert b"/EmbeddedFile" not in cleaned.data
    assert [notice.code for notice in cleaned.notices] == ["pdf_attachments_removed"]
    assert "tidak ikut disimpan" in cleaned.notices[0].text()
    assert "Lorem ipsum" in stored.pages[0].extract_text()


def test_scripts_actions_forms_and_attachments_are_all_taken_out():
    original = pdf_with_active_content()
    assert all(name in original for name in FORBIDDEN)

    cleaned = check_pdf(original)

    assert not any(name in cleaned.data for name in FORBIDDEN)
    assert b"calc.exe" not in cleaned.data and b"MZ this" not in cleaned.data
    assert active_content(read(cleaned.data).trailer["/Root"]) == set()
    assert {notice.code for notice in cleaned.notices} == {
        "pdf_attachments_removed",
        "pdf_scripts_removed",
    }
    assert cleaned.pages == 1


def test_pdf_with_too_many_pages_is_refused_with_the_count_and_the_limit():
    writer = PdfWriter()
    for _ in range(21):
        writer.add_blank_page(595, 842)

    with pytest.raises(UploadRefused) as refusal:
        check_pdf(pdf_bytes(writer))

    assert refusal.value.code == "pdf_too_many_pages"
    assert "21 halaman" in refusal.value.text()
    assert "paling banyak 20 halaman" in refusal.value.text()


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",
        b"%PDF-1.4\n" + bytes(range(256)) * 20,
        pdf("minimal-document.pdf").read_bytes()[:8000],
    ],
    ids=["no pages", "garbage", "cut in half"],
)
def test_broken_pdf_is_refused(data):
    with pytest.raises(UploadRefused) as refusal:
        check_pdf(data)

    assert refusal.value.code == "pdf_broken"
    assert "rusak" in refusal.value.text()


def test_photo_sent_to_the_pdf_checker_is_refused():
    with pytest.raises(UploadRefused) as refusal:
        check_pdf(b"\xff\xd8\xff\xe0 a jpeg")

    assert refusal.value.code == "unsupported"
