"""Mobile numbers and email addresses in the forms people write them."""

import pytest

from adminduk.accounts.contacts import InvalidContact, normalize_email, normalize_phone
from adminduk.notifications.recipients import mask_recipient


@pytest.mark.parametrize(
    "typed",
    ["081234567890", "0812-3456-7890", "0812 3456 7890", "+6281234567890", "+62 812-3456-7890",
     "6281234567890", "(0812) 3456.7890"],
)  # fmt: skip
def test_mobile_numbers_in_every_usual_form_are_stored_as_plus_62(typed):
    assert normalize_phone(typed) == "+6281234567890"


@pytest.mark.parametrize(
    "typed",
    ["", "021 8901234", "12345", "0812", "08123456789012345", "0812abc45678", "+1 555 0100"],
)
def test_numbers_that_are_not_indonesian_mobiles_are_refused_with_an_example(typed):
    with pytest.raises(InvalidContact) as refused:
        normalize_phone(typed)

    assert "0812 3456 7890" in refused.value.message


def test_email_is_lower_cased_and_spaces_trimmed():
    assert normalize_email("  Siti.Aminah@Example.INVALID ") == "siti.aminah@example.invalid"


@pytest.mark.parametrize("typed", ["", "siti", "siti@", "@example.invalid", "si ti@contoh.id"])
def test_malformed_email_is_refused(typed):
    with pytest.raises(InvalidContact):
        normalize_email(typed)


def test_masks_keep_only_enough_to_recognise_the_contact():
    assert mask_recipient("+6281234567890") == "+62812****7890"
    assert mask_recipient("siti@example.invalid") == "s***@example.invalid"
