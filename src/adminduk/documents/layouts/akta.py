"""The kutipan (certified excerpt) of each civil-registration certificate, as numbered fields.

Dates of the event are also spelled out, as the register writes them, so that a figure
changed by hand on the paper contradicts the words.
"""

from datetime import date

from adminduk.documents.content import (
    AdoptionCertificate,
    BirthCertificate,
    Child,
    DeathCertificate,
    DivorceCertificate,
    LegitimationCertificate,
    MarriageCertificate,
    RecognitionCertificate,
    Registration,
    StillbirthCertificate,
)
from adminduk.documents.form import Field, Form, Section
from adminduk.documents.wording import (
    EMPTY,
    date_in_words,
    label,
    long_date,
    number_in_words,
    upper,
)

PREAMBLE = ("PENCATATAN SIPIL", "WARGA NEGARA INDONESIA")


def birth_form(akta: BirthCertificate) -> Form:
    fields = [
        Field("Nama", upper(akta.child_name)),
        *([Field("NIK", akta.child_nik)] if akta.child_nik else []),
        Field("Jenis kelamin", label(akta.sex)),
        Field("Tempat lahir", upper(akta.birth_place)),
        _date_field("Tanggal lahir", akta.birth_date),
        Field("Anak ke", f"{akta.child_order} ({number_in_words(akta.child_order).upper()})"),
        Field("Nama ayah", upper(akta.father_name)),
        Field("Nama ibu", upper(akta.mother_name)),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Kelahiran Nomor {akta.register_number}, "
        "dalam register kelahiran tercatat:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA KELAHIRAN", intro, fields)


def death_form(akta: DeathCertificate) -> Form:
    fields = [
        Field("Nama", upper(akta.name)),
        *([Field("NIK", akta.nik)] if akta.nik else []),
        Field("Jenis kelamin", label(akta.sex)),
        Field("Tempat lahir", upper(akta.birth_place)),
        _date_field("Tanggal lahir", akta.birth_date),
        Field("Tempat meninggal", upper(akta.death_place)),
        _date_field("Tanggal meninggal", akta.death_date),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Kematian Nomor {akta.register_number}, "
        "dalam register kematian tercatat telah meninggal dunia:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA KEMATIAN", intro, fields)


def stillbirth_form(akta: StillbirthCertificate) -> Form:
    weeks = akta.gestation_weeks
    fields = [
        Field("Jenis kelamin bayi", label(akta.sex)),
        Field("Tempat lahir mati", upper(akta.place)),
        _date_field("Tanggal lahir mati", akta.delivered_on),
        Field("Lama dalam kandungan", f"{weeks} MINGGU" if weeks else EMPTY),
        Field("Nama ayah", upper(akta.father_name)),
        Field("Nama ibu", upper(akta.mother_name)),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Lahir Mati Nomor {akta.register_number}, "
        "dalam register lahir mati tercatat:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA LAHIR MATI", intro, fields)


def marriage_form(akta: MarriageCertificate) -> Form:
    fields = [
        Field("Nama suami", upper(akta.husband_name)),
        *([Field("NIK suami", akta.husband_nik)] if akta.husband_nik else []),
        Field("Nama istri", upper(akta.wife_name)),
        *([Field("NIK istri", akta.wife_nik)] if akta.wife_nik else []),
        Field("Tempat perkawinan", upper(akta.place)),
        _date_field("Tanggal perkawinan", akta.married_on),
        Field("Agama/kepercayaan", label(akta.religion)),
        Field("Di hadapan pemuka agama/penghayat", upper(akta.officiant_name)),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Perkawinan Nomor {akta.register_number}, "
        "dalam register perkawinan tercatat perkawinan antara:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA PERKAWINAN", intro, fields)


def divorce_form(akta: DivorceCertificate) -> Form:
    fields = [
        Field("Nama suami", upper(akta.husband_name)),
        Field("Nama istri", upper(akta.wife_name)),
        Field("Nomor akta perkawinan", akta.marriage_register_number),
        _date_field("Tanggal perkawinan", akta.married_on),
        Field("Putusan pengadilan", upper(akta.court_name)),
        Field("Nomor putusan", akta.court_decision_number),
        _date_field("Tanggal putusan", akta.court_decision_date),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Perceraian Nomor {akta.register_number}, "
        "dalam register perceraian tercatat perceraian antara:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA PERCERAIAN", intro, fields)


def recognition_form(akta: RecognitionCertificate) -> Form:
    fields = [
        *_child_fields(akta.child),
        Field("Diakui oleh ayah", upper(akta.father_name)),
        Field("Dengan persetujuan ibu", upper(akta.mother_name)),
        _date_field("Tanggal pengakuan", akta.recognised_on),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Pengakuan Anak Nomor {akta.register_number}, "
        "dalam register tercatat pengakuan anak:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA PENGAKUAN ANAK", intro, fields)


def legitimation_form(akta: LegitimationCertificate) -> Form:
    fields = [
        *_child_fields(akta.child),
        Field("Disahkan sebagai anak dari ayah", upper(akta.father_name)),
        Field("dan ibu", upper(akta.mother_name)),
        Field("Nomor akta perkawinan", akta.marriage_register_number),
        _date_field("Tanggal perkawinan", akta.married_on),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Pengesahan Anak Nomor {akta.register_number}, "
        "dalam register tercatat pengesahan anak:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA PENGESAHAN ANAK", intro, fields)


def adoption_form(akta: AdoptionCertificate) -> Form:
    fields = [
        *_child_fields(akta.child),
        Field("Diangkat oleh ayah angkat", upper(akta.adoptive_father_name)),
        Field("dan/atau ibu angkat", upper(akta.adoptive_mother_name)),
        Field("Penetapan pengadilan", upper(akta.court_name)),
        Field("Nomor penetapan", akta.court_decision_number),
        _date_field("Tanggal penetapan", akta.court_decision_date),
        *_registration_fields(akta.registration),
    ]
    intro = (
        f"Berdasarkan Akta Pengangkatan Anak Nomor {akta.register_number}, "
        "dalam register tercatat pengangkatan anak:"
    )
    return _kutipan(akta.kind, "KUTIPAN AKTA PENGANGKATAN ANAK", intro, fields)


def _kutipan(kind, title: str, intro: str, fields: list[Field]) -> Form:
    return Form(
        kind=kind,
        title=title,
        preamble=PREAMBLE,
        sections=(Section(heading=None, intro=intro, fields=tuple(fields)),),
        closing="Kutipan ini sesuai dengan data dalam register akta pencatatan sipil.",
    )


def _child_fields(child: Child) -> list[Field]:
    return [
        Field("Nama anak", upper(child.name)),
        Field("Jenis kelamin", label(child.sex)),
        Field("Tempat lahir", upper(child.birth_place)),
        _date_field("Tanggal lahir", child.birth_date),
        Field("Nomor akta kelahiran", child.birth_certificate_number),
    ]


def _registration_fields(registration: Registration) -> list[Field]:
    return [
        Field("Tempat pencatatan", upper(registration.place)),
        _date_field("Tanggal pencatatan", registration.registered_on),
    ]


def _date_field(title: str, day: date) -> Field:
    return Field(title, long_date(day).upper(), note=date_in_words(day))
