"""File names for briefings: readable slugs from titles, unique and stable."""

from __future__ import annotations

import hashlib

from slugify import slugify as _slugify

MAX_LENGTH = 80


def slugify(title: str) -> str:
    slug = _slugify(title, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    return slug or "briefing"


def disambiguate(slug: str, seed_path: str) -> str:
    """A second seed wanting a taken slug gets a suffix derived from its own path: stable
    whatever other seeds come and go."""
    return f"{slug}-{hashlib.sha256(seed_path.encode('utf-8')).hexdigest()[:6]}"
