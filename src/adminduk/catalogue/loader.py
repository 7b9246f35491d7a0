"""Reads and checks services.toml once: a mistake fails loudly, naming the service and problem."""

import re
import tomllib
from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import TypeVar

from adminduk.catalogue._table import CatalogueError, Table
from adminduk.catalogue.model import (
    CARD_DOCUMENTS,
    Applicant,
    Catalogue,
    Choice,
    Condition,
    Delivery,
    Field,
    FieldType,
    Group,
    Requirement,
    Service,
    Sptjm,
    Step,
)
from adminduk.registry.choices import DocumentKind

SOURCE = "services.toml"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KEY = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_FORM = re.compile(r"F-\d\.\d{2}")
# Perpres 96/2018 dropped the cover letter from the RT/RW ("surat pengantar"): keep it out.
_COVER_LETTER = re.compile(r"\bRT\b|\bRW\b|pengantar", re.IGNORECASE)
# A target longer than this is a typo, not a plan: documents are due in one working day.
_LONGEST_TARGET_DAYS = 14

E = TypeVar("E", bound=StrEnum)


@cache
def load_catalogue() -> Catalogue:
    """The catalogue of the package's services.toml, read and checked on first use."""
    text = files("adminduk.catalogue").joinpath(SOURCE).read_text(encoding="utf-8")
    return parse_catalogue(text)


