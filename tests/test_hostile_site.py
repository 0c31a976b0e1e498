"""Hostile seeds (tests/fixtures/hostile: text, Markdown with an override file, HTML) built into a
real site and loaded in Debian's Chromium: no injected script runs, no injected element or
javascript:/data: link exists, on any page, and the payloads are shown as text."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html
import pytest
import yaml
from conftest import make_project, run_browser, run_cli, serve

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
SEEDS = sorted(p for p in FIXTURES.iterdir() if p.name != "README.md")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = make_project(tmp_path_factory.mktemp("hostile") / "project")
    for seed in SEEDS:
        shutil.copy(seed, root / "seeds" / seed.name)
    result = run_cli("build", cwd=root)
    assert result.returncode == 0, result.stderr + result.stdout
    return root


def pages(site_dir: Path) -> list[str]:
    paths = []
    for html in sorted(site_dir.rglob("*.html")):
        rel = html.relative_to(site_dir)
        if rel.parts[0] in {"pagefind", "assets"}:
            continue
        paths.append("" if rel.as_posix() == "index.html" else rel.parent.as_posix() + "/")
    return [p for p in paths if p != "404/"]


def test_every_seed_became_a_briefing_with_inert_front_matter(site):
    briefings = sorted((site / "briefings").glob("*.md"))
    assert len(briefings) == len([s for s in SEEDS if s.suffix != ".yml"])
    for path in briefings:
        text = path.read_text(encoding="utf-8")
        meta = yaml.safe_load(text[4 : text.index("\n---\n")])
        assert meta["url"] is None or meta["url"].startswith(("http://", "https://"))
        assert "<script>" not in text.split("\n---\n", 1)[1].split("<!-- briefings:notes")[0]
    by_title = {yaml.safe_load(p.read_text(encoding="utf-8").split("\n---\n")[0][4:])["title"]
                for p in briefings}  # fmt: skip
    assert "Budget: <script>window.__pwned=1</script> & 'quotes' #not-a-comment ---" in by_title
    assert any(t.startswith("Override <script>") for t in by_title), "the override's title"


def test_built_html_holds_the_payloads_only_as_text(site):
    """The same checks as in the browser, on the HTML files as built (no JavaScript needed)."""
    for html in (site / "site").rglob("*.html"):
        root = lxml.html.fromstring(html.read_bytes())
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            assert el.tag not in {"iframe", "object", "embed", "marquee"}, html
            assert not [a for a in el.attrib if a.lower().startswith("on")], (html, el.tag)
            for name in ("href", "src", "action", "formaction"):
                value = el.get(name, "").strip().lower()
                assert not value.startswith(("javascript:", "data:", "vbscript:")), (html, value)
            if el.tag == "script":
                assert "pwned" not in (el.text or "") and "alert(" not in (el.text or ""), html
            if el.tag == "img":
                assert el.get("src") != "x", html


@pytest.mark.browser
def test_nothing_injected_runs_or_exists_in_the_browser(site):
    paths = pages(site / "site")
    assert len(paths) >= 10, paths
    briefing_pages = [f"{p.stem}/" for p in (site / "briefings").glob("*.md")]
    assert len(briefing_pages) == 3 and set(briefing_pages) <= set(paths), paths
    search = ["search/?q=pwned", "search/?q=script", "search/?q=onerror"]
    with serve(site / "site") as base:
        out = run_browser("hostile.mjs", {"base": base, "pages": paths + search, "settle": 800})
    assert len(out["pages"]) == len(paths) + len(search)
    for page in out["pages"]:
        where = page["path"] or "home"
        assert page["pwned"] is False, where
        assert page["dialogs"] == [], where
        assert page["injected"] == [], where
        assert page["errors"] == [], where
    shown = {p["path"] for p in out["pages"] if p["shownText"]}
    assert set(briefing_pages) <= shown, "the payloads are visible as text on their briefings"
