"""Stage: actors: people (with role and affiliation), organizations, countries, groups, media."""

from __future__ import annotations

from ..language import Language
from ..model import Document


def find_actors(doc: Document, language: Language) -> None:
    """Fill doc.actors and doc.mentions."""
