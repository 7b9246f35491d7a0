"""One synthetic document of every kind, for tests, the benchmark and previews.

Every person here is made up ("Contoh" names); NIKs and KK numbers are built, not copied.
"""

from datetime import date

from adminduk.documents import content as c
from adminduk.documents.issue import Issue, Office
from adminduk.identity import make_kk_number, make_nik
from adminduk.registry.choices import (
    BloodType,
    Citizenship,
    Education,
    FamilyRelation,
    MaritalStatus,
    Religion,
    Sex,
)

KECAMATAN = "321602"
ISSUED_ON = date(2026, 12, 4)

OFFICE = Office(
    regency_name="Kabupaten Bekasi",
    office_name="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi",
    head_name="Dra. Ratna Wulandari Contoh, M.Si.",
    head_nip="197001011990032001",
)

ADDRESS = c.Address(
    street="Kp. Bunibakti Jl. Melati No. 12",
    rt="003",
    rw="007",
    desa="Bunibakti",
    kecamatan="Babelan",
    regency="Kabupaten Bekasi",
    province="Jawa Barat",
    postal_code="17610",
)

DESTINATION = c.Address(
    street="Jl. Kenanga Raya No. 4",
    rt="001",
    rw="002",
    desa="Sukamaju",
    kecamatan="Sukajadi",
    regency="Kota Bandung",
    province="Jawa Barat",
    postal_code="40162",
)

FATHER = "Ahmad Hidayat Contoh"
MOTHER = "Siti Aminah Contoh"
KK_NUMBER = make_kk_number(KECAMATAN, date(2026, 11, 2), 17)

_CHILDREN = (
    ("Budi Santoso Contoh", Sex.MALE, date(2005, 3, 14), Education.SENIOR, "Pelajar/Mahasiswa"),
    ("Dewi Lestari Contoh", Sex.FEMALE, date(2007, 8, 21), Education.SENIOR, "Pelajar/Mahasiswa"),
    ("Rizky Pratama Contoh", Sex.MALE, date(2010, 1, 5), Education.JUNIOR, "Pelajar/Mahasiswa"),
    ("Nur Aisyah Contoh", Sex.FEMALE, date(2012, 6, 30), Education.PRIMARY, "Pelajar/Mahasiswa"),
    ("Fajar Ramadhan Contoh", Sex.MALE, date(2015, 7, 17), Education.PRIMARY_UNFINISHED, "-"),
    ("Putri Ayu Contoh", Sex.FEMALE, date(2018, 11, 9), Education.NONE, "Belum/Tidak Bekerja"),
)


def issue(number: str, code: str = "7KQ2M9XH4P") -> Issue:
    return Issue(
        number=number,
        issued_on=ISSUED_ON,
        registrar_name="Hendra Gunawan Contoh, S.H.",
        verification_code=code,
        public_url="https://layanan.disdukcapil.bekasikab.go.id",
        office=OFFICE,
    )


def member(
    name: str,
    sex: Sex,
    born: date,
    relation: FamilyRelation,
    serial: int,
    **changes,
) -> c.FamilyMember:
    values = dict(
        full_name=name,
        nik=make_nik(KECAMATAN, born, sex.value, serial),
        sex=sex,
        birth_place="Bekasi",
        birth_date=born,
        religion=Religion.ISLAM,
        education=Education.SENIOR,
        occupation="Karyawan Swasta",
        blood_type=BloodType.UNKNOWN,
        marital_status=MaritalStatus.SINGLE,
        relation=relation,
        father_name="Slamet Riyadi Contoh",
        mother_name="Sri Wahyuni Contoh",
    )
    values.update(changes)
    return c.FamilyMember(**values)


def family_card() -> c.FamilyCard:
    """A family of ten: the parents, six children, a son-in-law and a grandmother."""
    married = dict(marital_status=MaritalStatus.MARRIED_REGISTERED, marriage_date=date(2004, 5, 2))
    head = member(FATHER, Sex.MALE, date(1978, 4, 12), FamilyRelation.HEAD, 1, **married)
    wife = member(
        MOTHER,
        Sex.FEMALE,
        date(1982, 9, 5),
        FamilyRelation.WIFE,
        2,
        blood_type=BloodType.O,
        occupation="Mengurus Rumah Tangga",
        father_name="Haji Abdul Karim Contoh",
        mother_name="Nyai Euis Contoh",
        **married,
    )
    children = [
        member(
            name,
            sex,
            born,
            FamilyRelation.CHILD,
            3 + index,
            education=education,
            occupation=occupation,
            father_name=FATHER,
            mother_name=MOTHER,
        )
        for index, (name, sex, born, education, occupation) in enumerate(_CHILDREN)
    ]
    # A foreign son-in-law with a residence permit: the KK's passport and KITAP columns, and
    # letters beyond Latin-1 in his name and birthplace.
    son_in_law = member(
        "Nguyễn Văn Thành Contoh",
        Sex.MALE,
        date(2001, 10, 3),
        FamilyRelation.CHILD_IN_LAW,
        10,
        birth_place="Hà Nội",
        religion=Religion.BUDDHIST,
        education=Education.BACHELOR,
        occupation="Wiraswasta",
        citizenship=Citizenship.FOREIGN,
        passport_number="C1234567",
        kitap_number="2C11JE0001-X",
        father_name="Nguyễn Văn Contoh",
        mother_name="Trần Thị Contoh",
    )
    grandmother = member(
        "Sri Wahyuni Contoh",
        Sex.FEMALE,
        date(1950, 12, 24),
        FamilyRelation.PARENT,
        11,
        education=Education.PRIMARY,
        occupation="Belum/Tidak Bekerja",
        marital_status=MaritalStatus.WIDOWED,
        religion=Religion.ISLAM,
        father_name="Wiryo Contoh",
        mother_name="Sumi Contoh",
    )
    return c.FamilyCard(
        kk_number=KK_NUMBER,
        head_name=FATHER,
        address=ADDRESS,
        members=(head, wife, *children, son_in_law, grandmother),
    )


