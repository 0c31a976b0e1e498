"""The built site in Debian's Chromium (tests/browser/site.mjs): every page kind loads at phone
and desktop width without console errors, failed or external requests, or serious axe-core
violations; citations scroll to and highlight their sentence; search stems Indonesian; the
dark-mode toggle is applied and remembered; the keyboard reaches the content."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_browser, serve
from test_site import HARBOUR, PARKIR, build_fixture_site

pytestmark = pytest.mark.browser

PAGES = {
    "home": "",
    "home-2": "page/2/",
    "briefing": f"{HARBOUR}/",
    "briefing-id": f"{PARKIR}/",
    "actor": "actors/rafael-ortiz-benavente/",
    "actors": "actors/",
    "timeline": "timeline/",
    "questions": "questions/",
    "tags": "tags/",
    "search": "search/?q=kebijakan",
    "hostile": "notes-on-script-alert-title-script-quotes/",
}


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("browser") / "project"
    # two home pages, and a search index in several bundles merged by the search page
    site = build_fixture_site(root, home_page_size=4, search_chunk_size=2)
    assert (site / "pagefind-2" / "pagefind.js").is_file()
    # BRIEFINGS_SHOTS=DIR keeps the screenshots for a human to look at.
    shots = Path(os.environ.get("BRIEFINGS_SHOTS") or root / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    with serve(site) as base:
        out = run_browser(
            "site.mjs",
            {
                "base": base,
                "pages": PAGES,
                "briefing": HARBOUR,
                "cite": "s7",
                "search": ["bijak", "Albares", "silt"],
                "shots": str(shots),
            },
        )
    out["base"] = base
    out["shots"] = shots
    return out


def test_every_page_kind_loads_cleanly(result):
    assert {p["kind"] for p in result["pages"]} == set(PAGES)
    for page in result["pages"]:
        where = f"{page['kind']} at {page['width']}px"
        assert page["errors"] == [], where
        assert page["failedRequests"] == [], where
        external = [u for u in page["requests"] if not u.startswith(result["base"])]
        assert external == [], where


def test_no_serious_accessibility_violations(result):
    for page in result["pages"]:
        assert page["violations"] == [], f"{page['kind']} at {page['width']}px"


def test_html_lang_follows_the_page(result):
    langs = {p["kind"]: p["lang"] for p in result["pages"]}
    assert langs["briefing-id"] == "id" and langs["briefing"] == "en" and langs["home"] == "en"


def test_citation_scrolls_to_and_highlights_the_sentence(result):
    cite = result["citation"]
    assert cite["highlighted"] and cite["inView"] and cite["hash"] == "#s7"
    assert cite["scrollY"] > 0
    assert cite["background"] not in {"rgba(0, 0, 0, 0)", "transparent"}
    assert cite["errors"] == []


def test_navigation_from_home_to_briefing_to_actor(result):
    nav = result["navigation"]
    assert nav["briefingUrl"].endswith(f"/{HARBOUR}/")
    assert "/actors/" in nav["actorUrl"] and nav["actorH1"] == nav["actorName"]
    assert nav["timelineUrl"].endswith("/timeline/")
    assert nav["errors"] == []


def test_search_stems_indonesian_and_finds_names(result):
    by_query = {s["query"]: s for s in result["searches"]}
    for s in by_query.values():
        assert s["errors"] == [] and s["failedRequests"] == [], s["query"]
    assert any(r.endswith(f"/{PARKIR}/") for r in by_query["bijak"]["results"])
    assert any("kebijakan" in m.lower() for m in by_query["bijak"]["marks"])
    assert any("/menteri-luar-negeri-spanyol" in r for r in by_query["Albares"]["results"])
    assert any(r.endswith(f"/{HARBOUR}/") for r in by_query["silt"]["results"])


def test_dark_mode_toggle_is_applied_and_remembered(result):
    dark = result["dark"]
    assert dark["before"] != dark["after"]
    assert dark["pressed"] == "true"
    assert dark["afterReload"] == dark["after"]
    assert dark["systemDark"] == dark["after"]  # the system setting gives the same colours
    assert dark["errors"] == []


def test_keyboard_skip_link_and_focus_styles(result):
    kb = result["keyboard"]
    assert "skip-link" in kb["first"]["cls"] and kb["first"]["visible"]
    assert kb["first"]["outline"] != "none"
    assert kb["afterSkip"] == "content"
    assert kb["next"]["inMain"] and kb["next"]["outline"] != "none"


def test_a_briefing_prints_on_white_without_the_site_chrome(result):
    printed = result["print"]
    assert printed["header"] == "none" and printed["toggle"] == "none"
    assert printed["background"] == "rgb(255, 255, 255)" and printed["color"] == "rgb(0, 0, 0)"
    assert printed["sourceShown"] != "none" and printed["pdfBytes"] > 10_000
