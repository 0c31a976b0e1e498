"""File names for briefings: readable slugs from titles, unique and stable."""

from __future__ import annotations

import hashlib
import re

from slugify import slugify as _slugify

MAX_LENGTH = 80

# The site's own top-level paths (generator/site/pages.py, the theme, Pagefind): a briefing named
# like one would overwrite it or be overwritten, so such a title gets a suffix like a collision.
RESERVED = frozenset(
    {
        "404", "actors", "assets", "feed", "index", "page", "pagefind", "questions", "search",
        "sitemap", "tags", "timeline",
    }
)  # fmt: skip


def slugify(title: str) -> str:
    """ASCII, lower case, words joined by hyphens, at most MAX_LENGTH characters; never empty."""
    slug = _slugify(title, max_length=MAX_LENGTH, word_boundary=True, save_order=True)
    return slug or "briefing"


def disambiguate(slug: str, seed_key: str, digits: int = 6) -> str:
    """A second seed wanting a taken slug gets a suffix derived from its own path: stable
    whatever other seeds come and go."""
    return f"{slug}-{hashlib.sha256(seed_key.encode('utf-8')).hexdigest()[:digits]}"


def is_variant(stem: str, slug: str) -> bool:
    """Whether a file name is `slug` itself or `slug` with a suffix from `disambiguate`."""
    return stem == slug or re.fullmatch(re.escape(slug) + r"-[0-9a-f]{6,64}", stem) is not None
