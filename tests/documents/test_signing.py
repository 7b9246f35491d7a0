"""Signing and verification: intact, trusted against the authority, the whole file covered;
any change or a missing signature is reported, never raised."""

import asyncio
import io

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from adminduk.documents import ensure_development_authority, samples, verify_pdf
from adminduk.documents.verify import MAX_BYTES, NOT_SIGNED, TOO_LARGE
from tests.documents.pdf_tools import pdfsig, signed_range, with_byte_changed

VALID = "Signature Validation: Signature is Valid."


def test_every_signed_document_is_intact_trusted_and_wholly_covered(signed, examples, trust_roots):
    for kind, pdf in signed.items():
        verdict = verify_pdf(pdf, trust_roots)

        assert verdict.valid, (kind, verdict)
        assert (verdict.signed, verdict.intact, verdict.trusted) == (True, True, True)
        assert verdict.covers_whole_file
        assert verdict.signer_name == samples.OFFICE.head_name
        assert verdict.signed_at is not None
        assert verdict.verification_code == examples[kind][1].verification_code


def test_poppler_finds_the_signature_valid_but_does_not_know_the_development_authority(signed):
    report = pdfsig(signed["kk"])

    assert VALID in report
    assert "Total document signed" in report
    # pdfsig checks the chain against NSS's own trust store, where no development CA is.
    assert "Certificate issuer isn't Trusted" in report


def test_the_signature_names_the_office_as_reason_and_the_regency_as_location(signed):
    from pyhanko.pdf_utils.reader import PdfFileReader

    signature = PdfFileReader(io.BytesIO(signed["akta_kelahiran"])).embedded_signatures[0]

    assert signature.sig_object["/Reason"] == f"Diterbitkan oleh {samples.OFFICE.office_name}"
    assert signature.sig_object["/Location"] == samples.OFFICE.regency_name
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"


def test_one_changed_byte_inside_the_signed_range_breaks_the_signature(signed, trust_roots):
    pdf = signed["kk"]
    start, *_ = signed_range(pdf)
    # A byte of the page content, well inside the first signed range.
    tampered = with_byte_changed(pdf, pdf.index(b"stream", start + 100) + 20)
    assert tampered != pdf and len(tampered) == len(pdf)

    verdict = verify_pdf(tampered, trust_roots)

    assert verdict.signed and not verdict.intact and not verdict.valid
    report = pdfsig(tampered)
    assert "Signature Validation: Digest Mismatch." in report
    assert VALID not in report


def test_a_change_appended_after_signing_is_not_covered(signed, trust_roots):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed["akta_kematian"]))
    writer.root["/Lang"] = writer.root["/Lang"]  # any change makes a new revision
    writer.update_root()
    appended = io.BytesIO()
    writer.write(appended)

    verdict = verify_pdf(appended.getvalue(), trust_roots)

    assert verdict.signed and verdict.intact
    assert not verdict.covers_whole_file and not verdict.valid


def test_an_unsigned_pdf_is_not_signed(rendered, trust_roots):
    verdict = verify_pdf(rendered["kk"], trust_roots)

    assert not verdict.signed and not verdict.valid
    assert verdict.problem == NOT_SIGNED


@pytest.mark.parametrize(
    "data", [b"", b"not a pdf at all", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", b"\x00" * 4096]
)
def test_a_broken_file_is_not_signed_rather_than_an_error(data, trust_roots):
    verdict = verify_pdf(data, trust_roots)

    assert verdict.problem == NOT_SIGNED and not verdict.valid


def test_a_truncated_signed_file_is_not_valid(signed, trust_roots):
    pdf = signed["biodata_wni"]

    assert not verify_pdf(pdf[: len(pdf) // 2], trust_roots).valid


def test_a_file_over_the_size_limit_is_refused_unread(signed, trust_roots):
    padded = signed["kk"] + b"\n%" + b"x" * MAX_BYTES

    verdict = verify_pdf(padded, trust_roots)

    assert verdict.problem == TOO_LARGE and not verdict.valid


def test_a_signature_from_another_authority_is_intact_but_not_trusted(signed, tmp_path):
    other = ensure_development_authority(tmp_path / "other", samples.OFFICE)

    verdict = verify_pdf(signed["kk"], [other.authority_certificate()])

    assert verdict.signed and verdict.intact and verdict.covers_whole_file
    assert not verdict.trusted and not verdict.valid


def test_one_signer_signs_many_documents(signer, rendered, trust_roots):
    first = signer.sign(rendered["akta_kelahiran"])
    second = signer.sign(rendered["akta_kematian"])
    again = signer.sign(rendered["akta_kelahiran"])

    for pdf in (first, second, again):
        assert verify_pdf(pdf, trust_roots).valid
    assert first != again  # each signature is made afresh, with its own time


async def test_async_code_signs_and_verifies_in_worker_threads(signer, rendered, trust_roots):
    pdfs = [rendered["kk"], rendered["skpwni"], rendered["biodata_wni"]]

    signed = await asyncio.gather(*(asyncio.to_thread(signer.sign, pdf) for pdf in pdfs))
    verdicts = await asyncio.gather(
        *(asyncio.to_thread(verify_pdf, pdf, trust_roots) for pdf in signed)
    )

    assert all(verdict.valid for verdict in verdicts)
