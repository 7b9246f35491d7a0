"""Configuration of one regency's service, read once from the environment (and `.env`).

Another regency runs the same software with its own settings: nothing regional is code.
"""

import logging
import secrets
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from starlette.config import Config
from starlette.datastructures import CommaSeparatedStrings, Secret

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATABASE_PATH = PROJECT_ROOT / "db" / "adminduk.sqlite3"
DEFAULT_DATABASE_URL = f"sqlite://{DEFAULT_DATABASE_PATH}"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(repr=False)
    secret_key: Secret = field(repr=False)
    regency_name: str
    regency_code: str
    office_name: str
    head_of_office_name: str
    head_of_office_nip: str
    office_address: str
    public_url: str
    timezone: str
    demo_data: bool
    log_level: str
    data_dir: Path
    # Addresses of the reverse proxies whose X-Forwarded-For is believed (e.g. Caddy's).
    trusted_proxies: frozenset[str]
    # Public holidays (and cuti bersama) that service-time targets do not count.
    holidays: frozenset[date] = frozenset()
    # UU PDP 27/2022: uploaded scans are kept this long after an application ends.
    scan_retention_days: int = 365
    notification_retention_days: int = 90
    # The head of office's signing certificate; without it a development authority is made.
    signing_pkcs12: Path | None = None
    signing_passphrase: Secret | None = field(default=None, repr=False)
    # Notifications: which transport carries email and SMS ("log" writes them to the log).
    notify_email: str = "log"
    notify_sms: str = "log"
    # Message bodies (one-time codes) in the log: for a developer's machine only.
    notify_log_bodies: bool = False
    smtp_host: str = "localhost"
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: Secret = field(default=Secret(""), repr=False)
    smtp_starttls: bool = True
    mail_from: str = ""
    sms_gateway_url: str = "https://api.twilio.com"
    sms_account_sid: str = ""
    sms_auth_token: Secret = field(default=Secret(""), repr=False)
    sms_from: str = ""

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url == DEFAULT_DATABASE_URL

    @property
    def database_kind(self) -> str:
        return "postgres" if self.database_url.startswith(("postgres", "asyncpg")) else "sqlite"

    @property
    def behind_https(self) -> bool:
        return self.public_url.startswith("https://")


def _secret_key(config: Config, data_dir: Path) -> Secret:
    """SECRET_KEY from the environment; otherwise one made once and kept beside the data."""
    configured = config("SECRET_KEY", cast=Secret, default=None)
    if configured is not None:
        return configured

    key_file = data_dir / "secret_key"
    if not key_file.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(48))
        key_file.chmod(0o600)
        log.warning("SECRET_KEY is not set: generated one in %s", key_file)
    return Secret(key_file.read_text().strip())


def _holidays(value: str) -> frozenset[date]:
    """HOLIDAYS: ISO dates separated by commas or spaces, e.g. "2026-12-25, 2027-01-01"."""
    try:
        return frozenset(date.fromisoformat(part) for part in value.replace(",", " ").split())
    except ValueError as error:
        raise ValueError(f"HOLIDAYS holds a date that is not YYYY-MM-DD: {error}") from None


def load_settings(env_file: Path | None = PROJECT_ROOT / ".env") -> Settings:
    config = Config(env_file if env_file and env_file.exists() else None)
    database_url = config("DATABASE_URL", default=DEFAULT_DATABASE_URL)
    data_dir = Path(config("DATA_DIR", default=str(PROJECT_ROOT / "var")))
    regency_name = config("REGENCY_NAME", default="Kabupaten Bekasi")
    # Links in messages and QR codes; defaults to where `make run` serves.
    public_url = config(
        "PUBLIC_URL", default=f"http://127.0.0.1:{config('PORT', default='8000')}"
    ).rstrip("/")

    return Settings(
        database_url=database_url,
        secret_key=_secret_key(config, data_dir),
        regency_name=regency_name,
        regency_code=config("REGENCY_CODE", default="32.16"),
        office_name=config(
            "OFFICE_NAME",
            default=f"Dinas Kependudukan dan Pencatatan Sipil {regency_name}",
        ),
        head_of_office_name=config("HEAD_OF_OFFICE_NAME", default="Dra. Ratna Wulandari, M.Si."),
        head_of_office_nip=config("HEAD_OF_OFFICE_NIP", default="197001011990032001"),
        office_address=config(
            "OFFICE_ADDRESS",
            default="Kompleks Perkantoran Pemkab, Desa Sukamahi, Cikarang Pusat",
        ),
        public_url=public_url,
        timezone=config("TIMEZONE", default="Asia/Jakarta"),
        # Demo people go only into the embedded SQLite default, never by accident elsewhere.
        # A public https address means a real office: no published demo passwords there.
        demo_data=config(
            "DEMO_DATA",
            cast=bool,
            default=database_url == DEFAULT_DATABASE_URL and not public_url.startswith("https://"),
        ),
        log_level=config("LOG_LEVEL", default="INFO").upper(),
        data_dir=data_dir,
        holidays=_holidays(config("HOLIDAYS", default="")),
        scan_retention_days=config("SCAN_RETENTION_DAYS", cast=int, default=365),
        notification_retention_days=config("NOTIFICATION_RETENTION_DAYS", cast=int, default=90),
        signing_pkcs12=Path(p12) if (p12 := config("SIGNING_PKCS12", default="")) else None,
        signing_passphrase=config("SIGNING_PASSPHRASE", cast=Secret, default=None),
        trusted_proxies=frozenset(
            config("TRUSTED_PROXIES", cast=CommaSeparatedStrings, default="")
        ),
        notify_email=config("NOTIFY_EMAIL", default="log").lower(),
        notify_sms=config("NOTIFY_SMS", default="log").lower(),
        # Codes show in the log only on a developer's embedded database, unless asked for.
        notify_log_bodies=config(
            "NOTIFY_LOG_BODIES", cast=bool, default=database_url == DEFAULT_DATABASE_URL
        ),
        smtp_host=config("SMTP_HOST", default="localhost"),
        smtp_port=config("SMTP_PORT", cast=int, default=587),
        smtp_username=config("SMTP_USERNAME", default=""),
        smtp_password=config("SMTP_PASSWORD", cast=Secret, default=""),
        smtp_starttls=config("SMTP_STARTTLS", cast=bool, default=True),
        mail_from=config("MAIL_FROM", default=""),
        sms_gateway_url=config("SMS_GATEWAY_URL", default="https://api.twilio.com").rstrip("/"),
        sms_account_sid=config("SMS_ACCOUNT_SID", default=""),
        sms_auth_token=config("SMS_AUTH_TOKEN", cast=Secret, default=""),
        sms_from=config("SMS_FROM", default=""),
    )


@cache
def get_settings() -> Settings:
    return load_settings()
