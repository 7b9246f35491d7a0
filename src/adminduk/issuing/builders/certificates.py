"""The civil-registry certificates (akta): birth, death, stillbirth, marriage, divorce,
recognition, legitimation and adoption of a child."""

from datetime import date

from adminduk.applications.models import Application
from adminduk.documents import content
from adminduk.i18n import N_
from adminduk.issuing.builders._common import (
    INCOMPLETE,
    KUA,
    NOT_LIVING,
    STILLBIRTH_WEEKS,
    Built,
    NotIssuable,
    _check_held,
    _check_living,
    _check_sexes,
    _family,
    _number,
    _registered,
    _registration,
    couple,
    date_of,
    family_of,
    text_of,
)
from adminduk.issuing.builders.family_cards import (
    _kecamatan_of,
    new_nik,
    subject_of,
)
from adminduk.registry.choices import (
    DocumentKind,
    DocumentStatus,
    MaritalStatus,
    PersonStatus,
    Religion,
    Sex,
)
from adminduk.registry.models import Birth, Family, HeldDocument, Marriage, Person
from adminduk.registry.names import name_key


async def birth_certificate(application: Application, issued_on: date) -> Built:
    """The child is the person of that name and birth date already in the family, or in
    another KK with the same mother (an adult without a birth certificate); otherwise a
    newborn, who gets a NIK now and joins the family when the certificate is issued."""
    data = application.data
    family, mother, father = await birth_parents(application)
    try:
        name = text_of(data, "nama_anak")
        place = text_of(data, "tempat_lahir")
        born = date.fromisoformat(data["tanggal_lahir"])
        order = int(data.get("kelahiran_ke") or 1)
        sex = Sex(data["jenis_kelamin"])
    except (KeyError, ValueError, NotIssuable):
        raise NotIssuable(N_("Data kelahiran belum lengkap atau tidak sah.")) from None
    if not mother.birth_date < born <= issued_on or order < 1:
        raise NotIssuable(N_("Data kelahiran belum lengkap atau tidak sah."))

    child = await _registered_child(family, mother, name, born)
    if child is not None:
        if child.sex is not sex:
            raise NotIssuable(
                N_("Jenis kelamin anak berbeda dengan yang tercatat dalam data penduduk.")
            )
        held = HeldDocument.filter(
            person=child, kind=DocumentKind.BIRTH_CERTIFICATE, status=DocumentStatus.VALID
        )
        if await held.exists():
            raise NotIssuable(N_("Anak ini sudah mempunyai akta kelahiran yang berlaku."))
    nik = child.nik if child else await new_nik(_kecamatan_of(family), born, sex)
    akta = content.BirthCertificate(
        register_number="",
        child_name=name.upper(),
        birth_place=place.upper(),
        birth_date=born,
        sex=sex,
        child_order=order,
        mother_name=mother.full_name,
        father_name=father.full_name if father else None,
        registration=_registration(issued_on),
        child_nik=nik,
    )
    holder_family = await family_of(child) if child else family
    return Built(akta, holder_family, child, akta.child_name)


async def birth_parents(application: Application) -> tuple[Family, Person, Person | None]:
    """The family of `nomor_kk`, the mother and, when named, the father."""
    data = application.data
    mother = await _registered(data, "nik_ibu")
    father = await _registered(data, "nik_ayah", optional=True)
    _check_sexes(husbands=[father], wives=[mother])
    family = await _family(data, "nomor_kk")
    if family.id not in {mother.family_id, father.family_id if father else None}:
        raise NotIssuable(
            N_("Ibu atau ayah tidak tercatat dalam Nomor KK yang diisi: anak masuk KK orang tua.")
        )
    return family, mother, father


async def _registered_child(family: Family, mother: Person, name: str, born: date):
    namesakes = await Person.filter(name_key=name_key(name), birth_date=born).exclude(
        status=PersonStatus.DECEASED
    )
    in_family = [person for person in namesakes if person.family_id == family.id]
    if in_family:
        return in_family[0]
    for namesake in namesakes:
        if await _born_to(namesake, mother):
            return namesake
    return None


