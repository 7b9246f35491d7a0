"""The service catalogue: the real file is valid and follows the law, and mistakes are refused."""

import re

import pytest

from adminduk.catalogue import (
    Applicant,
    CatalogueError,
    Delivery,
    Group,
    Sptjm,
    load_catalogue,
    parse_catalogue,
)
from adminduk.registry.choices import DocumentKind

# DESIGN.md, "Services and what they yield".
SELF_PRINTED = {
    DocumentKind.FAMILY_CARD,
    DocumentKind.MOVING_LETTER,
    DocumentKind.BIRTH_CERTIFICATE,
    DocumentKind.DEATH_CERTIFICATE,
    DocumentKind.STILLBIRTH_CERTIFICATE,
    DocumentKind.MARRIAGE_CERTIFICATE,
    DocumentKind.DIVORCE_CERTIFICATE,
    DocumentKind.RECOGNITION_CERTIFICATE,
    DocumentKind.LEGITIMATION_CERTIFICATE,
    DocumentKind.ADOPTION_CERTIFICATE,
    DocumentKind.BIODATA,
}
CARDS = {DocumentKind.IDENTITY_CARD, DocumentKind.CHILD_IDENTITY_CARD}
SLUGS = [
    "kk-baru",
    "kk-tambah-anggota",
    "kk-perubahan-data",
    "kk-pisah",
    "kk-hilang-rusak",
    "akta-kelahiran",
    "akta-kematian",
    "akta-lahir-mati",
    "akta-perkawinan",
    "akta-perceraian",
    "akta-pengakuan-anak",
    "akta-pengesahan-anak",
    "pengangkatan-anak",
    "pindah-keluar",
    "pindah-datang",
    "ktp-el-baru",
    "ktp-el-hilang-rusak",
    "ktp-el-perubahan-data",
    "kia",
    "biodata-wni",
]

SMALL = """
[conditions]
anak_lahir_di_luar_negeri = "anak lahir di luar negeri"

[[services]]
slug = "akta-kelahiran"
group = "akta"
name = "Akta Kelahiran"
summary = "Pencatatan kelahiran."
description = "Kelahiran dicatat."
applicants = ["parent"]
yields = "akta_kelahiran"
delivery = "self_printed"
target_days = 1

[[services.requirements]]
key = "surat_keterangan_kelahiran"
name = "Surat keterangan kelahiran"
hint = "Tanda tangan dan cap terlihat."
replaceable_by_sptjm = "kebenaran_data_kelahiran"

[[services.requirements]]
key = "paspor_anak"
name = "Paspor anak"
hint = "Halaman identitas terbaca."
applies_when = "anak_lahir_di_luar_negeri"

[[services.steps]]
key = "anak"
label = "Data anak"

[[services.fields]]
key = "jenis_kelamin"
label = "Jenis kelamin"
type = "choice"
step = "anak"
choices = [{ value = "L", label = "Laki-laki" }, { value = "P", label = "Perempuan" }]
"""


def _changed(old: str, new: str, text: str = SMALL) -> str:
    assert text.count(old) == 1, f"the test's catalogue has no single {old!r}"
    return text.replace(old, new)


def test_the_real_catalogue_file_validates_and_lists_every_service():
    catalogue = load_catalogue()

    assert [service.slug for service in catalogue.services] == SLUGS


def test_the_catalogue_is_read_once():
    assert load_catalogue() is load_catalogue()


def test_no_service_asks_for_a_cover_letter_from_the_rt_rw():
    letter = re.compile(r"\bRT\b|\bRW\b|pengantar", re.IGNORECASE)

    for service in load_catalogue().services:
        for requirement in service.requirements:
            texts = (requirement.key.replace("_", " "), requirement.name, requirement.hint)
            assert not any(letter.search(text) for text in texts), (service.slug, requirement.key)


def test_every_self_printed_document_of_the_design_is_yielded_by_a_service():
    services = load_catalogue().services
    printed = {service.yields for service in services if service.delivery is Delivery.SELF_PRINTED}
    cards = {service.yields for service in services if service.delivery is Delivery.CARD}

    assert printed == SELF_PRINTED
    assert cards == CARDS


def test_self_printed_documents_are_due_one_working_day_after_complete_requirements():
    for service in load_catalogue().services:
        if service.self_printed:
            assert service.target_days == 1, service.slug


def test_only_pindah_datang_is_open_to_an_unconfirmed_newcomer():
    open_ones = [s.slug for s in load_catalogue().services if s.open_to_unconfirmed]

    assert open_ones == ["pindah-datang"]


def test_only_a_first_ktp_el_needs_biometric_recording_in_person():
    recorded = [s.slug for s in load_catalogue().services if s.biometric]

    assert recorded == ["ktp-el-baru"]


