"""The electronic signature of the head of office, as one replaceable part.

`Signer` is all the rest of the service knows: PDF bytes in, signed PDF bytes out. Here the
key is a PKCS#12 file; in production a remote signing service (BSrE's) takes its place behind
the same interface. Signatures are PAdES baseline B-B (no timestamp server is reachable).

Signing runs pyHanko's coroutines on a private event loop: call `sign` from a worker thread in
async code (it is CPU work anyway, about 25 ms). One signer serves every document and thread.
"""

import io
from pathlib import Path
from typing import Protocol

from asn1crypto import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from adminduk.documents import _loop
from adminduk.documents.issue import Office

FIELD_NAME = "TandaTanganKepalaDinas"

_HASHES = {"sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}


class Signer(Protocol):
    def sign(self, pdf: bytes) -> bytes:
        """Return `pdf` with a PAdES signature covering the whole file."""
        ...


class Pkcs12Signer:
    """Signs with the key and certificate chain of a PKCS#12 file, loaded once."""

    def __init__(self, path: Path, passphrase: str | bytes | None, *, office: Office):
        if isinstance(passphrase, str):
            passphrase = passphrase.encode()
        try:
            key, certificate, chain = pkcs12.load_key_and_certificates(
                Path(path).read_bytes(), passphrase
            )
        except ValueError as error:
            raise ValueError(f"cannot read the PKCS#12 file {path}: {error}") from None
        if key is None or certificate is None:
            raise ValueError(f"the PKCS#12 file {path} holds no key with its certificate")

        self._chain = [_asn1(cert) for cert in chain]
        self._signer = _KeySigner(key, _asn1(certificate), self._chain)
        self._metadata = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            reason=f"Diterbitkan oleh {office.office_name}",
            location=office.regency_name,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            # A certification signature that allows no change: viewers flag any edit.
            certify=True,
            docmdp_permissions=fields.MDPPerm.NO_CHANGES,
            # The CMS size is measured with a trial signature, not guessed with slack.
            tight_size_estimates=True,
        )

    @property
    def certificate(self) -> x509.Certificate:
        return self._signer.signing_cert

    def authority_certificate(self) -> x509.Certificate:
        """The self-signed root of the signing certificate's chain: the trust root to verify
        this signer's documents against."""
        by_subject = {cert.subject.dump(): cert for cert in self._chain}
        current = self.certificate
        for _ in range(len(self._chain) + 1):
            if current.self_signed != "no":
                return current
            current = by_subject.get(current.issuer.dump())
            if current is None:
                break
        raise LookupError(
            "the PKCS#12 file does not hold the root of its certificate chain: configure the "
            "authority's certificate for verification separately"
        )

    def sign(self, pdf: bytes) -> bytes:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        output = _loop.run(signers.async_sign_pdf(writer, self._metadata, signer=self._signer))
        return output.getvalue()


class _KeySigner(signers.Signer):
    """pyHanko's SimpleSigner parses the private key again for every signature (about 45 ms
    for RSA); this one keeps the parsed key."""

    def __init__(self, key, certificate: x509.Certificate, chain: list[x509.Certificate]):
        if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
            raise ValueError("only RSA and ECDSA signing keys are supported")
        registry = SimpleCertificateStore()
        registry.register_multiple(chain)
        super().__init__(signing_cert=certificate, cert_registry=registry)
        self._key = key

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run=False) -> bytes:
        digest = _HASHES[digest_algorithm]()
        if isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), digest)
        return self._key.sign(data, ec.ECDSA(digest))


def _asn1(certificate) -> x509.Certificate:
    return x509.Certificate.load(certificate.public_bytes(Encoding.DER))