async def _born_to(child: Person, mother: Person) -> bool:
    """By the birth record, or by the mother's name where the registry has no record."""
    birth = await Birth.filter(child=child).exclude(mother_id=None).first()
    if birth is not None:
        return birth.mother_id == mother.id
    return name_key(child.mother_name) == mother.name_key


async def death_certificate(application: Application, issued_on: date) -> Built:
    data = application.data
    person = await _registered(data, "nik_almarhum")
    if person.status is PersonStatus.DECEASED:
        raise NotIssuable(N_("Kematian orang ini sudah tercatat."))
    if person.status is not PersonStatus.ALIVE:
        raise NotIssuable(NOT_LIVING)
    family = await _family(data, "nomor_kk")
    if person.family_id != family.id:
        raise NotIssuable(N_("Yang meninggal tidak tercatat dalam Nomor KK yang diisi."))
    died_on = date_of(data, "tanggal_kematian")
    if not person.birth_date <= died_on <= issued_on:
        raise NotIssuable(N_("Tanggal kematian jatuh sebelum tanggal lahir atau setelah hari ini."))

    akta = content.DeathCertificate(
        register_number="",
        name=person.full_name,
        sex=person.sex,
        birth_place=person.birth_place,
        birth_date=person.birth_date,
        death_place=text_of(data, "tempat_kematian"),
        death_date=died_on,
        registration=_registration(issued_on),
        nik=person.nik,
    )
    return Built(akta, family, person, person.full_name)


async def stillbirth_certificate(application: Application, issued_on: date) -> Built:
    """Registered for the parents; the baby joins no KK."""
    data = application.data
    family, mother, father = await birth_parents(application)
    if data.get("jenis_kelamin") not in (Sex.MALE.value, Sex.FEMALE.value):
        raise NotIssuable(
            N_(
                "Akta lahir mati bayi yang jenis kelaminnya tidak diketahui belum dapat "
                "diterbitkan otomatis. Terbitkan lewat SIAK."
            )
        )
    delivered_on = date_of(data, "tanggal")
    weeks = _number(data, "lama_kandungan")
    if not mother.birth_date < delivered_on <= issued_on:
        raise NotIssuable(INCOMPLETE)
    if weeks < STILLBIRTH_WEEKS:
        raise NotIssuable(
            N_("Umur kandungan kurang dari 28 minggu: ini tidak dicatat sebagai lahir mati.")
        )

    akta = content.StillbirthCertificate(
        register_number="",
        sex=Sex(data["jenis_kelamin"]),
        place=text_of(data, "tempat"),
        delivered_on=delivered_on,
        mother_name=mother.full_name,
        father_name=father.full_name if father else None,
        registration=_registration(issued_on),
        gestation_weeks=weeks,
    )
    return Built(akta, family, mother, mother.full_name)


async def marriage_certificate(application: Application, issued_on: date) -> Built:
    """A marriage solemnised by a religion other than Islam, or a belief, registered here."""
    data = application.data
    husband, wife = await couple(data)
    try:
        religion = Religion(data.get("agama", ""))
    except ValueError:
        raise NotIssuable(INCOMPLETE) from None
    if religion is Religion.ISLAM:
        raise NotIssuable(N_("Perkawinan pasangan beragama Islam dicatat oleh KUA kecamatan."))
    married_on = date_of(data, "tanggal_perkawinan")
    if not max(husband.birth_date, wife.birth_date) < married_on <= issued_on:
        raise NotIssuable(INCOMPLETE)
    for person, partner in ((husband, wife), (wife, husband)):
        await free_to_marry(person, partner)

    akta = content.MarriageCertificate(
        register_number="",
        husband_name=husband.full_name,
        wife_name=wife.full_name,
        married_on=married_on,
        place=text_of(data, "tempat_perkawinan"),
        religion=religion,
        officiant_name=text_of(data, "pemuka_agama"),
        registration=_registration(issued_on),
        husband_nik=husband.nik,
        wife_nik=wife.nik,
    )
    family = await Family.get_or_none(id=husband.family_id) if husband.family_id else None
    return Built(akta, family, husband, husband.full_name)


