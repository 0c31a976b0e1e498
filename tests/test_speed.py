"""The fast paths give what the slow paths they replace give (no timings here: see bench/).

* `generate.read_cache_fields` vs parsing the whole front matter
* `render.dump_yaml` through libyaml vs PyYAML's Python emitter
* `language.fold`'s ASCII fast path and cache vs the NFKD definition
* py3langid's restricted model from the cache vs unpacked from the package
* the benchmark corpus (bench/corpus.py): distinct seeds that the reader accepts
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest
import yaml

from generator import language
from generator.generate import read_cache_fields, read_front_matter
from generator.reading import read_seed
from generator.render import dump_yaml

REPO = Path(__file__).resolve().parent.parent
CACHE_KEYS = ("source", "generator", "overrides_sha256", "content_sha256")


def _cache_view(meta: dict) -> dict:
    return {k: meta.get(k) for k in CACHE_KEYS}


# --- front matter fields -----------------------------------------------------------------------

GENERATED = """---
title: 'Menteri: "rapat" ditunda'
actors:
- name: Budi Santoso
  role: Menteri Keuangan
tags:
- ekonomi
source:
  path: seeds/a.txt
  sha256: abc123
generator: 0.1.0+0123456789
overrides_sha256: def456
content_sha256: 789abc
---

