"""generator/overrides.py: the analyst's NAME.yml, validated and applied on every run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import run_cli

from generator.model import (
    Actor,
    Briefing,
    DateMention,
    OpenQuestion,
    Quote,
    Sentence,
    SourceInfo,
    TimelineEvent,
)
from generator.overrides import apply_overrides, apply_to_source, load_overrides
from generator.reading import SeedError


def briefing() -> Briefing:
    """A small finished briefing, written by hand so these tests do not depend on extraction."""
    sentences = [
        Sentence("s1", "Minister Ana Silva said on 3 March 2025 the vote waits until April."),
        Sentence("s2", '"We need time," Silva said, as the Bank warned in January.'),
        Sentence("s3", "Ana Silva and the Bank met; nobody knows when subsidies end."),
    ]
    actors = [
        Actor("a1", "Ana Silva", "person", ["Silva"], "Minister", None, None, ["s1", "s2"]),
        Actor("a2", "the Bank", "organization", [], None, None, None, ["s2", "s3"]),
        Actor("a3", "Silva", "person", [], None, "Finance Ministry", "PT", ["s3"]),
    ]
    dates = [
        DateMention("3 March 2025", "2025-03-03", None, "s1"),
        DateMention("April", "2025-04", None, "s1"),
        DateMention("January", "2025-01", None, "s2"),
    ]
    timeline = [
        TimelineEvent("2025-01", None, sentences[1].text, ["a2", "a1"], "s2"),
        TimelineEvent("2025-03-03", None, sentences[0].text, ["a1"], "s1"),
        TimelineEvent("2025-04", None, sentences[0].text, ["a1"], "s1"),
    ]
    return Briefing(
        title="Vote waits",
        slug="vote-waits",
        language="en",
        source=SourceInfo("seeds/x.txt", "0" * 64, "txt"),
        outlet=None,
        url=None,
        published=None,
        reference_date=None,
        bottom_line=sentences[0].text,
        key_points=[],
        sentences=sentences,
        actors=actors,
        dates=dates,
        timeline=timeline,
        quotes=[Quote("Ana Silva", "a1", "We need time", "s2", ["s2"])],
        open_questions=[OpenQuestion("When do subsidies end?", "pending", ["s3"])],
        tags=["the Bank", "Silva"],
        warnings=[],
        generator="test",
    )


def overrides(tmp_path: Path, data: dict | str):
    path = tmp_path / "x.yml"
    text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return load_overrides(path)


def applied(tmp_path: Path, data: dict | str) -> Briefing:
    b = briefing()
    apply_overrides(b, overrides(tmp_path, data))
    return b


def error(tmp_path: Path, data: dict | str) -> str:
    with pytest.raises(SeedError) as info:
        applied(tmp_path, data)
    message = str(info.value)
    assert message.startswith(str(tmp_path / "x.yml") + ": "), "the error names the override file"
    assert "\n" not in message
    return info.value.reason


# --- actors -------------------------------------------------------------------------------------


def test_rename_keeps_the_old_name_as_alias_and_follows_into_quotes_and_tags(tmp_path):
    b = applied(tmp_path, {"actors": {"the Bank": {"name": "World Bank"}}})
    bank = next(a for a in b.actors if a.id == "a2")
    assert bank.name == "World Bank" and "the Bank" in bank.aliases
    assert b.tags == ["World Bank", "Silva"]
    b = applied(tmp_path, {"actors": {"Ana Silva": {"name": "Ana Maria Silva"}}})
    assert b.quotes[0].speaker == "Ana Maria Silva"


def test_fix_role_affiliation_type_and_clear_with_null(tmp_path):
    fixes = {"a2": {"type": "group", "affiliation": "UN"}, "Ana Silva": {"role": None}}
    b = applied(tmp_path, {"actors": fixes})
    bank, ana = (next(a for a in b.actors if a.id == i) for i in ("a2", "a1"))
    assert (bank.type, bank.affiliation) == ("group", "UN")
    assert ana.role is None


def test_actor_found_by_alias_case_and_spacing(tmp_path):
    b = applied(tmp_path, {"actors": {"  SILVA ": {"role": "Finance Minister"}}})
    # "Silva" is an alias of a1 and the name of a3: the first actor holding it is meant.
    assert next(a for a in b.actors if a.id == "a1").role == "Finance Minister"


def test_merge_moves_names_mentions_quotes_and_timeline(tmp_path):
    b = applied(tmp_path, {"actors": {"a3": {"merge": "Ana Silva"}}})
    assert [a.id for a in b.actors] == ["a1", "a2"]
    ana = b.actors[0]
    assert ana.mentions == ["s1", "s2", "s3"]
    assert ana.affiliation == "Finance Ministry" and ana.role == "Minister"
    assert "Silva" in ana.aliases


def test_merge_rewrites_speaker_and_timeline_ids(tmp_path):
    b = applied(tmp_path, {"actors": {"Ana Silva": {"merge": "the Bank"}}})
    assert b.quotes[0].speaker_id == "a2" and b.quotes[0].speaker == "the Bank"
    assert b.timeline[0].actors == ["a2"]
    assert all("a1" not in e.actors for e in b.timeline)


def test_drop_removes_the_actor_everywhere(tmp_path):
    b = applied(tmp_path, {"actors": {"Ana Silva": "drop", "the Bank": "drop"}})
    assert [a.id for a in b.actors] == ["a3"]
    assert b.quotes[0].speaker is None and b.quotes[0].speaker_id is None
    assert all(not e.actors for e in b.timeline)
    assert b.tags == ["Silva"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"actors": {"Nobody Here": {"role": "x"}}}, "no actor 'Nobody Here' in the briefing"),
        ({"actors": {"a1": {"merge": "Ghost"}}}, "no actor 'Ghost'"),
        ({"actors": {"a1": {"merge": "Silva"}}}, "cannot be merged into itself"),
        ({"actors": {"a1": {"rol": "x"}}}, "unknown key `rol`"),
        ({"actors": {"a1": {"type": "alien"}}}, "Invalid enum value 'alien'"),
        ({"actors": {"a1": {"country": "Portugal"}}}, "ISO code"),
        ({"actors": {"a1": "remove"}}, "expected fixes"),
        ({"actors": ["a1"]}, "actors: must map"),
    ],
)
def test_actor_errors_name_the_file_and_the_reason(tmp_path, data, reason):
    assert reason in error(tmp_path, data)


def test_a_bad_reference_changes_nothing(tmp_path):
    b = briefing()
    fixes = overrides(tmp_path, {"actors": {"a1": {"name": "X"}, "Ghost": "drop"}})
    with pytest.raises(SeedError):
        apply_overrides(b, fixes)
    assert b.actors[0].name == "Ana Silva"


# --- dates and questions ------------------------------------------------------------------------


def test_fix_a_date_by_its_text_moves_its_timeline_event(tmp_path):
    b = applied(tmp_path, {"dates": {"april": "2025-05-02"}})
    assert b.dates[1].value == "2025-05-02"
    assert [e.date for e in b.timeline] == ["2025-01", "2025-03-03", "2025-05-02"]
    b = applied(tmp_path, {"dates": {"January": 2024}})  # YAML reads a bare year as a number
    assert b.timeline[0].date == "2024"


def test_drop_a_date_by_its_value(tmp_path):
    b = applied(tmp_path, {"dates": {"2025-03-03": "drop"}})
    assert [d.value for d in b.dates] == ["2025-04", "2025-01"]
    assert [e.date for e in b.timeline] == ["2025-01", "2025-04"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"dates": {"Christmas": "2025-12-25"}}, "no date 'Christmas' in the briefing"),
        ({"dates": {"April": "2025-02-30"}}, "expected YYYY, YYYY-MM, YYYY-MM-DD or `drop`"),
        ({"dates": {"April": "next week"}}, "expected YYYY"),
    ],
)
def test_date_errors(tmp_path, data, reason):
    assert reason in error(tmp_path, data)


def test_add_and_drop_questions(tmp_path):
    data = {
        "questions": {
            "add": ["Who pays?", {"question": "Will the Bank agree?", "kind": "expected",
                                  "evidence": ["s2"]}],
            "drop": ["when do subsidies END?"],
        }
    }  # fmt: skip
    b = applied(tmp_path, data)
    assert [(q.question, q.kind, q.evidence) for q in b.open_questions] == [
        ("Who pays?", "pending", []),
        ("Will the Bank agree?", "expected", ["s2"]),
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"questions": {"drop": ["Not asked?"]}}, "no question 'Not asked?'"),
        ({"questions": {"add": [{"question": "Q?", "evidence": ["s99"]}]}}, "no sentence 's99'"),
        ({"questions": {"add": [{"question": "Q?", "kind": "maybe"}]}}, "Invalid enum"),
        ({"questions": {"remove": ["x"]}}, "unknown key `remove`"),
        ({"questions": {"add": ["  "]}}, "must not be empty"),
    ],
)
def test_question_errors(tmp_path, data, reason):
    assert reason in error(tmp_path, data)


# --- metadata and the file itself ---------------------------------------------------------------


def test_metadata_goes_into_the_source_before_extraction(tmp_path):
    fixes = overrides(
        tmp_path,
        "title: '  Corrected:   title '\noutlet: null\nurl: https://example.org/a\n"
        "published: 2025-03-04\ntags: [energy, ' budget ', energy]\n",
    )
    meta = {"title": "Old", "outlet": "Old Times", "published": "2020-01-01"}
    apply_to_source(meta, fixes)
    assert meta == {"title": "Corrected: title", "url": "https://example.org/a",
                    "published": "2025-03-04"}  # fmt: skip
    b = briefing()
    apply_overrides(b, fixes)
    assert (b.title, b.outlet, b.tags) == ("Corrected: title", None, ["energy", "budget"])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("titel: x\n", "unknown key 'titel' (known keys: title,"),
        ("url: javascript:alert(1)\n", "url: not an http(s) address"),
        ("published: March\n", "published: not a date"),
        ("title: ''\n", "title: must not be empty"),
        ("tags: energy\n", "Expected `array`"),
        ("title: [unclosed\n", "malformed override file at line 2"),
        ("- a\n", "must be a mapping, not list"),
    ],
)
def test_file_errors(tmp_path, text, reason):
    assert reason in error(tmp_path, text)


def test_empty_override_file_changes_nothing(tmp_path):
    assert applied(tmp_path, "# nothing yet\n") == briefing()


# --- end to end ---------------------------------------------------------------------------------

ARTICLE = """Parliament delays vote on the energy budget

