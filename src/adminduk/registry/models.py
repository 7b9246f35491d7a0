"""Tables of the population registry: regions, families, persons, civil events, documents.

Every change the service makes to a family or person is also written as a RegistryEvent,
which could be sent back to SIAK, the national database that holds the official record.
"""

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from adminduk.registry.choices import (
    BloodType,
    Citizenship,
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


class Region(Model):
    """An official region code: province, regency/city, kecamatan, desa or kelurahan.

    The national list holds every code since 2016, retired ones included, because a NIK keeps
    the code of the place where it was first issued for life.
    """

    code = fields.CharField(max_length=13, primary_key=True)
    name = fields.CharField(max_length=100)
    level = fields.CharField(max_length=20)
    parent_code = fields.CharField(max_length=13, null=True)
    first_listed = fields.SmallIntField(null=True)
    last_listed = fields.SmallIntField(null=True)

    class Meta:
        table = "region"
        indexes = [Index(fields=["parent_code"]), Index(fields=["level"])]


class Family(Model):
    """A household on one family card (KK), at one address of the regency."""

    id = fields.UUIDField(primary_key=True)
    kk_number = fields.CharField(max_length=16, unique=True)
    desa: fields.ForeignKeyRelation[Region] = fields.ForeignKeyField(
        "adminduk.Region", related_name="families", on_delete=fields.RESTRICT
    )
    address = fields.CharField(max_length=200)
    rt = fields.CharField(max_length=3)
    rw = fields.CharField(max_length=3)
    postal_code = fields.CharField(max_length=5)
    issued_on = fields.DateField()
    status = fields.CharEnumField(FamilyStatus, max_length=10, default=FamilyStatus.ACTIVE)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    members: fields.ReverseRelation["Person"]

    class Meta:
        table = "family"
        indexes = [Index(fields=["desa_id"])]


class Person(Model):
    """A person of the regency with the fields of the official KK."""

    id = fields.UUIDField(primary_key=True)
    nik = fields.CharField(max_length=16, unique=True)
    family: fields.ForeignKeyNullableRelation[Family] = fields.ForeignKeyField(
        "adminduk.Family", related_name="members", null=True, on_delete=fields.RESTRICT
    )
    full_name = fields.CharField(max_length=100)
    # Upper-case, spaces folded: what searches and name comparisons use.
    name_key = fields.CharField(max_length=100)
    sex = fields.CharEnumField(Sex, max_length=1)
    birth_place = fields.CharField(max_length=60)
    birth_date = fields.DateField()
    religion = fields.CharEnumField(Religion, max_length=12)
    education = fields.CharEnumField(Education, max_length=16)
    occupation = fields.CharField(max_length=60)
    blood_type = fields.CharEnumField(BloodType, max_length=10, default=BloodType.UNKNOWN)
    marital_status = fields.CharEnumField(MaritalStatus, max_length=24)
    relation = fields.CharEnumField(FamilyRelation, max_length=16)
    citizenship = fields.CharEnumField(Citizenship, max_length=3, default=Citizenship.INDONESIAN)
    passport_number = fields.CharField(max_length=20, null=True)
    kitap_number = fields.CharField(max_length=20, null=True)
    father_name = fields.CharField(max_length=100)
    mother_name = fields.CharField(max_length=100)
    status = fields.CharEnumField(PersonStatus, max_length=10, default=PersonStatus.ALIVE)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "person"
        indexes = [Index(fields=["family_id"]), Index(fields=["name_key"])]


class Birth(Model):
    id = fields.UUIDField(primary_key=True)
    child: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="birth_records", on_delete=fields.RESTRICT
    )
    mother: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="births_as_mother", null=True, on_delete=fields.RESTRICT
    )
    father: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="births_as_father", null=True, on_delete=fields.RESTRICT
    )
    born_on = fields.DateField()
    place = fields.CharField(max_length=100)
    birth_order = fields.SmallIntField(default=1)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "birth"
        indexes = [Index(fields=["child_id"]), Index(fields=["mother_id"])]


class Death(Model):
    id = fields.UUIDField(primary_key=True)
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="death_records", on_delete=fields.RESTRICT
    )
    died_on = fields.DateField()
    place = fields.CharField(max_length=100)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "death"
        indexes = [Index(fields=["person_id"])]


class Marriage(Model):
    id = fields.UUIDField(primary_key=True)
    husband: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="marriages_as_husband", on_delete=fields.RESTRICT
    )
    wife: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="marriages_as_wife", on_delete=fields.RESTRICT
    )
    married_on = fields.DateField()
    place = fields.CharField(max_length=100)
    # Muslim marriages are recorded by the KUA, others by Disdukcapil; unregistered ones exist.
    registered_by = fields.CharField(max_length=20, null=True)
    ended_on = fields.DateField(null=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "marriage"
        indexes = [Index(fields=["husband_id"]), Index(fields=["wife_id"])]


class Divorce(Model):
    id = fields.UUIDField(primary_key=True)
    marriage: fields.ForeignKeyRelation[Marriage] = fields.ForeignKeyField(
        "adminduk.Marriage", related_name="divorces", on_delete=fields.RESTRICT
    )
    divorced_on = fields.DateField()
    court_decision = fields.CharField(max_length=60)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "divorce"
        indexes = [Index(fields=["marriage_id"])]


class HeldDocument(Model):
    """A document a person or family holds: issued by this service, or known from before."""

    id = fields.UUIDField(primary_key=True)
    kind = fields.CharEnumField(DocumentKind, max_length=24)
    number = fields.CharField(max_length=40)
    person: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="documents", null=True, on_delete=fields.RESTRICT
    )
    family: fields.ForeignKeyNullableRelation[Family] = fields.ForeignKeyField(
        "adminduk.Family", related_name="documents", null=True, on_delete=fields.RESTRICT
    )
    issued_on = fields.DateField()
    status = fields.CharEnumField(DocumentStatus, max_length=8, default=DocumentStatus.VALID)
    source = fields.CharEnumField(DocumentSource, max_length=8, default=DocumentSource.IMPORTED)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "held_document"
        indexes = [
            Index(fields=["person_id"]),
            Index(fields=["family_id"]),
            Index(fields=["kind", "number"]),
        ]


class RegistryEvent(Model):
    """One change to the registry, kept forever, in the order it happened."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharEnumField(EventKind, max_length=24)
    person: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "adminduk.Person", related_name="events", null=True, on_delete=fields.RESTRICT
    )
    family: fields.ForeignKeyNullableRelation[Family] = fields.ForeignKeyField(
        "adminduk.Family", related_name="events", null=True, on_delete=fields.RESTRICT
    )
    # The changed fields, old and new, so the change can be replayed into SIAK.
    changes = fields.JSONField(default=dict)
    actor = fields.CharField(max_length=60)
    occurred_at = fields.DatetimeField(auto_now_add=True)
    sent_to_siak_at = fields.DatetimeField(null=True)

    class Meta:
        table = "registry_event"
        indexes = [
            Index(fields=["person_id"]),
            Index(fields=["family_id"]),
            Index(fields=["sent_to_siak_at"]),
        ]
