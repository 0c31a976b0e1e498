"""Drawing the site's pages with the theme's Jinja environment.

MkDocs renders its whole navigation into every page it builds, so the site keeps MkDocs' own
pages few (the briefings and the first home page) and draws everything else here, after the MkDocs
build: more home pages, one page per actor, the timeline, the open questions, the tags and the
search page. Each page costs one template render, so the build grows linearly with the site.

Every template gets the same few names (see theme/base.html): `lang`, `L` (labels in that
language), `base` (the relative path to the site root), `title`, `kind`, `site_name`, `index`,
plus the page's own data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from ..language import FALLBACK, LanguageError, load
from .data import Record, safe_url
from .dates import format_date, month_key, precision, sort_key
from .index import SiteIndex


@cache
def labeler(lang: str) -> Callable[[str], str]:
    """L(key): the UI label in `lang`, falling back to English for a language without data."""
    try:
        language = load(lang)
    except LanguageError:
        language = load(FALLBACK)
    return language.label


def language_name(code: str, in_language: str) -> str:
    """'Indonesian' / 'Bahasa Indonesia' for 'id' (CLDR), the code when Babel does not know it."""
    try:
        from babel import Locale

        name = Locale.parse(code).get_display_name(in_language)
    except Exception:
        return code
    return name or code


def install(env: Environment) -> None:
    """Autoescape everything (article text is data), and the filters the templates use."""
    env.autoescape = True
    env.filters["fdate"] = format_date
    env.filters["precision"] = precision
    env.filters["safe_url"] = safe_url
    env.filters["language_name"] = language_name
    env.filters["month_key"] = month_key
    env.filters["groupby_month"] = groupby_month
    env.filters["groupby_year"] = groupby_year
    env.globals["labeler"] = labeler
    env.globals["timeline_span"] = timeline_span


def groupby_month(records: list[Record]) -> list[tuple[str, list[Record]]]:
    """Consecutive runs of briefings by month ('' for undated or year-only dates)."""
    groups: list[tuple[str, list[Record]]] = []
    for r in records:
        key = month_key(r.date)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(r)
        else:
            groups.append((key, [r]))
    return groups


def groupby_year(events) -> list[tuple[str, list]]:
    """Consecutive runs of (chronological) events by year; undated values last as given."""
    groups: list[tuple[str, list]] = []
    for ev in events:
        key = ev.event.date[:4]
        if groups and groups[-1][0] == key:
            groups[-1][1].append(ev)
        else:
            groups.append((key, [ev]))
    return groups


def base_for(path: str) -> str:
    """'' for the root, '../' for 'x/', '../../' for 'x/y/': relative links work anywhere the
    site is served from, and from file:// too."""
    depth = len([p for p in path.strip("/").split("/") if p])
    return "../" * depth if depth else "./"


def common_context(
    index: SiteIndex, site_name: str, lang: str, path: str, kind: str, title: str
) -> dict:
    return {
        "lang": lang,
        "L": labeler(lang),
        "base": base_for(path),
        "title": title,
        "kind": kind,
        "site_name": site_name,
        "index": index,
    }


class SiteRenderer:
    """Writes the aggregate pages into site_dir."""

    def __init__(
        self, env: Environment, index: SiteIndex, site_dir: Path, site_name: str, lang: str
    ) -> None:
        self.env = env
        self.index = index
        self.site_dir = site_dir
        self.site_name = site_name
        self.lang = lang
        self.L = labeler(lang)

    def context(self, path: str, kind: str, title: str, **extra) -> dict:
        ctx = common_context(self.index, self.site_name, self.lang, path, kind, title)
        ctx.update(extra)
        return ctx

    def write(self, path: str, template: str, ctx: dict) -> None:
        target = self.site_dir / path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        html = self.env.get_template(template).render(ctx)
        target.write_text(html, encoding="utf-8")

    def render_all(self) -> int:
        """Every aggregate page; returns how many were written."""
        count = 0
        for number in range(2, self.index.home_pages + 1):
            self.write(f"page/{number}/", "home.html", self.home_context(number))
            count += 1
        L = self.L
        self.write("actors/", "actors.html", self.context("actors/", "actors", L("actors")))
        count += 1
        for actor in self.index.actors:
            path = f"actors/{actor.slug}/"
            self.write(path, "actor.html", self.context(path, "actor", actor.name, actor=actor))
            count += 1
        self.write(
            "timeline/", "timeline.html", self.context("timeline/", "timeline", L("timeline"))
        )
        self.write(
            "questions/",
            "questions.html",
            self.context("questions/", "questions", L("open_questions")),
        )
        self.write("tags/", "tags.html", self.context("tags/", "tags", L("tags")))
        count += 3
        for tag, slug in self.index.tag_slugs.items():
            path = f"tags/{slug}/"
            self.write(path, "tag.html", self.context(path, "tag", tag, tag=tag))
            count += 1
        self.write("search/", "search.html", self.context("search/", "search", L("search")))
        return count + 1

    def home_context(self, number: int, path: str | None = None) -> dict:
        path = path if path is not None else ("" if number == 1 else f"page/{number}/")
        return self.context(path, "home", self.site_name, **home_data(self.index, number))