Finance Minister Maria Lopez said on Monday, 3 March 2025, that the vote would wait until April.
"We need more time to study the subsidy plan," Lopez told reporters in Jakarta.
The World Bank warned in January 2025 that subsidies cost 2 percent of output.
It remains unclear when the subsidy will end.
"""


def _data(root: Path) -> dict:
    (path,) = (root / "briefings" / ".data").glob("*.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_override_file_is_applied_on_every_run_and_errors_fail_only_its_seed(project):
    root = project({"budget.txt": ARTICLE, "other.txt": ARTICLE.replace("energy", "water")})
    run_cli("generate", "-j", "1", cwd=root, check=True)
    budget = next(
        json.loads(p.read_text(encoding="utf-8"))
        for p in (root / "briefings" / ".data").glob("*.json")
        if "energy" in p.name
    )
    first = budget["actors"][0]["name"]
    override = root / "seeds" / "budget.yml"
    override.write_text(
        f"title: Budget vote delayed\nactors:\n  {first!r}:\n    role: Spokesperson\n"
        "questions:\n  add:\n    - Who will pay for the subsidy?\n",
        encoding="utf-8",
    )
    run_cli("generate", "-j", "1", cwd=root, check=True)
    page = (root / "briefings" / "budget-vote-delayed.md").read_text(encoding="utf-8")
    assert "Spokesperson" in page and "Who will pay for the subsidy?" in page
    assert not any("energy" in p.name for p in (root / "briefings").glob("*.md")), "renamed"
    assert run_cli("check", cwd=root).returncode == 0

    override.write_text("actors:\n  Nobody At All: drop\n", encoding="utf-8")
    result = run_cli("generate", "-j", "1", cwd=root)
    assert result.returncode == 1
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert "seeds/budget.yml: actors: no actor 'Nobody At All'" in line
    # The failed seed's briefing is left as it was; the other seed is untouched.
    assert (root / "briefings" / "budget-vote-delayed.md").read_text(encoding="utf-8") == page
    check = run_cli("check", cwd=root)
    assert check.returncode == 1 and "override file changed" in check.stdout


def test_the_readme_example_is_a_valid_override_file(tmp_path):
    from conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = readme.split("### Correcting a briefing", 1)[1].split("```yaml\n", 1)[1]
    fixes = overrides(tmp_path, example.split("```", 1)[0])
    assert fixes.meta["outlet"] is None and fixes.tags == ["energy", "budget"]
    assert set(fixes.actors) == {"Lopez", "Ms Lopez", "Jakarta"}
