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

from collections.abc import Callable
from functools import cache
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from ..language import FALLBACK, LanguageError, load
from .data import FullRecord, Record, safe_url
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


@cache
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
    index: SiteIndex,
    site_name: str,
    lang: str,
    path: str,
    kind: str,
    title: str,
    content_lang: str | None = None,
) -> dict:
    """`lang` is the site's language (labels, date formats, language names: the site's setting,
    theme.locale); `content_lang` the language the page's text is written in (`<html lang>`, by
    which Pagefind stems it), the same except on a briefing in another language."""
    return {
        "lang": lang,
        "content_lang": content_lang or lang,
        "L": labeler(lang),
        "base": base_for(path),
        "title": title,
        "kind": kind,
        "site_name": site_name,
        "index": index,
    }


# Beyond this many events (or open questions), the timeline gets one page per year and the
# questions one page per kind: a single page of 30,000 events is megabytes on a phone.
ONE_PAGE_LIMIT = 2000


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
        self.written: list[str] = []  # the paths of the pages drawn, for the sitemap

    def context(self, path: str, kind: str, title: str, **extra) -> dict:
        ctx = common_context(self.index, self.site_name, self.lang, path, kind, title)
        ctx.update(extra)
        return ctx

    def write(self, path: str, template: str, ctx: dict) -> None:
        target = self.site_dir / path / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        html = self.env.get_template(template).render(ctx)
        target.write_text(html, encoding="utf-8")
        self.written.append(path)

    def render_all(self, bundles: tuple[str, ...] = ("pagefind",)) -> int:
        """Every aggregate page; returns how many were written."""
        return self.render_deep() + self.render_top(bundles)

    def render_deep(self) -> int:
        """The pages two levels down (page/N/, actors/NAME/, tags/NAME/): Pagefind, reading
        only SLUG/index.html, can run meanwhile."""
        count = 0
        for number in range(2, self.index.home_pages + 1):
            self.write(f"page/{number}/", "home.html", self.home_context(number))
            count += 1
        for actor in self.index.actors:
            path = f"actors/{actor.slug}/"
            self.write(path, "actor.html", self.context(path, "actor", actor.name, actor=actor))
            count += 1
        for tag, slug in self.index.tag_slugs.items():
            path = f"tags/{slug}/"
            self.write(path, "tag.html", self.context(path, "tag", tag, tag=tag))
            count += 1
        if self.split_timeline:
            for year, events in groupby_year(self.index.events):
                path = f"timeline/{year}/"
                title = f"{self.L('timeline')} {year}"
                ctx = self.context(path, "timeline", title, groups=[(year, events)], years=None)
                self.write(path, "timeline.html", ctx)
                count += 1
        if self.split_questions:
            for kind, refs in self.index.questions.items():
                path = f"questions/{kind}/"
                title = f"{self.L('open_questions')}: {self.L('kind_' + kind)}"
                ctx = self.context(path, "questions", title, kinds={kind: refs}, split=False)
                self.write(path, "questions.html", ctx)
                count += 1
        return count

    @property
    def split_timeline(self) -> bool:
        return len(self.index.events) > ONE_PAGE_LIMIT

    @property
    def split_questions(self) -> bool:
        return sum(len(v) for v in self.index.questions.values()) > ONE_PAGE_LIMIT

    def render_top(self, bundles: list[str] | tuple[str, ...] = ("pagefind",)) -> int:
        """The index pages one level down (actors/, timeline/, questions/, tags/, search/);
        `bundles` are the folders of the search index (generator/site/search.py)."""
        L = self.L
        years = groupby_year(self.index.events)
        timeline = (
            {"groups": [], "years": [(y, len(evs)) for y, evs in years]}
            if self.split_timeline
            else {"groups": years, "years": None}
        )
        questions = {"kinds": self.index.questions, "split": self.split_questions}
        pages = [
            ("actors/", "actors.html", "actors", L("actors"), {}),
            ("timeline/", "timeline.html", "timeline", L("timeline"), timeline),
            ("questions/", "questions.html", "questions", L("open_questions"), questions),
            ("tags/", "tags.html", "tags", L("tags"), {}),
            ("search/", "search.html", "search", L("search"), {"bundles": list(bundles)}),
        ]
        for path, template, kind, title, extra in pages:
            self.write(path, template, self.context(path, kind, title, **extra))
        return len(pages)

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
        "page_links": [
            (n, page_path(n) if n else None) for n in page_numbers(number, index.home_pages)
        ],
    }


def page_numbers(current: int, total: int, around: int = 2) -> list[int]:
    """The page numbers a pager shows: first, last, and a few around the current one; 0 marks
    a gap. page_numbers(7, 20) == [1, 0, 5, 6, 7, 8, 9, 0, 20]."""
    shown = sorted({1, total, *range(max(1, current - around), min(total, current + around) + 1)})
    out: list[int] = []
    for n in shown:
        if out and n - out[-1] > 1:
            out.append(0)
        out.append(n)
    return out


# --- the briefing page ---------------------------------------------------------------------------


def render_briefing(
    env: Environment,
    record: FullRecord,
    index: SiteIndex,
    notes: str,
    *,
    base: str = "../",
    cite_href: str = "",
    lang: str | None = None,
) -> Markup:
    """The body of a briefing page, drawn from its data (the same Briefing the Markdown file was
    written from): theme/partials/briefing-body.html. `notes` is the HTML of the analyst's notes
    (the only part of the Markdown file MkDocs converts). The feed draws it again with links
    relative to the site root (base "", cite_href "SLUG/")."""
    html = env.get_template("partials/briefing-body.html").render(
        b=record,
        index=index,
        L=labeler(lang or record.language),
        lang=lang or record.language,
        content_lang=record.language,
        base=base,
        cite_href=cite_href,
        notes=Markup(notes),
    )
    return Markup(html)


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
        # the axis is labelled with the first and last events as written: no invented days
        "first": min(spans, key=lambda t: (t[1], t[2]))[0],
        "last": max(spans, key=lambda t: (t[2], t[1]))[0],
    }
