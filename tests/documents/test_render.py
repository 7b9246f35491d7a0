"""Rendering: every kind of document on A4 in its official orientation, legible in black."""

import dataclasses
import io
import logging
import re
import unicodedata

import pytest
from pypdf import PdfReader

from adminduk.documents import render, samples
from adminduk.identity import make_nik
from adminduk.registry.choices import LABELS, DocumentKind, FamilyRelation, Sex
from tests.documents.pdf_tools import content_streams, font_sizes, page_sizes, text

A4_PORTRAIT = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)

SELF_PRINTED = {kind for kind in DocumentKind} - {
    DocumentKind.IDENTITY_CARD,
    DocumentKind.CHILD_IDENTITY_CARD,
}


def test_every_self_printed_kind_has_an_example_that_renders(rendered):
    assert set(rendered) == {kind.value for kind in SELF_PRINTED}
    for pdf in rendered.values():
        assert pdf.startswith(b"%PDF-")


def test_family_card_is_one_landscape_a4_page(rendered):
    assert page_sizes(rendered["kk"]) == [A4_LANDSCAPE]


@pytest.mark.parametrize(
    "kind", sorted(kind.value for kind in SELF_PRINTED - {DocumentKind.FAMILY_CARD})
)
def test_other_documents_are_one_portrait_a4_page(rendered, kind):
    assert page_sizes(rendered[kind]) == [A4_PORTRAIT]


def test_family_card_shows_the_address_and_every_member_in_both_tables(rendered, examples):
    card, issue = examples["kk"]
    shown = text(rendered["kk"])

    assert "KARTU KELUARGA" in shown
    assert f"No. {card.kk_number}" in shown
    assert "BUNIBAKTI" in shown and "17610" in shown
    for member in card.members:
        assert member.nik in shown
        assert member.full_name.upper() in shown
        assert member.mother_name.upper() in shown
    assert "C1234567" in shown and "2C11JE0001-X" in shown
    # The second official table begins with marital status.
    assert shown.index("Golongan") < shown.index("Status Perkawinan")


def test_letters_beyond_latin_1_are_printed_not_dropped(rendered, caplog):
    with caplog.at_level(logging.WARNING, logger="fpdf"):
        card, issue = samples.documents()["kk"]
        pdf = render(card, issue)

    assert "NGUYỄN VĂN THÀNH CONTOH" in text(pdf)
    assert not [record for record in caplog.records if "missing" in record.getMessage()]


def test_every_document_names_the_number_date_head_of_office_and_registrar(rendered, examples):
    for kind, pdf in rendered.items():
        _, issue = examples[kind]
        shown = " ".join(text(pdf).split())
        assert issue.number in shown, kind
        assert "4 Desember 2026" in shown, kind
        assert issue.office.head_name in shown, kind
        assert f"NIP. {issue.office.head_nip}" in shown, kind
        assert issue.registrar_name in shown, kind
        assert "pindai kode QR untuk memeriksa keasliannya" in shown, kind
        assert issue.verification_code in shown, kind


def test_birth_certificate_spells_out_the_birth_date(rendered):
    shown = text(rendered["akta_kelahiran"])

    assert "KUTIPAN AKTA KELAHIRAN" in shown
    assert "28 NOVEMBER 2026" in shown
    assert "DUA PULUH DELAPAN NOVEMBER DUA RIBU DUA PULUH ENAM" in shown
    assert "8 (DELAPAN)" in shown


def test_moving_letter_lists_origin_destination_and_movers(rendered, examples):
    letter, _ = examples["skpwni"]
    shown = text(rendered["skpwni"])

    assert "SURAT KETERANGAN PINDAH WARGA NEGARA INDONESIA" in shown
    assert "BUNIBAKTI" in shown and "KOTA BANDUNG" in shown
    for mover in letter.movers:
        assert mover.nik in shown


def test_text_is_black_and_never_smaller_than_8_points_outside_the_family_table(rendered):
    for kind, pdf in rendered.items():
        smallest = 7 if kind == "kk" else 8
        assert min(font_sizes(pdf)) >= smallest, kind
        for stream in content_streams(pdf):
            # Fill and stroke colours: grey, RGB or CMYK other than black would fade.
            for operator in ("g", "G", "rg", "RG", "k", "K"):
                for values in _colour_operands(stream, operator):
                    assert all(float(v) == 0 for v in values), (kind, operator, values)


def test_metadata_holds_the_kind_and_verification_code_and_no_person(rendered, examples):
    for kind, pdf in rendered.items():
        document, issue = examples[kind]
        info = {key: str(value) for key, value in PdfReader(io.BytesIO(pdf)).metadata.items()}
        del info["/CreationDate"]

        assert info == {
            "/Title": LABELS[document.kind],
            "/Subject": f"Kode verifikasi {issue.verification_code}",
            "/Author": issue.office.office_name,
            "/Creator": "Layanan Adminduk Daring",
        }


def test_a_large_family_continues_on_a_second_page_with_the_headings_repeated(examples):
    card, issue = examples["kk"]
    extra = [
        dataclasses.replace(
            card.members[2],
            full_name=f"Anak Tambahan {number} Contoh",
            nik=make_nik("321602", card.members[2].birth_date, "L", 100 + number),
            relation=FamilyRelation.CHILD,
            sex=Sex.MALE,
        )
        for number in range(10)
    ]
    pdf = render(dataclasses.replace(card, members=card.members + tuple(extra)), issue)
    pages = [page for page in text(pdf).split("Halaman ")[:-1]]

    assert page_sizes(pdf) == [A4_LANDSCAPE, A4_LANDSCAPE]
    assert "Anak Tambahan 9 Contoh".upper() in text(pdf)
    assert "Halaman 2 dari 2" in text(pdf)
    assert len(pages) == 2


def _colour_operands(stream: str, operator: str) -> list[list[str]]:
    count = {"g": 1, "G": 1, "rg": 3, "RG": 3, "k": 4, "K": 4}[operator]
    number = r"(-?[\d.]+)"
    pattern = r"(?:^|\s)" + r"\s+".join([number] * count) + rf"\s+{operator}(?=\s)"
    return [
        list(match) if isinstance(match, tuple) else [match]
        for match in re.findall(pattern, stream)
    ]


def test_a_long_address_wraps_instead_of_being_cut(examples):
    card, issue = examples["kk"]
    street = "Perumahan Griya Contoh Asri Blok C12 No. 7, Jalan Raya Babelan Km 9 Gang Melati II"
    pdf = render(
        dataclasses.replace(card, address=dataclasses.replace(card.address, street=street)), issue
    )

    assert street.upper() in " ".join(text(pdf).split())


def test_decomposed_accents_are_printed_composed(examples):
    card, issue = examples["kk"]
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Contoh")
    member = dataclasses.replace(card.members[-1], full_name=decomposed)
    pdf = render(dataclasses.replace(card, members=(*card.members[:-1], member)), issue)

    assert "NGUYỄN THỊ CONTOH" in text(pdf)
