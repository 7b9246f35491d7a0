"""Self-printed documents: render with fpdf2, sign with pyHanko, verify offline.

    pdf = render(content, issue)        # content: one of the dataclasses in `content`
    signed = signer.sign(pdf)           # signer: any `Signer`, e.g. a `Pkcs12Signer`
    verdict = verify_pdf(signed, [signer.authority_certificate()])

No database here: plain values in, bytes out.
"""

from adminduk.documents.authority import ensure_development_authority
from adminduk.documents.issue import Issue, Office
from adminduk.documents.render import render
from adminduk.documents.signing import Pkcs12Signer, Signer
from adminduk.documents.verify import Verdict, load_certificates, verify_pdf

__all__ = [
    "Issue",
    "Office",
    "Pkcs12Signer",
    "Signer",
    "Verdict",
    "ensure_development_authority",
    "load_certificates",
    "render",
    "verify_pdf",
]
