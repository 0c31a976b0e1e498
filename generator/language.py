"""Language knowledge, loaded from data.

Each language is one YAML file in `generator/languages/<code>.yaml` (see ARCHITECTURE.md for its
sections). Names that CLDR already knows (months, weekdays, countries) come from Babel, so a data
file only adds what CLDR lacks: abbreviations, local short forms ("AS"), and the cue words of the
extraction stages. Nothing here mentions a word of any language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "languages"
FALLBACK = "en"


class LanguageError(Exception):
    pass


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'José' and 'jose' fold alike."""
    if text.isascii():  # most words: nothing to decompose, and casefold() is lower() here
        return text.lower()
    return _fold_unicode(text)


@lru_cache(maxsize=1 << 16)  # called per word by the stages; words repeat
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def available() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in DATA_DIR.glob("*.yaml")))


@dataclass(frozen=True, eq=False)
class Language:
    code: str
    data: dict

    def section(self, name: str) -> dict:
        value = self.data.get(name) or {}
        if not isinstance(value, dict):
            raise LanguageError(f"{self.code}.yaml: section {name!r} must be a mapping")
        return value

    def words(self, section: str, key: str) -> list[str]:
        """A list of cue words/phrases, longest first (so alternations prefer the longest)."""
        items = self.section(section).get(key) or []
        return sorted({str(i) for i in items}, key=lambda s: (-len(s), s))

    def alternation(self, section: str, key: str) -> str:
        """A regex alternation of a word list, escaped, longest first; '(?!)' when empty."""
        words = self.words(section, key)
        return "|".join(re.escape(w) for w in words) if words else "(?!)"

    def label(self, key: str) -> str:
        labels = self.section("labels")
        if key in labels:
            return str(labels[key])
        if self.code != FALLBACK:
            return load(FALLBACK).label(key)
        return key.replace("_", " ").capitalize()

    @cached_property
    def months(self) -> dict[str, int]:
        """Folded month name or abbreviation -> month number (CLDR plus the data file's extras)."""
        names: dict[str, int] = {}
        try:
            from babel.dates import get_month_names

            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, locale=self.code).items():
                    names[fold(name).rstrip(".")] = number
        except Exception:  # a language Babel does not know: the data file must list them
            pass
        for name, number in (self.section("dates").get("months") or {}).items():
            names[fold(str(name))] = int(number)
        return names

    @cached_property
    def weekdays(self) -> dict[str, int]:
        """Folded weekday name -> ISO weekday index, Monday = 0."""
        names: dict[str, int] = {}
        try:
            from babel.dates import get_day_names

            for width in ("wide", "abbreviated"):
                for number, name in get_day_names(width, locale=self.code).items():
                    key = fold(name).rstrip(".")
                    if len(key) > 2:
                        names[key] = number
        except Exception:
            pass
        for name, number in (self.section("dates").get("weekdays") or {}).items():
            names[fold(str(name))] = int(number)
        return names

    @cached_property
    def countries(self) -> dict[str, str]:
        """Folded country name (in this language and in English) -> ISO 3166-1 alpha-2 code."""
        return country_names(self.code, tuple(sorted(self.section("countries").items())))


@cache
def country_names(code: str, extras: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for locale in dict.fromkeys((code, "en")):
        try:
            territories = Locale.parse(locale).territories
        except Exception:
            continue
        for iso, name in territories.items():
            if len(iso) == 2 and iso.isalpha() and iso not in {"ZZ", "EU", "EZ", "UN", "QO"}:
                for form in _name_forms(name):
                    names.setdefault(fold(form), iso)
    # ISO 3166's own English names (pycountry): "Czech Republic", "Republic of Korea", "Laos"
    import pycountry

    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            for form in _name_forms(getattr(country, attr, None) or ""):
                names.setdefault(fold(form), country.alpha_2)
    for name, iso in extras:
        names[fold(str(name))] = str(iso)
    return names


def _name_forms(name: str) -> list[str]:
    """A country's name as written, without what its brackets add and with it alone ("Myanmar
    (Burma)": "Myanmar", "Burma"), and with an inverted part put first ("Korea, Republic of":
    "Republic of Korea")."""
    if not name:
        return []
    forms = [name]
    if m := re.fullmatch(r"(.+?)\s*\((.+)\)", name):
        forms += [m[1], m[2]]
    if m := re.fullmatch(r"([^,]+),\s*(.+)", name):
        forms = [f"{m[2]} {m[1]}"]  # (the inverted form as written names no country in text)
    return forms


_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, when there: ~8x faster
_BOOL = "tag:yaml.org,2002:bool"


class _DataLoader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """A safe loader where words stay words: YAML 1.1 reads `no`, `on`, `yes` and `off` as
    booleans, so a word list holding the English "No" or "On" lost them; only true and false
    are booleans here (YAML 1.2)."""


_DataLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOL]
    for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
}
_DataLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_YAML_LOADER = _DataLoader


