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
