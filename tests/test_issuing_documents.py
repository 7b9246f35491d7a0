"""Every self-printed document the catalogue yields is issued from an approved application:
signed and checkable, and the registry changes with it (a newborn joins the family, the
deceased is closed, a split family gets a new No. KK). Data that do not allow the document
are refused with what is missing, and the application stays approved."""

import asyncio
import itertools
import uuid
from datetime import date, timedelta

import pytest

from adminduk.accounts.models import Account, IdentityStatus, Role
from adminduk.applications.completeness import missing_fields, needed_requirements
from adminduk.applications.drafts import attach_file, create_draft, save_step, submit
from adminduk.applications.review import decide, review_file, take
from adminduk.applications.states import Status
from adminduk.catalogue import load_catalogue
from adminduk.documents import verify_pdf
from adminduk.identity import check_nik_agrees, make_nik, parse_kk_number
from adminduk.issuing import builders
from adminduk.issuing.issue import IssueRefused, issue_document
from adminduk.issuing.models import IssuedDocument
from adminduk.issuing.signer import configured_signer
from adminduk.registry.changes import register_person
from adminduk.registry.choices import (
    LABELS,
    DocumentKind,
    DocumentSource,
    DocumentStatus,
    Education,
    EventKind,
    FamilyRelation,
    FamilyStatus,
    MaritalStatus,
    PersonStatus,
    Religion,
    Sex,
)
from adminduk.registry.models import (
    Birth,
    Death,
    Divorce,
    Family,
    HeldDocument,
    Marriage,
    Person,
    RegistryEvent,
)
from adminduk.storage import file_store
from tests.documents.pdf_tools import text as pdf_text
from tests.factories import DESA_CODE, make_account, make_family

# Serials apart from the factories' (9000 up) and the demo's (from 1).
_serials = itertools.count(8000)
TODAY = date.today()
MARRIED = MaritalStatus.MARRIED_REGISTERED
HEAD, WIFE, CHILD = FamilyRelation.HEAD, FamilyRelation.WIFE, FamilyRelation.CHILD
# Kecamatan Sukajadi, Kota Bandung: where the newcomers' NIKs were first issued.
BANDUNG_KECAMATAN = "327301"


async def person(
    family: Family | None,
    name: str,
    *,
    sex: Sex = Sex.MALE,
    born: date = date(1988, 2, 3),
    relation: FamilyRelation = HEAD,
    marital: MaritalStatus = MaritalStatus.SINGLE,
    religion: Religion = Religion.ISLAM,
    father_name: str = "Ayah Contoh",
    mother_name: str = "Ibu Contoh",
    kecamatan: str = "321601",
) -> Person:
    return await register_person(
        family=family,
        actor="test",
        nik=make_nik(kecamatan, born, sex.value, next(_serials)),
        full_name=name,
        sex=sex,
        birth_place="Bekasi",
        birth_date=born,
        religion=religion,
        education=Education.SENIOR,
        occupation="Karyawan Swasta",
        marital_status=marital,
        relation=relation,
        father_name=father_name,
        mother_name=mother_name,
    )


async def couple(*, religion: Religion = Religion.ISLAM) -> tuple[Family, Person, Person]:
    """A married couple heading a family, their marriage registered."""
    family = await make_family()
    husband = await person(family, "Andreas Wijaya Contoh", marital=MARRIED, religion=religion)
    wife = await person(
        family, "Lusiana Contoh", sex=Sex.FEMALE, born=date(1991, 7, 9), relation=WIFE,
        marital=MARRIED, religion=religion,
    )  # fmt: skip
    registered_by = builders.KUA if religion is Religion.ISLAM else builders.DISDUKCAPIL
    await Marriage.create(
        husband=husband, wife=wife, married_on=date(2014, 6, 12), place="Bekasi",
        registered_by=registered_by,
    )  # fmt: skip
    return family, husband, wife


async def account_of(someone: Person) -> Account:
    return await Account.create(
        nik=someone.nik, display_name=someone.full_name, role=Role.RESIDENT, person=someone,
        password_hash="-",
    )  # fmt: skip


async def approved(slug: str, applicant: Account, subject: Person | None, data: dict):
    """An application with the service's data, complete as the form checks it, every paper
    accepted by an officer and approved."""
    service = load_catalogue().by_slug(slug)
    application = await create_draft(applicant, slug, uuid.uuid4().hex, subject=subject)
    for step in service.steps:
        values = {f.key: data[f.key] for f in service.fields_of(step.key) if f.key in data}
        await save_step(application, step.key, values)
    assert missing_fields(service, application.data) == []
    files = [
        await attach_file(application, paper.key, uuid.uuid4().hex, "image/jpeg", 10, applicant)
        for paper in needed_requirements(service, application.data)
    ]
    await submit(application, applicant, [], [])
    officer = await make_account(Role.OFFICER)
    await take(application, officer)
    for file in files:
        await review_file(application, officer, file, True, "")
    await decide(application, officer, Status.APPROVED, "")
    return application


