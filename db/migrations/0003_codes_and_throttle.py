from tortoise import migrations
from tortoise.migrations import operations as ops
from adminduk.accounts.models import CodePurpose
from tortoise.fields.base import OnDelete
from uuid import uuid4
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('adminduk', '0002_region_codes')]

    initial = False

    operations = [
        ops.CreateModel(
            name='OneTimeCode',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('account', fields.ForeignKeyField('adminduk.Account', source_field='account_id', db_constraint=True, to_field='id', related_name='codes', on_delete=OnDelete.CASCADE)),
                ('purpose', fields.CharEnumField(description='CONFIRM_EMAIL: confirm_email\nCONFIRM_PHONE: confirm_phone\nRESET_PASSWORD: reset_password', enum_type=CodePurpose, max_length=16)),
                ('target', fields.CharField(max_length=254)),
                ('code_hash', fields.CharField(max_length=64)),
                ('attempts', fields.SmallIntField(default=0)),
                ('expires_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('used_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'one_time_code', 'app': 'adminduk', 'indexes': [Index(fields=['account_id', 'purpose'])], 'pk_attr': 'id', 'table_description': 'A short code sent to an email address or phone, stored only as a keyed hash.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ThrottleEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('key', fields.CharField(max_length=100)),
                ('at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'throttle_event', 'app': 'adminduk', 'indexes': [Index(fields=['key', 'at'])], 'pk_attr': 'id', 'table_description': 'One counted attempt (a failed sign-in, a code sent) under a key such as an account.'},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Account',
            name='password_changed_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