@cache
def load(code: str) -> Language:
    path = DATA_DIR / f"{code}.yaml"
    if not path.is_file():
        raise LanguageError(f"no language data for {code!r} (expected {path})")
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_YAML_LOADER) or {}  # a safe loader
    if not isinstance(data, dict):
        raise LanguageError(f"{path}: must be a mapping of sections")
    return Language(code=code, data=data)


DETECT_CHARS = 1000  # ~150 words tell the languages with data apart; the scan is pure Python
# The scan costs in proportion to the text it reads, so it first reads two samples of those
# 1,000 characters, the first 200 and 200 from character 600 on, and takes their answer when
# both name the same language clearly (the two likeliest languages at least 40 apart in
# py3langid's log-probability). On ~1,100 news articles in Indonesian and English the samples
# agreed with the whole 1,000 on every one, and read on for 3 of them. A text that opens in one
# language and goes on in another (a boilerplate line over the article) makes the samples
# disagree, and then the 1,000 characters decide, as they always did.
DETECT_SAMPLE = 200
DETECT_SAMPLE_AT = 600
DETECT_SURE_MARGIN = 40.0


def detect(text: str) -> str:
    """ISO 639-1 code of the text's language, chosen among the languages that have data."""
    langs = available()
    identifier = _identifier(langs)
    text = text[:DETECT_CHARS]
    code = None
    if len(text) >= DETECT_SAMPLE_AT + DETECT_SAMPLE:
        first = _clear_winner(identifier, text[:DETECT_SAMPLE])
        later = _clear_winner(identifier, text[DETECT_SAMPLE_AT : DETECT_SAMPLE_AT + DETECT_SAMPLE])
        if first is not None and first == later:
            code = first
    if code is None:
        code, _score = identifier.classify(text)
    return code if code in langs else FALLBACK


def _clear_winner(identifier, sample: str) -> str | None:
    """The likeliest language of `sample`, if it leads the next by the sure margin."""
    ranked = identifier.rank(sample)
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < DETECT_SURE_MARGIN:
        return None
    return ranked[0][0]


@cache
def _identifier(langs: tuple[str, ...]):
    """py3langid's identifier, restricted to `langs`, its byte walk remembered per word.

    Its model ships xz-compressed and takes most of a second to unpack, in every process (each
    `generate` worker, each one-seed run). The restricted model is kept unpacked in the user's
    cache folder, where the next process loads it in a few tens of milliseconds."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    identifier_class = _identifier_class()
    cached = _model_cache_path(MODEL_DIR / MODEL_FILE, langs)
    if cached is not None and cached.is_file():
        try:
            return _load_restricted_model(cached, identifier_class)
        except Exception:  # damaged, or written by another py3langid: rebuilt below
            pass
    identifier = identifier_class.from_model_file(MODEL_FILE)
    known = [code for code in langs if code in identifier.nb_classes]
    if known:
        identifier.set_languages(known)
        if cached is not None:
            _save_restricted_model(identifier, cached)
    return identifier


# py3langid scores a text by walking its bytes through a state machine, one Python step per byte
# (py3langid.langid.visit_counts), and counting the features the states emit. The walk from a
# state over a word (and the space after it) always ends in the same state with the same
# features, so each (state, word) is walked once per process and replayed after: the features
# come out in the same order, so the counts and the scores are the same to the last bit.
_WORDS = re.compile(rb"[^ ]* ?")
_WALKS_MAX = 200_000  # remembered walks (a few tens of MB at most); forgotten all at once


@cache
def _identifier_class():
    from collections import Counter

    from py3langid.langid import LanguageIdentifier

    class Identifier(LanguageIdentifier):
        def _raw_score(self, text: bytes):
            try:
                nextmove, rowbase, output = self.tk_nextmove, self._rowbase, self.tk_output
            except AttributeError:  # another py3langid: its own walk
                return super()._raw_score(text)
            walks = self.__dict__.setdefault("walks", {})
            state, features = 0, []
            for word in _WORDS.findall(text):
                known = walks.get((state, word))
                if known is None:
                    end, found = state, []
                    for letter in word:
                        end = nextmove[rowbase[end] + letter]
                        if output[end] >= 0:
                            found.append(output[end])
                    if len(walks) >= _WALKS_MAX:
                        walks.clear()
                    known = walks[(state, word)] = (end, tuple(found))
                state = known[0]
                features += known[1]
            if not features:
                return super()._raw_score(text)  # no feature: py3langid's own answer for that
            return self._sparse_score(Counter(features), self.nb_ptc)

    return Identifier


def _model_cache_path(model: Path, langs: tuple[str, ...]) -> Path | None:
    folder = cache_dir()
    try:
        stat = model.stat()
    except OSError:
        return None
    if folder is None:
        return None
    return folder / f"langid2-{stat.st_size}-{stat.st_mtime_ns}-{'-'.join(langs)}.npz"


def _nextmove_path(model: Path) -> Path:
    """The tokenizer's state table (~40 MB), beside the rest as a plain .npy file: it is mapped
    into memory rather than read, so a process touches only the pages its texts visit."""
    return model.with_name(f"{model.stem}-nextmove.npy")


def cache_dir() -> Path | None:
    """The user's cache folder for Briefings: $XDG_CACHE_HOME/briefings or ~/.cache/briefings."""
    import os

    try:
        home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    except RuntimeError:  # no home folder
        return None
    return Path(home) / "briefings"