def parse_catalogue(text: str, source: str = SOURCE) -> Catalogue:
    """Read a catalogue from TOML text, or raise `CatalogueError` saying what is wrong."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(f"{source}: not valid TOML: {error}") from error

    root = Table(document, source)
    conditions = _conditions(root.table("conditions"))
    services = [_service(table, source, conditions) for table in root.tables("services")]
    root.finish()
    if not services:
        raise root.error("no services")

    _refuse_duplicates(source, "slug", (service.slug for service in services))
    used = {r.applies_when.key for s in services for r in s.requirements if r.applies_when}
    unused = sorted(set(conditions) - used)
    if unused:
        raise root.error(f"condition(s) {', '.join(unused)} used by no requirement")
    return Catalogue(tuple(services))


def _conditions(table: Table) -> dict[str, Condition]:
    conditions = {}
    for key in table.values:
        if not _KEY.fullmatch(key):
            raise table.error(f"condition key '{key}' is not snake_case")
        conditions[key] = Condition(key, table.text(key))
    table.finish()
    return conditions


def _service(table: Table, source: str, conditions: dict[str, Condition]) -> Service:
    slug = table.text("slug")
    if not _SLUG.fullmatch(slug):
        raise table.error(f"slug '{slug}' is not lower-case kebab-case")
    table.named(f"{source}: service '{slug}'")

    yields = _enum(table, "yields", DocumentKind, "document kind")
    delivery = _enum(table, "delivery", Delivery, "delivery")
    if (yields in CARD_DOCUMENTS) != (delivery is Delivery.CARD):
        raise table.error(f"delivery '{delivery}' does not fit '{yields}': cards are KTP-el, KIA")
    biometric = table.flag("biometric")
    if biometric and delivery is not Delivery.CARD:
        raise table.error("only a card needs biometric recording")
    target_days = table.integer("target_days")
    if not 1 <= target_days <= _LONGEST_TARGET_DAYS:
        raise table.error(f"target_days {target_days} is not 1-{_LONGEST_TARGET_DAYS}")
    applicants = [_member(table, who, Applicant, "applicant") for who in table.texts("applicants")]
    if not applicants or len(set(applicants)) != len(applicants):
        raise table.error("'applicants' must name each kind of applicant once")
    requirements = _requirements(table, conditions)
    steps, fields = _steps_and_fields(table)

    service = Service(
        slug=slug,
        group=_enum(table, "group", Group, "group"),
        name=table.text("name"),
        summary=table.text("summary"),
        description=table.text("description"),
        applicants=tuple(applicants),
        yields=yields,
        delivery=delivery,
        target_days=target_days,
        requirements=requirements,
        steps=steps,
        fields=fields,
        eligibility=tuple(table.texts("eligibility", required=False)),
        biometric=biometric,
        open_to_unconfirmed=table.flag("open_to_unconfirmed"),
    )
    table.finish()
    return service


def _requirements(service: Table, conditions: dict[str, Condition]) -> tuple[Requirement, ...]:
    tables = service.tables("requirements")
    requirements = [_requirement(table, service.where, conditions) for table in tables]
    if not requirements:
        raise service.error("no requirements")
    _refuse_duplicates(service.where, "requirement key", (r.key for r in requirements))
    return tuple(requirements)


def _requirement(table: Table, service: str, conditions: dict[str, Condition]) -> Requirement:
    key = _key(table, "requirement")
    table.named(f"{service}: requirement '{key}'")

    name, hint = table.text("name"), table.text("hint")
    if any(_COVER_LETTER.search(text) for text in (key.replace("_", " "), name, hint)):
        raise table.error("a cover letter from the RT/RW is not a requirement (Perpres 96/2018)")
    sptjm = table.optional_text("replaceable_by_sptjm")
    condition = table.optional_text("applies_when")
    if condition is not None and condition not in conditions:
        raise table.error(f"unknown condition '{condition}' (declare it under [conditions])")
    form = table.optional_text("form")
    if form is not None and not _FORM.fullmatch(form):
        raise table.error(f"form '{form}' is not an official form number like F-1.03")

    requirement = Requirement(
        key=key,
        name=name,
        hint=hint,
        optional=table.flag("optional"),
        replaceable_by_sptjm=_member(table, sptjm, Sptjm, "SPTJM") if sptjm else None,
        applies_when=conditions[condition] if condition else None,
        form=form,
        filled_online=table.flag("filled_online"),
    )
    if requirement.filled_online and not form:
        raise table.error("only an official form can be filled online: set 'form'")
    if requirement.optional and requirement.replaceable_by_sptjm:
        raise table.error("an optional paper needs no SPTJM to replace it")
    table.finish()
    return requirement


def _steps_and_fields(service: Table) -> tuple[tuple[Step, ...], tuple[Field, ...]]:
    steps = [_step(table, service.where) for table in service.tables("steps")]
    step_keys = {step.key for step in steps}
    fields = [_field(table, service.where, step_keys) for table in service.tables("fields")]

    _refuse_duplicates(service.where, "step key", (step.key for step in steps))
    _refuse_duplicates(service.where, "field key", (field.key for field in fields))
    if not steps:
        raise service.error("no steps")
    for step in steps:
        if not any(field.step == step.key for field in fields):
            raise service.error(f"step '{step.key}' has no fields")
    return tuple(steps), tuple(fields)


def _step(table: Table, service: str) -> Step:
    key = _key(table, "step")
    table.named(f"{service}: step '{key}'")
    step = Step(key=key, label=table.text("label"))
    table.finish()
    return step


def _field(table: Table, service: str, steps: set[str]) -> Field:
    key = _key(table, "field")
    table.named(f"{service}: field '{key}'")

    kind = _enum(table, "type", FieldType, "field type")
    step = table.text("step")
    if step not in steps:
        raise table.error(f"unknown step '{step}'")
    choices = [_choice(choice, table.where) for choice in table.tables("choices", required=False)]
    if kind is FieldType.CHOICE and len(choices) < 2:
        raise table.error("a choice field needs at least two choices")
    if kind is not FieldType.CHOICE and choices:
        raise table.error(f"a {kind} field takes no choices")
    _refuse_duplicates(table.where, "choice", (choice.value for choice in choices))

    field = Field(
        key=key,
        label=table.text("label"),
        type=kind,
        step=step,
        required=table.flag("required", default=True),
        choices=tuple(choices),
        hint=table.optional_text("hint"),
    )
    table.finish()
    return field


def _choice(table: Table, field: str) -> Choice:
    table.named(f"{field}: choice")
    choice = Choice(value=table.text("value"), label=table.text("label"))
    table.finish()
    return choice


def _key(table: Table, what: str) -> str:
    key = table.text("key")
    if not _KEY.fullmatch(key):
        raise table.error(f"{what} key '{key}' is not snake_case")
    return key


def _enum(table: Table, key: str, kind: type[E], what: str) -> E:
    return _member(table, table.text(key), kind, what)


def _member(table: Table, value: str, kind: type[E], what: str) -> E:
    try:
        return kind(value)
    except ValueError:
        expected = ", ".join(member.value for member in kind)
        raise table.error(f"unknown {what} '{value}' (expected one of: {expected})") from None


def _refuse_duplicates(where: str, what: str, names: Iterable[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise CatalogueError(f"{where}: duplicate {what} '{name}'")
        seen.add(name)