async def issued(application) -> IssuedDocument:
    """Issued by a registrar, signed by the office's authority, and the application done."""
    document = await issue_document(application, await make_account(Role.REGISTRAR))

    signed = file_store().open(document.store_id)
    authority = configured_signer().authority_certificate()
    verdict = await asyncio.to_thread(verify_pdf, signed, [authority])
    assert verdict.valid
    assert verdict.verification_code == document.verification_code
    await application.refresh_from_db()
    assert application.status is Status.COMPLETED
    return document


async def refused(application, message: str) -> None:
    with pytest.raises(IssueRefused) as refusal:
        await issue_document(application, await make_account(Role.REGISTRAR))

    assert refusal.value.message == message
    await application.refresh_from_db()
    assert application.status is Status.APPROVED
    assert not await IssuedDocument.exists(application=application)


async def held(kind: DocumentKind, holder: Person) -> list[HeldDocument]:
    return await HeldDocument.filter(
        kind=kind, person=holder, status=DocumentStatus.VALID, source=DocumentSource.ISSUED
    )


def birth_data(family: Family, mother: Person, father: Person | None, **changes) -> dict:
    return {
        "nama_anak": "Aulia Rahmawati Contoh",
        "jenis_kelamin": "P",
        "tempat_lahir": "Bekasi",
        "tanggal_lahir": (TODAY - timedelta(days=12)).isoformat(),
        "tempat_dilahirkan": "rumah_sakit",
        "penolong": "bidan",
        "jenis_kelahiran": "tunggal",
        "kelahiran_ke": "2",
        "nomor_kk": family.kk_number,
        "nik_ibu": mother.nik,
        "nik_ayah": father.nik if father else "",
        **changes,
    }


async def test_a_birth_certificate_adds_the_newborn_to_the_family_with_a_nik_that_fits(database):
    family, father, mother = await couple()
    application = await approved(
        "akta-kelahiran", await account_of(mother), mother, birth_data(family, mother, father)
    )

    document = await issued(application)

    born = TODAY - timedelta(days=12)
    child = await Person.get(family=family, name_key="AULIA RAHMAWATI CONTOH")
    check_nik_agrees(child.nik, born, "P")
    assert child.nik[:6] == DESA_CODE.replace(".", "")[:6]
    assert (child.relation, child.birth_date, child.mother_name) == (CHILD, born, mother.full_name)
    assert child.father_name == father.full_name
    assert document.data["child_nik"] == child.nik
    assert document.person_id == child.id
    birth = await Birth.get(child=child)
    assert (birth.mother_id, birth.father_id, birth.birth_order) == (mother.id, father.id, 2)
    assert [h.number for h in await held(DocumentKind.BIRTH_CERTIFICATE, child)] == [
        document.number
    ]
    kinds = await RegistryEvent.filter(person=child).values_list("kind", flat=True)
    assert {EventKind.PERSON_REGISTERED, EventKind.BIRTH_RECORDED} <= set(kinds)
    card = await builders.family_card(family)
    assert child.nik in [member.nik for member in card.members]


async def test_a_birth_certificate_for_a_child_already_in_the_family_marks_that_child(database):
    family, father, mother = await couple()
    child = await person(
        family, "Rizky Pratama Contoh", born=date(2019, 1, 5), relation=CHILD,
        father_name=father.full_name, mother_name=mother.full_name,
    )  # fmt: skip
    data = birth_data(
        family, mother, father, nama_anak="rizky  pratama CONTOH", jenis_kelamin="L",
        tanggal_lahir="2019-01-05", kelahiran_ke="1",
    )  # fmt: skip
    application = await approved("akta-kelahiran", await account_of(mother), mother, data)
    people = await Person.filter(family=family).count()

    document = await issued(application)

    assert await Person.filter(family=family).count() == people
    assert document.person_id == child.id
    assert document.data["child_nik"] == child.nik
    assert len(await held(DocumentKind.BIRTH_CERTIFICATE, child)) == 1
    assert await Birth.filter(child=child).count() == 1


