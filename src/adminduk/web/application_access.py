"""Loading the application a URL names, for someone who may see it; 404 for everyone else."""

import uuid

from starlette.exceptions import HTTPException
from starlette.requests import Request

from adminduk.applications.access import can_edit, can_view
from adminduk.applications.files import uploadable_requirement
from adminduk.applications.models import Application
from adminduk.catalogue import Requirement, Service, load_catalogue


async def application_in(request: Request, *, edit: bool = False) -> Application:
    try:
        application_id = uuid.UUID(request.path_params["application_id"])
    except ValueError:
        raise HTTPException(404) from None

    application = await Application.get_or_none(id=application_id)
    account = request.state.account
    # Another family's application does not exist, as far as the visitor can tell; the pages
    # that change it exist only for whoever made it.
    if application is None or not await can_view(account, application):
        raise HTTPException(404)
    if edit and not can_edit(account, application):
        raise HTTPException(404)
    return application


def service_of(application: Application) -> Service:
    service = load_catalogue().by_slug(application.service)
    if service is None:
        raise HTTPException(404)
    return service


def requirement_of(service: Service, key: str) -> Requirement:
    requirement = uploadable_requirement(service, key)
    if requirement is None:
        raise HTTPException(404)
    return requirement
