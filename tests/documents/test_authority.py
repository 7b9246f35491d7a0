"""The development authority: made once when no PKCS#12 is configured, then reused."""

import logging
import stat

from adminduk.documents import Pkcs12Signer, ensure_development_authority, samples
from adminduk.documents.authority import AUTHORITY_FILE, SIGNER_FILE
from adminduk.documents.verify import load_certificates, verify_pdf


def test_the_development_authority_is_created_once_and_reused(tmp_path):
    first = ensure_development_authority(tmp_path / "signing", samples.OFFICE)
    files = {path.name: path.read_bytes() for path in (tmp_path / "signing").iterdir()}

    second = ensure_development_authority(tmp_path / "signing", samples.OFFICE)

    assert set(files) == {SIGNER_FILE, AUTHORITY_FILE}
    assert {path.name: path.read_bytes() for path in (tmp_path / "signing").iterdir()} == files
    assert second.certificate.dump() == first.certificate.dump()
    assert second.authority_certificate().dump() == first.authority_certificate().dump()


def test_a_document_signed_before_a_restart_still_verifies_after_it(tmp_path, rendered):
    before = ensure_development_authority(tmp_path, samples.OFFICE).sign(rendered["kk"])

    after = ensure_development_authority(tmp_path, samples.OFFICE)

    assert verify_pdf(before, [after.authority_certificate()]).valid


def test_using_the_development_authority_is_logged_as_a_warning(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="adminduk.documents"):
        ensure_development_authority(tmp_path, samples.OFFICE)

    assert any(
        record.levelno == logging.WARNING and "development authority" in record.getMessage()
        for record in caplog.records
    )


def test_the_key_file_is_private_and_the_authority_pem_is_its_trust_root(tmp_path, rendered):
    signer = ensure_development_authority(tmp_path, samples.OFFICE)

    assert stat.S_IMODE((tmp_path / SIGNER_FILE).stat().st_mode) == 0o600
    roots = load_certificates(tmp_path / AUTHORITY_FILE)
    assert [root.dump() for root in roots] == [signer.authority_certificate().dump()]
    assert verify_pdf(signer.sign(rendered["skpwni"]), roots).valid


def test_the_signing_certificate_names_the_head_of_office(tmp_path):
    signer = ensure_development_authority(tmp_path, samples.OFFICE)

    subject = signer.certificate.subject.native
    assert subject["common_name"] == samples.OFFICE.head_name
    assert subject["organization_name"] == samples.OFFICE.office_name
    assert signer.certificate.issuer == signer.authority_certificate().subject


def test_a_configured_pkcs12_file_is_loaded_the_same_way(tmp_path, rendered):
    ensure_development_authority(tmp_path, samples.OFFICE)

    signer = Pkcs12Signer(tmp_path / SIGNER_FILE, None, office=samples.OFFICE)

    assert verify_pdf(signer.sign(rendered["kk"]), [signer.authority_certificate()]).valid