async def test_a_birth_certificate_for_a_mother_not_in_the_registry_is_refused(database):
    family, father, mother = await couple()
    stranger = make_nik("321601", date(1993, 3, 3), "P", 7777)
    data = birth_data(family, mother, father, nik_ibu=stranger)
    application = await approved("akta-kelahiran", await account_of(father), father, data)
    people = await Person.all().count()

    await refused(application, "NIK ibu tidak ada dalam data penduduk.")

    assert await Person.all().count() == people


async def test_a_nik_taken_at_the_same_moment_refuses_the_issue_and_changes_nothing(
    database, monkeypatch
):
    family, father, mother = await couple()
    application = await approved(
        "akta-kelahiran", await account_of(mother), mother, birth_data(family, mother, father)
    )

    async def taken_meanwhile(*_):
        return father.nik

    monkeypatch.setattr(builders.certificates, "new_nik", taken_meanwhile)

    await refused(
        application,
        "Data penduduk yang dipakai dokumen ini baru saja berubah. Terbitkan permohonan ini lagi.",
    )
    assert not await Birth.filter(mother=mother).exists()


def death_data(family: Family, deceased: Person, witness: Person) -> dict:
    return {
        "nik_almarhum": deceased.nik,
        "nomor_kk": family.kk_number,
        "tanggal_kematian": (TODAY - timedelta(days=3)).isoformat(),
        "tempat_kematian": "RSUD Kabupaten Bekasi",
        "sebab_kematian": "sakit",
        "yang_menerangkan": "dokter",
        "hubungan_pelapor": "suami_istri",
        "nik_saksi_1": witness.nik,
        "nik_saksi_2": witness.nik,
    }


async def test_a_death_certificate_closes_the_deceased_and_the_widow_heads_the_family(client):
    family, husband, wife = await couple()
    son = await person(family, "Budi Santoso Contoh", born=date(2005, 3, 14), relation=CHILD)
    application = await approved(
        "akta-kematian", await account_of(wife), wife, death_data(family, husband, son)
    )

    document = await issued(application)

    await husband.refresh_from_db()
    await wife.refresh_from_db()
    assert husband.status is PersonStatus.DECEASED
    assert (wife.marital_status, wife.relation) == (MaritalStatus.WIDOWED, HEAD)
    death = await Death.get(person=husband)
    assert death.died_on == TODAY - timedelta(days=3)
    assert (await Marriage.get(husband=husband)).ended_on == death.died_on
    assert document.data["nik"] == husband.nik
    assert len(await held(DocumentKind.DEATH_CERTIFICATE, husband)) == 1
    card = await builders.family_card(family)
    assert [member.nik for member in card.members] == [wife.nik, son.nik]
    assert await RegistryEvent.exists(person=husband, kind=EventKind.DEATH_RECORDED)
    check = await client.get(f"/cek/{document.verification_code}")
    assert "SAH" in check.text
    assert "Akta Kematian" in check.text
    assert husband.nik not in check.text


async def test_a_death_already_recorded_is_refused(database):
    family, husband, wife = await couple()
    application = await approved(
        "akta-kematian", await account_of(wife), wife, death_data(family, husband, wife)
    )
    await Person.filter(id=husband.id).update(status=PersonStatus.DECEASED)

    await refused(application, "Kematian orang ini sudah tercatat.")


async def test_a_stillbirth_certificate_is_held_by_the_mother_and_adds_nobody(database):
    family, father, mother = await couple()
    data = {
        "tanggal": (TODAY - timedelta(days=5)).isoformat(),
        "tempat": "RSUD Kabupaten Bekasi",
        "jenis_kelamin": "L",
        "lama_kandungan": "30",
        "nomor_kk": family.kk_number,
        "nik_ibu": mother.nik,
        "nik_ayah": father.nik,
    }
    application = await approved("akta-lahir-mati", await account_of(mother), mother, data)
    people = await Person.filter(family=family).count()

    document = await issued(application)

    assert document.kind is DocumentKind.STILLBIRTH_CERTIFICATE
    assert document.data["gestation_weeks"] == 30
    assert await Person.filter(family=family).count() == people
    assert len(await held(DocumentKind.STILLBIRTH_CERTIFICATE, mother)) == 1


async def test_a_stillbirth_of_unknown_sex_is_left_to_siak(database):
    family, father, mother = await couple()
    data = {
        "tanggal": (TODAY - timedelta(days=5)).isoformat(),
        "tempat": "Bekasi",
        "jenis_kelamin": "tidak_diketahui",
        "lama_kandungan": "29",
        "nomor_kk": family.kk_number,
        "nik_ibu": mother.nik,
    }
    application = await approved("akta-lahir-mati", await account_of(mother), mother, data)

    await refused(
        application,
        "Akta lahir mati bayi yang jenis kelaminnya tidak diketahui belum dapat diterbitkan "
        "otomatis. Terbitkan lewat SIAK.",
    )


