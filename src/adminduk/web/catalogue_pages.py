"""The public service pages: the list of every service, and one service's requirements."""

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from adminduk.catalogue import load_catalogue
from adminduk.web.templating import render


async def service_list(request: Request) -> Response:
    return render(request, "catalogue/services.html", {"groups": load_catalogue().grouped()})


async def service_detail(request: Request) -> Response:
    service = load_catalogue().by_slug(request.path_params["service"])
    if service is None:
        raise HTTPException(404)
    return render(request, "catalogue/service.html", {"service": service})
