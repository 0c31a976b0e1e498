"""schema/briefing.schema.json: generated from the model, committed, and what the JSON obeys."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import REPO, run_cli

from generator.generate import Seed, build_one
from generator.render import json_schema, to_json

SCHEMA_FILE = REPO / "schema" / "briefing.schema.json"
ARTICLE = """Council approves new water budget

Mayor Lena Ortiz said on 4 June 2025 that the council approved the budget.
"This protects every household," Ortiz told reporters.
It is unclear when the first pipes will be replaced.
"""


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_the_generated_one():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema(), (
        "the model changed: run `python -m generator schema > schema/briefing.schema.json`"
    )


def test_schema_command_prints_it(tmp_path):
    result = run_cli("schema", cwd=tmp_path, check=True)
    assert result.stdout == json_schema()


@pytest.fixture
def briefing_json(tmp_path) -> dict:
    seed = tmp_path / "water.txt"
    seed.write_text(ARTICLE, encoding="utf-8")
    built = build_one(Seed(seed, "seeds/water.txt", None))
    return json.loads(to_json(built.briefing))


def test_generated_json_validates(briefing_json):
    validator().validate(briefing_json)
    assert briefing_json["title"] == "Council approves new water budget"


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d.pop("title"),
        lambda d: d.update(sentences="s1"),
        lambda d: d.update(actors=[{"id": "a1", "name": "X", "type": "alien"}]),
        lambda d: d["source"].update(format="pdf"),
        lambda d: d.update(published=20250604),
    ],
)
def test_schema_rejects_what_the_model_cannot_hold(briefing_json, break_it):
    break_it(briefing_json)
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(briefing_json)
