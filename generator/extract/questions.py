"""Stage: open questions: what a reader should watch, with the sentences that raise it."""

from __future__ import annotations

from ..language import Language
from ..model import Document


def find_open_questions(doc: Document, language: Language) -> None:
    """Fill doc.open_questions."""
