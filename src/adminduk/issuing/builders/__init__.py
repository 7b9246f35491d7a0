"""What a document shows, built from the registry and the approved application.

A builder reads `application.data` (the service's fields, see catalogue/services.toml) and the
registry, and returns the document with the family and person who hold it; when they do not
allow the document it raises NotIssuable, whose message says what is missing. Certificates are
numbered by the caller after they are built, so a refused application leaves no gap in the
register. Nothing here changes the registry: `effects` does, when the document is issued.
"""

from collections.abc import Awaitable, Callable
from datetime import date

from adminduk.applications.models import Application
from adminduk.catalogue import Service
from adminduk.i18n import N_
from adminduk.issuing.builders._common import (
    DISDUKCAPIL,
    KUA,
    MARRIED,
    NOT_LIVING,
    Built,
    NotIssuable,
    couple,
    date_of,
    family_of,
    numbered,
    text_of,
)
from adminduk.issuing.builders.certificates import (
    adoption_certificate,
    birth_certificate,
    birth_parents,
    child_and_parents,
    death_certificate,
    divorce_certificate,
    divorcing,
    free_to_marry,
    legitimation_certificate,
    marriage_certificate,
    recognition_certificate,
    stillbirth_certificate,
)
from adminduk.issuing.builders.family_cards import (
    arrival_family_card,
    biodata_of,
    desa_named,
    family_card,
    new_family_card,
    reissued_family_card,
    split_family_card,
)
from adminduk.issuing.builders.moving import moving_letter, moving_out
from adminduk.registry.choices import DocumentKind

__all__ = [
    "DISDUKCAPIL",
    "KUA",
    "MARRIED",
    "NOT_LIVING",
    "Built",
    "NotIssuable",
    "birth_parents",
    "build",
    "child_and_parents",
    "couple",
    "date_of",
    "desa_named",
    "divorcing",
    "family_card",
    "family_of",
    "free_to_marry",
    "moving_out",
    "numbered",
    "text_of",
]


async def build(service: Service, application: Application, issued_on: date) -> Built:
    """The document the service yields for this application, not yet numbered."""
    if service.yields is DocumentKind.FAMILY_CARD:
        builder = _FAMILY_CARDS.get(service.slug, reissued_family_card)
        return await builder(application, issued_on)
    if service.yields is DocumentKind.BIODATA:
        return await biodata_of(application)
    builder = _CERTIFICATES.get(service.yields)
    if builder is None:
        raise NotIssuable(
            N_("Dokumen jenis ini belum dapat diterbitkan otomatis. Terbitkan lewat SIAK.")
        )
    return await builder(application, issued_on)


Builder = Callable[[Application, date], Awaitable[Built]]

_FAMILY_CARDS: dict[str, Builder] = {
    "kk-baru": new_family_card,
    "kk-pisah": split_family_card,
    "pindah-datang": arrival_family_card,
}
_CERTIFICATES: dict[DocumentKind, Builder] = {
    DocumentKind.BIRTH_CERTIFICATE: birth_certificate,
    DocumentKind.DEATH_CERTIFICATE: death_certificate,
    DocumentKind.STILLBIRTH_CERTIFICATE: stillbirth_certificate,
    DocumentKind.MARRIAGE_CERTIFICATE: marriage_certificate,
    DocumentKind.DIVORCE_CERTIFICATE: divorce_certificate,
    DocumentKind.RECOGNITION_CERTIFICATE: recognition_certificate,
    DocumentKind.LEGITIMATION_CERTIFICATE: legitimation_certificate,
    DocumentKind.ADOPTION_CERTIFICATE: adoption_certificate,
    DocumentKind.MOVING_LETTER: moving_letter,
}
