"""Tables of applications: the application, its subjects, its history, and its files."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from adminduk.applications.states import Status
from adminduk.i18n import N_


class SubjectRole(StrEnum):
    SELF = "diri_sendiri"
    CHILD = "anak"
    DECEASED = "almarhum"
    FAMILY = "keluarga"
    SPOUSE = "pasangan"
    OTHER = "lainnya"


class ReviewVerdict(StrEnum):
    PENDING = "menunggu"
    ACCEPTED = "diterima"
    REJECTED = "ditolak"


VERDICT_LABELS = {
    ReviewVerdict.PENDING: N_("belum diperiksa"),
    ReviewVerdict.ACCEPTED: N_("diterima"),
    ReviewVerdict.REJECTED: N_("ditolak"),
}


class Application(Model):
    id = fields.UUIDField(primary_key=True)
    # Short and unguessable: what a resident writes down or reads out at a kiosk.
    tracking_number = fields.CharField(max_length=12, unique=True)
    service = fields.CharField(max_length=60)
    status = fields.CharEnumField(Status, max_length=16, default=Status.DRAFT)
    applicant: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "adminduk.Account", related_name="applications", on_delete=fields.RESTRICT
    )
    # Assisted mode: a kiosk operator or officer applies for a resident without an account.
    on_behalf_nik = fields.CharField(max_length=16, null=True)
    consent_recorded_at = fields.DatetimeField(null=True)
    # The family the application concerns: who may see it, and which kecamatan's queue.
    family: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Family", related_name="applications", null=True, on_delete=fields.RESTRICT
    )
    kecamatan_code = fields.CharField(max_length=13, null=True)
    data = fields.JSONField(default=dict)
    # The step of the form the resident reached, so a draft reopens where it stopped.
    step = fields.CharField(max_length=40, default="")
    # One application per form: a double tap or a retried request finds this key taken.
    form_token = fields.CharField(max_length=64, unique=True)
    claimed_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Account", related_name="claims", null=True, on_delete=fields.RESTRICT
    )
    claimed_at = fields.DatetimeField(null=True)
    last_activity_at = fields.DatetimeField(null=True)
    submitted_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "application"
        indexes = [
            Index(fields=["applicant_id"]),
            Index(fields=["status", "submitted_at"]),
            Index(fields=["family_id"]),
            Index(fields=["on_behalf_nik"]),
        ]


class ApplicationSubject(Model):
    id = fields.UUIDField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "adminduk.Application", related_name="subjects", on_delete=fields.CASCADE
    )
    person: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Person", related_name="application_subjects", null=True,
        on_delete=fields.RESTRICT,
    )  # fmt: skip
    role = fields.CharEnumField(SubjectRole, max_length=16)
    # Who the subject is when not (yet) in the registry: a newborn, a newcomer.
    name = fields.CharField(max_length=100, default="")

    class Meta:
        table = "application_subject"
        indexes = [Index(fields=["application_id"]), Index(fields=["person_id"])]


class ApplicationEvent(Model):
    """The append-only history: every transition with who, when, from which state, and why."""

    id = fields.BigIntField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "adminduk.Application", related_name="history", on_delete=fields.RESTRICT
    )
    from_status = fields.CharEnumField(Status, max_length=16, null=True)
    to_status = fields.CharEnumField(Status, max_length=16, null=True)
    # What happened when it is not a transition: a requirement checked, a file viewed.
    action = fields.CharField(max_length=40)
    actor: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Account", related_name="application_events", null=True,
        on_delete=fields.RESTRICT,
    )  # fmt: skip
    reason = fields.TextField(default="")
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "application_event"
        indexes = [Index(fields=["application_id", "at"])]


class RequirementFile(Model):
    """One uploaded paper for one requirement. A newer upload for the same requirement
    replaces it, and the older one stays, marked."""

    id = fields.UUIDField(primary_key=True)
    application: fields.ForeignKeyRelation[Application] = fields.ForeignKeyField(
        "adminduk.Application", related_name="files", on_delete=fields.RESTRICT
    )
    requirement = fields.CharField(max_length=60)
    # The id in the file store: opaque, never shown in a URL.
    store_id = fields.CharField(max_length=64)
    content_type = fields.CharField(max_length=40)
    size = fields.IntField()
    uploaded_by: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "adminduk.Account", related_name="uploads", on_delete=fields.RESTRICT
    )
    uploaded_at = fields.DatetimeField(auto_now_add=True)
    replaced_at = fields.DatetimeField(null=True)
    verdict = fields.CharEnumField(ReviewVerdict, max_length=10, default=ReviewVerdict.PENDING)
    verdict_reason = fields.TextField(default="")
    reviewed_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Account", related_name="reviews", null=True, on_delete=fields.RESTRICT
    )
    reviewed_at = fields.DatetimeField(null=True)
    # Scans are personal data: deleted a configured time after the application ends.
    deleted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "requirement_file"
        indexes = [Index(fields=["application_id", "requirement"])]
