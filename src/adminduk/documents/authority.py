"""A local certificate authority for development, used when no PKCS#12 is configured.

It is made once, in the directory given (e.g. `settings.data_dir / "signing"`), and reused on
every later start: documents signed before a restart still verify. The authority's own key
signs the one signing certificate and is then thrown away, so nothing can be issued under it
later; its certificate is kept, in the PKCS#12 and as `authority.pem`, as the trust root.
"""

import logging
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from adminduk.documents.issue import Office
from adminduk.documents.signing import Pkcs12Signer

log = logging.getLogger(__name__)

SIGNER_FILE = "signer.p12"
AUTHORITY_FILE = "authority.pem"
VALIDITY = timedelta(days=20 * 365)
KEY_BITS = 2048


def ensure_development_authority(directory: Path, office: Office) -> Pkcs12Signer:
    """The development signer in `directory`, made on the first call and reused after."""
    directory = Path(directory)
    signer_file = directory / SIGNER_FILE
    if not signer_file.exists():
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        _publish(signer_file, _make_pkcs12(office))

    log.warning(
        "No signing certificate is configured: documents are signed by the development "
        "authority in %s, which nobody outside this machine trusts",
        directory,
    )
    signer = Pkcs12Signer(signer_file, None, office=office)
    authority_file = directory / AUTHORITY_FILE
    if not authority_file.exists():
        _publish(authority_file, signer.authority_certificate().dump(), pem=True)
    return signer


def _make_pkcs12(office: Office) -> bytes:
    now = datetime.now(UTC)
    authority_key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    authority_name = _name("Otoritas Sertifikat Pengembangan (bukan untuk produksi)", office)
    authority = (
        _builder(authority_name, authority_name, authority_key.public_key(), now)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(certificates=True), critical=True)
        .sign(authority_key, hashes.SHA256())
    )

    signer_key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    signer = (
        _builder(_name(office.head_name, office), authority_name, signer_key.public_key(), now)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(certificates=False), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority_key.public_key()),
            critical=False,
        )
        .sign(authority_key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"development-signer", signer_key, signer, [authority], serialization.NoEncryption()
    )


def _name(common_name: str, office: Office) -> x509.Name:
    # X.520 caps these attributes at 64 characters.
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.LOCALITY_NAME, office.regency_name[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, office.office_name[:64]),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64]),
        ]
    )


def _builder(subject: x509.Name, issuer: x509.Name, public_key, now: datetime):
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        # An hour of slack for a clock that is slightly behind.
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _key_usage(*, certificates: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not certificates,
        content_commitment=not certificates,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=certificates,
        crl_sign=certificates,
        encipher_only=False,
        decipher_only=False,
    )


def _publish(path: Path, data: bytes, *, pem: bool = False) -> None:
    """Write `path` once: of two processes starting together, the first to finish wins and
    the other's work is dropped, so the files on disk always belong together."""
    if pem:
        data = x509.load_der_x509_certificate(data).public_bytes(serialization.Encoding.PEM)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".new-")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)
