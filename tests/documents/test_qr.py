"""The QR code: the exact verification URL, in the smallest symbol, and nothing personal."""

import pytest

from adminduk.documents import Issue, samples
from adminduk.documents.qr import make_qr


def test_the_printed_qr_code_opens_the_exact_verification_url(scanned, examples):
    for kind, codes in scanned.items():
        _, issue = examples[kind]
        assert codes == [issue.verification_url], kind


def test_the_verification_url_is_the_public_address_and_code_in_upper_case():
    issue = samples.issue("3216-LT-04122026-0001", code="AB12CD34")

    assert issue.verification_url == "HTTPS://LAYANAN.DISDUKCAPIL.BEKASIKAB.GO.ID/CEK/AB12CD34"


def test_the_qr_code_is_alphanumeric_with_error_correction_m_and_small():
    qr = make_qr(samples.issue("1").verification_url)

    assert qr.mode == "alphanumeric"
    assert qr.error == "M"
    assert qr.version <= 4


def test_the_qr_code_never_holds_a_nik(scanned, examples):
    assert len(_niks(examples["kk"][0])) == 11  # ten NIKs and the No. KK
    for kind, codes in scanned.items():
        document, _ = examples[kind]
        niks = _niks(document)
        for content in codes:
            assert not any(nik in content for nik in niks), kind


@pytest.mark.parametrize("code", ["ab12cd34", "AB-12", "AB12", "AB12CD34" * 5])
def test_a_code_that_is_not_6_to_32_capitals_and_digits_is_refused(code):
    with pytest.raises(ValueError, match="verification code"):
        samples.issue("1", code=code)


def test_a_public_address_that_cannot_be_an_alphanumeric_qr_is_refused():
    issue = samples.issue("1")
    with pytest.raises(ValueError, match="alphanumeric"):
        Issue(
            number="1",
            issued_on=issue.issued_on,
            registrar_name=issue.registrar_name,
            verification_code="AB12CD34",
            public_url="https://layanan_adminduk.example.go.id",
            office=issue.office,
        )


def _niks(document) -> set[str]:
    """Every 16-digit number the document shows."""
    found = set()
    for value in _values(document):
        if isinstance(value, str) and len(value) == 16 and value.isdigit():
            found.add(value)
    return found


def _values(value):
    if hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            yield from _values(getattr(value, name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _values(item)
    else:
        yield value
