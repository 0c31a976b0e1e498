"""Coreference: which candidate mentions name the same entity, and whom a pronoun or a bare
title stands for.

Links come only from the text: the same name, a surname or first name of a full name
("Albares" / "Jose Manuel Albares"), a bracketed short form ("Saudi Press Agency (SPA)"), an
acronym spelling a name's initials ("GM" / "General Motors", "KAI" / "PT Kereta Api Indonesia"),
the same country code, the same group cue, a short first name ("Pras" / "Prasetyo Hadi"), and
other forms of an organization's name: a body's prefix ("DPP Partai Golkar" is Partai Golkar:
one actor), its country ("DPR RI" / "DPR"), a legal form before its acronym ("PT KCIC"), its
members in the plural ("Republicans" / "Republican Party").

A title alone ("Presiden", "Pak Mensos") stands for the one person holding that role;
a pronoun for the person most recently named (for a speaker after a quotation: the most recent
subject not named inside the quotation itself).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from .actor_lexicon import fold_tokens
from .mentions import DEFAULT, STRONG, Candidate, Finder, office_of_premises

SUBJECT_WINDOW = 2  # sentences back that a pronoun looks for a subject
LOOK_BACK = 10  # sentences back that a pronoun or a demonstrative looks at all (keeps it linear)


class Clusters:
    """Union-find over candidate indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the earlier mention stays the root


NAMED = ("name", "org", "media", "group", "country", "place")


_DOUBLED = re.compile(r"(\w)\1+")
_ROMAN = re.compile(r"[ivxlcdm]+")  # "Teradu VI", "Teradu VII": two numbers, no slip
SPELLED_NAME = 6  # letters of a name at least, for a doubled letter to be a slip, not a name


def name_key(text: str) -> str:
    return " ".join(fold_tokens(text))


def spelling_key(key: str) -> str:
    """A name's key with no letter doubled: the key its slips of the pen share."""
    return " ".join(w if _ROMAN.fullmatch(w) else _DOUBLED.sub(r"\1", w) for w in key.split())


def link(finder: Finder) -> Clusters:
    cands = finder.candidates
    clusters = Clusters(len(cands))
    keys: dict[str, int] = {}
    variants: dict[str, int] = {}
    groups: dict[str, int] = {}
    parties: dict[str, int] = {}  # a party's name -> its first candidate
    spelled_out: dict[tuple[str, ...], int] = {}
    companies: dict[str, int] = {}  # a company's name without its legal forms -> a candidate
    spellings: dict[str, int] = {}  # a person's name with no letter doubled -> a candidate
    short_forms = finder.lex.short_forms
    places = {name_key(c.text) for c in cands if c.kind == "place" and c.acronym}
    shared = _shared_surnames(cands, finder)
    for index, cand in enumerate(cands):
        if cand.kind not in NAMED:
            continue
        if cand.alias_of is not None:
            clusters.union(index, cand.alias_of)
        key = f"iso:{cand.iso}" if cand.kind == "country" else name_key(cand.text)
        if cand.kind == "name" and key in shared:
            continue  # "Jackson" of "Michael Jackson" and "Katherine Jackson": the nearest's
        if cand.kind == "group":
            key = "group:" + name_key(cand.text).split(" ")[0]
            groups.setdefault(key, index)
        if key in keys:
            clusters.union(index, keys[key])
        else:
            keys[key] = index
        if key in variants:
            clusters.union(index, variants[key])
        if cand.kind == "name" and len(key) >= SPELLED_NAME:
            # "Affifuddin" and "Afifuddin": one person, a letter doubled by a slip of the pen
            clusters.union(index, spellings.setdefault(spelling_key(key), index))
        party = finder.lex.parties.get(tuple(finder.toks.fold[cand.first : cand.last]))
        if party and cand.kind == "org":
            # "Tories", "Tory", "Conservative Party": one party, however its members' word
            # is written
            clusters.union(index, parties.setdefault(party, index))
        if cand.kind in ("name", "org", "media"):
            # Another form of this name matches a name as written (before or after it); two
            # names that only share another form stay apart ("European Union", "... Commission").
            for variant in _variant_keys(cand, finder):
                if variant in places:
                    continue  # "Otorita IKN" is a body of "Ibu Kota Nusantara (IKN)", no place
                if variant in keys:
                    clusters.union(index, keys[variant])
                variants.setdefault(variant, index)
            # ... but two forms of one company's legal form are one company ("Orvex Corp",
            # "Orvex Corporation")
            bare = _without_legal_forms(cand, finder)
            if bare and bare in companies:
                clusters.union(index, companies[bare])
            elif bare:
                companies[bare] = index
            if short_forms:
                # "Kejari Sukamaju" is "Kejaksaan Negeri Sukamaju", "Polda Jatim" "Polda Jawa
                # Timur": the same words once each short form is spelled out
                words = _spelled_out(
                    [*finder.toks.fold[cand.first : cand.last], *cand.place_words], short_forms
                )
                if words in spelled_out:
                    clusters.union(index, spelled_out[words])
                else:
                    spelled_out[words] = index
    if finder.lex.jurisdiction_levels:
        _link_unlevelled_bodies(cands, clusters, finder, list(spelled_out.values()))
    _link_body_aliases(cands, clusters, keys, finder)
    _link_partial_names(cands, clusters, finder)
    _link_acronyms(cands, clusters, finder)
    _link_acronyms_with_places(cands, clusters, finder)
    _link_inner_short_forms(cands, clusters, finder)
    _link_short_first_names(cands, clusters, finder)
    _link_middle_names(cands, clusters, finder)
    _link_introduced_aliases(cands, clusters, finder)
    _link_described_aliases(cands, clusters, finder)
    _link_initials(cands, clusters, finder)
    _link_shortened_bodies(cands, clusters, finder)
    return clusters


