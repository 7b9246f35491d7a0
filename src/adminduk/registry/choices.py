"""The closed lists of the official family card (KK) and of the registry's own states."""

from enum import StrEnum

from adminduk.i18n import N_


class Sex(StrEnum):
    MALE = "L"
    FEMALE = "P"


class Religion(StrEnum):
    ISLAM = "islam"
    PROTESTANT = "kristen"
    CATHOLIC = "katolik"
    HINDU = "hindu"
    BUDDHIST = "buddha"
    CONFUCIAN = "khonghucu"
    # Kepercayaan terhadap Tuhan YME: recorded since the Constitutional Court's 97/PUU-XIV/2016.
    KEPERCAYAAN = "kepercayaan"


class Education(StrEnum):
    NONE = "tidak_sekolah"
    PRIMARY_UNFINISHED = "belum_tamat_sd"
    PRIMARY = "sd"
    JUNIOR = "sltp"
    SENIOR = "slta"
    DIPLOMA_1_2 = "d1_d2"
    DIPLOMA_3 = "d3"
    BACHELOR = "d4_s1"
    MASTER = "s2"
    DOCTORATE = "s3"


class BloodType(StrEnum):
    A = "A"
    B = "B"
    AB = "AB"
    O = "O"  # noqa: E741 (the blood type's name)
    UNKNOWN = "tidak_tahu"


class MaritalStatus(StrEnum):
    SINGLE = "belum_kawin"
    MARRIED_REGISTERED = "kawin_tercatat"
    MARRIED_UNREGISTERED = "kawin_belum_tercatat"
    DIVORCED = "cerai_hidup"
    WIDOWED = "cerai_mati"


class FamilyRelation(StrEnum):
    HEAD = "kepala_keluarga"
    HUSBAND = "suami"
    WIFE = "istri"
    CHILD = "anak"
    CHILD_IN_LAW = "menantu"
    GRANDCHILD = "cucu"
    PARENT = "orang_tua"
    PARENT_IN_LAW = "mertua"
    OTHER_RELATIVE = "famili_lain"
    HOUSEHOLD_HELP = "pembantu"
    OTHER = "lainnya"


class Citizenship(StrEnum):
    INDONESIAN = "WNI"
    FOREIGN = "WNA"


class PersonStatus(StrEnum):
    ALIVE = "hidup"
    DECEASED = "meninggal"
    MOVED_OUT = "pindah"


class FamilyStatus(StrEnum):
    ACTIVE = "aktif"
    MOVED_OUT = "pindah"
    DISSOLVED = "bubar"


class DocumentKind(StrEnum):
    FAMILY_CARD = "kk"
    BIRTH_CERTIFICATE = "akta_kelahiran"
    DEATH_CERTIFICATE = "akta_kematian"
    STILLBIRTH_CERTIFICATE = "akta_lahir_mati"
    MARRIAGE_CERTIFICATE = "akta_perkawinan"
    DIVORCE_CERTIFICATE = "akta_perceraian"
    RECOGNITION_CERTIFICATE = "akta_pengakuan_anak"
    LEGITIMATION_CERTIFICATE = "akta_pengesahan_anak"
    ADOPTION_CERTIFICATE = "akta_pengangkatan_anak"
    MOVING_LETTER = "skpwni"
    BIODATA = "biodata_wni"
    IDENTITY_CARD = "ktp_el"
    CHILD_IDENTITY_CARD = "kia"


class DocumentStatus(StrEnum):
    VALID = "berlaku"
    SUPERSEDED = "diganti"
    REVOKED = "dicabut"


class DocumentSource(StrEnum):
    IMPORTED = "impor"
    ISSUED = "terbit"


class EventKind(StrEnum):
    FAMILY_REGISTERED = "family_registered"
    PERSON_REGISTERED = "person_registered"
    PERSON_CHANGED = "person_changed"
    BIRTH_RECORDED = "birth_recorded"
    DEATH_RECORDED = "death_recorded"
    MARRIAGE_RECORDED = "marriage_recorded"
    DIVORCE_RECORDED = "divorce_recorded"
    DOCUMENT_RECORDED = "document_recorded"