async def test_a_marriage_certificate_registers_the_marriage_and_both_spouses_hold_it(database):
    his, hers = await make_family(), await make_family()
    husband = await person(
        his, "Yohanes Setiawan Contoh", relation=CHILD, religion=Religion.CATHOLIC
    )
    wife = await person(
        hers, "Maria Magdalena Contoh", sex=Sex.FEMALE, born=date(1992, 4, 4), relation=CHILD,
        religion=Religion.CATHOLIC,
    )  # fmt: skip
    data = {
        "nik_suami": husband.nik,
        "nik_istri": wife.nik,
        "tanggal_perkawinan": (TODAY - timedelta(days=20)).isoformat(),
        "tempat_perkawinan": "Gereja Santo Contoh, Babelan",
        "agama": "katolik",
        "pemuka_agama": "Romo Paulus Contoh, Pr.",
    }
    application = await approved("akta-perkawinan", await account_of(husband), husband, data)

    document = await issued(application)

    marriage = await Marriage.get(husband=husband, wife=wife)
    assert marriage.registered_by == "Disdukcapil"
    assert marriage.married_on == TODAY - timedelta(days=20)
    for spouse in (husband, wife):
        await spouse.refresh_from_db()
        assert spouse.marital_status is MaritalStatus.MARRIED_REGISTERED
        assert [h.number for h in await held(DocumentKind.MARRIAGE_CERTIFICATE, spouse)] == [
            document.number
        ]
    assert (document.data["husband_nik"], document.data["wife_nik"]) == (husband.nik, wife.nik)


def divorce_data(other: Person, marriage_number: str) -> dict:
    return {
        "nik_mantan_pasangan": other.nik,
        "nomor_akta_perkawinan": marriage_number,
        "pengadilan": "Pengadilan Negeri Cikarang",
        "nomor_putusan": "123/Pdt.G/2026/PN Ckr",
        "tanggal_putusan": (TODAY - timedelta(days=60)).isoformat(),
        "tanggal_berkekuatan_tetap": (TODAY - timedelta(days=40)).isoformat(),
    }


async def test_a_divorce_certificate_ends_the_marriage_and_both_are_divorced(database):
    _, husband, wife = await couple(religion=Religion.PROTESTANT)
    await HeldDocument.create(
        kind=DocumentKind.MARRIAGE_CERTIFICATE, number="3216-KW-12062014-0031", person=husband,
        issued_on=date(2014, 6, 20),
    )  # fmt: skip
    data = divorce_data(husband, "3216-kw-12062014-0031")
    application = await approved("akta-perceraian", await account_of(wife), wife, data)

    document = await issued(application)

    marriage = await Marriage.get(husband=husband, wife=wife)
    assert marriage.ended_on == TODAY - timedelta(days=40)
    divorce = await Divorce.get(marriage=marriage)
    assert divorce.court_decision == "123/Pdt.G/2026/PN Ckr"
    for spouse in (husband, wife):
        await spouse.refresh_from_db()
        assert spouse.marital_status is MaritalStatus.DIVORCED
        assert len(await held(DocumentKind.DIVORCE_CERTIFICATE, spouse)) == 1
    assert document.data["court_name"] == "Pengadilan Negeri Cikarang"
    assert document.data["married_on"] == "2014-06-12"


async def test_a_divorce_of_a_marriage_the_kua_registered_is_refused(database):
    _, husband, wife = await couple(religion=Religion.ISLAM)
    data = divorce_data(husband, "123/45/VI/2014")
    application = await approved("akta-perceraian", await account_of(wife), wife, data)

    await refused(
        application,
        "Perkawinan ini dicatat KUA: perceraiannya diputus dan dicatat pengadilan agama.",
    )
    assert (await Marriage.get(husband=husband, wife=wife)).ended_on is None


async def child_of(mother: Person, **fields) -> Person:
    """A child in the mother's family whose father the registry does not name yet."""
    family = await Family.get(id=mother.family_id)
    child = await person(
        family, "Putri Ayu Contoh", sex=Sex.FEMALE, born=date(2018, 11, 9), relation=CHILD,
        father_name="", mother_name=mother.full_name, **fields,
    )  # fmt: skip
    await Birth.create(child=child, mother=mother, born_on=child.birth_date, place="Bekasi")
    return child


