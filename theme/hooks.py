"""MkDocs hooks: the thin adapter between MkDocs and generator/site (which owns the logic).

on_files         read briefings/.data (MkDocs skips dot-folders), build the site index, add the
                 first home page (index.md); a briefing's Markdown is handed to MkDocs as its
                 notes only: the page is drawn from the briefing's data (the same Briefing the
                 Markdown was written from), which skips Python-Markdown on the generated part,
                 most of the build time
on_env           autoescape and the theme's filters
on_page_context  the names every template expects (lang, L, base, title, kind, index, ...);
                 a briefing page's body (partials/briefing-body.html)
on_post_build    Pagefind over the briefing pages, meanwhile the aggregate pages and the Atom
                 feed; a Pagefind failure fails the build (PluginError)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

# A project made with `briefings` may not have the package installed in MkDocs' interpreter
# path when mkdocs is run directly; the repository root is two levels up from theme/hooks.py.
_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path and (_ROOT / "generator").is_dir():
    sys.path.insert(0, str(_ROOT))

from generator.site import data, feed, pages, search, sitemap  # noqa: E402
from generator.site.index import PAGE_SIZE, build_index  # noqa: E402

log = logging.getLogger("mkdocs.hooks.briefings")

# One build at a time per process (MkDocs runs hooks sequentially); reset in on_config.
_build: dict = {}


def _site_lang(config) -> str:
    return str(config["theme"]["locale"] or "en").split("_")[0]


def on_config(config):
    _build.clear()
    return config


def on_files(files, config):
    docs = Path(config["docs_dir"])
    pages_by_slug = {
        Path(f.src_uri).stem: f
        for f in files.documentation_pages()
        if f.src_uri != "index.md" and "/" not in f.src_uri
    }
    records = data.load_records(docs / ".data", list(pages_by_slug))
    for record in records:
        file = pages_by_slug[record.slug]
        file.content_string = data.notes_of(file.content_string)
    extra = config.get("extra") or {}
    index = build_index(records, page_size=extra.get("home_page_size") or PAGE_SIZE)
    _build.update(
        index=index,
        contents={},
        data_dir=docs / ".data",
        feed_slugs={r.slug for r in index.records[: feed.FEED_SIZE]},
    )
    if files.get_file_from_path("index.md") is None:
        content = "---\ntemplate: home.html\n---\n"
        files.append(File.generated(config, "index.md", content=content))
    return files


def on_env(env, config, files):
    pages.install(env)
    _build["env"] = env
    return env


def on_page_context(context, page, config, nav):
    index = _build["index"]
    site_name = config["site_name"]
    path = page.url
    if page.file.src_uri == "index.md":
        context.update(
            pages.common_context(index, site_name, _site_lang(config), path, "home", site_name)
        )
        context.update(pages.home_data(index, 1))
        return context
    record = index.by_slug.get(Path(page.file.src_uri).stem)
    site_lang = _site_lang(config)
    content_lang = record.language if record else str(page.meta.get("language") or site_lang)
    kind = "briefing" if record else "page"
    context.update(
        pages.common_context(
            index, site_name, site_lang, path, kind, page.title or "", content_lang
        )
    )
    context["record"] = record
    if record is not None:  # the theme's env exists only now (MkDocs calls on_env late)
        full = data.load_full(_build["data_dir"], record.slug)
        if full is not None:
            html = pages.render_briefing(
                _build["env"], full, index, page.content or "", lang=site_lang
            )
            context["briefing_html"] = html
            if record.slug in _build["feed_slugs"]:  # links relative to feed.xml at the root
                feed_html = pages.render_briefing(
                    _build["env"],
                    full,
                    index,
                    page.content or "",
                    base="",
                    cite_href=f"{record.slug}/",
                    lang=site_lang,
                )
                _build["contents"][record.slug] = str(feed_html)
            context["title"] = record.title
    return context


def on_post_build(config):
    site_dir = Path(config["site_dir"])
    index = _build["index"]
    try:  # Pagefind reads the briefing pages while the aggregate pages are drawn
        chunk = (config.get("extra") or {}).get("search_chunk_size") or search.CHUNK
        job = search.SearchIndexJob(site_dir, [r.slug for r in index.records], int(chunk))
    except search.SearchIndexError as exc:
        raise PluginError(str(exc)) from exc
    try:
        renderer = pages.SiteRenderer(
            _build["env"], index, site_dir, config["site_name"], _site_lang(config)
        )
        count = renderer.render_deep()
        xml = feed.build_feed(
            index.records,
            _build["contents"],
            site_name=config["site_name"],
            site_url=config.get("site_url"),
            data_dir=_build["data_dir"],
        )
        (site_dir / "feed.xml").write_text(xml, encoding="utf-8")
    except BaseException:
        job.cancel()
        raise
    try:
        bundles = job.wait()
    except search.SearchIndexError as exc:
        raise PluginError(str(exc)) from exc
    count += renderer.render_top(bundles)  # after Pagefind: its glob would match these pages
    listed = [("", None)] + [(f"{r.slug}/", r.date) for r in index.records]
    listed += [(path, None) for path in renderer.written if path != "search/"]
    sitemap.write_sitemap(site_dir, sitemap.build_sitemap(config.get("site_url"), listed))
    log.info("%d aggregate pages, the feed and search bundles %s written", count, bundles)
