"""Project settings the generator reads from the site's configuration (mkdocs.yml).

Only one for now: the site's language (`theme.locale`), which the briefings' labels follow
("Intisari" or "Bottom line"), whatever each article's own language.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .language import available

CONFIG = Path("mkdocs.yml")


class _TolerantLoader(yaml.SafeLoader):
    """MkDocs configs may hold tags such as !ENV or !!python/name: read them as plain values."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node):
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)


_TolerantLoader.add_multi_constructor("", _any_tag)


def site_language(config: Path = CONFIG) -> str | None:
    """The site's language if it names one the generator has labels for, else None (each
    briefing then takes the labels of its own language)."""
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    theme = data.get("theme") if isinstance(data, dict) else None
    locale = theme.get("locale") if isinstance(theme, dict) else None
    code = str(locale).split("_")[0].split("-")[0].lower() if locale else None
    return code if code in available() else None