async def test_a_recognised_child_gets_the_fathers_name(database):
    mother = await person(
        await make_family(), "Rina Marlina Contoh", sex=Sex.FEMALE, born=date(1994, 1, 20),
        marital=MaritalStatus.MARRIED_UNREGISTERED,
    )  # fmt: skip
    child = await child_of(mother)
    father = await person(
        await make_family(), "Dedi Kurniawan Contoh", marital=MaritalStatus.MARRIED_UNREGISTERED
    )
    data = {
        "nik_anak": child.nik,
        "nomor_akta_kelahiran": "3216-LT-20112018-0042",
        "nik_ayah": father.nik,
        "nik_ibu": mother.nik,
        "tanggal_surat_pengakuan": (TODAY - timedelta(days=9)).isoformat(),
    }
    application = await approved("akta-pengakuan-anak", await account_of(father), father, data)

    document = await issued(application)

    await child.refresh_from_db()
    assert child.father_name == father.full_name
    assert (await Birth.get(child=child)).father_id == father.id
    assert document.data["child"]["birth_certificate_number"] == "3216-LT-20112018-0042"
    assert len(await held(DocumentKind.RECOGNITION_CERTIFICATE, child)) == 1


async def test_a_legitimated_child_gets_the_fathers_name_after_the_marriage_is_registered(
    database,
):
    family, father, mother = await couple(religion=Religion.BUDDHIST)
    child = await child_of(mother)
    data = {
        "nik_anak": child.nik,
        "nomor_akta_kelahiran": "3216-LT-20112018-0042",
        "nik_ayah": father.nik,
        "nik_ibu": mother.nik,
        "nomor_akta_perkawinan": "3216-KW-01102020-0020",
        "tanggal_perkawinan": "2020-10-01",
    }
    application = await approved("akta-pengesahan-anak", await account_of(father), father, data)

    document = await issued(application)

    await child.refresh_from_db()
    assert child.father_name == father.full_name
    assert document.data["married_on"] == "2020-10-01"
    assert len(await held(DocumentKind.LEGITIMATION_CERTIFICATE, child)) == 1


async def test_an_adoption_is_recorded_for_the_child_who_keeps_their_family(database):
    mother = await person(
        await make_family(), "Sri Wahyuni Contoh", sex=Sex.FEMALE, born=date(1990, 8, 8)
    )
    child = await child_of(mother)
    _, adoptive_father, adoptive_mother = await couple()
    data = {
        "nik_anak": child.nik,
        "nomor_akta_kelahiran": "3216-LT-20112018-0042",
        "pengadilan": "Pengadilan Negeri Cikarang",
        "nomor_penetapan": "45/Pdt.P/2026/PN Ckr",
        "tanggal_penetapan": (TODAY - timedelta(days=30)).isoformat(),
        "nik_ayah_angkat": adoptive_father.nik,
        "nik_ibu_angkat": adoptive_mother.nik,
    }
    application = await approved(
        "pengangkatan-anak", await account_of(adoptive_mother), adoptive_mother, data
    )

    document = await issued(application)

    await child.refresh_from_db()
    assert child.family_id == mother.family_id
    assert document.data["adoptive_father_name"] == adoptive_father.full_name
    assert len(await held(DocumentKind.ADOPTION_CERTIFICATE, child)) == 1


def moving_data(family: Family, who: str, niks: str = "") -> dict:
    return {
        "nomor_kk": family.kk_number,
        "yang_pindah": who,
        "nik_yang_pindah": niks,
        "alasan": "pekerjaan",
        "alamat_tujuan": "Jl. Kenanga Raya No. 4",
        "rt_tujuan": "1",
        "rw_tujuan": "2",
        "desa_tujuan": "Sukamaju",
        "kecamatan_tujuan": "Sukajadi",
        "kabupaten_tujuan": "Kota Bandung",
        "provinsi_tujuan": "Jawa Barat",
        "kode_pos_tujuan": "40162",
        "tanggal_pindah": TODAY.isoformat(),
    }


async def test_a_moving_letter_for_some_members_marks_them_moved_and_the_rest_stay(database):
    family, husband, wife = await couple()
    son = await person(family, "Budi Santoso Contoh", born=date(2003, 3, 14), relation=CHILD)
    data = moving_data(family, "sebagian_anggota", son.nik)
    application = await approved("pindah-keluar", await account_of(son), son, data)

    document = await issued(application)

    await son.refresh_from_db()
    await family.refresh_from_db()
    assert son.status is PersonStatus.MOVED_OUT
    assert family.status is FamilyStatus.ACTIVE
    assert [mover["nik"] for mover in document.data["movers"]] == [son.nik]
    assert document.data["reason"] == "Pekerjaan"
    assert document.data["destination"]["regency"] == "Kota Bandung"
    assert document.data["destination"]["rt"] == "001"
    card = await builders.family_card(family)
    assert [member.nik for member in card.members] == [husband.nik, wife.nik]


