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


class IdentityStatus(StrEnum):
    # Matched a living person of the registry at registration.
    CONFIRMED = "terkonfirmasi"
    # Moving in from another regency: not in the registry yet, may only apply for
    # "pindah datang" until an officer confirms the identity from the moving letter.
    UNCONFIRMED = "belum_terkonfirmasi"


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
    # Staff sign in with a user name; residents with their NIK, email or phone.
    username = fields.CharField(max_length=40, unique=True, null=True)
    # One NIK, one account.
    nik = fields.CharField(max_length=16, unique=True, null=True)
    # The family card the account belongs to: members of one family may share a phone
    # number or an email address, strangers may not.
    kk_number = fields.CharField(max_length=16, null=True)
    display_name = fields.CharField(max_length=100)
    role = fields.CharEnumField(Role, max_length=16)
    identity = fields.CharEnumField(IdentityStatus, max_length=20, default=IdentityStatus.CONFIRMED)
    email = fields.CharField(max_length=254, null=True)
    # Always stored as +628...
    phone = fields.CharField(max_length=16, null=True)
    email_confirmed_at = fields.DatetimeField(null=True)
    phone_confirmed_at = fields.DatetimeField(null=True)
    person: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Person", related_name="accounts", null=True, on_delete=fields.RESTRICT
    )
    # A kiosk operator is always tied to a desa; an officer may be tied to a kecamatan.
    region: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Region", related_name="accounts", null=True, on_delete=fields.RESTRICT
    )
    password_hash = fields.CharField(max_length=200)
    # Sessions that began before either moment end: a new password, or signing out (which
    # ends the account's sessions everywhere, so a copied cookie stops working too).
    password_changed_at = fields.DatetimeField(null=True)
    sessions_ended_at = fields.DatetimeField(null=True)
    is_active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    last_signed_in_at = fields.DatetimeField(null=True)

    class Meta:
        table = "account"
        indexes = [
            Index(fields=["person_id"]),
            Index(fields=["role"]),
            Index(fields=["email"]),
            Index(fields=["phone"]),
        ]

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def contacts_confirmed(self) -> bool:
        """Both email and phone proven by a code: only then may a resident apply."""
        return self.email_confirmed_at is not None and self.phone_confirmed_at is not None


class CodePurpose(StrEnum):
    CONFIRM_EMAIL = "confirm_email"
    CONFIRM_PHONE = "confirm_phone"
    RESET_PASSWORD = "reset_password"


class OneTimeCode(Model):
    """A short code sent to an email address or phone, stored only as a keyed hash."""

    id = fields.UUIDField(primary_key=True)
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "adminduk.Account", related_name="codes", on_delete=fields.CASCADE
    )
    purpose = fields.CharEnumField(CodePurpose, max_length=16)
    # Where the code went: confirming it proves this address or number (a new one, when a
    # resident changes contact data).
    target = fields.CharField(max_length=254)
    code_hash = fields.CharField(max_length=64)
    attempts = fields.SmallIntField(default=0)
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "one_time_code"
        indexes = [Index(fields=["account_id", "purpose"])]


class ThrottleEvent(Model):
    """One counted attempt (a failed sign-in, a code sent) under a key such as an account."""

    id = fields.BigIntField(primary_key=True)
    key = fields.CharField(max_length=100)
    at = fields.DatetimeField()

    class Meta:
        table = "throttle_event"
        indexes = [Index(fields=["key", "at"])]
