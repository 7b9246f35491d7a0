"""Filling an application's data in short steps; each step is saved when it is sent."""

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from adminduk.applications.completeness import CONDITIONS_KEY, FIELD_MAX, field_error, normalized
from adminduk.applications.drafts import DraftRefused, save_step
from adminduk.i18n import gettext as _
from adminduk.web.application_access import application_in, service_of
from adminduk.web.templating import render

CONDITIONS_STEP = "kondisi"


def _step(service, key: str):
    step = next((step for step in service.steps if step.key == key), None)
    if step is None and key != CONDITIONS_STEP:
        raise HTTPException(404)
    return step


def _conditions(service) -> list:
    seen = {}
    for requirement in service.requirements:
        if requirement.applies_when and not requirement.filled_online:
            seen.setdefault(requirement.applies_when.key, requirement.applies_when)
    return list(seen.values())


def _next_url(request: Request, service, application, key: str) -> str:
    keys = [step.key for step in service.steps] + (
        [CONDITIONS_STEP] if _conditions(service) else []
    )
    following = keys[keys.index(key) + 1 :] if key in keys else []
    if following:
        return str(
            request.app.url_path_for(
                "application_step", application_id=str(application.id), step=following[0]
            )
        )
    return str(request.app.url_path_for("application", application_id=str(application.id)))


def _render(request, application, service, key, values, errors, status=200) -> Response:
    step = _step(service, key)
    context = {
        "application": application,
        "service": service,
        "step": step,
        "step_key": key,
        "fields": service.fields_of(key) if step else (),
        "conditions": _conditions(service) if key == CONDITIONS_STEP else [],
        "values": values,
        "errors": errors,
    }
    return render(request, "applications/step.html", context, status_code=status)


async def step_form(request: Request) -> Response:
    application = await application_in(request, edit=True)
    service = service_of(application)
    return _render(request, application, service, request.path_params["step"], application.data, {})


async def save(request: Request) -> Response:
    application = await application_in(request, edit=True)
    service = service_of(application)
    key = request.path_params["step"]
    step = _step(service, key)
    form = await request.form()

    if step is None:
        values = {CONDITIONS_KEY: [str(value) for value in form.getlist(CONDITIONS_KEY)]}
        errors = {}
    else:
        # Kept, but cut: a field is never longer than a few hundred characters.
        values = {
            field.key: normalized(field, str(form.get(field.key, "")).strip()[: FIELD_MAX + 1])
            for field in service.fields_of(key)
        }
        errors = {
            field.key: _(message)
            for field in service.fields_of(key)
            if (message := field_error(field, values[field.key]))
        }
    try:
        # What was typed is kept even when some of it must be corrected: nothing is lost.
        await save_step(application, key, values)
    except DraftRefused as refused:
        return _render(
            request, application, service, key, values, {"form": _(refused.message)}, 400
        )
    if errors:
        return _render(request, application, service, key, values, errors, 400)
    return RedirectResponse(_next_url(request, service, application, key), 303)
