from io import BytesIO

import pytest
from PIL import Image

from adminduk.uploads import FileKind, UploadRefused, accept_upload, refuse_early
from adminduk.uploads.limits import MAX_FILE_BYTES
from tests.uploads.samples import image_bytes, pdf, photo


def refusal_code(source) -> str:
    with pytest.raises(UploadRefused) as refusal:
        accept_upload(source)
    return refusal.value.code


def test_photo_and_pdf_come_out_as_jpeg_and_pdf():
    assert accept_upload(photo("jpg_gps_DSCN0010.jpg")).kind is FileKind.JPEG
    assert accept_upload(pdf("grayscale-image.pdf")).kind is FileKind.PDF
    png = image_bytes(Image.new("L", (30, 30), 128), "PNG")
    assert accept_upload(BytesIO(png)).source_kind is FileKind.PNG


def test_each_kind_of_bad_file_gets_its_own_refusal(tmp_path):
    page = tmp_path / "halaman.jpg"
    page.write_text("<!doctype html><title>bukan foto</title>")

    assert refusal_code(page) == "unsupported"
    assert refusal_code(photo("heic_samplefilehub.heif")) == "heif"
    assert refusal_code(photo("jpg_truncated.jpg")) == "image_broken"
    assert refusal_code(b"\xff\xd8\xff" + b"x" * 100) == "image_broken"
    assert refusal_code(pdf("libreoffice-writer-password.pdf")) == "pdf_encrypted"
    assert refusal_code(b"%PDF-1.4\nrubbish") == "pdf_broken"
    assert refusal_code(b"") == "empty"


def test_file_over_the_size_limit_is_refused_before_it_is_read_whole(tmp_path):
    large = tmp_path / "besar.jpg"
    large.write_bytes(photo("jpg_gps_DSCN0010.jpg").read_bytes() + bytes(MAX_FILE_BYTES))

    with pytest.raises(UploadRefused) as refusal:
        accept_upload(large)

    assert refusal.value.code == "too_large"
    assert "lebih besar dari 10 MB" in refusal.value.text()
    assert refusal_code(BytesIO(bytes(MAX_FILE_BYTES + 1))) == "too_large"


def test_refusal_is_logged_by_code_only(caplog):
    caplog.set_level("WARNING", logger="adminduk.uploads")

    refusal_code(b"Nama: Siti Contoh, NIK 3216000000000000")

    assert "Upload refused: unsupported" in caplog.text
    assert "Siti" not in caplog.text


def test_first_piece_of_a_chunked_upload_already_refuses_heif_and_foreign_files():
    heif = photo("heic_samplefilehub.heif").read_bytes()[:4096]
    photo_start = photo("jpg_mobile_jolla.jpg").read_bytes()[:4096]

    with pytest.raises(UploadRefused) as heif_refusal:
        refuse_early(heif)
    with pytest.raises(UploadRefused) as foreign_refusal:
        refuse_early(b"<html>" + bytes(4096))

    assert (heif_refusal.value.code, foreign_refusal.value.code) == ("heif", "unsupported")
    refuse_early(photo_start)
    refuse_early(b"\n" * 500 + b"%PDF-1.4")