async def free_to_marry(person: Person, partner: Person) -> None:
    column = "husband" if person.sex is Sex.MALE else "wife"
    other = "wife" if column == "husband" else "husband"
    marriages = await Marriage.filter(**{column: person}, ended_on=None)
    if any(getattr(m, f"{other}_id") == partner.id and m.registered_by for m in marriages):
        raise NotIssuable(N_("Perkawinan ini sudah tercatat."))
    elsewhere = any(getattr(m, f"{other}_id") != partner.id for m in marriages)
    if elsewhere or person.marital_status is MaritalStatus.MARRIED_REGISTERED:
        raise NotIssuable(N_("Suami atau istri masih tercatat dalam perkawinan lain."))


async def divorce_certificate(application: Application, issued_on: date) -> Built:
    """A divorce decided by a district court, of a marriage Disdukcapil registered."""
    data = application.data
    subject, husband, wife, marriage = await divorcing(application)
    divorced_on = date_of(data, "tanggal_berkekuatan_tetap")
    decided_on = date_of(data, "tanggal_putusan")
    if not marriage.married_on <= decided_on <= divorced_on <= issued_on:
        raise NotIssuable(
            N_(
                "Tanggal putusan dan tanggal berkekuatan hukum tetap harus berurutan, sesudah "
                "tanggal perkawinan dan paling lambat hari ini."
            )
        )
    marriage_number = text_of(data, "nomor_akta_perkawinan")
    await _check_held(
        DocumentKind.MARRIAGE_CERTIFICATE,
        (husband, wife),
        marriage_number,
        N_("Nomor akta perkawinan berbeda dengan akta perkawinan yang tercatat."),
    )
    decision = text_of(data, "nomor_putusan")
    if len(decision) > 60:
        raise NotIssuable(INCOMPLETE)

    akta = content.DivorceCertificate(
        register_number="",
        husband_name=husband.full_name,
        wife_name=wife.full_name,
        marriage_register_number=marriage_number,
        married_on=marriage.married_on,
        court_name=text_of(data, "pengadilan"),
        court_decision_number=decision,
        court_decision_date=decided_on,
        registration=_registration(issued_on),
    )
    family = await Family.get_or_none(id=subject.family_id) if subject.family_id else None
    return Built(akta, family, subject, subject.full_name)


async def divorcing(application: Application) -> tuple[Person, Person, Person, Marriage]:
    """The applicant (the subject), the husband, the wife, and their open marriage."""
    subject = await subject_of(application)
    if subject is None:
        raise NotIssuable(N_("Pemohon tidak tercatat dalam data penduduk."))
    other = await _registered(application.data, "nik_mantan_pasangan")
    husband, wife = (subject, other) if subject.sex is Sex.MALE else (other, subject)
    _check_sexes(husbands=[husband], wives=[wife])
    marriage = await Marriage.get_or_none(husband=husband, wife=wife, ended_on=None)
    if marriage is None:
        raise NotIssuable(
            N_("Perkawinan keduanya tidak tercatat dalam data penduduk, atau sudah berakhir.")
        )
    if marriage.registered_by == KUA:
        raise NotIssuable(
            N_("Perkawinan ini dicatat KUA: perceraiannya diputus dan dicatat pengadilan agama.")
        )
    if not marriage.registered_by:
        raise NotIssuable(
            N_("Perkawinan ini belum tercatat, jadi perceraiannya tidak dapat dicatat.")
        )
    return subject, husband, wife, marriage


async def recognition_certificate(application: Application, issued_on: date) -> Built:
    data = application.data
    child, father, mother = await child_and_parents(application)
    recognised_on = date_of(data, "tanggal_surat_pengakuan")
    if not child.birth_date <= recognised_on <= issued_on:
        raise NotIssuable(INCOMPLETE)

    akta = content.RecognitionCertificate(
        register_number="",
        child=await _child(child, data),
        father_name=father.full_name,
        mother_name=mother.full_name,
        recognised_on=recognised_on,
        registration=_registration(issued_on),
    )
    return Built(akta, await family_of(child), child, child.full_name)