def cached_json(name: str, key: str, build: Callable[[], object]) -> object:
    """`build()`, a JSON value, kept in the cache folder for the processes that follow.

    Tables derived from installed packages (name lists, word frequencies) can take most of a
    second to build, in every process: each `generate` worker, each one-seed run. Read back from
    JSON they take milliseconds. `key` says what the value depends on (package versions, the
    settings used): another key builds again. Best effort: an unreadable file is rebuilt, and a
    folder that cannot be written only means building every time."""
    import hashlib
    import json

    folder = cache_dir()
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    path = folder / f"{name}-{digest}.json" if folder is not None else None
    if path is not None:
        try:
            with path.open(encoding="utf-8") as fh:
                return json.load(fh)
        except (OSError, ValueError):
            pass
    value = build()
    if path is not None:
        _write_cache(path, json.dumps(value, ensure_ascii=False).encode("utf-8"))
    return value


def _write_cache(path: Path, data: bytes) -> None:
    import os
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)  # atomic: a concurrent process sees no file or a whole one
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def _save_restricted_model(identifier, path: Path) -> None:
    """Best effort: a cache that cannot be written is only slower."""
    import os
    import tempfile

    import numpy as np

    arrays = {
        "ptc": np.ascontiguousarray(identifier.nb_ptc),
        "pc": np.asarray(identifier.nb_pc),
        "classes": np.array(identifier.nb_classes),
        "row": np.frombuffer(identifier.tk_row, dtype=identifier.tk_row.typecode),
        "output": np.asarray(identifier.tk_output, dtype=np.int64),
    }
    nextmove = np.frombuffer(identifier.tk_nextmove, dtype=identifier.tk_nextmove.typecode)
    # The state table first: the model file is what a reader looks for, so it comes last.
    for target, write in (
        (_nextmove_path(path), lambda fh: np.save(fh, nextmove, allow_pickle=False)),
        (path, lambda fh: np.savez(fh, **arrays)),
    ):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".langid-", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as fh:
                write(fh)
            os.replace(tmp, target)  # atomic: a concurrent worker sees no file or a whole one
        except OSError:
            return


def _load_restricted_model(path: Path, identifier_class):
    from array import array

    import numpy as np

    def as_array(values) -> array:
        out = array(values.dtype.char)
        out.frombytes(memoryview(values).cast("B"))  # one copy, not two
        return out

    nextmove = np.load(_nextmove_path(path), mmap_mode="r", allow_pickle=False)
    if nextmove.ndim != 1 or not nextmove.dtype.isnative or nextmove.dtype.kind != "u":
        raise ValueError(f"unexpected state table {nextmove.dtype} {nextmove.shape}")
    with np.load(path, allow_pickle=False) as data:
        return identifier_class(
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            # Indexed like the array it replaces (Python ints), from the mapped file.
            memoryview(nextmove).cast("B").cast(nextmove.dtype.char),
            data["output"].tolist(),
            tk_row=as_array(data["row"]),
        )
