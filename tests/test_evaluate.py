"""`briefings eval`: the README's matching rules on hand-built briefings, and the command itself
on invented gold files and articles (tests/fixtures/eval)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import REPO, SHARED, run_cli

from generator.evaluate import (
    Gold,
    GoldActor,
    GoldDate,
    GoldQuestion,
    GoldQuote,
    Ratio,
    Scores,
    contains_phrase,
    contains_words,
    evaluate,
    f1,
    load_gold,
    normalize,
    parse_minimums,
    score_briefing,
)
from generator.model import (
    Actor,
    Briefing,
    DateMention,
    OpenQuestion,
    Quote,
    Sentence,
    SourceInfo,
)

FIXTURES = REPO / "tests" / "fixtures" / "eval"


def briefing(
    sentences: list[str] = (),
    actors: list[Actor] = (),
    dates: list[DateMention] = (),
    quotes: list[Quote] = (),
    questions: list[OpenQuestion] = (),
) -> Briefing:
    """A briefing as the pipeline would return it; sentence ids are s1, s2, ..."""
    return Briefing(
        title="t",
        slug="t",
        language="en",
        source=SourceInfo(path="x.txt", sha256="0", format="txt"),
        outlet=None,
        url=None,
        published=None,
        reference_date=None,
        bottom_line="",
        key_points=[],
        sentences=[Sentence(f"s{i}", text) for i, text in enumerate(sentences, 1)],
        actors=list(actors),
        dates=list(dates),
        timeline=[],
        quotes=list(quotes),
        open_questions=list(questions),
        tags=[],
        warnings=[],
        generator="test",
    )


def gold(**parts) -> Gold:
    fields = dict(actors=[], optional_actors=[], dates=[], quotes=[], questions=[])
    fields.update(parts)
    return Gold(path=Path("g.yaml"), article="a.txt", language="en", **fields)


def actor(name: str, type_: str = "person", aliases=(), id_=None, **kw) -> Actor:
    return Actor(
        id=id_ or name.lower().replace(" ", "-"), name=name, type=type_, aliases=list(aliases), **kw
    )


RUIZ = GoldActor(
    "Elena Ruiz",
    "person",
    aliases=["Ruiz"],
    role=["port director"],
    affiliation=["ES", "Harbour Authority"],
)
HARBOUR = GoldActor("Harbour Authority", "organization", aliases=["Marlow Harbour Authority"])


# --- normalization ------------------------------------------------------------------------------


def test_names_ignore_case_accents_quotes_and_surrounding_punctuation():
    assert normalize("“José  RUIZ,”") == normalize("jose ruiz")
    assert normalize("(Dockers United)") == "dockers united"
    # inner punctuation still counts: these are different names
    assert normalize("Smith-Jones") != normalize("Smith Jones")


def test_containment_is_by_whole_words():
    assert contains_words("Menteri Luar Negeri Spanyol", "menteri luar negeri")
    assert not contains_words("Russia", "US")
    assert not contains_words("Presidential adviser", "President")
    assert not contains_words(None, "director")


def test_evidence_containment_ignores_case_and_whitespace():
    assert contains_phrase("The port  said ON\nTuesday that", "said on tuesday")
    assert contains_phrase("the nation’s top banks", "the nations top banks")
    assert not contains_phrase("The port said", "")


# --- actors -------------------------------------------------------------------------------------


def test_alias_match_and_duplicate_is_a_false_positive():
    g = gold(actors=[RUIZ])
    b = briefing(actors=[actor("Ruiz"), actor("Elena Ruíz", id_="a2")])
    scores, misses = score_briefing(g, b)
    assert scores.ratio("actors.precision") == Ratio(1, 2)
    assert scores.ratio("actors.recall") == Ratio(1, 1)
    assert "duplicate of gold 'Elena Ruiz'" in misses["false-positive actors"][0]


def test_places_and_optional_actors_are_ignored():
    g = gold(actors=[RUIZ, HARBOUR], optional_actors=["Marlow", "Marlow Gazette"])
    b = briefing(
        actors=[
            actor("Elena Ruiz"),
            actor("Marlow", "organization"),  # optional: neither right nor wrong
            actor("Marlow Harbour Authority", "place"),  # places are never scored
            actor("Ferry Union", "organization"),  # not in gold: a false positive
        ]
    )
    scores, misses = score_briefing(g, b)
    assert scores.ratio("actors.precision") == Ratio(1, 2)
    assert scores.ratio("actors.recall") == Ratio(1, 2)
    assert misses["false-positive actors"] == ["'Ferry Union' [organization]: not in gold"]
    assert (
        "'Marlow Harbour Authority' predicted as place"
        in (misses["ignored places that are gold actors"][0])
    )
    assert misses["missed actors"][0].startswith("'Harbour Authority' [organization]")


def test_optional_name_that_is_also_a_gold_actor_counts():
    g = gold(actors=[HARBOUR], optional_actors=["Harbour Authority"])
    b = briefing(
        actors=[
            actor("Harbour Authority", "organization"),
            actor("Marlow Harbour Authority", "organization", id_="dup"),
        ]
    )
    scores, _ = score_briefing(g, b)
    assert scores.ratio("actors.precision") == Ratio(1, 2)


def test_each_predicted_actor_finds_a_free_gold_actor_when_one_exists():
    # The first prediction matches both gold actors by its aliases, the second only one of them:
    # both are right, whatever the order.
    smith = GoldActor("Ann Smith", "person", aliases=["Smith"])
    smith_co = GoldActor("Smith Holdings", "organization", aliases=["Smith"])
    b = briefing(
        actors=[
            actor("Smith", "organization", aliases=["Smith Holdings"]),
            actor("Ann Smith", id_="p2"),
        ]
    )
    scores, misses = score_briefing(gold(actors=[smith, smith_co]), b)
    assert scores.ratio("actors.precision") == Ratio(2, 2)
    assert "false-positive actors" not in misses


def test_missed_actor_says_where_it_is_and_which_prediction_came_near():
    b = briefing(
        sentences=["The port opened.", "Port director Elena Ruiz spoke."],
        actors=[actor("Port director Elena Ruiz", mentions=["s2"])],
    )
    _, misses = score_briefing(gold(actors=[RUIZ]), b)
    assert misses["missed actors"] == [
        "'Elena Ruiz' [person] (any of 'Elena Ruiz', 'Ruiz') in s2; "
        "near: 'Port director Elena Ruiz'"
    ]
    assert misses["false-positive actors"] == [
        "'Port director Elena Ruiz' [person]: not in gold, first in s2"
    ]


def test_role_containment_affiliation_and_type():
    tom = GoldActor(
        "Tom Baker", "person", role=["general secretary"], affiliation=["Dockers United"]
    )
    nameless = GoldActor("Dockers United", "organization")
    g = gold(actors=[RUIZ, tom, nameless])
    b = briefing(
        actors=[
            actor("Elena Ruiz", role="Port Director of Marlow", country="ES"),
            actor("Tom Baker", role="secretary", affiliation="the Dockers United union"),
            actor("Dockers United", "group"),
        ]
    )
    scores, misses = score_briefing(g, b)
    assert scores.ratio("actors.role") == Ratio(1, 2)  # only gold actors with a role count
    assert scores.ratio("actors.affiliation") == Ratio(2, 2)  # country code; containment
    assert scores.ratio("actors.type") == Ratio(2, 3)
    assert misses["wrong roles"] == [
        "'Tom Baker': predicted 'secretary', gold any of ['general secretary']"
    ]
    assert misses["wrong types"] == ["'Dockers United': predicted group, gold organization"]


def test_affiliation_wrong_when_only_a_substring_of_a_word():
    trump = GoldActor("Donald Trump", "person", aliases=["Trump"], affiliation=["US"])
    scores, misses = score_briefing(
        gold(actors=[trump]), briefing(actors=[actor("Trump", affiliation="Russia")])
    )
    assert scores.ratio("actors.affiliation") == Ratio(0, 1)
    assert "wrong affiliations" in misses


# --- dates --------------------------------------------------------------------------------------


def test_dates_are_scored_as_distinct_values_and_anchored_by_sentence():
    g = gold(
        dates=[
            GoldDate("on Tuesday", "2024-01-09", "said on Tuesday that"),
            GoldDate("March 2024", "2024-03", "until March 2024"),
            GoldDate("1999", "1999", "since 1999"),
        ]
    )
    b = briefing(
        sentences=["The port said on  Tuesday that it waits.", "It waits until March 2024."],
        dates=[
            DateMention("Tuesday", "2024-01-09", None, "s1"),
            DateMention("Tuesday", "2024-01-09", None, "s2"),  # a repeat: one value
            DateMention("March 2024", "2024-03", None, "s1"),  # right value, wrong sentence
            DateMention("2023", "2023", None, "s2"),
        ],
    )
    scores, misses = score_briefing(g, b)
    assert scores.ratio("dates.precision") == Ratio(2, 3)
    assert scores.ratio("dates.recall") == Ratio(2, 3)
    assert scores.ratio("dates.anchored") == Ratio(1, 3)
    assert misses["missed dates"][0].startswith("1999")
    assert misses["extra dates"][0].startswith("2023 from '2023' in s2")
    assert misses["unanchored dates"][0].startswith("2024-03 found in s1")


# --- quotes -------------------------------------------------------------------------------------


def test_quote_needs_speaker_alias_and_normalized_opening():
    g = gold(actors=[RUIZ], quotes=[GoldQuote("Elena Ruiz", "Port's] need: more time,")])
    right = Quote("Ruiz", "ruiz", "“[PORT’S] need:  more TIME” to study the bids", "s1")
    wrong_speaker = Quote("Tom Baker", "tom", "[Port's] need: more time to decide", "s2")
    scores, misses = score_briefing(g, briefing(quotes=[wrong_speaker, right]))
    assert scores.ratio("quotes.precision") == Ratio(1, 2)
    assert scores.ratio("quotes.recall") == Ratio(1, 1)
    assert misses["extra quotes"][0].startswith("'Tom Baker' in s2")


def test_quote_speaker_matched_through_the_predicted_actors_aliases():
    g = gold(actors=[RUIZ], quotes=[GoldQuote("Ruiz", "We need")])
    b = briefing(
        actors=[actor("Director Elena", aliases=["Elena Ruiz"], id_="a1")],
        quotes=[Quote("Director Elena", "a1", "We need more time", "s1")],
    )
    scores, _ = score_briefing(g, b)
    assert scores.ratio("quotes.recall") == Ratio(1, 1)


def test_one_predicted_quote_matches_one_gold_quote():
    g = gold(
        actors=[RUIZ], quotes=[GoldQuote("Ruiz", "We need"), GoldQuote("Ruiz", "We need more")]
    )
    scores, misses = score_briefing(g, briefing(quotes=[Quote("Ruiz", None, "We need more", "s1")]))
    assert scores.ratio("quotes.recall") == Ratio(1, 2)
    assert "text found, attributed to 'Ruiz'" in misses["missed quotes"][0]


# --- open questions -----------------------------------------------------------------------------


def test_questions_precision_counts_optional_gold_recall_only_required():
    g = gold(
        questions=[
            GoldQuestion("which bidders", "no_comment", ["declined to say which"]),
            GoldQuestion("council money", "pending", ["will pay for the terminal"]),
            GoldQuestion("award date", "expected", ["delay the award"], optional=True),
        ]
    )
    b = briefing(
        sentences=["They will delay the award.", "She declined to say which firms bid.", "Sunny."],
        questions=[
            OpenQuestion("When?", "expected", ["s1"]),  # right: an optional gold question
            OpenQuestion("Who bid?", "no_comment", ["s3", "s2"]),  # right through its 2nd sentence
            OpenQuestion("Weather?", "pending", ["s3"]),  # wrong
        ],
    )
    scores, misses = score_briefing(g, b)
    assert scores.ratio("questions.precision") == Ratio(2, 3)
    assert scores.ratio("questions.recall") == Ratio(1, 2)
    assert misses["wrong questions"] == ["[pending] 'Weather?' citing s3"]
    assert misses["missed questions"][0].startswith("[pending] 'council money'")


# --- totals and bars ----------------------------------------------------------------------------


def test_f1_and_micro_average():
    assert f1(Ratio(1, 2), Ratio(1, 1)) == pytest.approx(2 / 3)
    assert f1(Ratio(0, 0), Ratio(0, 3)) == 0.0  # nothing predicted, something missed
    assert f1(Ratio(0, 0), Ratio(0, 0)) is None
    a = Scores({"quotes.precision": Ratio(1, 1), "quotes.recall": Ratio(1, 1)})
    b = Scores({"quotes.precision": Ratio(0, 3), "quotes.recall": Ratio(0, 1)})
    total = a + b
    assert total.value("quotes.precision") == 0.25  # 1/4 summed, not the mean of 1 and 0
    assert total.value("quotes.recall") == 0.5


def test_wilson_intervals_of_the_shares():
    low, high = Ratio(8, 10).interval()
    assert (round(low, 3), round(high, 3)) == (0.490, 0.943)  # the textbook values for 8 of 10
    assert Ratio(0, 0).interval() is None
    low, high = Ratio(0, 5).interval()
    assert low == 0.0 and 0.4 < high < 0.45
    # more items, a narrower interval around the same share
    small, large = Ratio(28, 38).interval(), Ratio(280, 380).interval()
    assert small[0] < large[0] < 28 / 38 < large[1] < small[1]


def test_parse_minimums():
    assert parse_minimums(["actors.f1=0.9", "dates.anchored=0.5"]) == {
        "actors.f1": 0.9,
        "dates.anchored": 0.5,
    }
    for bad in ["actors.f2=0.5", "actors.f1", "actors.f1=high", "actors.f1=1.5"]:
        with pytest.raises(ValueError, match="--min"):
            parse_minimums([bad])


def test_gold_values_read_as_iso_text(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text(
        "article: a.txt\ndates:\n  - {text: '1989', value: 1989, evidence: since}\n"
        "  - {text: x, value: 2024-01-09, evidence: y}\n",
        encoding="utf-8",
    )
    assert [d.value for d in load_gold(path).dates] == ["1989", "2024-01-09"]


# --- the command --------------------------------------------------------------------------------


def test_fixture_gold_is_scored_end_to_end():
    evaluation = evaluate(FIXTURES / "gold", FIXTURES / "articles")
    assert evaluation.errors == []
    assert [r.article.name for r in evaluation.results] == ["banjir-kota.txt", "harbor-ferry.txt"]
    languages = [r.briefing.language for r in evaluation.results]
    assert languages == ["id", "en"]
    total = evaluation.total
    assert total.ratio("actors.recall").total == 6  # every gold actor is counted once
    assert total.ratio("questions.recall").total == 3  # the optional question is not required


def test_cli_table_json_and_bars(tmp_path):
    gold_dir, articles = FIXTURES / "gold", FIXTURES / "articles"
    table = run_cli("eval", str(gold_dir), str(articles), "--min", "actors.recall=0", cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "harbor-ferry.txt [en]" in table.stdout
    assert "TOTAL over 2 articles (micro-averaged" in table.stdout

    out = run_cli("eval", str(gold_dir), str(articles), "--json", cwd=tmp_path, check=True)
    data = json.loads(out.stdout)
    assert data["total"]["counts"]["dates.recall"][1] == 4
    assert set(data["total"]["scores"]) == set(data["fields"])
    low, high = data["total"]["intervals"]["dates.recall"]
    hits, total = data["total"]["counts"]["dates.recall"]
    assert low <= hits / total <= high
    assert "95 % intervals (Wilson):" in table.stdout

    bad = run_cli("eval", str(gold_dir), str(articles), "--min", "actors.f3=1", cwd=tmp_path)
    assert bad.returncode == 2 and "actors.f3" in bad.stderr


def test_cli_fails_below_a_bar_and_lists_misses(tmp_path):
    # A gold actor the article never names: actor recall cannot reach 1.
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    data = yaml.safe_load((FIXTURES / "gold" / "harbor-ferry.yaml").read_text(encoding="utf-8"))
    data["actors"].append({"name": "Quentin Zorblax", "type": "person"})
    (gold_dir / "harbor-ferry.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    result = run_cli(
        "eval",
        str(gold_dir),
        str(FIXTURES / "articles"),
        "-v",
        "--min",
        "actors.recall=1",
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "below the bar: actors.recall" in result.stderr
    assert "'Quentin Zorblax' [person]" in result.stdout


def test_article_found_in_seeds_beside_the_eval_folder_and_missing_is_an_error(tmp_path):
    eval_dir = tmp_path / "shared" / "eval"
    (eval_dir / "gold").mkdir(parents=True)
    (eval_dir / "articles").mkdir()
    (tmp_path / "shared" / "seeds").mkdir()
    shutil.copy(FIXTURES / "gold" / "banjir-kota.yaml", eval_dir / "gold")
    shutil.copy(FIXTURES / "articles" / "banjir-kota.txt", tmp_path / "shared" / "seeds")
    (eval_dir / "gold" / "lost.yaml").write_text("article: lost.txt\n", encoding="utf-8")

    evaluation = evaluate(eval_dir / "gold", eval_dir / "articles")
    assert [r.article.parent.name for r in evaluation.results] == ["seeds"]
    assert len(evaluation.errors) == 1 and "'lost.txt' not found" in evaluation.errors[0]

    result = run_cli("eval", str(eval_dir / "gold"), str(eval_dir / "articles"), cwd=tmp_path)
    assert result.returncode == 1
    assert "banjir-kota.txt [id]" in result.stdout
    assert "error: lost.yaml: article 'lost.txt' not found" in result.stderr


@pytest.mark.shared
def test_shared_gold_produces_a_total():
    eval_dir = SHARED / "eval"
    result = run_cli("eval", str(eval_dir / "gold"), str(eval_dir / "articles"), cwd=REPO)
    assert "TOTAL over" in result.stdout, result.stderr
    assert "TOTAL (micro)" in result.stdout
    assert "error:" not in result.stderr  # every gold file finds its article


# --- a second annotation in place of the extraction ---------------------------------------------


def test_a_gold_scored_against_itself_agrees_on_everything():
    evaluation = evaluate(FIXTURES / "gold", FIXTURES / "articles", against=FIXTURES / "gold")
    assert evaluation.errors == []
    total = evaluation.total
    for name in (
        "actors.precision", "actors.recall", "actors.type", "actors.role", "actors.affiliation",
        "dates.precision", "dates.recall", "dates.anchored", "quotes.precision", "quotes.recall",
        "questions.precision", "questions.recall",
    ):  # fmt: skip
        ratio = total.ratio(name)
        assert ratio.total and ratio.hits == ratio.total, name


def test_a_second_annotation_that_differs_scores_lower_where_it_differs(tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(FIXTURES / "gold" / "banjir-kota.yaml", other)
    data = yaml.safe_load((FIXTURES / "gold" / "harbor-ferry.yaml").read_text(encoding="utf-8"))
    data["actors"] = [a for a in data["actors"] if a["name"] != "Dockers United"]
    data["actors"][1]["role"] = ["harbour master"]  # Elena Ruiz, another title
    data["quotes"][0]["starts"] = "We need more"  # a shorter opening of the same quotation
    data["quotes"][1]["starts"] = "should HAVE been"  # written otherwise: still that quotation
    data["open_questions"] = data["open_questions"][:1]
    (other / "harbor-ferry.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    evaluation = evaluate(FIXTURES / "gold", FIXTURES / "articles", against=other)
    result = {r.article.name: r for r in evaluation.results}["harbor-ferry.txt"]
    scores = result.scores
    assert (scores.ratio("actors.precision").hits, scores.ratio("actors.precision").total) == (3, 3)
    assert (scores.ratio("actors.recall").hits, scores.ratio("actors.recall").total) == (3, 4)
    assert scores.ratio("actors.role").hits == scores.ratio("actors.role").total - 1
    # the gold's opening "We need more time" is longer than the second annotator's "starts", yet
    # the quotation it opens is read from the article's sentence, so the quotes agree (and so
    # with a "starts" in other capitals, which the sentence holds only case-folded)
    assert scores.ratio("quotes.recall").hits == scores.ratio("quotes.recall").total
    assert (scores.ratio("questions.recall").hits, scores.ratio("questions.recall").total) == (1, 2)


def test_a_missing_second_annotation_is_an_error_naming_the_file(tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(FIXTURES / "gold" / "banjir-kota.yaml", other)
    result = run_cli(
        "eval",
        str(FIXTURES / "gold"),
        str(FIXTURES / "articles"),
        "--against",
        str(other),
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "harbor-ferry.yaml: no second annotation" in result.stderr
    assert "banjir-kota.txt" in result.stdout