async def test_a_family_that_moves_whole_is_marked_moved_out(database):
    family, husband, wife = await couple()
    application = await approved(
        "pindah-keluar", await account_of(husband), husband,
        moving_data(family, "seluruh_keluarga"),
    )  # fmt: skip

    document = await issued(application)

    await family.refresh_from_db()
    assert family.status is FamilyStatus.MOVED_OUT
    statuses = await Person.filter(family=family).values_list("status", flat=True)
    assert set(statuses) == {PersonStatus.MOVED_OUT}
    assert document.family_id == family.id
    assert await HeldDocument.exists(kind=DocumentKind.MOVING_LETTER, family=family)


async def test_a_split_family_card_gets_a_new_number_and_takes_the_spouse_and_child(database):
    family, father, mother = await couple()
    son = await person(
        family, "Budi Santoso Contoh", born=date(1996, 3, 14), relation=CHILD, marital=MARRIED
    )
    daughter_in_law = await person(
        family, "Dewi Lestari Contoh", sex=Sex.FEMALE, born=date(1997, 8, 21),
        relation=FamilyRelation.CHILD_IN_LAW, marital=MARRIED,
    )  # fmt: skip
    grandchild = await person(
        family, "Fajar Ramadhan Contoh", born=date(2021, 7, 17),
        relation=FamilyRelation.GRANDCHILD, father_name=son.full_name,
        mother_name=daughter_in_law.full_name,
    )  # fmt: skip
    data = {
        "nomor_kk_lama": family.kk_number,
        "nik_kepala_keluarga": son.nik,
        "nik_anggota_ikut": f"{daughter_in_law.nik}, {grandchild.nik}",
    }
    application = await approved("kk-pisah", await account_of(son), son, data)

    document = await issued(application)

    new = await Family.get(kk_number=document.number)
    assert document.number != family.kk_number
    number = parse_kk_number(document.number)
    assert number.kecamatan == family.kk_number[:6]
    assert number.issue_date == document.issued_on
    assert document.family_id == new.id
    assert (new.address, new.rt, new.rw, new.desa_id) == (
        family.address, family.rt, family.rw, family.desa_id,
    )  # fmt: skip
    relations = {p.nik: p.relation for p in await Person.filter(family=new)}
    assert relations == {son.nik: HEAD, daughter_in_law.nik: WIFE, grandchild.nik: CHILD}
    stayed = await Person.filter(family=family).values_list("nik", flat=True)
    assert set(stayed) == {father.nik, mother.nik}
    assert await RegistryEvent.exists(family=new, kind=EventKind.FAMILY_REGISTERED)


async def test_the_head_of_a_family_cannot_split_from_their_own_card(database):
    family, father, _ = await couple()
    data = {"nomor_kk_lama": family.kk_number, "nik_kepala_keluarga": father.nik}
    application = await approved("kk-pisah", await account_of(father), father, data)

    await refused(application, "Kepala keluarga tidak dapat memisahkan diri dari KK-nya sendiri.")


async def test_a_new_family_card_takes_the_couple_from_their_parents_cards(database):
    his = await make_family()
    husband = await person(his, "Hendra Gunawan Contoh", born=date(1994, 10, 10))
    hers = await make_family()
    await person(hers, "Wiryo Contoh", born=date(1960, 1, 1))
    wife = await person(
        hers, "Wulan Sari Contoh", sex=Sex.FEMALE, born=date(1996, 2, 2), relation=CHILD
    )
    data = {
        "nik_suami": husband.nik,
        "nik_istri": wife.nik,
        "nomor_kk_asal_istri": hers.kk_number,
        "status_perkawinan": "kawin_tercatat",
        "alamat": "Jl. Melati No. 12",
        "rt": "5",
        "rw": "12",
        "desa": "desa Sagara Makmur",
    }
    application = await approved("kk-baru", await account_of(husband), husband, data)

    document = await issued(application)

    new = await Family.get(kk_number=document.number)
    assert document.number not in (his.kk_number, hers.kk_number)
    assert (new.desa_id, new.rt, new.rw, new.postal_code) == (DESA_CODE, "005", "012", "17530")
    members = {p.nik: (p.relation, p.marital_status) for p in await Person.filter(family=new)}
    assert members == {husband.nik: (HEAD, MARRIED), wife.nik: (WIFE, MARRIED)}
    await his.refresh_from_db()
    await hers.refresh_from_db()
    assert his.status is FamilyStatus.DISSOLVED
    assert hers.status is FamilyStatus.ACTIVE