LABELS: dict[StrEnum, str] = {
    Sex.MALE: N_("Laki-laki"),
    Sex.FEMALE: N_("Perempuan"),
    Religion.ISLAM: N_("Islam"),
    Religion.PROTESTANT: N_("Kristen"),
    Religion.CATHOLIC: N_("Katolik"),
    Religion.HINDU: N_("Hindu"),
    Religion.BUDDHIST: N_("Buddha"),
    Religion.CONFUCIAN: N_("Khonghucu"),
    Religion.KEPERCAYAAN: N_("Kepercayaan terhadap Tuhan YME"),
    Education.NONE: N_("Tidak/belum sekolah"),
    Education.PRIMARY_UNFINISHED: N_("Belum tamat SD/sederajat"),
    Education.PRIMARY: N_("Tamat SD/sederajat"),
    Education.JUNIOR: N_("SLTP/sederajat"),
    Education.SENIOR: N_("SLTA/sederajat"),
    Education.DIPLOMA_1_2: N_("Diploma I/II"),
    Education.DIPLOMA_3: N_("Akademi/Diploma III/Sarjana Muda"),
    Education.BACHELOR: N_("Diploma IV/Strata I"),
    Education.MASTER: N_("Strata II"),
    Education.DOCTORATE: N_("Strata III"),
    BloodType.A: "A",
    BloodType.B: "B",
    BloodType.AB: "AB",
    BloodType.O: "O",
    BloodType.UNKNOWN: N_("Tidak tahu"),
    MaritalStatus.SINGLE: N_("Belum kawin"),
    MaritalStatus.MARRIED_REGISTERED: N_("Kawin tercatat"),
    MaritalStatus.MARRIED_UNREGISTERED: N_("Kawin belum tercatat"),
    MaritalStatus.DIVORCED: N_("Cerai hidup"),
    MaritalStatus.WIDOWED: N_("Cerai mati"),
    FamilyRelation.HEAD: N_("Kepala keluarga"),
    FamilyRelation.HUSBAND: N_("Suami"),
    FamilyRelation.WIFE: N_("Istri"),
    FamilyRelation.CHILD: N_("Anak"),
    FamilyRelation.CHILD_IN_LAW: N_("Menantu"),
    FamilyRelation.GRANDCHILD: N_("Cucu"),
    FamilyRelation.PARENT: N_("Orang tua"),
    FamilyRelation.PARENT_IN_LAW: N_("Mertua"),
    FamilyRelation.OTHER_RELATIVE: N_("Famili lain"),
    FamilyRelation.HOUSEHOLD_HELP: N_("Pembantu"),
    FamilyRelation.OTHER: N_("Lainnya"),
    Citizenship.INDONESIAN: "WNI",
    Citizenship.FOREIGN: "WNA",
    PersonStatus.ALIVE: N_("Hidup"),
    PersonStatus.DECEASED: N_("Meninggal"),
    PersonStatus.MOVED_OUT: N_("Pindah keluar"),
    FamilyStatus.ACTIVE: N_("Aktif"),
    FamilyStatus.MOVED_OUT: N_("Pindah keluar"),
    FamilyStatus.DISSOLVED: N_("Bubar"),
    DocumentKind.FAMILY_CARD: N_("Kartu Keluarga"),
    DocumentKind.BIRTH_CERTIFICATE: N_("Akta Kelahiran"),
    DocumentKind.DEATH_CERTIFICATE: N_("Akta Kematian"),
    DocumentKind.STILLBIRTH_CERTIFICATE: N_("Akta Lahir Mati"),
    DocumentKind.MARRIAGE_CERTIFICATE: N_("Akta Perkawinan"),
    DocumentKind.DIVORCE_CERTIFICATE: N_("Akta Perceraian"),
    DocumentKind.RECOGNITION_CERTIFICATE: N_("Akta Pengakuan Anak"),
    DocumentKind.LEGITIMATION_CERTIFICATE: N_("Akta Pengesahan Anak"),
    DocumentKind.ADOPTION_CERTIFICATE: N_("Akta Pengangkatan Anak"),
    DocumentKind.MOVING_LETTER: N_("Surat Keterangan Pindah"),
    DocumentKind.BIODATA: N_("Biodata WNI"),
    DocumentKind.IDENTITY_CARD: N_("KTP-el"),
    DocumentKind.CHILD_IDENTITY_CARD: N_("Kartu Identitas Anak"),
    DocumentStatus.VALID: N_("Berlaku"),
    DocumentStatus.SUPERSEDED: N_("Diganti"),
    DocumentStatus.REVOKED: N_("Dicabut"),
}
