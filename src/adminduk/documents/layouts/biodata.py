"""Biodata WNI: one person's record in the registry, with the family it belongs to."""

from adminduk.documents.content import Biodata
from adminduk.documents.form import Field, Form, Section
from adminduk.documents.layouts.address import address_fields
from adminduk.documents.wording import EMPTY, label, short_date, upper


def biodata_form(biodata: Biodata) -> Form:
    person = biodata.person
    family = Section(
        heading="DATA KELUARGA",
        fields=(
            Field("Nomor Kartu Keluarga", biodata.kk_number),
            Field("Nama kepala keluarga", upper(biodata.head_name)),
            *address_fields(biodata.address),
        ),
    )
    individual = Section(
        heading="DATA INDIVIDU",
        fields=(
            Field("NIK", person.nik),
            Field("Nama lengkap", upper(person.full_name)),
            Field("Jenis kelamin", label(person.sex)),
            Field("Tempat lahir", upper(person.birth_place)),
            Field("Tanggal lahir", short_date(person.birth_date)),
            Field("Nomor akta kelahiran", biodata.birth_certificate_number or EMPTY),
            Field("Golongan darah", label(person.blood_type)),
            Field("Agama/kepercayaan", label(person.religion)),
            Field("Status perkawinan", label(person.marital_status)),
            Field("Nomor akta perkawinan", biodata.marriage_certificate_number or EMPTY),
            Field("Tanggal perkawinan", short_date(person.marriage_date)),
            Field("Status hubungan dalam keluarga", label(person.relation)),
            Field("Pendidikan terakhir", label(person.education)),
            Field("Jenis pekerjaan", upper(person.occupation)),
            Field("Kewarganegaraan", label(person.citizenship)),
            Field("Nomor paspor", person.passport_number or EMPTY),
            Field("Nomor KITAP", person.kitap_number or EMPTY),
            Field("Nama ayah", upper(person.father_name)),
            Field("Nama ibu", upper(person.mother_name)),
        ),
    )
    return Form(
        kind=biodata.kind,
        title="BIODATA PENDUDUK WARGA NEGARA INDONESIA",
        sections=(family, individual),
        size=9,
    )
