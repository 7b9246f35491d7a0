"""Documents this service issued, and every download of them."""

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from adminduk.registry.choices import DocumentKind, DocumentStatus


class IssuedDocument(Model):
    """A signed document as issued: the file and the data it shows never change."""

    id = fields.UUIDField(primary_key=True)
    kind = fields.CharEnumField(DocumentKind, max_length=24)
    number = fields.CharField(max_length=40)
    # The QR's code: upper-case letters and digits, unguessable.
    verification_code = fields.CharField(max_length=32, unique=True)
    application: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Application", related_name="documents", null=True, on_delete=fields.RESTRICT
    )
    family: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Family", related_name="issued_documents", null=True, on_delete=fields.RESTRICT
    )
    person: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "adminduk.Person", related_name="issued_documents", null=True, on_delete=fields.RESTRICT
    )
    # The holder's name as printed, for the public check (shown masked).
    holder_name = fields.CharField(max_length=100)
    issued_on = fields.DateField()
    registrar: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "adminduk.Account", related_name="signed_documents", on_delete=fields.RESTRICT
    )
    store_id = fields.CharField(max_length=64)
    size = fields.IntField()
    # A copy of what the document shows, as issued.
    data = fields.JSONField()
    status = fields.CharEnumField(DocumentStatus, max_length=8, default=DocumentStatus.VALID)
    superseded_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    revoke_reason = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "issued_document"
        # Not unique by number: a reissued KK keeps its number, even twice in one day.
        indexes = [
            Index(fields=["kind", "number"]),
            Index(fields=["application_id"]),
            Index(fields=["family_id"]),
            Index(fields=["person_id"]),
        ]


class DocumentNumberCounter(Model):
    """The last serial given out per document kind and year: numbers stay unique when many
    are issued at once, on SQLite and PostgreSQL, through a conditional update."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(DocumentKind, max_length=24)
    year = fields.SmallIntField()
    last_serial = fields.IntField(default=0)

    class Meta:
        table = "document_number_counter"
        unique_together = (("kind", "year"),)


class DocumentDownload(Model):
    id = fields.BigIntField(primary_key=True)
    document: fields.ForeignKeyRelation[IssuedDocument] = fields.ForeignKeyField(
        "adminduk.IssuedDocument", related_name="downloads", on_delete=fields.RESTRICT
    )
    account: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "adminduk.Account", related_name="document_downloads", on_delete=fields.RESTRICT
    )
    at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "document_download"
        indexes = [Index(fields=["document_id"])]
