"""Command line of the service: serve, migrate, load demo data, create staff accounts.

python main.py serve [--host 127.0.0.1] [--port 8000]
python main.py migrate
python main.py create-staff USERNAME --role admin --name "Nama Lengkap" [--region 32.16.01]
"""

import argparse
import asyncio
import getpass
import logging
import os
import sys

from tortoise import Tortoise

from adminduk.accounts.models import Role
from adminduk.database import apply_migrations, tortoise_config
from adminduk.logs import configure_logging
from adminduk.settings import get_settings

log = logging.getLogger("adminduk.main")


async def _prepare() -> None:
    settings = get_settings()
    await apply_migrations(settings)
    if settings.demo_data:
        from adminduk.demo import load_demo_data

        await Tortoise.init(config=tortoise_config(settings.database_url))
        try:
            await load_demo_data()
        finally:
            await Tortoise.close_connections()


def serve(args: argparse.Namespace) -> None:
    import uvicorn

    from adminduk.web.app import create_app

    asyncio.run(_prepare())
    uvicorn.run(
        create_app(),
        host=args.host,
        port=args.port,
        log_config=None,
        proxy_headers=False,
        server_header=False,
    )


def migrate(args: argparse.Namespace) -> None:
    asyncio.run(apply_migrations(get_settings()))


async def _create_staff(args: argparse.Namespace, password: str) -> None:
    from adminduk.accounts.staff import StaffAccountError, create_staff_account

    await Tortoise.init(config=tortoise_config(get_settings().database_url))
    try:
        await create_staff_account(
            args.username, args.name, Role(args.role), password, args.region, args.nik
        )
    except StaffAccountError as error:
        sys.exit(error.message)
    finally:
        await Tortoise.close_connections()


def create_staff(args: argparse.Namespace) -> None:
    password = os.environ.get("STAFF_PASSWORD") or getpass.getpass("Password: ")
    asyncio.run(apply_migrations(get_settings()))
    asyncio.run(_create_staff(args, password))


async def _purge() -> None:
    from adminduk.applications.retention import (
        purge_abandoned_uploads,
        purge_notifications,
        purge_scans,
    )

    await Tortoise.init(config=tortoise_config(get_settings().database_url))
    try:
        await purge_scans()
        await purge_notifications()
        await purge_abandoned_uploads()
    finally:
        await Tortoise.close_connections()


def purge(args: argparse.Namespace) -> None:
    asyncio.run(_purge())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Layanan Adminduk Daring")
    commands = parser.add_subparsers(required=True)

    serve_cmd = commands.add_parser("serve", help="migrate, load demo data if due, and serve")
    serve_cmd.add_argument("--host", default="127.0.0.1")
    serve_cmd.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    serve_cmd.set_defaults(run=serve)

    commands.add_parser("migrate", help="bring the database schema up to date").set_defaults(
        run=migrate
    )

    commands.add_parser(
        "purge", help="delete scans and messages kept past their retention (run daily)"
    ).set_defaults(run=purge)

    staff_cmd = commands.add_parser(
        "create-staff", help="create a staff account (the password is asked, or STAFF_PASSWORD)"
    )
    staff_cmd.add_argument("username")
    staff_cmd.add_argument("--name", required=True, help="display name")
    staff_cmd.add_argument("--role", required=True, choices=[r.value for r in Role if r != "warga"])
    staff_cmd.add_argument("--region", help="desa code for a kiosk operator, kecamatan for officer")
    staff_cmd.add_argument("--nik", help="the staff member's NIK, if a resident of the regency")
    staff_cmd.set_defaults(run=create_staff)
    return parser


def main() -> None:
    args = _parser().parse_args()
    configure_logging(get_settings().log_level)
    args.run(args)


if __name__ == "__main__":
    main()