def home_data(index: SiteIndex, number: int) -> dict:
    """The briefings of home page `number`, and the links to its neighbours."""

    def page_path(n: int) -> str:
        return "" if n == 1 else f"page/{n}/"

    return {
        "home_records": index.home_page(number),
        "page_number": number,
        "page_count": index.home_pages,
        "newer_path": page_path(number - 1) if number > 1 else None,
        "older_path": page_path(number + 1) if number < index.home_pages else None,
    }


# --- the briefing page ---------------------------------------------------------------------------

_H1 = re.compile(r"^\s*(<h1\b[^>]*>.*?</h1>)", re.DOTALL)
_H2 = re.compile(r'(?=<h2 id="([\w-]+)")')


def split_sections(html: str) -> tuple[str, str, dict[str, str], list[str]]:
    """(h1, lead, sections by id, section order) of a briefing page's HTML body."""
    match = _H1.match(html)
    h1 = match.group(1) if match else ""
    rest = html[match.end() :] if match else html
    parts = _H2.split(rest)
    lead = parts[0]
    sections: dict[str, str] = {}
    order: list[str] = []
    for i in range(1, len(parts) - 1, 2):
        sid, chunk = parts[i], parts[i + 1]
        if sid in sections:  # a repeated id (hand-written): keep it with the previous section
            sections[sid] += chunk
            continue
        sections[sid] = chunk
        order.append(sid)
    return h1, lead, sections, order


_HEADING = re.compile(r'^<h2 id="[\w-]+"[^>]*>.*?</h2>', re.DOTALL)


def heading_of(section_html: str) -> str:
    match = _HEADING.match(section_html)
    return match.group(0) if match else ""


def briefing_body(html: str, record: Record, index: SiteIndex, env: Environment) -> dict:
    """The parts the briefing template lays out. The sections the theme draws better from data
    (actors with links to their pages, the timeline drawn as a timeline) replace the Markdown's
    tables; every other section is the Markdown's HTML, already escaped by the generator."""
    h1, lead, sections, order = split_sections(html)
    L = labeler(record.language)
    drawn = {
        "actors": "partials/briefing-actors.html",
        "timeline": "partials/briefing-timeline.html",
    }
    out = []
    for sid in order:
        chunk = sections[sid]
        template = drawn.get(sid)
        if template and _has_data(record, sid):
            body = env.get_template(template).render(
                record=record, index=index, L=L, lang=record.language, base="../"
            )
            chunk = heading_of(chunk) + body
        out.append(
            Markup(f'<section class="part part-{sid}" aria-labelledby="{sid}">{chunk}</section>')
        )
    return {"h1": Markup(h1), "lead": Markup(lead), "sections": out}


def _has_data(record: Record, sid: str) -> bool:
    return bool(record.actors if sid == "actors" else record.timeline)


def timeline_span(events) -> dict | None:
    """Positions (0..1) of dated events on a proportional axis, each as the span its precision
    covers: a day a point, a month a bar of a month, a year a bar of a year."""
    import datetime as dt

    spans = []
    for e in events:
        key = sort_key(e.date)
        if key[0] != 0:
            continue
        _, year, month, day, _q = key
        start = dt.date(year, month or 1, day or 1)
        if day:
            end = start + dt.timedelta(days=1)
        elif month:
            end = dt.date(year + (month == 12), month % 12 + 1, 1)
        else:
            end = dt.date(year + 1, 1, 1)
        spans.append((e, start, end))
    if not spans:
        return None
    lo = min(s for _, s, _ in spans)
    hi = max(e for _, _, e in spans)
    total = max((hi - lo).days, 1)
    return {
        "items": [
            {"event": e, "x": (s - lo).days / total, "w": (en - s).days / total}
            for e, s, en in spans
        ],
        "start": lo.isoformat(),
        "end": hi.isoformat(),
    }
