"""The service catalogue: every service, its requirements, its data steps and what it yields.

The services are data, kept in one reviewed file (services.toml, following Perpres 96/2018 and
Permendagri 108/2019), read and checked once by `load_catalogue()`.
"""

from adminduk.catalogue._table import CatalogueError
from adminduk.catalogue.loader import load_catalogue, parse_catalogue
from adminduk.catalogue.model import (
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

__all__ = [
    "Applicant",
    "Catalogue",
    "CatalogueError",
    "Choice",
    "Condition",
    "Delivery",
    "Field",
    "FieldType",
    "Group",
    "Requirement",
    "Service",
    "Sptjm",
    "Step",
    "load_catalogue",
    "parse_catalogue",
]
