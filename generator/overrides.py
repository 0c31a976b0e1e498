"""Analyst overrides: `seeds/NAME.yml` beside `seeds/NAME.txt`, applied on every run."""

from __future__ import annotations

from pathlib import Path

import yaml

from .model import Briefing
from .reading import SeedError


def load_overrides(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise SeedError(path, f"malformed override file: {exc}".splitlines()[0]) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SeedError(path, "override file must be a mapping")
    return data


def apply_overrides(briefing: Briefing, overrides: dict) -> None:
    if overrides.get("title"):
        briefing.title = " ".join(str(overrides["title"]).split())
