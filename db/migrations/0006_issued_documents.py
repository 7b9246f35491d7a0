from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from adminduk.registry.choices import DocumentKind, DocumentStatus
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('adminduk', '0005_applications')]

    initial = False

    operations = [
        ops.CreateModel(
            name='DocumentNumberCounter',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('kind', fields.CharEnumField(description='FAMILY_CARD: kk\nBIRTH_CERTIFICATE: akta_kelahiran\nDEATH_CERTIFICATE: akta_kematian\nSTILLBIRTH_CERTIFICATE: akta_lahir_mati\nMARRIAGE_CERTIFICATE: akta_perkawinan\nDIVORCE_CERTIFICATE: akta_perceraian\nRECOGNITION_CERTIFICATE: akta_pengakuan_anak\nLEGITIMATION_CERTIFICATE: akta_pengesahan_anak\nADOPTION_CERTIFICATE: akta_pengangkatan_anak\nMOVING_LETTER: skpwni\nBIODATA: biodata_wni\nIDENTITY_CARD: ktp_el\nCHILD_IDENTITY_CARD: kia', enum_type=DocumentKind, max_length=24)),
                ('year', fields.SmallIntField()),
                ('last_serial', fields.IntField(default=0)),
            ],
            options={'table': 'document_number_counter', 'app': 'adminduk', 'unique_together': (('kind', 'year'),), 'pk_attr': 'id', 'table_description': 'The last serial given out per document kind and year: numbers stay unique when many'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='IssuedDocument',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('kind', fields.CharEnumField(description='FAMILY_CARD: kk\nBIRTH_CERTIFICATE: akta_kelahiran\nDEATH_CERTIFICATE: akta_kematian\nSTILLBIRTH_CERTIFICATE: akta_lahir_mati\nMARRIAGE_CERTIFICATE: akta_perkawinan\nDIVORCE_CERTIFICATE: akta_perceraian\nRECOGNITION_CERTIFICATE: akta_pengakuan_anak\nLEGITIMATION_CERTIFICATE: akta_pengesahan_anak\nADOPTION_CERTIFICATE: akta_pengangkatan_anak\nMOVING_LETTER: skpwni\nBIODATA: biodata_wni\nIDENTITY_CARD: ktp_el\nCHILD_IDENTITY_CARD: kia', enum_type=DocumentKind, max_length=24)),
                ('number', fields.CharField(max_length=40)),
                ('verification_code', fields.CharField(unique=True, max_length=32)),
                ('application', fields.ForeignKeyField('adminduk.Application', source_field='application_id', null=True, db_constraint=True, to_field='id', related_name='documents', on_delete=OnDelete.RESTRICT)),
                ('family', fields.ForeignKeyField('adminduk.Family', source_field='family_id', null=True, db_constraint=True, to_field='id', related_name='issued_documents', on_delete=OnDelete.RESTRICT)),
                ('person', fields.ForeignKeyField('adminduk.Person', source_field='person_id', null=True, db_constraint=True, to_field='id', related_name='issued_documents', on_delete=OnDelete.RESTRICT)),
                ('holder_name', fields.CharField(max_length=100)),
                ('issued_on', fields.DateField()),
                ('registrar', fields.ForeignKeyField('adminduk.Account', source_field='registrar_id', db_constraint=True, to_field='id', related_name='signed_documents', on_delete=OnDelete.RESTRICT)),
                ('store_id', fields.CharField(max_length=64)),
                ('size', fields.IntField()),
                ('data', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('status', fields.CharEnumField(default=DocumentStatus.VALID, description='VALID: berlaku\nSUPERSEDED: diganti\nREVOKED: dicabut', enum_type=DocumentStatus, max_length=8)),
                ('superseded_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('revoked_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('revoke_reason', fields.TextField(default='', unique=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'issued_document', 'app': 'adminduk', 'indexes': [Index(fields=['kind', 'number']), Index(fields=['application_id']), Index(fields=['family_id']), Index(fields=['person_id'])], 'pk_attr': 'id', 'table_description': 'A signed document as issued: the file and the data it shows never change.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DocumentDownload',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('document', fields.ForeignKeyField('adminduk.IssuedDocument', source_field='document_id', db_constraint=True, to_field='id', related_name='downloads', on_delete=OnDelete.RESTRICT)),
                ('account', fields.ForeignKeyField('adminduk.Account', source_field='account_id', db_constraint=True, to_field='id', related_name='document_downloads', on_delete=OnDelete.RESTRICT)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'document_download', 'app': 'adminduk', 'indexes': [Index(fields=['document_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
    ]
