import pytest

from adminduk.i18n import current_locale
from adminduk.uploads import Notice, OffsetConflict, UploadRefused
from adminduk.uploads.errors import NOTICES, REFUSALS

PARAMETERS = {"pages": 25, "offset": 262144, "length": 811904}


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_every_refusal_has_a_complete_message_in_indonesian(code):
    refusal = UploadRefused(code, **PARAMETERS)

    text = refusal.text()
    assert "%(" not in text and text == str(refusal)
    assert text.endswith(".") and len(text) > 60


def test_message_is_translated_before_its_numbers_are_filled_in():
    token = current_locale.set("en")
    try:
        text = UploadRefused("too_large").text()
    finally:
        current_locale.reset(token)

    assert "10 MB" in text


def test_offset_conflict_tells_where_to_go_on():
    conflict = OffsetConflict(262144)

    assert conflict.code == "upload_offset" and conflict.offset == 262144
    assert "262144" in conflict.text()


@pytest.mark.parametrize("code", sorted(NOTICES))
def test_every_notice_has_a_message(code):
    assert len(Notice(code).text()) > 40
