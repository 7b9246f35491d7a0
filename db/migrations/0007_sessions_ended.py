from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('adminduk', '0006_issued_documents')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Account',
            name='sessions_ended_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