async def newcomers() -> tuple[Person, Person, Account]:
    """A couple from Bandung, recorded by an officer from their SKPWNI, without a KK here;
    the husband registered before his identity was confirmed."""
    head = await person(None, "Asep Sunandar Contoh", kecamatan=BANDUNG_KECAMATAN, marital=MARRIED)
    wife = await person(
        None, "Euis Kurniasih Contoh", sex=Sex.FEMALE, born=date(1990, 12, 1), relation=WIFE,
        marital=MARRIED, kecamatan=BANDUNG_KECAMATAN,
    )  # fmt: skip
    account = await Account.create(
        nik=head.nik, display_name=head.full_name, role=Role.RESIDENT,
        identity=IdentityStatus.UNCONFIRMED, password_hash="-",
    )  # fmt: skip
    return head, wife, account


def arrival_data(**changes) -> dict:
    return {
        "nomor_skpwni": "3273-SKPWNI-01022026-0012",
        "tanggal_skpwni": (TODAY - timedelta(days=14)).isoformat(),
        "alamat": "Perum Griya Contoh Blok C No. 7",
        "rt": "3",
        "rw": "7",
        "desa": "Sagara Makmur",
        "kode_pos": "17530",
        "status_kk": "kk_sendiri",
        **changes,
    }


async def test_newcomers_get_a_family_card_of_their_own_and_keep_their_niks(database):
    head, wife, account = await newcomers()
    data = arrival_data(nik_yang_datang=f"{head.nik},{wife.nik}")
    application = await approved("pindah-datang", account, None, data)

    document = await issued(application)

    new = await Family.get(kk_number=document.number)
    assert parse_kk_number(document.number).kecamatan == DESA_CODE.replace(".", "")[:6]
    members = {p.nik: p.relation for p in await Person.filter(family=new)}
    assert members == {head.nik: HEAD, wife.nik: WIFE}
    assert head.nik.startswith(BANDUNG_KECAMATAN)
    assert document.data["head_name"] == head.full_name


async def test_a_newcomer_joins_the_card_of_the_household_that_takes_them_in(database):
    host, host_head, _ = await couple()
    guest = await person(
        None, "Cecep Gunawan Contoh", born=date(2001, 5, 5),
        relation=FamilyRelation.OTHER_RELATIVE, kecamatan=BANDUNG_KECAMATAN,
    )  # fmt: skip
    account = await Account.create(
        nik=guest.nik, display_name=guest.full_name, role=Role.RESIDENT,
        identity=IdentityStatus.UNCONFIRMED, password_hash="-",
    )  # fmt: skip
    data = arrival_data(status_kk="menumpang", nomor_kk_tujuan=host.kk_number)
    application = await approved("pindah-datang", account, None, data)

    document = await issued(application)

    assert document.number == host.kk_number
    assert document.family_id == host.id
    await guest.refresh_from_db()
    assert (guest.family_id, guest.relation) == (host.id, FamilyRelation.OTHER_RELATIVE)
    assert document.data["members"][0]["nik"] == host_head.nik


async def test_newcomers_the_officer_has_not_recorded_are_refused(database):
    account = await Account.create(
        nik=make_nik(BANDUNG_KECAMATAN, date(1985, 9, 9), "L", 4321),
        display_name="Belum Tercatat Contoh", role=Role.RESIDENT,
        identity=IdentityStatus.UNCONFIRMED, password_hash="-",
    )  # fmt: skip
    application = await approved("pindah-datang", account, None, arrival_data())

    await refused(
        application,
        "Yang pindah datang belum tercatat dalam data penduduk. Petugas mencatatnya lebih dulu "
        "dari SKPWNI.",
    )


def data_change(family: Family, someone: Person, element: str, old: str, new: str) -> dict:
    return {
        "nomor_kk": family.kk_number,
        "nik": someone.nik,
        "elemen": element,
        "data_lama": old,
        "data_baru": new,
    }


async def test_a_changed_occupation_is_on_the_reissued_card_and_in_the_registry(database):
    family, husband, wife = await couple()
    data = data_change(family, wife, "pekerjaan", "karyawan  swasta", "Wiraswasta")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    document = await issued(application)

    assert document.number == family.kk_number
    shown = {member["nik"]: member["occupation"] for member in document.data["members"]}
    assert shown == {husband.nik: "Karyawan Swasta", wife.nik: "Wiraswasta"}
    assert "WIRASWASTA" in pdf_text(file_store().open(document.store_id)).upper()
    await wife.refresh_from_db()
    assert wife.occupation == "Wiraswasta"
    event = await RegistryEvent.get(person=wife, kind=EventKind.PERSON_CHANGED)
    assert event.changes == {"occupation": {"old": "Karyawan Swasta", "new": "Wiraswasta"}}


