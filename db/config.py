"""Configuration for the `tortoise` command (makemigrations, sqlmigrate, history):

.venv/bin/tortoise -c db.config.TORTOISE_ORM makemigrations
"""

from adminduk.database import tortoise_config
from adminduk.settings import get_settings

TORTOISE_ORM = tortoise_config(get_settings().database_url)
