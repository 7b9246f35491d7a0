import functools
from json import dumps, loads
from uuid import uuid4

from tortoise import fields, migrations
from tortoise.fields.base import OnDelete
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

from adminduk.accounts.models import Role
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


class Migration(migrations.Migration):
    initial = True

    operations = [
        ops.CreateModel(
            name='Region',
            fields=[
                ('code', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=13)),
                ('name', fields.CharField(max_length=100)),
                ('level', fields.CharField(max_length=20)),
                ('parent_code', fields.CharField(null=True, max_length=13)),
                ('first_listed', fields.SmallIntField(null=True)),
                ('last_listed', fields.SmallIntField(null=True)),
            ],
            options={'table': 'region', 'app': 'adminduk', 'indexes': [Index(fields=['parent_code']), Index(fields=['level'])], 'pk_attr': 'code', 'table_description': 'An official region code: province, regency/city, kecamatan, desa or kelurahan.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Family',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('kk_number', fields.CharField(unique=True, max_length=16)),
                ('desa', fields.ForeignKeyField('adminduk.Region', source_field='desa_id', db_constraint=True, to_field='code', related_name='families', on_delete=OnDelete.RESTRICT)),
                ('address', fields.CharField(max_length=200)),
                ('rt', fields.CharField(max_length=3)),
                ('rw', fields.CharField(max_length=3)),
                ('postal_code', fields.CharField(max_length=5)),
                ('issued_on', fields.DateField()),
                ('status', fields.CharEnumField(default=FamilyStatus.ACTIVE, description='ACTIVE: aktif\nMOVED_OUT: pindah\nDISSOLVED: bubar', enum_type=FamilyStatus, max_length=10)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'family', 'app': 'adminduk', 'indexes': [Index(fields=['desa_id'])], 'pk_attr': 'id', 'table_description': 'A household on one family card (KK), at one address of the regency.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Person',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('nik', fields.CharField(unique=True, max_length=16)),
                ('family', fields.ForeignKeyField('adminduk.Family', source_field='family_id', null=True, db_constraint=True, to_field='id', related_name='members', on_delete=OnDelete.RESTRICT)),
                ('full_name', fields.CharField(max_length=100)),
                ('name_key', fields.CharField(max_length=100)),
                ('sex', fields.CharEnumField(description='MALE: L\nFEMALE: P', enum_type=Sex, max_length=1)),
                ('birth_place', fields.CharField(max_length=60)),
                ('birth_date', fields.DateField()),
                ('religion', fields.CharEnumField(description='ISLAM: islam\nPROTESTANT: kristen\nCATHOLIC: katolik\nHINDU: hindu\nBUDDHIST: buddha\nCONFUCIAN: khonghucu\nKEPERCAYAAN: kepercayaan', enum_type=Religion, max_length=12)),
                ('education', fields.CharEnumField(description='NONE: tidak_sekolah\nPRIMARY_UNFINISHED: belum_tamat_sd\nPRIMARY: sd\nJUNIOR: sltp\nSENIOR: slta\nDIPLOMA_1_2: d1_d2\nDIPLOMA_3: d3\nBACHELOR: d4_s1\nMASTER: s2\nDOCTORATE: s3', enum_type=Education, max_length=16)),
                ('occupation', fields.CharField(max_length=60)),
                ('blood_type', fields.CharEnumField(default=BloodType.UNKNOWN, description='A: A\nB: B\nAB: AB\nO: O\nUNKNOWN: tidak_tahu', enum_type=BloodType, max_length=10)),
                ('marital_status', fields.CharEnumField(description='SINGLE: belum_kawin\nMARRIED_REGISTERED: kawin_tercatat\nMARRIED_UNREGISTERED: kawin_belum_tercatat\nDIVORCED: cerai_hidup\nWIDOWED: cerai_mati', enum_type=MaritalStatus, max_length=24)),
                ('relation', fields.CharEnumField(description='HEAD: kepala_keluarga\nHUSBAND: suami\nWIFE: istri\nCHILD: anak\nCHILD_IN_LAW: menantu\nGRANDCHILD: cucu\nPARENT: orang_tua\nPARENT_IN_LAW: mertua\nOTHER_RELATIVE: famili_lain\nHOUSEHOLD_HELP: pembantu\nOTHER: lainnya', enum_type=FamilyRelation, max_length=16)),
                ('citizenship', fields.CharEnumField(default=Citizenship.INDONESIAN, description='INDONESIAN: WNI\nFOREIGN: WNA', enum_type=Citizenship, max_length=3)),
                ('passport_number', fields.CharField(null=True, max_length=20)),
                ('kitap_number', fields.CharField(null=True, max_length=20)),
                ('father_name', fields.CharField(max_length=100)),
                ('mother_name', fields.CharField(max_length=100)),
                ('status', fields.CharEnumField(default=PersonStatus.ALIVE, description='ALIVE: hidup\nDECEASED: meninggal\nMOVED_OUT: pindah', enum_type=PersonStatus, max_length=10)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'person', 'app': 'adminduk', 'indexes': [Index(fields=['family_id']), Index(fields=['name_key'])], 'pk_attr': 'id', 'table_description': 'A person of the regency with the fields of the official KK.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Account',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('username', fields.CharField(unique=True, max_length=40)),
                ('display_name', fields.CharField(max_length=100)),
                ('role', fields.CharEnumField(description='RESIDENT: warga\nKIOSK_OPERATOR: operator_desa\nOFFICER: petugas\nREGISTRAR: pejabat\nADMIN: admin', enum_type=Role, max_length=16)),
                ('person', fields.ForeignKeyField('adminduk.Person', source_field='person_id', null=True, db_constraint=True, to_field='id', related_name='accounts', on_delete=OnDelete.RESTRICT)),
                ('region', fields.ForeignKeyField('adminduk.Region', source_field='region_id', null=True, db_constraint=True, to_field='code', related_name='accounts', on_delete=OnDelete.RESTRICT)),
                ('password_hash', fields.CharField(max_length=200)),
                ('is_active', fields.BooleanField(default=True)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('last_signed_in_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'account', 'app': 'adminduk', 'indexes': [Index(fields=['person_id']), Index(fields=['role'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Birth',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('child', fields.ForeignKeyField('adminduk.Person', source_field='child_id', db_constraint=True, to_field='id', related_name='birth_records', on_delete=OnDelete.RESTRICT)),
                ('mother', fields.ForeignKeyField('adminduk.Person', source_field='mother_id', null=True, db_constraint=True, to_field='id', related_name='births_as_mother', on_delete=OnDelete.RESTRICT)),
                ('father', fields.ForeignKeyField('adminduk.Person', source_field='father_id', null=True, db_constraint=True, to_field='id', related_name='births_as_father', on_delete=OnDelete.RESTRICT)),
                ('born_on', fields.DateField()),
                ('place', fields.CharField(max_length=100)),
                ('birth_order', fields.SmallIntField(default=1)),
                ('recorded_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'birth', 'app': 'adminduk', 'indexes': [Index(fields=['child_id']), Index(fields=['mother_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Death',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('person', fields.ForeignKeyField('adminduk.Person', source_field='person_id', db_constraint=True, to_field='id', related_name='death_records', on_delete=OnDelete.RESTRICT)),
                ('died_on', fields.DateField()),
                ('place', fields.CharField(max_length=100)),
                ('recorded_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'death', 'app': 'adminduk', 'indexes': [Index(fields=['person_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='HeldDocument',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('kind', fields.CharEnumField(description='FAMILY_CARD: kk\nBIRTH_CERTIFICATE: akta_kelahiran\nDEATH_CERTIFICATE: akta_kematian\nSTILLBIRTH_CERTIFICATE: akta_lahir_mati\nMARRIAGE_CERTIFICATE: akta_perkawinan\nDIVORCE_CERTIFICATE: akta_perceraian\nRECOGNITION_CERTIFICATE: akta_pengakuan_anak\nLEGITIMATION_CERTIFICATE: akta_pengesahan_anak\nADOPTION_CERTIFICATE: akta_pengangkatan_anak\nMOVING_LETTER: skpwni\nBIODATA: biodata_wni\nIDENTITY_CARD: ktp_el\nCHILD_IDENTITY_CARD: kia', enum_type=DocumentKind, max_length=24)),
                ('number', fields.CharField(max_length=40)),
                ('person', fields.ForeignKeyField('adminduk.Person', source_field='person_id', null=True, db_constraint=True, to_field='id', related_name='documents', on_delete=OnDelete.RESTRICT)),
                ('family', fields.ForeignKeyField('adminduk.Family', source_field='family_id', null=True, db_constraint=True, to_field='id', related_name='documents', on_delete=OnDelete.RESTRICT)),
                ('issued_on', fields.DateField()),
                ('status', fields.CharEnumField(default=DocumentStatus.VALID, description='VALID: berlaku\nSUPERSEDED: diganti\nREVOKED: dicabut', enum_type=DocumentStatus, max_length=8)),
                ('source', fields.CharEnumField(default=DocumentSource.IMPORTED, description='IMPORTED: impor\nISSUED: terbit', enum_type=DocumentSource, max_length=5)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'held_document', 'app': 'adminduk', 'indexes': [Index(fields=['person_id']), Index(fields=['family_id']), Index(fields=['kind', 'number'])], 'pk_attr': 'id', 'table_description': 'A document a person or family holds: issued by this service, or known from before.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Marriage',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('husband', fields.ForeignKeyField('adminduk.Person', source_field='husband_id', db_constraint=True, to_field='id', related_name='marriages_as_husband', on_delete=OnDelete.RESTRICT)),
                ('wife', fields.ForeignKeyField('adminduk.Person', source_field='wife_id', db_constraint=True, to_field='id', related_name='marriages_as_wife', on_delete=OnDelete.RESTRICT)),
                ('married_on', fields.DateField()),
                ('place', fields.CharField(max_length=100)),
                ('registered_by', fields.CharField(null=True, max_length=20)),
                ('ended_on', fields.DateField(null=True)),
                ('recorded_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'marriage', 'app': 'adminduk', 'indexes': [Index(fields=['husband_id']), Index(fields=['wife_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Divorce',
            fields=[
                ('id', fields.UUIDField(primary_key=True, default=uuid4, unique=True, db_index=True)),
                ('marriage', fields.ForeignKeyField('adminduk.Marriage', source_field='marriage_id', db_constraint=True, to_field='id', related_name='divorces', on_delete=OnDelete.RESTRICT)),
                ('divorced_on', fields.DateField()),
                ('court_decision', fields.CharField(max_length=60)),
                ('recorded_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'divorce', 'app': 'adminduk', 'indexes': [Index(fields=['marriage_id'])], 'pk_attr': 'id'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='RegistryEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('kind', fields.CharEnumField(description='FAMILY_REGISTERED: family_registered\nPERSON_REGISTERED: person_registered\nPERSON_CHANGED: person_changed\nBIRTH_RECORDED: birth_recorded\nDEATH_RECORDED: death_recorded\nMARRIAGE_RECORDED: marriage_recorded\nDIVORCE_RECORDED: divorce_recorded\nDOCUMENT_RECORDED: document_recorded', enum_type=EventKind, max_length=24)),
                ('person', fields.ForeignKeyField('adminduk.Person', source_field='person_id', null=True, db_constraint=True, to_field='id', related_name='events', on_delete=OnDelete.RESTRICT)),
                ('family', fields.ForeignKeyField('adminduk.Family', source_field='family_id', null=True, db_constraint=True, to_field='id', related_name='events', on_delete=OnDelete.RESTRICT)),
                ('changes', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('actor', fields.CharField(max_length=60)),
                ('occurred_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('sent_to_siak_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'registry_event', 'app': 'adminduk', 'indexes': [Index(fields=['person_id']), Index(fields=['family_id']), Index(fields=['sent_to_siak_at'])], 'pk_attr': 'id', 'table_description': 'One change to the registry, kept forever, in the order it happened.'},
            bases=['Model'],
        ),
    ]
