"""The benchmark corpus: N seed files in a folder, written at run time.

The corpus is the 1,000 Indonesian Detik.com articles in `../shared/data/id_news_detik1000`
(read here, never copied into the repository), each written as a seed with front matter
(title, url, published), plus the project's own `seeds/`. Beyond 1,000 the articles are
repeated with small edits (a numbered title, one paragraph moved, one number changed), so every
seed has its own hash and slug but the text stays real. Without `../shared` the corpus falls back
to generated text, so `make bench` still runs on a fresh clone.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED_CSV = ROOT.parent / "shared" / "data" / "id_news_detik1000" / "data_berita.csv"
PROJECT_SEEDS = ROOT / "seeds"
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class Article:
    title: str
    url: str
    published: str | None  # ISO date
    body: str  # paragraphs separated by blank lines


def real_articles(path: Path = SHARED_CSV) -> list[Article]:
    """The Detik articles, in file order; [] when the corpus is not there."""
    if not path.is_file():
        return []
    csv.field_size_limit(sys.maxsize)
    articles = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            body = row.get("isi_berita") or ""
            paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
            if not paragraphs:
                continue
            articles.append(
                Article(
                    title=" ".join((row.get("judul") or "").split()),
                    url=(row.get("tautan") or "").strip(),
                    published=_iso(row.get("tanggal") or ""),
                    body="\n\n".join(paragraphs),
                )
            )
    return articles


def _iso(stamp: str) -> str | None:
    """'10/21/2025 20:43' (M/D/YYYY H:MM) -> '2025-10-21'."""
    try:
        return datetime.strptime(stamp.strip(), "%m/%d/%Y %H:%M").date().isoformat()
    except ValueError:
        return None


# --- generated fallback -------------------------------------------------------------------------
# Plain English sentences with the things the stages look for: people with roles, organizations,
# dates, quotes. Written for this benchmark; the words vary so no two articles are alike.

_FIRST = ["Maria", "John", "Aisha", "Kenji", "Lucas", "Priya", "Omar", "Elena", "David", "Sofia"]
_LAST = ["Santos", "Walker", "Rahman", "Tanaka", "Moreau", "Iyer", "Haddad", "Petrova", "Kim"]
_ROLES = ["Minister of Finance", "spokesperson", "Governor", "chief executive", "mayor"]
_ORGS = ["the Ministry of Trade", "the Central Bank", "the National Police", "the Port Authority"]
_TOPICS = ["the rice price", "the new toll road", "flood relief", "the fuel subsidy", "inflation"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def _fake_article(rng: random.Random, index: int) -> Article:
    topic = rng.choice(_TOPICS)
    paragraphs = []
    for _ in range(rng.randint(6, 12)):
        who = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS), rng.randint(2023, 2026)
        paragraphs.append(
            " ".join(
                [
                    f"{rng.choice(_ROLES).capitalize()} {who} said on {day} {month} {year} that "
                    f"{topic} would be reviewed by {rng.choice(_ORGS)}.",
                    f'"We will decide by the end of {month}," {who.split()[1]} told reporters.',
                    f"The review of {topic} has not been completed and the cost of "
                    f"{rng.randint(2, 900)} billion has not been confirmed.",
                ]
            )
        )
    return Article(
        title=f"Review of {topic} {index}",
        url=f"https://example.org/news/{index}",
        published=f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        body="\n\n".join(paragraphs),
    )


def generated_articles(count: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    return [_fake_article(rng, i) for i in range(count)]


# --- variants and files -------------------------------------------------------------------------


def variant(article: Article, copy: int) -> Article:
    """Copy number `copy` (>= 1) of an article with small edits: a numbered title, the last
    paragraph moved to the front when there are several, and one number in the body changed."""
    paragraphs = article.body.split("\n\n")
    if len(paragraphs) > 2:
        paragraphs = paragraphs[-1:] + paragraphs[:-1]
    body = "\n\n".join(paragraphs)
    body = _NUMBER.sub(lambda m: str(int(m.group(0)) + copy), body, count=1)
    return Article(
        f"{article.title} ({copy + 1})", f"{article.url}#{copy}", article.published, body
    )


def articles(count: int, source: Path = SHARED_CSV) -> tuple[list[Article], str]:
    """`count` articles and a one-line description of where they came from."""
    base = real_articles(source)
    origin = f"{len(base)} Detik articles from {source}"
    if not base:
        base = generated_articles(min(count, 1000))
        origin = f"{len(base)} generated articles ({source} not found)"
    out: list[Article] = []
    copy = 0
    while len(out) < count:
        for article in base:
            if len(out) >= count:
                break
            out.append(article if copy == 0 else variant(article, copy))
        copy += 1
    if count > len(base):
        origin += f", repeated with small edits to {count}"
    return out, origin


def seed_text(article: Article) -> str:
    meta = {"title": article.title, "url": article.url}
    if article.published:
        meta["published"] = article.published
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=100_000)
    return f"---\n{head}---\n\n{article.body}\n"


def write_corpus(
    folder: Path, count: int, include_project_seeds: bool = True, source: Path = SHARED_CSV
) -> str:
    """Fill `folder` with `count` seed files (the project's own seeds count towards it)."""
    folder.mkdir(parents=True, exist_ok=True)
    own = sorted(p for p in PROJECT_SEEDS.glob("*") if p.is_file()) if include_project_seeds else []
    own = own[:count]
    for path in own:
        (folder / path.name).write_bytes(path.read_bytes())
    chosen, origin = articles(count - len(own), source)
    for index, article in enumerate(chosen):
        (folder / f"b{index:05d}.txt").write_text(seed_text(article), encoding="utf-8")
    if own:
        origin += f", plus {len(own)} file(s) of the project's seeds/"
    return origin


def iter_seed_files(folder: Path) -> Iterator[Path]:
    yield from sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html"})
