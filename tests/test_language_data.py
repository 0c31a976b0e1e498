"""Language data files: what YAML reads from them is what their authors wrote."""

from __future__ import annotations

import pytest
import yaml

from generator.language import _YAML_LOADER as LOADER
from generator.language import available, load


def _items(node, path=()):
    """Every item of every list in the data, with where it stands."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _items(value, (*path, str(key)))
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                yield from _items(item, path)
            else:
                yield "/".join(path), item


@pytest.mark.parametrize("code", available())
def test_word_lists_hold_words(code):
    """YAML 1.1 reads no/on/yes/off as booleans and bare numbers as numbers: a list of words
    (abbreviations "no", stop words "On") must keep them as the strings they are."""
    odd = [(where, item) for where, item in _items(load(code).data) if not isinstance(item, str)]
    assert odd == []


def test_no_on_yes_and_off_stay_words_while_true_and_false_stay_booleans():
    text = "words: [No, On, yes, off]\nflag: true\nother: False\n"
    assert yaml.load(text, Loader=LOADER) == {
        "words": ["No", "On", "yes", "off"],
        "flag": True,
        "other": False,
    }


def test_every_language_data_file_shapes_the_generator_fingerprint():
    """A word list next to the YAML files (WordNet's occupations) changes briefings as the YAML
    does: an edit to it must make `generate` redo every briefing, not call them unchanged."""
    from generator.generate import SHAPING_SUFFIXES
    from generator.language import DATA_DIR

    files = [p for p in DATA_DIR.iterdir() if p.is_file()]
    assert any(p.suffix == ".txt" for p in files)
    assert [p.name for p in files if p.suffix not in SHAPING_SUFFIXES] == []


@pytest.mark.parametrize("code", available())
def test_a_word_list_a_language_names_exists_and_holds_single_words(code):
    from generator.extract.actor_lexicon import lexicon

    occupations = lexicon(load(code)).occupations
    assert all(" " not in w and w == w.strip() and w for w in occupations)
    if load(code).section("actors").get("occupations_file"):
        assert len(occupations) > 1000
