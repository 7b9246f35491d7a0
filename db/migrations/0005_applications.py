from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from adminduk.applications.models import ReviewVerdict, SubjectRole
from adminduk.applications.states import Status
from json import dumps, loads
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('adminduk', '0004_notification_outbox')]

    initial = False

    operations = [
        ops.CreateModel(
            name='Application',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('tracking_number', fields.CharField(unique=True, max_length=12)),
                ('service', fields.CharField(max_length=60)),
                ('status', fields.CharEnumField(default=Status.DRAFT, description='DRAFT: draf\nSUBMITTED: diajukan\nIN_REVIEW: diperiksa\nREVISION_REQUESTED: perlu_perbaikan\nRESUBMITTED: diajukan_ulang\nAPPROVED: disetujui\nISSUED: terbit\nCOMPLETED: selesai\nREJECTED: ditolak\nCANCELLED: dibatalkan', enum_type=Status, max_length=16)),
                ('applicant', fields.ForeignKeyField('adminduk.Account', source_field='applicant_id', db_constraint=True, to_field='id', related_name='applications', on_delete=OnDelete.RESTRICT)),
                ('on_behalf_nik', fields.CharField(null=True, max_length=16)),
                ('consent_recorded_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('family', fields.ForeignKeyField('adminduk.Family', source_field='family_id', null=True, db_constraint=True, to_field='id', related_name='applications', on_delete=OnDelete.RESTRICT)),
                ('kecamatan_code', fields.CharField(null=True, max_length=13)),
                ('data', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('step', fields.CharField(default='', max_length=40)),
                ('form_token', fields.CharField(unique=True, max_length=64)),
                ('claimed_by', fields.ForeignKeyField('adminduk.Account', source_field='claimed_by_id', null=True, db_constraint=True, to_field='id', related_name='claims', on_delete=OnDelete.RESTRICT)),
                ('claimed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('last_activity_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('submitted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'application', 'app': 'adminduk', 'indexes': [Index(fields=['applicant_id']), Index(fields=['status', 'submitted_at']), Index(fields=['family_id']), Index(fields=['on_behalf_nik'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ApplicationEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('application', fields.ForeignKeyField('adminduk.Application', source_field='application_id', db_constraint=True, to_field='id', related_name='history', on_delete=OnDelete.RESTRICT)),
                ('from_status', fields.CharEnumField(null=True, description='DRAFT: draf\nSUBMITTED: diajukan\nIN_REVIEW: diperiksa\nREVISION_REQUESTED: perlu_perbaikan\nRESUBMITTED: diajukan_ulang\nAPPROVED: disetujui\nISSUED: terbit\nCOMPLETED: selesai\nREJECTED: ditolak\nCANCELLED: dibatalkan', enum_type=Status, max_length=16)),
                ('to_status', fields.CharEnumField(null=True, description='DRAFT: draf\nSUBMITTED: diajukan\nIN_REVIEW: diperiksa\nREVISION_REQUESTED: perlu_perbaikan\nRESUBMITTED: diajukan_ulang\nAPPROVED: disetujui\nISSUED: terbit\nCOMPLETED: selesai\nREJECTED: ditolak\nCANCELLED: dibatalkan', enum_type=Status, max_length=16)),
                ('action', fields.CharField(max_length=40)),
                ('actor', fields.ForeignKeyField('adminduk.Account', source_field='actor_id', null=True, db_constraint=True, to_field='id', related_name='application_events', on_delete=OnDelete.RESTRICT)),
                ('reason', fields.TextField(default='', unique=False)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'application_event', 'app': 'adminduk', 'indexes': [Index(fields=['application_id', 'at'])], 'pk_attr': 'id', 'table_description': 'The append-only history: every transition with who, when, from which state, and why.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ApplicationSubject',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('application', fields.ForeignKeyField('adminduk.Application', source_field='application_id', db_constraint=True, to_field='id', related_name='subjects', on_delete=OnDelete.CASCADE)),
                ('person', fields.ForeignKeyField('adminduk.Person', source_field='person_id', null=True, db_constraint=True, to_field='id', related_name='application_subjects', on_delete=OnDelete.RESTRICT)),
                ('role', fields.CharEnumField(description='SELF: diri_sendiri\nCHILD: anak\nDECEASED: almarhum\nFAMILY: keluarga\nSPOUSE: pasangan\nOTHER: lainnya', enum_type=SubjectRole, max_length=16)),
                ('name', fields.CharField(default='', max_length=100)),
            ],
            options={'table': 'application_subject', 'app': 'adminduk', 'indexes': [Index(fields=['application_id']), Index(fields=['person_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='RequirementFile',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('application', fields.ForeignKeyField('adminduk.Application', source_field='application_id', db_constraint=True, to_field='id', related_name='files', on_delete=OnDelete.RESTRICT)),
                ('requirement', fields.CharField(max_length=60)),
                ('store_id', fields.CharField(max_length=64)),
                ('content_type', fields.CharField(max_length=40)),
                ('size', fields.IntField()),
                ('uploaded_by', fields.ForeignKeyField('adminduk.Account', source_field='uploaded_by_id', db_constraint=True, to_field='id', related_name='uploads', on_delete=OnDelete.RESTRICT)),
                ('uploaded_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('replaced_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('verdict', fields.CharEnumField(default=ReviewVerdict.PENDING, description='PENDING: menunggu\nACCEPTED: diterima\nREJECTED: ditolak', enum_type=ReviewVerdict, max_length=10)),
                ('verdict_reason', fields.TextField(default='', unique=False)),
                ('reviewed_by', fields.ForeignKeyField('adminduk.Account', source_field='reviewed_by_id', null=True, db_constraint=True, to_field='id', related_name='reviews', on_delete=OnDelete.RESTRICT)),
                ('reviewed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('deleted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'requirement_file', 'app': 'adminduk', 'indexes': [Index(fields=['application_id', 'requirement'])], 'pk_attr': 'id', 'table_description': 'One uploaded paper for one requirement. A newer upload for the same requirement'},
            bases=['Model'],
        ),
    ]
