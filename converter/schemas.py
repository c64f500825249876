"""The documents prxbrl writes, by the file name of their JSON Schema in ``schemas/``."""

from __future__ import annotations

from .models import LineItemDocument
from .report import Report

SCHEMAS = {
    "line-items.schema.json": LineItemDocument,
    "report.schema.json": Report,
}
