"""The configured signer: the head of office's PKCS#12, or a development authority."""

import logging
from functools import cache

from adminduk.documents import Office, Pkcs12Signer, ensure_development_authority
from adminduk.settings import get_settings

log = logging.getLogger(__name__)


@cache
def configured_signer() -> Pkcs12Signer:
    settings = get_settings()
    office = Office.from_settings(settings)
    if settings.signing_pkcs12 is None:
        return ensure_development_authority(settings.data_dir / "signing", office)

    passphrase = str(settings.signing_passphrase) if settings.signing_passphrase else None
    signer = Pkcs12Signer(settings.signing_pkcs12, passphrase, office=office)
    log.info("Documents are signed with %s", settings.signing_pkcs12)
    return signer


def uses_development_authority() -> bool:
    return get_settings().signing_pkcs12 is None