def _registration(day: date) -> c.Registration:
    return c.Registration(place="Kabupaten Bekasi", registered_on=day)


def _child() -> c.Child:
    return c.Child(
        name="Putri Ayu Contoh",
        sex=Sex.FEMALE,
        birth_place="Bekasi",
        birth_date=date(2018, 11, 9),
        birth_certificate_number="3216-LT-20112018-0042",
    )


def documents() -> dict[str, tuple[c.Document, Issue]]:
    """Every kind of document, keyed by its DocumentKind value, with an issue of its own."""
    newborn_day = date(2026, 11, 28)
    card = family_card()
    person = card.members[1]
    items: list[c.Document] = [
        card,
        c.BirthCertificate(
            register_number="3216-LT-04122026-0001",
            child_name="Aulia Rahmawati Contoh",
            birth_place="Bekasi",
            birth_date=newborn_day,
            sex=Sex.FEMALE,
            child_order=8,
            mother_name=MOTHER,
            father_name=FATHER,
            registration=_registration(ISSUED_ON),
            child_nik=make_nik(KECAMATAN, newborn_day, "P", 12),
        ),
        c.DeathCertificate(
            register_number="3216-KM-04122026-0002",
            name="Slamet Riyadi Contoh",
            sex=Sex.MALE,
            birth_place="Kebumen",
            birth_date=date(1948, 2, 17),
            death_place="Bekasi",
            death_date=date(2026, 11, 30),
            registration=_registration(ISSUED_ON),
            nik=make_nik(KECAMATAN, date(1948, 2, 17), "L", 21),
        ),
        c.StillbirthCertificate(
            register_number="3216-LM-04122026-0003",
            sex=Sex.MALE,
            place="RSUD Kabupaten Bekasi",
            delivered_on=date(2026, 11, 20),
            mother_name="Rina Marlina Contoh",
            father_name="Dedi Kurniawan Contoh",
            registration=_registration(ISSUED_ON),
            gestation_weeks=30,
        ),
        c.MarriageCertificate(
            register_number="3216-KW-04122026-0004",
            husband_name="Yohanes Setiawan Contoh",
            wife_name="Maria Magdalena Contoh",
            married_on=date(2026, 11, 14),
            place="Gereja Santo Contoh, Babelan",
            religion=Religion.CATHOLIC,
            officiant_name="Romo Paulus Contoh, Pr.",
            registration=_registration(ISSUED_ON),
        ),
        c.DivorceCertificate(
            register_number="3216-CR-04122026-0005",
            husband_name="Andreas Wijaya Contoh",
            wife_name="Lusiana Contoh",
            marriage_register_number="3216-KW-12062015-0031",
            married_on=date(2015, 6, 12),
            court_name="Pengadilan Negeri Cikarang",
            court_decision_number="123/Pdt.G/2026/PN Ckr",
            court_decision_date=date(2026, 10, 7),
            registration=_registration(ISSUED_ON),
        ),
        c.RecognitionCertificate(
            register_number="3216-PA-04122026-0006",
            child=_child(),
            father_name="Dedi Kurniawan Contoh",
            mother_name="Rina Marlina Contoh",
            recognised_on=date(2026, 11, 25),
            registration=_registration(ISSUED_ON),
        ),
        c.LegitimationCertificate(
            register_number="3216-PS-04122026-0007",
            child=_child(),
            father_name="Dedi Kurniawan Contoh",
            mother_name="Rina Marlina Contoh",
            marriage_register_number="3216-KW-01102026-0020",
            married_on=date(2026, 10, 1),
            registration=_registration(ISSUED_ON),
        ),
        c.AdoptionCertificate(
            register_number="3216-AG-04122026-0008",
            child=_child(),
            adoptive_father_name="Hendro Susilo Contoh",
            adoptive_mother_name="Wulan Sari Contoh",
            court_name="Pengadilan Negeri Cikarang",
            court_decision_number="45/Pdt.P/2026/PN Ckr",
            court_decision_date=date(2026, 9, 15),
            registration=_registration(ISSUED_ON),
        ),
        c.MovingLetter(
            kk_number=KK_NUMBER,
            head_name=FATHER,
            origin=ADDRESS,
            destination=DESTINATION,
            reason="Pekerjaan",
            moving_on=date(2026, 12, 15),
            movers=tuple(c.MovingPerson(m.nik, m.full_name, m.relation) for m in card.members[:4]),
            applicant_name=FATHER,
        ),
        c.Biodata(
            kk_number=KK_NUMBER,
            head_name=FATHER,
            address=ADDRESS,
            person=person,
            birth_certificate_number="3216-LT-10091982-0007",
            marriage_certificate_number="3216-KW-02052004-0011",
        ),
    ]
    numbered = {}
    for index, document in enumerate(items, start=1):
        number = getattr(document, "register_number", None) or f"474/{index:04d}/DISDUKCAPIL/2026"
        if isinstance(document, c.FamilyCard):
            number = document.kk_number
        numbered[document.kind.value] = (document, issue(number, code=f"7KQ2M9XH{index:02d}"))
    return numbered
