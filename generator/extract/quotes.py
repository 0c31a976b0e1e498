"""Stage: direct quotations and who said them."""

from __future__ import annotations

from ..language import Language
from ..model import Document


def find_quotes(doc: Document, language: Language) -> None:
    """Fill doc.quotes."""
