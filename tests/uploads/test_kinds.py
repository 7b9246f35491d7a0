import pytest
from PIL import Image

from adminduk.uploads import FileKind, identify
from adminduk.uploads.kinds import sniff
from tests.uploads.samples import image_bytes, pdf, photo


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (photo("jpg_gps_DSCN0010.jpg"), FileKind.JPEG),
        (photo("jpg_mobile_jolla.jpg"), FileKind.JPEG),
        (photo("jpg_truncated.jpg"), FileKind.JPEG),
        (photo("jpg_corrupted.jpg"), FileKind.JPEG),
        (photo("heic_samplefilehub.heif"), FileKind.HEIF),
        (pdf("minimal-document.pdf"), FileKind.PDF),
        (pdf("libreoffice-writer-password.pdf"), FileKind.PDF),
    ],
)
def test_identify_names_the_fixtures_by_their_bytes(path, kind):
    assert identify(path) is kind


def test_identify_reads_png_and_webp():
    picture = Image.new("RGB", (8, 8), "red")

    assert identify(image_bytes(picture, "PNG")) is FileKind.PNG
    assert identify(image_bytes(picture, "WEBP")) is FileKind.WEBP


def test_identify_does_not_believe_a_jpg_name_on_an_html_file(tmp_path):
    fake = tmp_path / "foto-ktp.jpg"
    fake.write_bytes(b"<!DOCTYPE html><html><script>alert(1)</script></html>")

    assert identify(fake) is FileKind.UNKNOWN


def test_identify_wants_the_decoder_to_agree_with_the_magic_bytes():
    assert sniff(b"\xff\xd8\xff" + b"not a picture" * 10) is FileKind.JPEG
    assert identify(b"\xff\xd8\xff" + b"not a picture" * 10) is FileKind.UNKNOWN
    assert identify(b"%PDF-1.7\nnothing else") is FileKind.UNKNOWN


def test_identify_tells_a_heif_photo_from_an_mp4_video():
    heif = b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic" + bytes(100)
    mp4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + bytes(100)

    assert identify(heif) is FileKind.HEIF
    assert identify(mp4) is FileKind.UNKNOWN