async def test_a_religion_typed_in_words_becomes_the_registrys_choice(database):
    family, husband, _ = await couple()
    data = data_change(family, husband, "agama", "ISLAM", " kristen ")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    document = await issued(application)

    await husband.refresh_from_db()
    assert husband.religion is Religion.PROTESTANT
    assert document.data["members"][0]["religion"] == "kristen"


async def test_a_religion_the_registry_does_not_know_is_refused_with_the_choices(database):
    family, husband, _ = await couple()
    data = data_change(family, husband, "agama", "Islam", "Protestan")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    await refused(application, builders.family_cards._CHOICES["agama"][2])
    for religion in Religion:
        assert LABELS[religion] in builders.family_cards._CHOICES["agama"][2]


async def test_a_birth_date_changes_and_the_nik_stays(database):
    family, husband, _ = await couple()
    data = data_change(family, husband, "tanggal_lahir", "03-02-1988", "1988-02-13")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)
    nik = husband.nik

    await issued(application)

    await husband.refresh_from_db()
    assert (husband.nik, husband.birth_date) == (nik, date(1988, 2, 13))


async def test_a_parents_name_changes_when_the_parent_is_named(database):
    family, husband, _ = await couple()
    data = data_change(family, husband, "nama_orang_tua", "ibu: Ibu Contoh", "Ibu: Siti Contoh")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    await issued(application)

    await husband.refresh_from_db()
    assert (husband.father_name, husband.mother_name) == ("Ayah Contoh", "Siti Contoh")


async def test_a_parents_name_without_which_parent_is_refused(database):
    family, husband, _ = await couple()
    data = data_change(family, husband, "nama_orang_tua", "Ibu Contoh", "Siti Contoh")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    await refused(application, builders.family_cards.WHICH_PARENT)


async def test_old_data_the_registry_does_not_hold_is_refused_and_nothing_changes(database):
    family, husband, _ = await couple()
    data = data_change(family, husband, "pekerjaan", "Petani", "Wiraswasta")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    await refused(application, builders.family_cards.OLD_DATA_DIFFERS)

    await husband.refresh_from_db()
    assert husband.occupation == "Karyawan Swasta"
    assert not await RegistryEvent.exists(person=husband, kind=EventKind.PERSON_CHANGED)


async def test_a_change_for_someone_outside_the_card_is_refused(database):
    family, husband, _ = await couple()
    stranger = await person(await make_family(), "Orang Lain Contoh")
    data = data_change(family, stranger, "pekerjaan", "Karyawan Swasta", "Wiraswasta")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    await refused(application, builders.family_cards.NOT_A_LIVING_MEMBER)


async def test_a_second_head_of_the_family_is_refused(database):
    family, husband, wife = await couple()
    data = data_change(family, wife, "hubungan_keluarga", "istri", "Kepala Keluarga")
    application = await approved("kk-perubahan-data", await account_of(husband), husband, data)

    await refused(application, builders.family_cards.ONE_HEAD)


async def test_a_biodata_shows_the_certificates_the_person_holds(database):
    family, husband, wife = await couple()
    await HeldDocument.create(
        kind=DocumentKind.BIRTH_CERTIFICATE, number="3216-LT-03021988-0042", person=husband,
        issued_on=date(1988, 3, 1),
    )  # fmt: skip
    await HeldDocument.create(
        kind=DocumentKind.BIRTH_CERTIFICATE, number="3216-LT-03021988-0001", person=husband,
        issued_on=date(1988, 2, 20), status=DocumentStatus.REVOKED,
    )  # fmt: skip
    await HeldDocument.create(
        kind=DocumentKind.MARRIAGE_CERTIFICATE, number="3216-KW-12062014-0007", person=husband,
        issued_on=date(2014, 6, 12),
    )  # fmt: skip
    application = await approved(
        "biodata-wni", await account_of(husband), husband, {"nik": husband.nik}
    )

    document = await issued(application)

    assert document.data["birth_certificate_number"] == "3216-LT-03021988-0042"
    assert document.data["marriage_certificate_number"] == "3216-KW-12062014-0007"
    assert "3216-LT-03021988-0042" in pdf_text(file_store().open(document.store_id))
