"""What each self-printed document shows: plain, frozen values, filled in by the caller.

Coded values use the registry's closed lists (`adminduk.registry.choices`); free text is
printed as given, in upper case where the official document prints it so.
"""

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from adminduk.registry.choices import (
    BloodType,
    Citizenship,
    DocumentKind,
    Education,
    FamilyRelation,
    MaritalStatus,
    Religion,
    Sex,
)


@dataclass(frozen=True, slots=True)
class Address:
    street: str
    rt: str
    rw: str
    desa: str
    kecamatan: str
    regency: str
    province: str
    postal_code: str


@dataclass(frozen=True, slots=True)
class FamilyMember:
    """One row of the KK, with the columns of its two official tables."""

    full_name: str
    nik: str
    sex: Sex
    birth_place: str
    birth_date: date
    religion: Religion
    education: Education
    occupation: str
    blood_type: BloodType
    marital_status: MaritalStatus
    relation: FamilyRelation
    father_name: str
    mother_name: str
    marriage_date: date | None = None
    citizenship: Citizenship = Citizenship.INDONESIAN
    passport_number: str | None = None
    kitap_number: str | None = None


@dataclass(frozen=True, slots=True)
class FamilyCard:
    kind: ClassVar[DocumentKind] = DocumentKind.FAMILY_CARD

    kk_number: str
    head_name: str
    address: Address
    members: tuple[FamilyMember, ...]


@dataclass(frozen=True, slots=True)
class Registration:
    """Where and when a civil event was entered in the register."""

    place: str
    registered_on: date


@dataclass(frozen=True, slots=True)
class BirthCertificate:
    kind: ClassVar[DocumentKind] = DocumentKind.BIRTH_CERTIFICATE

    register_number: str
    child_name: str
    birth_place: str
    birth_date: date
    sex: Sex
    child_order: int
    mother_name: str
    # None for the child of a mother alone: the certificate then names only her.
    father_name: str | None
    registration: Registration
    child_nik: str | None = None


@dataclass(frozen=True, slots=True)
class DeathCertificate:
    kind: ClassVar[DocumentKind] = DocumentKind.DEATH_CERTIFICATE

    register_number: str
    name: str
    sex: Sex
    birth_place: str
    birth_date: date
    death_place: str
    death_date: date
    registration: Registration
    nik: str | None = None


@dataclass(frozen=True, slots=True)
class StillbirthCertificate:
    kind: ClassVar[DocumentKind] = DocumentKind.STILLBIRTH_CERTIFICATE

    register_number: str
    sex: Sex
    place: str
    delivered_on: date
    mother_name: str
    father_name: str | None
    registration: Registration
    gestation_weeks: int | None = None


@dataclass(frozen=True, slots=True)
class MarriageCertificate:
    kind: ClassVar[DocumentKind] = DocumentKind.MARRIAGE_CERTIFICATE

    register_number: str
    husband_name: str
    wife_name: str
    married_on: date
    place: str
    # The religion or belief under which the marriage was solemnised, and before whom.
    religion: Religion
    officiant_name: str
    registration: Registration
    husband_nik: str | None = None
    wife_nik: str | None = None


@dataclass(frozen=True, slots=True)
class DivorceCertificate:
    kind: ClassVar[DocumentKind] = DocumentKind.DIVORCE_CERTIFICATE

    register_number: str
    husband_name: str
    wife_name: str
    marriage_register_number: str
    married_on: date
    court_name: str
    court_decision_number: str
    court_decision_date: date
    registration: Registration


@dataclass(frozen=True, slots=True)
class Child:
    """The child a recognition, legitimation or adoption certificate is about."""

    name: str
    sex: Sex
    birth_place: str
    birth_date: date
    birth_certificate_number: str


@dataclass(frozen=True, slots=True)
class RecognitionCertificate:
    """Pengakuan anak: a father recognises his child born outside a registered marriage."""

    kind: ClassVar[DocumentKind] = DocumentKind.RECOGNITION_CERTIFICATE

    register_number: str
    child: Child
    father_name: str
    mother_name: str
    recognised_on: date
    registration: Registration


@dataclass(frozen=True, slots=True)
class LegitimationCertificate:
    """Pengesahan anak: a child becomes legitimate by the later marriage of the parents."""

    kind: ClassVar[DocumentKind] = DocumentKind.LEGITIMATION_CERTIFICATE

    register_number: str
    child: Child
    father_name: str
    mother_name: str
    marriage_register_number: str
    married_on: date
    registration: Registration


@dataclass(frozen=True, slots=True)
class AdoptionCertificate:
    """Pengangkatan anak: recorded on a court's decision."""

    kind: ClassVar[DocumentKind] = DocumentKind.ADOPTION_CERTIFICATE

    register_number: str
    child: Child
    adoptive_father_name: str | None
    adoptive_mother_name: str | None
    court_name: str
    court_decision_number: str
    court_decision_date: date
    registration: Registration


@dataclass(frozen=True, slots=True)
class MovingPerson:
    nik: str
    full_name: str
    relation: FamilyRelation


@dataclass(frozen=True, slots=True)
class MovingLetter:
    """SKPWNI, the letter a family or some of its members take to their new regency."""

    kind: ClassVar[DocumentKind] = DocumentKind.MOVING_LETTER

    kk_number: str
    head_name: str
    origin: Address
    destination: Address
    reason: str
    moving_on: date
    movers: tuple[MovingPerson, ...]
    applicant_name: str


@dataclass(frozen=True, slots=True)
class Biodata:
    """Biodata WNI: one person's record in the registry, with the family it belongs to."""

    kind: ClassVar[DocumentKind] = DocumentKind.BIODATA

    kk_number: str
    head_name: str
    address: Address
    person: FamilyMember
    birth_certificate_number: str | None = None
    marriage_certificate_number: str | None = None


Document = (
    FamilyCard
    | BirthCertificate
    | DeathCertificate
    | StillbirthCertificate
    | MarriageCertificate
    | DivorceCertificate
    | RecognitionCertificate
    | LegitimationCertificate
    | AdoptionCertificate
    | MovingLetter
    | Biodata
)
