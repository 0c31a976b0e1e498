"""Stage: dates, normalized to ISO 8601 at the precision written."""

from __future__ import annotations

from ..language import Language
from ..model import Document


def find_dates(doc: Document, language: Language) -> None:
    """Fill doc.dates (and doc.reference_date when it can be inferred)."""
