"""Staff pages that show the registry: search a person, view a family."""

import uuid

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from adminduk.registry.models import HeldDocument, Region
from adminduk.registry.search import (
    MIN_NAME_LENGTH,
    RESULT_LIMIT,
    family_with_members,
    search_people,
)
from adminduk.web.templating import render


async def registry(request: Request) -> Response:
    query = request.query_params.get("q", "").strip()[:100]
    people = await search_people(query) if query else []
    context = {
        "query": query,
        "people": people[:RESULT_LIMIT],
        "more": len(people) > RESULT_LIMIT,
        "min_name_length": MIN_NAME_LENGTH,
    }
    return render(request, "registry/search.html", context, fragment="registry/_results.html")


async def family(request: Request) -> Response:
    try:
        family_id = uuid.UUID(request.path_params["family_id"])
    except ValueError:
        raise HTTPException(404) from None

    found = await family_with_members(str(family_id))
    if found is None:
        raise HTTPException(404)
    family, members = found
    kecamatan = await Region.get_or_none(code=family.desa.parent_code)
    documents = await HeldDocument.filter(family=family).order_by("-issued_on", "-created_at")
    context = {
        "family": family,
        "members": members,
        "kecamatan": kecamatan,
        "documents": documents,
    }
    return render(request, "registry/family.html", context)
