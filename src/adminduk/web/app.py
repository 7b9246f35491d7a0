"""The application: routes, middleware, error pages, and the database opened in the lifespan."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware
from tortoise.contrib.starlette import RegisterTortoise
from tortoise.exceptions import ValidationError

from adminduk.catalogue import load_catalogue
from adminduk.database import tortoise_config
from adminduk.issuing.signer import configured_signer
from adminduk.notifications import running_worker
from adminduk.notifications.channels import channels_from_settings
from adminduk.settings import Settings, get_settings
from adminduk.web.errors import http_error, invalid_value, server_error
from adminduk.web.middleware import LocaleMiddleware, SecurityHeadersMiddleware
from adminduk.web.routes import routes

log = logging.getLogger(__name__)

SESSION_HOURS = 12


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or get_settings()
    # A mistake in the reviewed catalogue file stops start-up, not the first resident.
    services = len(load_catalogue().services)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with (
            RegisterTortoise(app, config=tortoise_config(settings.database_url)),
            running_worker(channels_from_settings(settings)),
        ):
            # The signer is ready before the first registrar needs it; without a configured
            # certificate this makes (once) and announces the development authority.
            await asyncio.to_thread(configured_signer)
            log.info(
                "Serving %s (%s database, %d services) at %s",
                settings.regency_name,
                settings.database_kind,
                services,
                settings.public_url,
            )
            yield

    middleware = [
        # Caddy compresses in production; this serves `make run` and weak links without it.
        Middleware(GZipMiddleware, minimum_size=512),
        Middleware(SecurityHeadersMiddleware, https=settings.behind_https),
        Middleware(LocaleMiddleware),
        Middleware(
            SessionMiddleware,
            secret_key=str(settings.secret_key),
            session_cookie="sesi",
            max_age=SESSION_HOURS * 3600,
            same_site="lax",
            https_only=settings.behind_https,
        ),
    ]
    return Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={
            HTTPException: http_error,
            ValidationError: invalid_value,
            Exception: server_error,
        },
        lifespan=lifespan,
    )
