"""Documents rendered and signed once per test session: no database is needed."""

import pytest

from adminduk.documents import ensure_development_authority, render, samples
from tests.documents.pdf_tools import qr_codes


@pytest.fixture(scope="session")
def signer(tmp_path_factory):
    return ensure_development_authority(tmp_path_factory.mktemp("signing"), samples.OFFICE)


@pytest.fixture(scope="session")
def examples():
    """Every kind of document: kind -> (content, issue)."""
    return samples.documents()


@pytest.fixture(scope="session")
def rendered(examples) -> dict[str, bytes]:
    return {kind: render(document, issue) for kind, (document, issue) in examples.items()}


@pytest.fixture(scope="session")
def signed(rendered, signer) -> dict[str, bytes]:
    return {kind: signer.sign(pdf) for kind, pdf in rendered.items()}


@pytest.fixture(scope="session")
def trust_roots(signer):
    return [signer.authority_certificate()]


@pytest.fixture(scope="session")
def scanned(signed) -> dict[str, list[str]]:
    """The QR codes read from each signed document printed at 150 dpi."""
    return {kind: qr_codes(pdf) for kind, pdf in signed.items()}
