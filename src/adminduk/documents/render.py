"""Render a document's content as an unsigned PDF: `render(content, issue) -> bytes`."""

from collections.abc import Callable

from adminduk.documents import content
from adminduk.documents.form import Form, render_form
from adminduk.documents.issue import Issue
from adminduk.documents.layouts import akta, biodata, moving_letter
from adminduk.documents.layouts.family_card import render_family_card

_FORMS: dict[type, Callable[..., Form]] = {
    content.BirthCertificate: akta.birth_form,
    content.DeathCertificate: akta.death_form,
    content.StillbirthCertificate: akta.stillbirth_form,
    content.MarriageCertificate: akta.marriage_form,
    content.DivorceCertificate: akta.divorce_form,
    content.RecognitionCertificate: akta.recognition_form,
    content.LegitimationCertificate: akta.legitimation_form,
    content.AdoptionCertificate: akta.adoption_form,
    content.MovingLetter: moving_letter.moving_letter_form,
    content.Biodata: biodata.biodata_form,
}


def render(document: content.Document, issue: Issue) -> bytes:
    """The document as an A4 PDF in its official orientation, with its QR code; unsigned."""
    if isinstance(document, content.FamilyCard):
        return render_family_card(document, issue)

    build = _FORMS.get(type(document))
    if build is None:
        raise TypeError(f"no layout for {type(document).__name__}")
    return render_form(build(document), issue)