async def legitimation_certificate(application: Application, issued_on: date) -> Built:
    """For a child born before the parents' marriage was registered."""
    data = application.data
    child, father, mother = await child_and_parents(application)
    registered = Marriage.filter(husband=father, wife=mother).exclude(registered_by=None)
    if not await registered.exists():
        raise NotIssuable(
            N_(
                "Perkawinan ayah dan ibu belum tercatat dalam data penduduk. Catat perkawinannya "
                "lebih dulu."
            )
        )
    married_on = date_of(data, "tanggal_perkawinan")
    if married_on > issued_on:
        raise NotIssuable(INCOMPLETE)
    if child.birth_date >= married_on:
        raise NotIssuable(
            N_("Anak lahir setelah perkawinan orang tuanya dicatat: anak itu sudah anak sah.")
        )
    marriage_number = text_of(data, "nomor_akta_perkawinan")
    await _check_held(
        DocumentKind.MARRIAGE_CERTIFICATE,
        (father, mother),
        marriage_number,
        N_("Nomor akta perkawinan berbeda dengan akta perkawinan yang tercatat."),
    )

    akta = content.LegitimationCertificate(
        register_number="",
        child=await _child(child, data),
        father_name=father.full_name,
        mother_name=mother.full_name,
        marriage_register_number=marriage_number,
        married_on=married_on,
        registration=_registration(issued_on),
    )
    return Built(akta, await family_of(child), child, child.full_name)


async def child_and_parents(application: Application) -> tuple[Person, Person, Person]:
    """The child, the father and the mother, who must be the child's mother in the registry."""
    data = application.data
    child = await _registered(data, "nik_anak")
    father = await _registered(data, "nik_ayah")
    mother = await _registered(data, "nik_ibu")
    _check_sexes(husbands=[father], wives=[mother])
    _check_living(child)
    if not await _born_to(child, mother):
        raise NotIssuable(N_("Ibu yang diisi bukan ibu anak ini menurut data penduduk."))
    return child, father, mother


async def adoption_certificate(application: Application, issued_on: date) -> Built:
    """Recorded on a court's decision; the child keeps their family and their parents' names."""
    data = application.data
    child = await _registered(data, "nik_anak")
    father = await _registered(data, "nik_ayah_angkat", optional=True)
    mother = await _registered(data, "nik_ibu_angkat", optional=True)
    if father is None and mother is None:
        raise NotIssuable(N_("Isi NIK ayah angkat atau ibu angkat."))
    _check_sexes(husbands=[father], wives=[mother])
    _check_living(child, *[parent for parent in (father, mother) if parent])
    decided_on = date_of(data, "tanggal_penetapan")
    if not child.birth_date <= decided_on <= issued_on:
        raise NotIssuable(INCOMPLETE)

    akta = content.AdoptionCertificate(
        register_number="",
        child=await _child(child, data),
        adoptive_father_name=father.full_name if father else None,
        adoptive_mother_name=mother.full_name if mother else None,
        court_name=text_of(data, "pengadilan"),
        court_decision_number=text_of(data, "nomor_penetapan"),
        court_decision_date=decided_on,
        registration=_registration(issued_on),
    )
    return Built(akta, await family_of(child), child, child.full_name)


async def _child(child: Person, data: dict) -> content.Child:
    number = text_of(data, "nomor_akta_kelahiran")
    await _check_held(
        DocumentKind.BIRTH_CERTIFICATE,
        (child,),
        number,
        N_("Nomor akta kelahiran berbeda dengan akta kelahiran anak yang tercatat."),
    )
    return content.Child(
        name=child.full_name,
        sex=child.sex,
        birth_place=child.birth_place,
        birth_date=child.birth_date,
        birth_certificate_number=number,
    )
