"""The account table: one login, tied to one person of the registry where there is one."""

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from adminduk.i18n import N_


class Role(StrEnum):
    RESIDENT = "warga"
    KIOSK_OPERATOR = "operator_desa"
    OFFICER = "petugas"
    REGISTRAR = "pejabat"
    ADMIN = "admin"


STAFF_ROLES = frozenset({Role.KIOSK_OPERATOR, Role.OFFICER, Role.REGISTRAR, Role.ADMIN})

ROLE_LABELS = {
    Role.RESIDENT: N_("Warga"),
    Role.KIOSK_OPERATOR: N_("Operator desa"),
    Role.OFFICER: N_("Petugas verifikator"),
    Role.REGISTRAR: N_("Pejabat pencatatan sipil"),
    Role.ADMIN: N_("Admin"),
}


class Account(Model):
    id = fields.UUIDField(primary_key=True)
    # Staff sign in with a user name; residents (issue of accounts) with NIK, email or phone.
    username = fields.CharField(max_length=40, unique=True)
    display_name = fields.CharField(max_length=100)
    role = fields.CharEnumField(Role, max_length=16)
    person: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Person", related_name="accounts", null=True, on_delete=fields.RESTRICT
    )
    # A kiosk operator is always tied to a desa; an officer may be tied to a kecamatan.
    region: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Region", related_name="accounts", null=True, on_delete=fields.RESTRICT
    )
    password_hash = fields.CharField(max_length=200)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_signed_in_at = fields.DatetimeField(null=True)

    class Meta:
        table = "account"
        indexes = [Index(fields=["person_id"]), Index(fields=["role"])]

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES
