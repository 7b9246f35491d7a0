"""The service catalogue as typed, frozen values: what each service asks for and what it yields.

The closed lists (groups, who may apply, SPTJM kinds, field types) are code with translated
labels; the services themselves are data, in services.toml, and stay in Bahasa Indonesia.
"""

from dataclasses import dataclass
from enum import StrEnum

from adminduk.i18n import N_
from adminduk.registry.choices import DocumentKind

# Cards are printed by the office on a blank and collected; every other document is printed
# by the resident on plain A4 with a QR code (Permendagri 109/2019).
CARD_DOCUMENTS = frozenset({DocumentKind.IDENTITY_CARD, DocumentKind.CHILD_IDENTITY_CARD})


class Group(StrEnum):
    """The headings of the public list, in the order they are shown."""

    FAMILY_CARD = "kartu_keluarga"
    CERTIFICATE = "akta"
    MOVING = "pindah"
    IDENTITY_CARD = "kartu_identitas"
    OTHER = "lain_lain"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


class Applicant(StrEnum):
    SELF = "self"
    PARENT = "parent"
    FAMILY_MEMBER = "family_member"
    REPORTER = "reporter"

    @property
    def label(self) -> str:
        return _APPLICANT_LABELS[self]


class Delivery(StrEnum):
    SELF_PRINTED = "self_printed"
    CARD = "card"

    @property
    def label(self) -> str:
        return _DELIVERY_LABELS[self]


class Sptjm(StrEnum):
    """Statements of absolute responsibility that stand in for a missing paper."""

    BIRTH_DATA = "kebenaran_data_kelahiran"
    MARRIED_COUPLE = "kebenaran_pasangan_suami_istri"
    # Lets a couple married by religion only be listed as "kawin belum tercatat" on the KK
    # (Permendagri 109/2019).
    UNREGISTERED_MARRIAGE = "perkawinan_belum_tercatat"

    @property
    def label(self) -> str:
        return _SPTJM_LABELS[self]


class FieldType(StrEnum):
    TEXT = "text"
    DATE = "date"
    NIK = "nik"
    KK_NUMBER = "kk_number"
    CHOICE = "choice"
    NUMBER = "number"


_GROUP_LABELS = {
    Group.FAMILY_CARD: N_("Kartu Keluarga"),
    Group.CERTIFICATE: N_("Akta"),
    Group.MOVING: N_("Pindah"),
    Group.IDENTITY_CARD: N_("Kartu identitas"),
    Group.OTHER: N_("Lain-lain"),
}
_APPLICANT_LABELS = {
    Applicant.SELF: N_("yang bersangkutan sendiri"),
    Applicant.PARENT: N_("orang tua atau wali"),
    Applicant.FAMILY_MEMBER: N_("anggota keluarga"),
    Applicant.REPORTER: N_("pelapor lain yang mengetahui peristiwanya"),
}
_DELIVERY_LABELS = {
    Delivery.SELF_PRINTED: N_("dicetak sendiri di rumah pada kertas HVS A4"),
    Delivery.CARD: N_("kartu dicetak kantor, diambil sesuai jadwal pilihan Anda"),
}
_SPTJM_LABELS = {
    Sptjm.BIRTH_DATA: N_("SPTJM kebenaran data kelahiran"),
    Sptjm.MARRIED_COUPLE: N_("SPTJM kebenaran sebagai pasangan suami istri"),
    Sptjm.UNREGISTERED_MARRIAGE: N_("SPTJM perkawinan belum tercatat"),
}


@dataclass(frozen=True, slots=True)
class Condition:
    """When a conditional requirement applies, e.g. "anak lahir di luar negeri"."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Requirement:
    key: str
    name: str
    hint: str
    optional: bool = False
    replaceable_by_sptjm: Sptjm | None = None
    applies_when: Condition | None = None
    # An official form (e.g. "F-1.03"); when filled_online, the application's data steps make
    # it and nothing is photographed.
    form: str | None = None
    filled_online: bool = False


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Step:
    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str
    type: FieldType
    step: str
    required: bool = True
    choices: tuple[Choice, ...] = ()
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class Service:
    slug: str
    group: Group
    name: str
    summary: str
    description: str
    applicants: tuple[Applicant, ...]
    yields: DocumentKind
    delivery: Delivery
    target_days: int
    requirements: tuple[Requirement, ...]
    steps: tuple[Step, ...]
    fields: tuple[Field, ...]
    eligibility: tuple[str, ...] = ()
    biometric: bool = False
    open_to_unconfirmed: bool = False

    @property
    def self_printed(self) -> bool:
        return self.delivery is Delivery.SELF_PRINTED

    @property
    def always_required(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if not r.optional and not r.applies_when)

    @property
    def conditional(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.applies_when and not r.optional)

    @property
    def optional(self) -> tuple[Requirement, ...]:
        return tuple(r for r in self.requirements if r.optional)

    def fields_of(self, step: str) -> tuple[Field, ...]:
        return tuple(field for field in self.fields if field.step == step)


@dataclass(frozen=True, slots=True)
class Catalogue:
    services: tuple[Service, ...]

    def by_slug(self, slug: str) -> Service | None:
        return next((service for service in self.services if service.slug == slug), None)

    def grouped(self) -> list[tuple[Group, tuple[Service, ...]]]:
        """Services under their group headings, groups in their fixed order, none empty."""
        groups = ((group, tuple(s for s in self.services if s.group is group)) for group in Group)
        return [(group, services) for group, services in groups if services]
