"""SKPWNI: the moving letter a family or some of its members take to their new regency."""

from adminduk.documents.content import MovingLetter
from adminduk.documents.form import Field, Form, Section, Table
from adminduk.documents.layouts.address import address_fields
from adminduk.documents.table import Column
from adminduk.documents.wording import label, long_date, upper


def moving_letter_form(letter: MovingLetter) -> Form:
    origin = Section(
        heading="DATA DAERAH ASAL",
        fields=(
            Field("Nomor Kartu Keluarga", letter.kk_number),
            Field("Nama kepala keluarga", upper(letter.head_name)),
            *address_fields(letter.origin),
        ),
    )
    moving = Section(
        heading="DATA KEPINDAHAN",
        fields=(
            Field("Alasan pindah", upper(letter.reason)),
            *address_fields(letter.destination, street_label="Alamat tujuan"),
            Field("Rencana tanggal pindah", long_date(letter.moving_on).upper()),
            Field("Jumlah keluarga yang pindah", f"{len(letter.movers)} ORANG"),
            Field("Nama pemohon", upper(letter.applicant_name)),
        ),
    )
    movers = Table(
        heading="KELUARGA YANG PINDAH",
        columns=(
            Column("No", 10, "C"),
            Column("NIK", 38, "C"),
            Column("Nama Lengkap", 80),
            Column("SHDK", 46),
        ),
        rows=tuple(
            (str(number), mover.nik, upper(mover.full_name), label(mover.relation))
            for number, mover in enumerate(letter.movers, start=1)
        ),
    )
    return Form(
        kind=letter.kind,
        title="SURAT KETERANGAN PINDAH WARGA NEGARA INDONESIA",
        sections=(origin, moving),
        tables=(movers,),
        closing=(
            "Surat keterangan ini berlaku sebagai pengantar pindah datang di daerah tujuan. "
            "SHDK: status hubungan dalam keluarga."
        ),
    )