def test_a_birth_certificate_accepts_an_sptjm_for_the_birth_letter_and_the_marriage_book():
    service = load_catalogue().by_slug("akta-kelahiran")
    assert service is not None
    sptjm = {r.key: r.replaceable_by_sptjm for r in service.requirements}

    assert sptjm["surat_keterangan_kelahiran"] is Sptjm.BIRTH_DATA
    assert sptjm["buku_nikah"] is Sptjm.MARRIED_COUPLE
    assert {"kk", "ktp_el_orang_tua"} <= {r.key for r in service.always_required}


def test_a_death_is_reported_by_a_relative_or_another_reporter():
    service = load_catalogue().by_slug("akta-kematian")
    assert service is not None

    assert set(service.applicants) == {Applicant.FAMILY_MEMBER, Applicant.REPORTER}


def test_an_unknown_slug_finds_no_service():
    assert load_catalogue().by_slug("akta-tidak-ada") is None


def test_a_small_catalogue_reads_into_typed_values():
    catalogue = parse_catalogue(SMALL)
    service = catalogue.by_slug("akta-kelahiran")

    assert service is not None
    assert catalogue.grouped() == [(Group.CERTIFICATE, (service,))]
    assert service.always_required[0].replaceable_by_sptjm is Sptjm.BIRTH_DATA
    assert service.conditional[0].applies_when.label == "anak lahir di luar negeri"
    assert [choice.value for choice in service.fields_of("anak")[0].choices] == ["L", "P"]
    assert service.fields[0].required


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        (
            'yields = "akta_kelahiran"',
            'yields = "akta_lahir"',
            "unknown document kind 'akta_lahir'",
        ),
        ('type = "choice"', 'type = "checkbox"', "unknown field type 'checkbox'"),
        ("choices = [", "# choices = [", "a choice field needs at least two choices"),
        ('name = "Paspor anak"', 'name = "Surat pengantar RT/RW"', "RT/RW is not a requirement"),
        ('key = "paspor_anak"', 'key = "surat_pengantar_rt"', "RT/RW is not a requirement"),
        (
            'key = "paspor_anak"',
            'key = "surat_keterangan_kelahiran"',
            "duplicate requirement key 'surat_keterangan_kelahiran'",
        ),
        ('"kebenaran_data_kelahiran"', '"kebenaran_data"', "unknown SPTJM 'kebenaran_data'"),
        ('applies_when = "anak_lahir', 'applies_when = "anak_lahir_di_sini', "unknown condition"),
        ('step = "anak"', 'step = "ayah"', "unknown step 'ayah'"),
        ('delivery = "self_printed"', 'delivery = "card"', "cards are KTP-el, KIA"),
        ("target_days = 1", "target_days = 0", "target_days 0"),
        ("target_days = 1", "target_days = true", "'target_days' has the wrong type"),
        ('applicants = ["parent"]', 'applicants = ["tetangga"]', "unknown applicant 'tetangga'"),
        ('hint = "Halaman identitas terbaca."', "optinal = true", "'hint' is missing"),
        ("replaceable_by", "optinal = true\nreplaceable_by", "unknown key(s) optinal"),
    ],
    ids=[
        "unknown document kind",
        "unknown field type",
        "choice field without choices",
        "cover letter named as a requirement",
        "cover letter keyed as a requirement",
        "duplicate requirement key",
        "unknown SPTJM",
        "unknown condition",
        "field in an unknown step",
        "an akta delivered as a card",
        "no service time",
        "a flag for a number",
        "unknown applicant",
        "missing hint",
        "misspelt key",
    ],
)
def test_a_catalogue_mistake_is_refused_naming_the_service_and_the_problem(old, new, problem):
    with pytest.raises(CatalogueError) as refused:
        parse_catalogue(_changed(old, new))

    assert "service 'akta-kelahiran'" in str(refused.value)
    assert problem in str(refused.value)


def test_a_duplicate_slug_is_refused():
    second = SMALL.split("[[services]]", 1)[1]

    with pytest.raises(CatalogueError, match="duplicate slug 'akta-kelahiran'"):
        parse_catalogue(SMALL + "\n[[services]]" + second)


def test_a_slug_that_is_not_kebab_case_is_refused():
    with pytest.raises(CatalogueError, match="slug 'Akta_Kelahiran' is not lower-case"):
        parse_catalogue(_changed('slug = "akta-kelahiran"', 'slug = "Akta_Kelahiran"'))


def test_a_condition_no_requirement_uses_is_refused():
    text = _changed("[conditions]\n", '[conditions]\nbasi = "tidak dipakai"\n')

    with pytest.raises(CatalogueError, match="condition\\(s\\) basi used by no requirement"):
        parse_catalogue(text)


def test_text_that_is_not_toml_is_refused_with_the_file_name():
    with pytest.raises(CatalogueError, match="services.toml: not valid TOML"):
        parse_catalogue('[[services]\nslug = "x"')