# body
"""

UNUSUAL = [
    # flow style, as a hand edit might leave it
    "---\nsource: {path: seeds/a.txt, sha256: x}\ngenerator: g\ncontent_sha256: c\n---\n",
    # quoted keys: not seen by the line scan, so the whole front matter is parsed
    '---\n"source": {path: a}\ngenerator: g\ncontent_sha256: c\n---\n',
    # a comment between fields
    "---\nsource:\n  path: a\n  sha256: b\n# note\ngenerator: g\ncontent_sha256: c\n---\n",
    # an alias defined outside the fields read
    "---\nother: &s\n  path: a\nsource: *s\ncontent_sha256: c\n---\n",
    # a field of the wrong kind
    "---\nsource:\n- a\ncontent_sha256: c\n---\n",
    # no digest: not written by the generator
    "---\ntitle: x\nsource:\n  path: a\n---\n",
    "---\ntitle: [unclosed\n---\n",
    "no front matter at all\n",
]


@pytest.mark.parametrize("text", [GENERATED, *UNUSUAL])
def test_cache_fields_match_the_whole_front_matter(text: str) -> None:
    assert _cache_view(read_cache_fields(text)) == _cache_view(read_front_matter(text))


def test_cache_fields_of_a_generated_briefing() -> None:
    fields = read_cache_fields(GENERATED)
    assert fields["source"] == {"path": "seeds/a.txt", "sha256": "abc123"}
    assert fields["generator"] == "0.1.0+0123456789"
    assert fields["content_sha256"] == "789abc"


# --- YAML emitter ------------------------------------------------------------------------------

VALUES = [
    "plain words",
    "Menteri: rapat",
    "'quoted' and \"double\"",
    "emoji 😀 in a title",
    "a\u2028line separator",
    "tab\there",
    "back\\slash",
    "null",
    "012",
    "- dash first",
    "\ufeffbom",
    "",
    None,
    3,
]


@pytest.mark.parametrize("value", VALUES)
def test_dump_yaml_writes_what_the_python_emitter_writes(value) -> None:
    data = {"title": value, "actors": [{"name": value, "role": "x"}], "tags": [value]}
    expected = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100_000)
    assert dump_yaml(data) == expected
    assert yaml.safe_load(dump_yaml(data)) == data


# --- fold --------------------------------------------------------------------------------------


def _fold_by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


WORDS = ["José", "JOSE", "Straße", "ﬁle", "Ｆｕｌｌ", "İstanbul", "Ångström", "e\u0301", "ab-DEF 1"]


@pytest.mark.parametrize("word", WORDS)
def test_fold_matches_its_definition(word: str) -> None:
    assert language.fold(word) == _fold_by_definition(word)


# --- language identification ---------------------------------------------------------------

SAMPLES = [
    "Menteri Keuangan mengatakan rapat anggaran ditunda hingga pekan depan karena data belum ada.",
    "The finance minister said the budget meeting was postponed until next week.",
    "Ok.",
]


def test_cached_identifier_answers_like_the_packaged_model(tmp_path, monkeypatch) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    langs = language.available()
    language._identifier.cache_clear()
    try:
        built = language._identifier(langs)  # unpacks the package's model, writes the cache
        cached_files = list((tmp_path / "briefings").glob("langid*.npz"))
        assert len(cached_files) == 1
        language._identifier.cache_clear()
        from_cache = language._identifier(langs)
    finally:
        language._identifier.cache_clear()
    reference = LanguageIdentifier.from_model_file(MODEL_FILE)
    reference.set_languages(list(langs))
    for text in SAMPLES:
        assert from_cache.classify(text) == reference.classify(text) == built.classify(text)
    assert from_cache.classify(SAMPLES[0])[0] == "id"
    assert from_cache.classify(SAMPLES[1])[0] == "en"


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch) -> None:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    langs = language.available()
    path = language._model_cache_path(MODEL_DIR / MODEL_FILE, langs)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a numpy archive")
    language._identifier.cache_clear()
    try:
        identifier = language._identifier(langs)
    finally:
        language._identifier.cache_clear()
    assert identifier.classify(SAMPLES[0])[0] == "id"
    with np.load(path, allow_pickle=False) as data:  # replaced by a real model
        assert list(data["classes"]) == list(langs)


# --- benchmark corpus --------------------------------------------------------------------------


@pytest.fixture
def corpus_module(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "bench"))
    sys.modules.pop("corpus", None)
    import corpus

    return corpus


def test_generated_corpus_without_shared_data(tmp_path, corpus_module) -> None:
    articles, origin = corpus_module.articles(25, source=tmp_path / "absent.csv")
    assert len(articles) == 25
    assert "generated" in origin
    assert len({a.title for a in articles}) == 25


def test_variants_differ_from_their_original(corpus_module) -> None:
    original = corpus_module.Article(
        "Judul", "https://example.org/a", "2025-01-02", "Satu 10 kata.\n\nDua.\n\nTiga."
    )
    first, second = corpus_module.variant(original, 1), corpus_module.variant(original, 2)
    assert len({original.title, first.title, second.title}) == 3
    assert len({original.body, first.body, second.body}) == 3
    assert first.body.startswith("Tiga.")  # the last paragraph moved first


def test_written_seeds_are_read_with_their_front_matter(tmp_path, corpus_module) -> None:
    folder = tmp_path / "seeds"
    corpus_module.write_corpus(folder, 12, include_project_seeds=False)
    paths = list(corpus_module.iter_seed_files(folder))
    assert len(paths) == 12
    for path in paths[:3]:
        source = read_seed(path)
        assert source.meta["title"]
        assert source.meta["url"].startswith("https://")
        assert source.blocks


@pytest.mark.shared
def test_real_corpus_is_read_from_shared(corpus_module) -> None:
    articles = corpus_module.real_articles()
    assert len(articles) == 1000
    assert all(a.title and a.body for a in articles)
    assert sum(a.published is not None for a in articles) > 900


# --- the JSON cache for tables built from installed packages ---------------------------------


def test_cached_json_builds_once_per_key(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls: list[str] = []

    def build(tag: str):
        def run():
            calls.append(tag)
            return {"names": ["Budi", "Siti"], "tag": tag}

        return run

    first = language.cached_json("names-id", "faker 40 / zipf 3", build("a"))
    again = language.cached_json("names-id", "faker 40 / zipf 3", build("b"))
    other = language.cached_json("names-id", "faker 41 / zipf 3", build("c"))
    assert first == again == {"names": ["Budi", "Siti"], "tag": "a"}
    assert other["tag"] == "c"
    assert calls == ["a", "c"]


def test_cached_json_rebuilds_a_damaged_file_and_survives_no_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language.cached_json("t", "k", lambda: [1])
    (cached,) = (tmp_path / "briefings").glob("t-*.json")
    cached.write_text("{not json", encoding="utf-8")
    assert language.cached_json("t", "k", lambda: [2]) == [2]
    assert language.cached_json("t", "k", lambda: [3]) == [2]  # the rebuilt file was kept
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder should be
    assert language.cached_json("t", "k", lambda: [4]) == [4]


def test_the_extraction_step_reports_its_median_run(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(REPO / "bench"))
    sys.modules.pop("run", None)
    import run

    def measure(ms: float) -> run.Measure:
        figures = {
            "articles": 10,
            "seconds": ms / 100,
            "per_second": 1000 / ms,
            "per_cpu_second": 1000 / ms,
            "median_ms": ms,
            "p95_ms": ms,
            "max_ms": ms,
            "warm_up_s": 0.1,
            "mean_chars": 2500,
            "seed_chars": 2500,
            "seed_sized": 4,
            "seed_sized_ms": ms,
        }
        return run.Measure(1000, "extract", ms / 100, 1, 1, json.dumps(figures))

    chosen = run._median_run([measure(7.5), measure(4.5), measure(5.0)])
    assert chosen.seconds == 0.05
    assert "5.0 ms each" in chosen.note and "(seed-sized ms: 7.5, 4.5, 5.0)" in chosen.note


def test_the_date_benchmark_builds_its_documents_with_the_segmenter(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(REPO / "bench"))
    sys.modules.pop("tempeval", None)
    import tempeval

    from generator.language import load

    text = "Orvex said on Monday it would cut jobs.\n\nThe plan starts in March 2014."
    doc = tempeval.document(text, "2013-04-29", load("en"))
    assert [s.text for s in doc.sentences] == [
        "Orvex said on Monday it would cut jobs.",
        "The plan starts in March 2014.",
    ]
