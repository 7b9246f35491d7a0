import time
from io import BytesIO

import pytest
from PIL import Image, ImageChops, ImageOps, ImageStat

from adminduk.uploads import FileKind, UploadRefused, clean_image
from adminduk.uploads.limits import MAX_IMAGE_SIDE
from tests.uploads.samples import image_bytes, jpeg_segments, photo, png_declaring, with_app1

METADATA_SEGMENTS = {0xE1, 0xE2, 0xED, 0xFE}  # EXIF/XMP, ICC, Photoshop (IPTC), comment


def decoded(data: bytes) -> Image.Image:
    image = Image.open(BytesIO(data))
    image.load()
    return image


def difference(first: Image.Image, second: Image.Image) -> float:
    """Mean difference per channel, 0 to 255."""
    return sum(ImageStat.Stat(ImageChops.difference(first, second)).mean) / 3


def test_gps_position_does_not_survive_in_the_stored_photo():
    cleaned = clean_image(photo("jpg_gps_DSCN0010.jpg"))

    assert not METADATA_SEGMENTS & set(jpeg_segments(cleaned.data))
    assert b"Exif" not in cleaned.data and b"GPS" not in cleaned.data
    assert not decoded(cleaned.data).getexif()


def test_photo_taken_sideways_is_stored_upright():
    original = Image.open(photo("jpg_orientation_portrait_6.jpg"))
    cleaned = clean_image(photo("jpg_orientation_portrait_6.jpg"))

    stored = decoded(cleaned.data)
    assert (cleaned.width, cleaned.height) == (450, 600)
    assert stored.size == (450, 600)
    assert difference(stored, ImageOps.exif_transpose(original)) < 5


def test_photo_taken_upside_down_is_stored_upright():
    original = Image.open(photo("jpg_orientation_landscape_3.jpg"))
    cleaned = clean_image(photo("jpg_orientation_landscape_3.jpg"))

    stored = decoded(cleaned.data)
    assert stored.size == (600, 450)
    assert difference(stored, ImageOps.exif_transpose(original)) < 5
    assert difference(stored, original.convert("RGB")) > 20


def test_phone_photo_is_made_small():
    source = photo("jpg_mobile_jolla.jpg")
    cleaned = clean_image(source)

    assert cleaned.source_size == source.stat().st_size
    assert cleaned.size < 500_000
    assert max(cleaned.width, cleaned.height) == MAX_IMAGE_SIDE
    assert decoded(cleaned.data).size == (2000, 1500)
    assert cleaned.kind is FileKind.JPEG and cleaned.media_type == "image/jpeg"


def test_photo_with_trailing_bytes_is_stored_as_the_picture_alone():
    cleaned = clean_image(photo("jpg_corrupted.jpg"))

    stored = decoded(cleaned.data)
    assert stored.size == (2000, 1500)
    assert cleaned.data.endswith(b"\xff\xd9")
    assert cleaned.data.count(b"\xff\xd9") == 1
    assert not METADATA_SEGMENTS & set(jpeg_segments(cleaned.data))


def test_truncated_photo_is_refused_with_a_clear_message():
    with pytest.raises(UploadRefused) as refusal:
        clean_image(photo("jpg_truncated.jpg"))

    assert refusal.value.code == "image_broken"
    assert "rusak atau tidak lengkap" in refusal.value.text()
    assert "foto ulang" in refusal.value.text()


def test_photo_with_a_broken_metadata_block_is_cleaned_quickly():
    started = time.monotonic()
    cleaned = clean_image(photo("jpg_invalid_image01137.jpg"))

    assert time.monotonic() - started < 2
    assert decoded(cleaned.data).size == (88, 64)
    assert not METADATA_SEGMENTS & set(jpeg_segments(cleaned.data))
    assert b"adobe" not in cleaned.data.lower()


@pytest.mark.parametrize(
    "exif",
    [
        b"Exif\x00\x00" + bytes(range(256)) * 4,
        # A TIFF header whose first directory points at itself, with a huge entry count.
        b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff" + b"\x12\x01\x03\x00" * 8,
        # An orientation entry whose value points far outside the block.
        b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x7f\xff\xff\xff\xff\xff",
    ],
)
def test_photo_with_garbage_exif_is_kept_without_it(exif):
    picture = image_bytes(Image.new("RGB", (40, 30), "blue"), "JPEG")

    cleaned = clean_image(with_app1(picture, exif))

    assert decoded(cleaned.data).size == (40, 30)
    assert 0xE1 not in jpeg_segments(cleaned.data)


def test_heif_photo_is_refused_with_advice_on_the_camera_setting():
    with pytest.raises(UploadRefused) as refusal:
        clean_image(photo("heic_samplefilehub.heif"))

    assert refusal.value.code == "heif"
    assert "JPG" in refusal.value.text()
    assert "Paling Kompatibel" in refusal.value.text()
    assert "tangkapan layar" in refusal.value.text()


@pytest.mark.parametrize("side", [20_000, 8_000])
def test_decompression_bomb_is_refused_before_it_is_decoded(side):
    bomb = png_declaring(side, side)
    assert len(bomb) < 100_000

    started = time.monotonic()
    with pytest.raises(UploadRefused) as refusal:
        clean_image(bomb)

    assert time.monotonic() - started < 1
    assert refusal.value.code == "image_too_many_pixels"
    assert "50 megapiksel" in refusal.value.text()


def test_html_file_named_like_a_photo_is_refused(tmp_path):
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"<html><body>bukan foto</body></html>")

    with pytest.raises(UploadRefused) as refusal:
        clean_image(fake)

    assert refusal.value.code == "unsupported"


def test_transparent_screenshot_lands_on_white_not_black():
    picture = Image.new("RGBA", (100, 100), (0, 0, 0, 0))
    picture.paste((0, 0, 0, 255), (40, 40, 60, 60))

    stored = decoded(clean_image(image_bytes(picture, "PNG")).data)

    assert stored.mode == "RGB"
    assert min(stored.getpixel((5, 5))) > 245
    assert max(stored.getpixel((50, 50))) < 10


def test_grey_scan_stays_grey_and_sixteen_bit_grey_keeps_its_tone():
    scan = Image.new("I;16", (50, 50), 32768)

    stored = decoded(clean_image(image_bytes(scan, "PNG")).data)

    assert stored.mode == "L"
    assert 120 < stored.getpixel((25, 25)) < 136


def test_small_webp_is_stored_as_jpeg_at_its_own_size():
    cleaned = clean_image(image_bytes(Image.new("RGB", (320, 200), "green"), "WEBP"))

    assert cleaned.source_kind is FileKind.WEBP
    assert decoded(cleaned.data).size == (320, 200)


def test_comment_and_colour_profile_of_the_original_are_not_kept():
    picture = Image.new("RGB", (60, 40), "white")
    original = image_bytes(picture, "JPEG", comment=b"Nama: Siti Contoh", icc_profile=b"x" * 200)

    cleaned = clean_image(original)

    assert b"Siti" not in cleaned.data
    assert not METADATA_SEGMENTS & set(jpeg_segments(cleaned.data))


def test_cmyk_jpeg_from_a_scanner_becomes_rgb():
    scan = Image.new("CMYK", (60, 40), (0, 0, 0, 0))

    stored = decoded(clean_image(image_bytes(scan, "JPEG")).data)

    assert stored.mode == "RGB"
    assert min(stored.getpixel((30, 20))) > 240