def _link_unlevelled_bodies(
    cands: list[Candidate], clusters: Clusters, finder: Finder, indices: list[int]
) -> None:
    """'Dinas Kesehatan Sumbawa' and 'Dinas Kesehatan Kabupaten Sumbawa', 'Polres Jakarta Barat'
    and 'Polres Metro Jakarta Barat', 'Dishub DKI Jakarta' and 'Dinas Perhubungan Jakarta': one
    body, its jurisdiction's level written or not, when the text names it at one level only
    (not 'Pemerintah Kota Bandung' and 'Pemerintah Kabupaten Bandung': two bodies)."""
    levels, short_forms = finder.lex.jurisdiction_levels, finder.lex.short_forms
    written: dict[tuple[str, ...], dict[tuple[str, ...], int]] = {}
    for index in indices:
        cand = cands[index]
        words = [*finder.toks.fold[cand.first : cand.last], *cand.place_words]
        bare = _spelled_out([w for w in words if w not in levels], short_forms)
        if len(bare) > 1:
            level = tuple(w for w in words if w in levels)
            written.setdefault(bare, {}).setdefault(level, index)
    for forms in written.values():
        if len(forms) == 2 and () in forms:
            first, second = forms.values()
            clusters.union(first, second)


def _link_shortened_bodies(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'Dinas Peternakan' after 'Dinas Peternakan Kabupaten Manggarai Timur', 'Komisi II' after
    'Komisi II DPR': a body's name without the place or the parent body's short name that
    closes it elsewhere is that body, when only one body the text names closes so (not a
    country's: "Kementerian Keuangan" is no "Kementerian Keuangan Jepang")."""
    toks, m = finder.toks, finder.marks
    bodies = [(i, c) for i, c in enumerate(cands) if c.kind == "org" and c.last - c.first >= 2]
    if len(bodies) < 2:
        return
    stems: dict[tuple[str, ...], set[int]] = {}
    for index, cand in bodies:
        for cut in range(cand.first + 2, cand.last):
            if m.country[cut] or not (
                toks.fold[cut] in finder.lex.place_heads
                or m.region[cut] == cand.last - cut
                or toks.is_acronym(cut)
            ):
                continue
            stem = tuple(toks.fold[cand.first : cut])
            stems.setdefault(stem, set()).add(clusters.find(index))
    for index, cand in bodies:
        roots = stems.get(tuple(toks.fold[cand.first : cand.last]), set())
        if len(roots) == 1 and not cand.place_words:
            clusters.union(index, roots.pop())


def _link_initials(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'M. Syah Indra Aman' and 'Mohammad Syah Indra Aman': a person's name opened by an
    initial is the name whose first word that letter opens, the words after it the same. One
    word after the initial ('M. Kholid') is that name only where the text writes it with a
    stop and one given name alone opens the same word ('Muhammad Kholid'): a bare letter
    before one word may be an initial of many."""
    toks = finder.toks
    full: dict[tuple[str, ...], list[int]] = {}
    for index, cand in enumerate(cands):
        if cand.kind == "name" and cand.last - cand.first >= 2 and len(toks.fold[cand.first]) > 1:
            rest = tuple(toks.fold[cand.first + 1 : cand.last])
            full.setdefault(rest, []).append(index)
    for index, cand in enumerate(cands):
        if cand.kind != "name" or cand.last - cand.first < 2 or len(toks.fold[cand.first]) != 1:
            continue
        if cand.last - cand.first == 2 and toks.gap[cand.first + 1] != ". ":
            continue  # ("M Kholid" may be a short form and a name)
        letter = toks.fold[cand.first]
        found = {
            clusters.find(i)
            for i in full.get(tuple(toks.fold[cand.first + 1 : cand.last]), ())
            if toks.fold[cands[i].first].startswith(letter)
        }
        if len(found) == 1:
            clusters.union(index, found.pop())


def _shared_surnames(cands: list[Candidate], finder: Finder) -> set[str]:
    """Last words of two or more people's full names with different first words ("Michael
    Jackson", "Katherine Jackson"): such a word alone is each one's by nearness, never one
    actor by its spelling."""
    firsts: dict[str, set[str]] = {}
    fold, nicknames = finder.toks.fold, finder.lex.nicknames
    for cand in cands:
        if cand.kind == "name" and cand.last - cand.first >= 2 and cand.first_name:
            first = fold[cand.first]  # ("Chuck Schumer" is "Charles Schumer")
            firsts.setdefault(fold[cand.last - 1], set()).add(nicknames.get(first, first))
    return {last for last, names in firsts.items() if len(names) > 1}


def _link_body_aliases(
    cands: list[Candidate], clusters: Clusters, keys: dict[str, int], finder: Finder
) -> None:
    """'Bank Sentral' in a text naming 'Bank Indonesia': a body's generic name stands for the
    body the language's press means by it, when the text names that body."""
    aliases = finder.lex.body_aliases
    if not aliases:
        return
    for key, index in keys.items():
        names = aliases.get(key)
        target = next((keys[n] for n in sorted(names) if n in keys), None) if names else None
        if target is not None:
            clusters.union(index, target)


def _link_introduced_aliases(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'Syamsul Rahmat atau yang akrab disapa Gus Rahmat', 'Jonathan Doe, better known as JD':
    the name after an alias introducer is another name of the one before it."""
    introducers = finder.lex.alias_introducers
    if not introducers and not finder.lex.alias_conjunctions:
        return
    named = [i for i, c in enumerate(cands) if c.kind in ("name", "org", "media")]
    for x, y in itertools.pairwise(named):
        a, b = cands[x], cands[y]
        if a.sent != b.sent or b.first - a.last > 6:
            continue
        if a.last - a.first < 2 and not (a.acronym or a.person_cue):
            continue  # "Wamenaker yang akrab disapa Noel": a lone word may be a title
        between = " ".join(fold_tokens(finder.text[a.end : b.start]))
        if between in introducers:
            clusters.union(x, y)
        elif (
            between in finder.lex.alias_conjunctions
            and a.last - a.first >= 2
            and finder.toks.fold[b.first] in finder.lex.name_prefixes
        ):
            clusters.union(x, y)  # "Muhaimin Iskandar atau Cak Imin": a nickname's form
        elif (
            between in finder.lex.alias_conjunctions
            and a.kind == b.kind == "name"
            and a.last - a.first >= 2
            and b.last - b.first >= 2
            and finder.toks.fold[a.last - 1] == finder.toks.fold[b.last - 1]
        ):
            clusters.union(x, y)  # "Garibaldi Thohir atau Boy Thohir": one family name


def _link_described_aliases(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'Muhaimin Iskandar ... Pria yang akrab disapa Cak Imin ini menuturkan', '... kata pria
    yang karib disapa Cak Imin di Istana': a noun describing a person spoken of, then a relative
    alias introducer, names the person named before by another name (said of the one spoken
    of: opening the sentence, after a verb of saying, or pointed back to by a demonstrative)."""
    toks, lex = finder.toks, finder.lex
    if not lex.anaphor_nouns or not lex.alias_introducers:
        return
    longest = max(len(p.split()) for p in lex.alias_introducers)
    for y, b in enumerate(cands):
        if b.kind != "name" or b.first < 2:
            continue
        noun = next(
            (
                b.first - n - 1
                for n in range(2, longest + 1)
                if b.first - n - 1 >= 0
                and toks.fold[b.first - n] in lex.relative_words
                and " ".join(toks.fold[b.first - n : b.first]) in lex.alias_introducers
            ),
            None,
        )
        if noun is None or toks.fold[noun] not in lex.anaphor_nouns:
            continue
        if toks.sent[noun] != b.sent or toks.sent[b.first - 1] != b.sent:
            continue
        said_of = (
            noun == 0
            or toks.sent[noun - 1] != b.sent
            or toks.fold[noun - 1] in lex.speech_verbs
            or (b.last < toks.n and toks.fold[b.last] in lex.demonstratives)
        )
        if not said_of:
            continue  # ("Seorang pria yang akrab disapa Mbah Darmo": someone new)
        before = next(
            (
                x
                for x in range(y - 1, -1, -1)
                if cands[x].kind == "name"
                and cands[x].last - cands[x].first >= 2
                and (cands[x].first_name or cands[x].person_cue or cands[x].role)
                and cands[x].sent < b.sent
            ),
            None,
        )
        if before is not None:
            clusters.union(before, y)


def _spelled_out(words: list[str], short_forms: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for word in words:
        out.extend(short_forms.get(word, (word,)))
    return tuple(out)


def _variant_keys(cand: Candidate, finder: Finder) -> list[str]:
    """Other ways the text writes the same organization:

    'DPP Partai Golkar' -> 'partai golkar' (a party's body speaks for the party: one actor;
                           also 'Fraksi Partai Golkar', its faction: the language's body_heads)
    'DPR RI'            -> 'dpr'           (the country it belongs to; so 'Kongres AS')
    'PT KCIC'           -> 'kcic'          (a legal form before a short name)
    'Republican Party'  -> 'republicans'   (its members in the plural)
    'Mapolsek Sayung'   -> 'polsek sayung' (the office's headquarters, glued to its name)
    'Orvex Corp'        -> 'orvex'         (the legal forms closing a company's name)
    """
    toks, m, lex = finder.toks, finder.marks, finder.lex
    first, last = cand.first, cand.last
    out: list[str] = []
    a = first
    while a < last and (toks.is_acronym(a) or toks.fold[a] in lex.body_heads) and not m.country[a]:
        a += 1
    if first < a < last and m.org_head[a]:
        out.append(" ".join(toks.fold[a:last]))
    b = last
    while b > first + 1 and m.country[b - 1]:
        b -= 1
    if (
        b < last
        and not any(m.country[x] for x in range(first, b))
        and (
            toks.is_acronym(first)
            or not m.org_head[b - 1]
            or (b - first == 1 and toks.fold[first] in lex.institutions)  # "Kongres AS"
        )
    ):
        out.append(" ".join(toks.fold[first:b]))
    if cand.place_words and m.country[last + 1] == len(cand.place_words):
        out.append(" ".join(toks.fold[first:last]))  # "Kementerian Pertanian (Kementan) RI"
    a = first
    while a < last - 1 and m.org_head[a]:
        a += 1
    if a > first and a == last - 1 and toks.is_acronym(a):
        out.append(toks.fold[a])
    if last - first >= 2 and toks.fold[last - 1] in lex.member_heads:
        stem = " ".join(toks.fold[first : last - 1])
        out.extend(stem + suffix for suffix in lex.plural_suffixes)
    office = office_of_premises(toks.fold[first], lex) if lex.premises_prefixes else None
    if office and last - first >= 2:
        out.append(" ".join([office, *toks.fold[first + 1 : last]]))
    bare = _without_legal_forms(cand, finder)
    if bare:
        out.append(bare)  # "Sony Corp" is the "Sony" the text writes
    full = lex.nicknames.get(toks.fold[first])
    if cand.kind == "name" and full and last - first >= 2:
        out.append(" ".join([full, *toks.fold[first + 1 : last]]))  # "Chuck Schumer": Charles
    return out


def _without_legal_forms(cand: Candidate, finder: Finder) -> str | None:
    """The name without the legal forms closing it ("Orvex Corp", "Orvex Corporation":
    "orvex"), or None when none closes it."""
    fold, forms = finder.toks.fold, finder.lex.closing_legal_forms
    b = cand.last
    while b > cand.first + 1 and fold[b - 1] in forms:
        b -= 1
    return " ".join(fold[cand.first : b]) if b < cand.last else None


def _name_tokens(cand: Candidate, finder: Finder) -> tuple[str, ...]:
    return tuple(finder.toks.fold[cand.first : cand.last])


def _link_partial_names(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """A shorter name that is the start or the end of a full name: the nearest such full name
    (before it if any, else after it). Indexed by every proper start and end of each full name,
    so the cost is linear in the number of names."""
    heads, prefixes = finder.lex.org_heads, finder.lex.name_prefixes
    parts: dict[tuple[str, ...], list[int]] = {}
    addressed: dict[tuple[str, ...], list[int]] = {}  # ends of names before a suffix ("Jr.")
    for index, cand in enumerate(cands):
        if cand.kind not in ("name", "org", "media") or cand.last - cand.first < 2:
            continue
        tokens = _name_tokens(cand, finder)
        first = cand.first
        while len(tokens) > 1 and tokens[0] in heads:
            tokens = tokens[1:]  # "Pos" and "PT Pos Indonesia"
            first += 1
        if len(tokens) > 2 and tokens[-1] in finder.lex.name_suffixes:
            # "Mr. Varga" and "Tom C. Varga Jr." (a bare "Ford" is as often the company)
            for k in range(1, len(tokens) - 1):
                addressed.setdefault(tokens[-1 - k : -1], []).append(index)
        # (an initial opening a person's name too: "Taufik" and "M. Taufik Zulkifli")
        initial = cand.kind == "name" and finder._initial_with_stop(first)
        prefixed = len(tokens) > 2 and (tokens[0] in prefixes or initial)
        if prefixed:
            tokens = tokens[1:]  # "Hasbi" and "Moch Hasbi Ramli" (but "Fadli" and "Moh Fadli")
            first += 1
        # After an office's short name the rest is its jurisdiction ("DPRD Solo": "Solo" is the
        # city, not the council), so only the name's starts stand for it.
        # (not a person's initials: "Jaksa Agung RT Wiranegara" is "Wiranegara" too)
        office = finder.toks.is_acronym(first) and not cand.person_cue
        keys = {tokens[:k] for k in range(1, len(tokens))}
        named_by_rest = finder.lex.member_heads | finder.lex.legal_forms
        if first > cand.first and finder.toks.fold[cand.first] in named_by_rest:
            keys.add(tokens)  # "Karsindo", "Partai Karsindo"; "Sinar Karsa", "PT Sinar Karsa"
        if prefixed and cand.kind == "name":
            keys.add(tokens)  # "Dedi Sumantri" and "Kang Dedi Sumantri"
        if not office:
            keys.update(tokens[-k:] for k in range(1, len(tokens)))
            if cand.kind == "name" and len(tokens) > 2:
                keys.add((tokens[0], tokens[-1]))  # "Andi Lesmana" for "Andi Fajar Lesmana"
        for key in keys:  # (each once: an index is listed once per key)
            parts.setdefault(key, []).append(index)
    for index, cand in enumerate(cands):
        if cand.kind not in ("name", "org", "media") or (cand.acronym and cand.person_cue):
            continue
        short = _name_tokens(cand, finder)
        institution = len(short) == 1 and short[0] in finder.lex.institutions  # "Senate"
        if (short[0] in heads and not institution) or (
            short[0] in finder.lex.connectors and len(short) == 1
        ):
            continue
        found = parts.get(short) or (addressed.get(short) if cand.person_cue else None)
        if found and cand.acronym:
            # "RJR" is "RJR Nabisco Inc.": an acronym stands only for the company whose name it
            # opens (not "KPK" for "Rutan Cabang KPK", nor "FBI" for "FBI Laboratory")
            found = [i for i in found if _company_opened_by(cands[i], short, finder)]
        if not found:
            continue
        at = bisect.bisect_left(found, index)
        best = found[at - 1] if at > 0 else (found[at] if at < len(found) else None)
        if best is not None and best != index:
            clusters.union(index, best)


def _link_inner_short_forms(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'Komnas PA Surabaya' and 'Komnas Perlindungan Anak Surabaya': two organizations' names
    alike but for words in one that the other writes as their initials."""
    toks = finder.toks
    by_first: dict[str, list[int]] = {}
    for index, cand in enumerate(cands):
        if cand.kind == "org" and cand.last - cand.first >= 3:
            by_first.setdefault(toks.fold[cand.first], []).append(index)
    for group in by_first.values():
        for x in group:
            short = cands[x]
            inner = [k for k in range(short.first + 1, short.last) if toks.is_acronym(k)]
            if len(inner) != 1:
                continue
            k = inner[0]
            head, tail = k - short.first, short.last - k - 1
            for y in group:
                long = cands[y]
                words = long.last - long.first - head - tail
                if words < 2 or clusters.find(x) == clusters.find(y):
                    continue
                middle = range(long.first + head, long.last - tail)
                if (
                    toks.fold[short.first : k] == toks.fold[long.first : long.first + head]
                    and toks.fold[k + 1 : short.last] == toks.fold[long.last - tail : long.last]
                    and "".join(toks.text[m][0] for m in middle) == toks.text[k].upper()
                ):
                    clusters.union(x, y)


def _company_opened_by(cand: Candidate, short: tuple[str, ...], finder: Finder) -> bool:
    """`cand` is a company's name (its last word a company's head) that `short` opens."""
    tokens = _name_tokens(cand, finder)
    return tokens[: len(short)] == short and tokens[-1] in finder.lex.company_heads


SHORT_NAME = 4  # letters a short form of a first name keeps at least ("Pras" for "Prasetyo")


def _link_short_first_names(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'Pras' and 'Prasetyo Hadi': a lone word that starts the first name of exactly one person
    named in full (with a title) is that person's short name."""
    fold = finder.toks.fold

    def starts(cand: Candidate) -> list[str]:
        first = fold[cand.first]
        return [first[:n] for n in range(SHORT_NAME, len(first))]

    _link_lone_words(cands, clusters, finder, starts, after_title=False)


def _link_middle_names(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'Prof Sumarlan' and 'Ali Sumarlan Mukti': a lone word after a title or a form of address
    (or next to a verb of saying: "ungkap Sumarlan") that is an inner word of exactly one
    person's full name (written with a title) is that person, called by the middle name."""
    fold = finder.toks.fold

    def inner(cand: Candidate) -> list[str]:
        return [fold[k] for k in range(cand.first + 1, cand.last - 1)]

    _link_lone_words(cands, clusters, finder, inner, after_title=True)


def _link_lone_words(
    cands: list[Candidate],
    clusters: Clusters,
    finder: Finder,
    forms: Callable[[Candidate], list[str]],
    *,
    after_title: bool,
) -> None:
    """A lone word (after a title or a form of address, when `after_title`) that is one of the
    `forms` of exactly one person's full name written with a title: that person."""
    people: dict[str, set[int]] = {}
    for index, cand in enumerate(cands):
        if cand.kind == "name" and cand.person_cue and cand.last - cand.first > 1:
            for form in forms(cand):
                people.setdefault(form, set()).add(clusters.find(index))
    if not people:
        return

    def _alone(index: int, word: str) -> bool:
        """The lone word is linked to nothing but the same word written alone elsewhere."""
        root = cands[clusters.find(index)]
        return root.last - root.first == 1 and finder.toks.fold[root.first] == word

    for index, cand in enumerate(cands):
        if (
            cand.kind == "name"
            and cand.last - cand.first == 1
            and not cand.acronym
            and (cand.person_cue or cand.speaker or not after_title)
        ):
            word = finder.toks.fold[cand.first]
            roots = people.get(word)
            if roots and len(roots) == 1 and (not after_title or _alone(index, word)):
                clusters.union(index, next(iter(roots)))


def _link_acronyms(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'GM' and 'General Motors', 'SBY' and 'Susilo Bambang Yudhoyono': initials spell it."""
    initials: dict[str, set[int]] = {}
    bodies: set[int] = set()  # roots of names holding an organization's head
    heads = finder.marks.org_head
    for index, cand in enumerate(cands):
        if cand.kind in ("name", "org", "media") and cand.last - cand.first > 1:
            first = cand.first
            if any(heads[cand.first : cand.last]):
                bodies.add(clusters.find(index))
            while first < cand.last - 2 and heads[first] and finder.toks.is_acronym(first):
                first += 1  # "PT Kereta Api Indonesia" is also "KAI"
            for start in dict.fromkeys((cand.first, first)):
                capital = finder.toks.capital
                words = [finder.toks.text[k] for k in range(start, cand.last) if capital[k]]
                if len(words) > 1:
                    # (and of each part of a hyphenated word: "KDS" for "Kim Dae-sung")
                    parts = [p for w in words for p in w.split("-") if p]
                    for spelled in {"".join(w[0] for w in words), "".join(p[0] for p in parts)}:
                        initials.setdefault(spelled.upper(), set()).add(clusters.find(index))
    toks, legal = finder.toks, finder.lex.legal_forms
    # the roots of names with a person's cue: a given name, a title or a form of address
    personal = {
        clusters.find(i) for i, c in enumerate(cands) if c.first_name or c.person_cue or c.role
    }
    for index, cand in enumerate(cands):
        short = cand.text if cand.acronym else None
        if (
            short is None
            and cand.kind == "org"
            and cand.last - cand.first == 2
            and toks.fold[cand.first] in legal
            and toks.is_acronym(cand.first + 1)
        ):
            # "PT API": the company "PT Anugerah Pratama Inspirasi"
            short = toks.text[cand.first + 1]
        if short and cand.kind in ("name", "org", "media"):
            roots = initials.get(short.replace(".", "").upper())
            if roots and len(roots) == 1:
                root = next(iter(roots))
                person = cand.person_cue or clusters.find(index) in personal
                if person and (root in bodies or root not in personal):
                    continue  # "tersangka DP" is no "Dinas Perumahan"; "TA (9)" no "Tanah Air"
                if cand.kind == "media" and root not in bodies:
                    continue  # "(AP)" is no "Alex Penelas"
                clusters.union(index, root)


def _link_acronyms_with_places(cands: list[Candidate], clusters: Clusters, finder: Finder) -> None:
    """'IPHI Jawa Barat' after 'Ikatan Persaudaraan Haji Indonesia (IPHI) Jawa Barat': a short
    name the text gave a body, then the place that body's name ends with, is that body."""
    toks = finder.toks
    roots: dict[str, int] = {}  # a lone short name -> its body's cluster
    for index, cand in enumerate(cands):
        if cand.acronym and cand.kind in ("name", "org") and cand.last - cand.first == 1:
            roots.setdefault(toks.fold[cand.first], clusters.find(index))
    if not roots:
        return  # most texts: no short name to read
    named = [
        (index, cand, roots.get(toks.fold[cand.first]))
        for index, cand in enumerate(cands)
        if cand.kind in ("org", "name")
        and cand.last - cand.first > 1
        and toks.is_acronym(cand.first)
    ]
    if not any(root is not None for _, _, root in named):
        return
    members: dict[int, list[Candidate]] = {}  # the bodies' clusters, read once
    wanted = set(roots.values())
    for index, cand in enumerate(cands):
        root = clusters.find(index)
        if root in wanted:
            members.setdefault(root, []).append(cand)
    for short, root in roots.items():
        # "BPBD" beside "BPBD Kota Salatiga" alone: the one body of that short name and place
        # (not a body of its own: "ASEAN" beside "ASEAN Council", "PBB" beside "PBB Republik ...")
        if any(c.last - c.first > 1 for c in members.get(root, ())):
            continue
        places = {
            clusters.find(i)
            for i, c, _ in named
            if toks.fold[c.first] == short
            and finder.acronym_of_place(c.first, c.last, after_title=False) == c.last
        }
        if len(places) == 1:
            clusters.union(root, places.pop())
    for index, cand, root in named:
        if root is None or clusters.find(index) == clusters.find(root):
            continue
        place = tuple(toks.fold[cand.first + 1 : cand.last])
        if any(
            other.last - other.first > len(place)
            and (
                other.place_words == place
                or tuple(toks.fold[other.last - len(place) : other.last]) == place
            )
            for other in members.get(root, ())
        ):
            clusters.union(index, root)


def cluster_type(members: list[Candidate], mononyms: bool = False) -> str | None:
    """The type the strongest cue gives; defaults: a full name is a person, a lone word an org."""
    kinds = {c.kind for c in members}
    if "country" in kinds:
        return "country"
    if "group" in kinds:
        return "group"
    # "Eliot Varga ... the spokesman for Varga": a surname that a title is "for" is no
    # organization when the full name opens with a first name
    full_person = any(
        c.kind == "name"
        and c.first_name
        and c.last - c.first > 1
        and not c.common_word  # (not "Truman Presidential Library")
        and not c.votes.get("org")
        for c in members
    )
    votes: dict[str, int] = {}
    for c in members:
        if c.kind in ("org", "media", "place"):
            votes[c.kind] = max(votes.get(c.kind, 0), STRONG)
        for kind, strength in c.votes.items():
            if kind == "org" and full_person and c.kind == "name" and c.last - c.first == 1:
                continue
            votes[kind] = max(votes.get(kind, 0), strength)
    if votes:
        best = max(votes.values())
        for kind in ("media", "org", "person", "place"):
            if votes.get(kind) == best and (best > DEFAULT):
                if kind == "media" and (
                    votes.get("org", 0) > votes[kind]
                    or (best == votes.get("org") and any(c.kind == "org" for c in members))
                ):
                    continue  # "dilaporkan Badan Pusat Statistik": a body's name beats a cue
                return kind
    names = [c for c in members if c.kind == "name"]
    if (
        names
        and _mostly_placed(members)
        and not all(c.acronym and c.end - c.start <= 6 for c in names)
    ):
        return "place"  # (not a short name: "positions at IBM" is a company)
    if names and all(c.common for c in names):
        return None  # "Rapat Koordinasi Daerah": common words in title case, no actor
    if any(c.first_name and (c.last - c.first > 1 or c.speaker or mononyms) for c in names):
        return "person"  # "Maria Santos"; a lone "Tommy" where people go by one name
    full = [c for c in names if c.last - c.first > 1 and not c.acronym]
    if any(not c.common_word for c in full):
        return "person"  # "Kinta Kawai": a name of rare words
    dotted = any(c.acronym and "." in c.text for c in names)
    if full and not dotted:
        return None  # "Kelas Akselerasi", "Big Machine Records": no cue says who or what
    if any(c.acronym for c in names):
        return "org"  # "KPK"; "U.N." and the words it stands for, "United Nations"
    speakers = sum(c.speaker for c in names)
    if speakers and (speakers * 2 >= len(names) or mononyms):
        # "kata Pras", "Pras menegaskan": a person known by one name (where people go by one
        # name, once is enough: "kata Pramono", then "Pramono menyoroti ...")
        return "person"
    if (
        len(names) > 1
        and not mononyms
        and (not all(c.common_word for c in names) or any(c.owner for c in names))
    ):
        # a lone word named again and again (where people go by two names); a common word so
        # only when it owns something ("Apple's Newton"; not "the Budget", "Miranda")
        return "org"
    return None  # a lone capitalised word with no cue: guessing costs more than it gains


def _mostly_placed(members: list[Candidate]) -> bool:
    """'di Deli Serdang', 'pasar di Deli Serdang', 'Medan dan Deli Serdang': a name written
    after a place preposition at least half the times, and never with a person's cue."""
    named = [c for c in members if c.kind != "title"]
    if any(c.person_cue or c.speaker or c.role for c in named):
        return False
    return 2 * sum(c.place_cue for c in named) >= len(named)


def resolve_titles(finder: Finder, clusters: Clusters, types: dict[int, str]) -> dict[int, int]:
    """Bare titles -> the root of the person holding that role (only when the text says so)."""
    lex = finder.lex
    cands = finder.candidates
    out: dict[int, int] = {}
    by_role: dict[str, list[int]] = {}  # a person's role -> their mentions holding it
    by_prefix: dict[str, list[int]] = {}  # every start of that role, in words
    for other, holder in enumerate(cands):
        if holder.kind == "name" and holder.role and types.get(clusters.find(other)) == "person":
            held = name_key(holder.role)
            held = lex.role_abbreviations.get(held, held)
            by_role.setdefault(held, []).append(other)
            words = held.split(" ")
            for k in range(1, len(words) + 1):
                by_prefix.setdefault(" ".join(words[:k]), []).append(other)
    for index, cand in enumerate(cands):
        if cand.kind != "title":
            continue
        if cand.anaphor:
            target = _recent_person(finder, clusters, types, index, subject_only=False)
            if target is not None:
                out[index] = target
            continue
        role = name_key(cand.role or cand.text)
        role = lex.role_abbreviations.get(role, role)
        words = role.split(" ")
        found = list(by_prefix.get(role, ()))  # holders whose role starts with this title
        for k in range(1, len(words)):  # holders whose role is the start of this title
            found.extend(by_role.get(" ".join(words[:k]), ()))
        if not found:
            continue
        found.sort()
        at = bisect.bisect_left(found, index)
        best = found[at - 1] if at > 0 else found[at]
        out[index] = clusters.find(best)
    return out


def _recent_person(
    finder: Finder, clusters: Clusters, types: dict[int, str], index: int, *, subject_only: bool
) -> int | None:
    cands = finder.candidates
    for other in range(index - 1, -1, -1):
        c = cands[other]
        if c.sent < cands[index].sent - LOOK_BACK:
            break
        person = c.kind == "name" and types.get(clusters.find(other)) == "person"
        if person and (not subject_only or c.subject):
            return clusters.find(other)
    return None


def resolve_pronouns(
    finder: Finder, clusters: Clusters, types: dict[int, str], titles: dict[int, int]
) -> dict[int, int]:
    """Pronouns -> the root of a person cluster."""
    cands = finder.candidates
    person_at: list[int | None] = [None] * len(cands)  # resolved person root of each mention
    for index, cand in enumerate(cands):
        if cand.kind == "name" and types.get(clusters.find(index)) == "person":
            person_at[index] = clusters.find(index)
        elif index in titles:
            person_at[index] = titles[index]
    subjects = _mark_subjects(cands, person_at)
    out: dict[int, int] = {}
    for index, cand in enumerate(cands):
        if cand.kind != "pronoun":
            continue
        speaker = cand.speaker_enclitic or finder._after_quote(cand.first)
        excluded = _named_in_quote_before(finder, cands, person_at, index) if speaker else set()
        target = _antecedent(cands, person_at, index, excluded, quoted=cand.quoted and not speaker)
        if target is not None:
            out[index] = target
            person_at[index] = target
            if not cand.quoted and cand.sent not in subjects:
                subjects.add(cand.sent)
                cand.subject = True
    return out


def _mark_subjects(cands: list[Candidate], person_at: list[int | None]) -> set[int]:
    """The first person named outside quotations in each sentence is its subject."""
    seen: set[int] = set()
    for index, cand in enumerate(cands):
        cand.subject = False
        if person_at[index] is not None and not cand.quoted and cand.sent not in seen:
            seen.add(cand.sent)
            cand.subject = True
    return seen


def _named_in_quote_before(
    finder: Finder, cands: list[Candidate], person_at: list[int | None], index: int
) -> set[int]:
    """People named inside the quotation a speaker pronoun closes: not its speaker."""
    here = cands[index]
    out: set[int] = set()
    for other in range(index - 1, -1, -1):
        c = cands[other]
        if c.sent < here.sent - 1:
            break
        if c.quoted and person_at[other] is not None and c.kind != "pronoun":
            out.add(person_at[other])
        if not c.quoted and c.sent != here.sent:
            break
    return out


def _antecedent(
    cands: list[Candidate],
    person_at: list[int | None],
    index: int,
    excluded: set[int],
    *,
    quoted: bool,
) -> int | None:
    here = cands[index]
    fallback = None
    for other in range(index - 1, -1, -1):
        root = person_at[other]
        c = cands[other]
        if c.sent < here.sent - LOOK_BACK:
            break
        if root is None or root in excluded:
            continue
        if quoted:
            return root  # inside a quotation: the person just named ("Saya percaya beliau")
        if c.quoted:
            continue
        if c.subject and here.sent - c.sent <= SUBJECT_WINDOW:
            return root
        if fallback is None:
            fallback = root
    return fallback
