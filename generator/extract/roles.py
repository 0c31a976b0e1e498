"""Roles and affiliations: the title phrase around a person's name, read into a role and whom the
role belongs to.

    Menteri Luar Negeri Spanyol, Jose Manuel Albares  -> Menteri Luar Negeri / Spanyol (ES)
    Juru Bicara Kementerian Luar Negeri Rusia, Maria  -> Juru Bicara / Kementerian Luar Negeri Rusia
    German economy minister Rainer Bruederle          -> economy minister / DE
    Jusman Djamal, minister of transport for Indonesia -> minister of transport / ID
    the company's vice president John Smith           -> vice president / the company named last
    John Smith, chief financial officer of the firm   -> chief financial officer / the same

The phrase is the stretch of title words, names, connectors and adjectives right before the
name (or a comma apposition right after it). Its role is the run of title and portfolio words;
its affiliation is the organization (else the state) named in the rest of the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language import fold
from .actor_lexicon import ActorLexicon, fold_tokens, match_at
from .mentions import (
    DOTTED,
    STRONG,
    TERM_YEARS,
    Candidate,
    Finder,
    name_number,
    office_of_head,
    plural_title,
    titled_occupation,
)

MAX_PHRASE = 14
MAX_LOWER_BEFORE_ROLE = 2
LOOK_BACK = 5  # sentences back that "the company's", "of the firm" look for their company


def assign_roles(finder: Finder) -> None:
    """Set role/affiliation on each name candidate with a title phrase, and on titles alone."""
    by_token: dict[int, int] = {}
    for index, cand in enumerate(finder.candidates):
        if cand.kind not in ("pronoun",):
            for k in range(cand.first, cand.last):
                by_token.setdefault(k, index)
    consumed: set[int] = set()
    for cand in finder.candidates:
        if cand.kind != "name" or (cand.acronym and not cand.person_cue) or cand.client:
            continue  # (a person's initials do hold a title: "direktur berinisial DS")
        if cand.alias_of is not None:
            continue  # "Direktur Orvana Research Team (ORT), Budi": the short form of the office
        phrase = _phrase_before(finder, cand.first)
        if any(finder.marks.role[x] for x in phrase) and all(
            finder.marks.domain[x] for x in range(cand.first, cand.last)
        ):
            cand.kind = "joined"  # "Kepala Seksi (Kasi) Pidana Umum (Pidum)": the portfolio
            continue
        comma = bool(phrase) and finder.toks.gap[cand.first].strip() == ","
        if comma and _own_role_after(finder, cand.last):
            phrase = []  # "X selaku Dirut PT A, Y selaku Direktur ...": Y's title follows Y
        if comma and cand.last < finder.toks.n and finder.possessive(cand.last):
            phrase = []  # "Mr. X, the newsletter publisher, Orvex's share ...": a new phrase
        if comma and _relative_of_titled(finder, cand, phrase, by_token):
            consumed.update(phrase)
            continue  # "Putri tiri Presiden Orvania Tom Harlan, Rina": Harlan's stepdaughter
        if phrase and _place_before_holder(finder, cand):
            cand.kind = "place"  # "Kepala Dinas Pendidikan (Disdik) Mataram, Yusuf, ..."
            continue
        if phrase and _office_of_next_holder(finder, cand, phrase, by_token):
            # "Rektor Undip, Suharnomo, mengatakan": Undip is the office, not a person the
            # title before it named
            cand.person_cue = False
            cand.votes.pop("person", None)
            continue
        of = any(finder.toks.fold[x] in finder.lex.relations for x in phrase)
        if of and finder.possessive(cand.first):
            continue  # "president of Orvex's Kestrel grocery unit": what the title is of
        if phrase and not comma and _relation_before(finder, cand.first, over_articles=True):
            # "The premier of the German state of North Rhine-Westphalia remarked", "a spokesman
            # for the Toronto concern": the name is what the title is of, not the person holding
            # it. ("According to X, an analyst at Y": no title before it; the apposition after
            # it may still hold one.)
            if not _nominal_person(finder, cand, phrase, by_token):
                phrase = _phrase_after(finder, cand.last)
                if not _read(finder, cand, phrase, by_token, first_role=True):
                    continue
            consumed.update(phrase)
            continue
        if not _read(finder, cand, phrase, by_token, first_role=comma):
            # (no apposition to a place: "a forum in Kestrelton, the bank chief warned")
            placed = (
                cand.place_cue
                and cand.last < finder.toks.n
                and finder.toks.gap[cand.last].strip() == ","
            )
            phrase = [] if placed else _phrase_after(finder, cand.last)
            if not _read(finder, cand, phrase, by_token, first_role=True):
                continue
        consumed.update(phrase)
    for cand in finder.candidates:
        if cand.kind == "name" and cand.affiliation is None and not cand.acronym:
            _organization_after(finder, cand, by_token)
        if cand.kind == "name" and cand.affiliation is None and not cand.acronym:
            _owner_before(finder, cand, by_token)
        if cand.kind == "name" and cand.affiliation is None and not cand.acronym:
            _party_before(finder, cand, by_token)
        if cand.kind == "name" and cand.affiliation is None and not cand.acronym:
            _party_apposition(finder, cand, by_token)
        if cand.kind == "name" and cand.role and cand.affiliation is None:
            _state_after(finder, cand, by_token)
        if cand.kind == "name" and cand.role and cand.affiliation is None:
            _represented(finder, cand, by_token)
        if cand.kind == "name" and cand.affiliation is None and cand.role is None:
            _led_by(finder, cand, by_token)  # (a title says whose it is itself)
        if cand.kind == "name" and cand.role is None and not cand.acronym:
            _kin_apposition(finder, cand, by_token)
        if cand.kind == "name" and cand.role is None and not cand.acronym:
            _described_apposition(finder, cand, by_token)
        if cand.kind == "name" and cand.role is None and (not cand.acronym or cand.person_cue):
            _occupation_before(finder, cand, by_token)  # (initials too: "tersangka BS")
        if cand.kind == "name" and cand.role is None and not cand.acronym:
            _post_nominal(finder, cand, by_token)
        if cand.kind == "name" and cand.affiliation is None and not cand.acronym:
            _kin_before(finder, cand)
        if cand.kind == "name" and cand.role is None and not cand.acronym:
            _kin_of_person_noun_before(finder, cand)
        if cand.kind == "name" and cand.role is None and not cand.acronym:
            _shared_plural_title(finder, cand)
        if cand.kind == "name" and cand.role is None:
            _listed_after_role(finder, cand, by_token)  # (initials too: "tersangka, yakni AS")
        if cand.kind == "name" and cand.role is None and not cand.acronym:
            _listed_after_occupation(finder, cand)
        if cand.kind == "name" and cand.role is None and (not cand.acronym or cand.person_cue):
            _introduced_by_noun(finder, cand, by_token)  # (initials too: "berinisial TAS")
        if cand.kind == "name" and cand.role is None and (not cand.acronym or cand.person_cue):
            _status_after_introducer(finder, cand)
    for cand in finder.candidates:
        if cand.kind == "name" and cand.role:
            _joined_holder(finder, cand, by_token)
        elif cand.kind == "name" and not cand.acronym:
            _listed_after_holder(finder, cand, by_token)
    for cand in reversed(finder.candidates):  # (from the list's end: "A, B, dan C sebagai X")
        if cand.kind == "name" and cand.role is None:
            _listed_before_introducer(finder, cand, by_token)
    for cand in finder.candidates:
        if cand.role and plural_title(cand.role.split()[0].casefold(), finder.lex):
            cand.role = _singular(cand.role, finder.lex)  # "Presidents X and Y": each a President
        if cand.role and ("(" in cand.role or ")" in cand.role):
            cand.role = _without_brackets(cand.role)
    for cand in finder.candidates:
        if cand.kind == "title":
            if cand.first in consumed:
                cand.kind = "consumed"
                continue
            phrase = list(range(cand.first, _phrase_end(finder, cand.last)))
            _read(finder, cand, phrase, by_token, first_role=True)


APPOSITION_ENDS = frozenset({",", ".", ";", ")"})  # what closes an apposition after its words


def _kin_apposition(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Marisela, istri Hendra,', 'Pedro Alvarez, the boy's father,': an apposition naming a
    relative makes the relation the person's role, and the relative named right after it
    (if any) the one the person is related to."""
    toks, lex = finder.toks, finder.lex
    k = cand.last
    if k >= toks.n or toks.gap[k].strip() != "," or toks.sent[k] != cand.sent:
        return
    start = k
    while k < toks.n and k - start < 3 and toks.sent[k] == cand.sent:
        if toks.fold[k] in lex.kin_nouns:
            break
        owner = k + 1 < toks.n and finder.possessive(k + 1)  # "the boy's"
        if toks.capital[k] or not (toks.fold[k] in lex.articles | lex.definite_articles or owner):
            return  # ("X, the boy's father": an article and an owner only)
        k += 1
    else:
        return
    if toks.fold[k] not in lex.kin_nouns:
        return
    end = k + 1
    if _kin_of_person_noun(finder, k, cand.sent):
        end += 1  # "Rina Wati, istri korban,": the relative of the one the noun names
    gap = toks.gap[end].strip() if end < toks.n else "."
    if end < toks.n and not gap and toks.capital[end] and toks.sent[end] == cand.sent:
        index = by_token.get(end)
        other = finder.candidates[index] if index is not None else None
        if other is None or other.first != end or other.kind != "name":
            return  # "istri Bupati Sukamaju": a title after it, read by the title's rules
        cand.affiliation = index  # "istri Hendra": the husband she is named by
        other.relative = True
    elif gap not in APPOSITION_ENDS:
        return  # a clause goes on: no apposition
    cand.role = finder.text[toks.start[k] : toks.end[end - 1]]
    cand.vote("person", STRONG)


def _kin_of_person_noun(finder: Finder, k: int, sent: int) -> bool:
    """The relative's noun at k is followed by a lower-case noun naming whom it is a relative
    of by what that one is ("istri korban", "ayah tersangka")."""
    toks, lex = finder.toks, finder.lex
    x = k + 1
    return (
        x < toks.n
        and toks.sent[x] == sent
        and toks.gap[x] == " "
        and toks.text[x].islower()
        and (toks.fold[x] in lex.person_nouns or toks.fold[x] in lex.described_nouns)
    )


def _kin_of_person_noun_before(finder: Finder, cand: Candidate) -> None:
    """'Ayah korban, Joko Susilo,': a relative's noun and the noun of whom it is a relative
    of, right before the comma before a name, are the person's role."""
    toks, lex = finder.toks, finder.lex
    k = cand.first - 2
    if k < 0 or toks.sent[k] != cand.sent or toks.gap[cand.first].strip() != ",":
        return
    if toks.fold[k] not in lex.kin_nouns or not _kin_of_person_noun(finder, k, cand.sent):
        return
    if k > 0 and toks.sent[k - 1] == cand.sent and toks.capital[k - 1]:
        return  # a name before it: "Menurut Budi ayah korban": not the opening of the phrase
    cand.role = finder.text[toks.start[k] : toks.end[k + 1]]
    cand.vote("person", STRONG)


def _owner_before(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'the Orvex Institute's Dr. Tom Harlan', 'Orvex's Dana Reyes': an organization's name with a
    possessive ending right before a person's name (a form of address may stand between) is
    whom the person works for."""
    toks, lex = finder.toks, finder.lex
    k = cand.first
    while k > 0 and toks.fold[k - 1] in lex.honorifics and toks.sent[k - 1] == cand.sent:
        k -= 1
    if k < 1 or toks.sent[k - 1] != cand.sent or not finder.possessive(k):
        return
    index = by_token.get(k - 1)
    if index is not None and finder.candidates[index].kind == "org":
        cand.affiliation = index


def _party_before(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Liberal Democrat Sarah Teather': a party named by its members' word right before a
    person's name is the person's party."""
    k = cand.first
    if k < 1 or finder.toks.sent[k - 1] != cand.sent or finder.toks.gap[k] != " ":
        return
    index = by_token.get(k - 1)
    party = finder.candidates[index] if index is not None else None
    if (
        party is not None
        and party.kind == "org"
        and party.last == k
        and tuple(finder.toks.fold[party.first : party.last]) in finder.lex.parties
    ):
        cand.affiliation = index


def _post_nominal(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Margaret Moran MP': a title written after the name it belongs to."""
    toks = finder.toks
    k = cand.last
    if k >= toks.n or toks.sent[k] != cand.sent or toks.gap[k] != " ":
        return
    if toks.fold[k] not in finder.lex.post_nominal_roles:
        return
    index = by_token.get(k)
    title = finder.candidates[index] if index is not None else None
    if title is not None and title.kind == "title" and title.last == k + 1:
        cand.role = toks.text[k]
        cand.default_country = True  # (a state's title: the state named most, if any)
        title.kind = "consumed"
        cand.vote("person", STRONG)


REPRESENTED_REACH = 12  # words after a lawyer's name where "who represents X" may stand


def _represented(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'attorney Brian Panish, who is representing Katherine Jackson', 'Putnam, the lawyer
    representing AEG Live': a lawyer's client, named after a word of representing, is whom the
    title belongs to."""
    toks, lex = finder.toks, finder.lex
    if not lex.client_links or " ".join(fold_tokens(cand.role or "")) not in lex.client_roles:
        return
    k = cand.last
    end = min(toks.n, k + REPRESENTED_REACH)
    while k < end and toks.sent[k] == cand.sent:
        link = match_at(lex.client_links, toks.fold, k, end)
        if link:
            index = by_token.get(k + link)
            other = finder.candidates[index] if index is not None else None
            if other is not None and other.first == k + link and other.kind in ("name", "org"):
                cand.affiliation = index
                other.client = True  # (a person may be one: whose lawyer it is)
                if not other.votes:  # the client is someone: a person by a first name
                    other.vote("person" if other.first_name else "org", STRONG)
            return
        k += 1


def _state_after(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Senator Bob Smith of New Hampshire': a state or province named with a relation word
    right after a titled name is where the title is held."""
    toks, lex = finder.toks, finder.lex
    k = cand.last
    if k + 1 >= toks.n or toks.sent[k] != cand.sent or toks.fold[k] not in lex.relations:
        return
    index = by_token.get(k + 1)
    place = finder.candidates[index] if index is not None else None
    if (
        place is not None
        and place.kind == "place"
        and place.first == k + 1
        and " ".join(toks.fold[place.first : place.last]) in lex.region_states
    ):
        cand.affiliation = index


def _party_apposition(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Jan Schakowsky, an Illinois Democrat, said': an apposition that is a party's member's
    word (an article and a place may stand before it) gives the person's party."""
    toks, lex = finder.toks, finder.lex
    k = cand.last
    if k >= toks.n or toks.sent[k] != cand.sent or toks.gap[k].strip() != ",":
        return
    while k < toks.n and toks.fold[k] in lex.articles and toks.sent[k] == cand.sent:
        k += 1
    for x in range(k, min(k + 3, toks.n)):
        index = by_token.get(x)
        party = finder.candidates[index] if index is not None else None
        if party is None or toks.sent[x] != cand.sent or not toks.capital[x]:
            return
        if party.kind != "org":
            continue  # "an Illinois Democrat": the member's place first
        end = party.last
        closes = end >= toks.n or toks.sent[end] != cand.sent or toks.gap[end].strip() == ","
        if closes and tuple(toks.fold[party.first : end]) in lex.parties:
            cand.affiliation = index
        return


LED_REACH = 6  # words a title before the leader's name and "oleh"/"by" may take


def _led_by(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Kemenkeu masih dipimpin oleh Sri Mulyani', 'Kementerian yang dipimpin Abdul Mu'ti', 'a
    panel chaired by Dana Reyes': the body led, named right before the verb of leading (a
    relative word or an adverb between), is whom the leader belongs to."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    k = cand.first - 1
    lowest = max(0, cand.first - LED_REACH)
    while k >= lowest and toks.sent[k] == cand.sent and (m.role[k] or m.domain[k]):
        k -= 1  # "dipimpin Menteri Keuangan Sri Mulyani": the leader's own title
    if k >= 0 and toks.fold[k] in lex.led_by_words:
        k -= 1  # "oleh", "by"
    if k < 1 or toks.sent[k] != cand.sent or toks.fold[k] not in lex.led_verbs:
        return
    verb = toks.fold[k]
    titled = any(m.role[x] or m.domain[x] for x in range(k + 1, cand.first))  # (its own title)
    k -= 1
    while k >= 0 and toks.sent[k] == cand.sent and toks.fold[k] in lex.led_fillers:
        k -= 1  # "yang", "masih"
    index = by_token.get(k) if k >= 0 and toks.sent[k] == cand.sent else None
    if index is None:
        if not titled and verb in lex.led_roles:
            _leader_of_group(finder, cand, k, lex.led_roles[verb])
        return
    body = finder.candidates[index]
    if body.last == k + 1 and (body.kind in ("org", "country") or body.votes.get("org")):
        cand.affiliation = index
        cand.affiliation_iso = cand.affiliation_iso or body.iso
        if not titled and verb in lex.led_roles:
            cand.role = lex.led_roles[verb]  # "Timnas yang ditukangi Indra Sjafri": its coach


def _leader_of_group(finder: Finder, cand: Candidate, last: int, title: str) -> None:
    """'majelis hakim yang diketuai Fatimah', 'tim yang dipimpin Dedi': a group the language's
    `led_groups` name, ending right before the verb of leading (and its relative word), is
    what the leader heads ("ketua majelis hakim")."""
    toks, groups = finder.toks, finder.lex.led_groups
    if last < 0 or toks.sent[last] != cand.sent or toks.gap[last + 1].strip():
        return
    longest = max((group.count(" ") + 1 for group in groups), default=0)
    for first in range(last - longest + 1, last + 1):  # (the longest group first)
        words = " ".join(toks.fold[first : last + 1])
        if first >= 0 and toks.sent[first] == cand.sent and words in groups:
            cand.role = f"{title} {words}"
            cand.vote("person", STRONG)
            return


def _relative_of_titled(
    finder: Finder, cand: Candidate, phrase: list[int], by_token: dict[int, int]
) -> bool:
    """'Putri tiri Presiden Orvania Tom Harlan, Rina Wati': a relative's noun (and one lower-case
    word after it) before a titled person named right before the holder's comma: the holder is
    that relative of that person, and holds no title of the phrase."""
    toks, lex = finder.toks, finder.lex
    if not phrase or not finder.marks.role[phrase[0]]:
        return False
    index = by_token.get(cand.first - 1)
    other = finder.candidates[index] if index is not None else None
    if other is None or other.kind != "name" or other.last != cand.first or other is cand:
        return False
    k = phrase[0] - 1
    if k > 0 and toks.text[k].islower() and toks.fold[k] not in lex.kin_nouns:
        k -= 1  # "tiri", "sulung": a word describing the relation
    if k < 0 or toks.sent[k] != cand.sent or toks.fold[k] not in lex.kin_nouns:
        return False
    cand.role = finder.text[toks.start[k] : toks.end[phrase[0] - 1]]
    cand.affiliation = index
    other.relative = True
    cand.vote("person", STRONG)
    return True


def _kin_before(finder: Finder, cand: Candidate) -> None:
    """'his wife, Marta,', 'her 22-year-old son Tom Reyes': a relative named after a pronoun's
    relation is that relation, and the person named last before the pronoun in the sentence (if
    one is) the one related to."""
    toks, lex = finder.toks, finder.lex
    k = cand.first - 1
    if k < 1 or toks.sent[k] != cand.sent or toks.gap[cand.first].strip() not in ("", ","):
        return
    owned = _owned_kin(finder, k)
    if owned is not None:
        # "datang bersama istrinya, Rina Wati": the relation with a pronoun's ending
        if cand.role is None and toks.text[k].islower():
            cand.role = owned
            cand.vote("person", STRONG)
            _related_to_last_named(finder, cand, k)
        return
    if toks.fold[k] not in lex.kin_nouns or toks.gap[k].strip():
        return
    before = k - 1
    if any(c.isdigit() for c in toks.text[before]) and before > 0 and not toks.gap[before].strip():
        before -= 1  # an age ("22-year-old")
    owners = lex.pronouns | lex.org_possessives
    if toks.sent[before] != cand.sent or toks.fold[before] not in owners:
        return
    if cand.role is not None and fold(cand.role) != toks.fold[k]:
        return  # a title of its own
    cand.role = toks.text[k]
    cand.vote("person", STRONG)
    if toks.fold[before] in lex.pronouns:
        _related_to_last_named(finder, cand, before)


def _owned_kin(finder: Finder, k: int) -> str | None:
    """'istrinya': a relation with a pronoun's ending, as written without it; else None."""
    stem = _enclitic_stem(finder, k)
    return stem if stem is not None and fold(stem) in finder.lex.kin_nouns else None


def _enclitic_stem(finder: Finder, k: int) -> str | None:
    """Word k as written without a pronoun's ending ("istrinya", "anggotanya"); else None."""
    word = finder.toks.text[k]
    for ending in finder.lex.enclitics:
        if word.casefold().endswith(ending):
            return word[: -len(ending)]
    return None


def _related_to_last_named(finder: Finder, cand: Candidate, before: int) -> None:
    """The person named last before token `before` in cand's sentence is the one cand is
    related to (the person a pronoun is)."""
    for index in range(len(finder.candidates) - 1, -1, -1):
        other = finder.candidates[index]
        if other.sent != cand.sent or other.last > before or other.kind != "name":
            continue
        if (other.first_name or other.person_cue) and not other.place_cue:
            cand.affiliation = index
            other.relative = True
            return


def _singular(role: str, lex: ActorLexicon) -> str:
    """'Presidents' -> 'President': a plural title's first word without its plural ending."""
    first, _, rest = role.partition(" ")
    for ending in lex.plural_suffixes:
        if first.casefold().endswith(ending):
            first = first[: -len(ending)]
            break
    return f"{first} {rest}".strip()


LIST_SPAN = 40  # words a list of names after its role and introducer may take


def _listed_after_occupation(finder: Finder, cand: Candidate) -> None:
    """'dihadiri artis Nagita Slavina, Aaliyah Massaid, dan Beby Tsabina': names listed after a
    noun of what they are, joined by commas and a conjunction, each are one."""
    toks, lex = finder.toks, finder.lex
    k = cand.first - 1
    limit = max(0, cand.first - LIST_SPAN)
    listed = False  # (a conjunction joins the list: "A, B" alone is a name and its apposition)
    while k >= limit and toks.sent[k] == cand.sent:
        gap = toks.gap[k + 1].strip()
        if toks.capital[k] and gap in ("", ","):
            k -= 1
        elif k > 0 and toks.fold[k] in lex.conjunctions and toks.capital[k - 1]:
            listed = True
            k -= 1
        else:
            break
    j = cand.last  # ... or after it: "A, B, dan C" seen from B
    while not listed and j < min(toks.n, cand.last + LIST_SPAN) and toks.sent[j] == cand.sent:
        gap = toks.gap[j].strip()
        if toks.capital[j] and gap in ("", ","):
            j += 1
        elif toks.fold[j] in lex.conjunctions and gap in ("", ","):
            listed = j + 1 < toks.n and toks.capital[j + 1]
            break
        else:
            break
    first = k + 1
    if (
        not listed
        or k < 0
        or toks.sent[k] != cand.sent
        or not toks.text[k].islower()
        or toks.fold[k] not in lex.occupations
        or toks.gap[first] != " "
        or first == cand.first
    ):
        return
    cand.role = toks.text[k]
    cand.vote("person", STRONG)


def _listed_after_role(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'dengan anggota terdiri atas Rina Wati, Budi Santoso, dan Tono Sugiarto', 'dua tersangka,
    yakni AS dan BT': a title (or a person noun) and a word introducing a list, then names
    joined by commas and a conjunction: each name holds the title, and its organization or state
    ("dua pejabat Bank Sentral yakni A dan B"; a state's title naming none, the article's own:
    "Menteri Keuangan sebelumnya yakni X")."""
    toks, lex, m = finder.toks, finder.lex, finder.marks
    k = cand.first - 1
    limit = max(0, cand.first - LIST_SPAN)
    while (
        k >= limit
        and toks.sent[k] == cand.sent
        and (toks.capital[k] or toks.fold[k] in lex.conjunctions)
    ):
        if toks.gap[k + 1].strip() not in ("", ",", "."):
            return
        k -= 1  # back over the names listed before this one
    opener = toks.gap[k + 1].strip()
    if k < limit or toks.sent[k] != cand.sent or opener not in ("", ",", ":", *LIST_DASHES):
        return  # ("lima anggotanya, yaitu: A, B, dan C": a colon may open the list)
    for phrase in lex.list_introducers:
        start = k - len(phrase) + 1
        if start > 0 and tuple(toks.fold[start : k + 1]) == phrase:
            break
    else:
        if opener != ":" and opener not in LIST_DASHES:
            return
        start = k + 1  # "tiga anggota baru yang dilantik: A, B, dan C": the stop opens it
        if _noun_before_clause(finder, start) == start:
            return  # (after a noun with a clause about it only)
    end = start  # the title right before the introducer (a comma may stand between)
    if (
        end > 1
        and toks.text[end - 1].islower()
        and not (m.role[end - 1] or m.domain[end - 1])
        and (m.role[end - 2] or (m.domain[end - 2] and toks.capital[end - 2]))
    ):
        end -= 1  # "Menteri Keuangan sebelumnya yakni X", "presiden terdahulu, yakni X" (not
        # "pelaku industri yakni PT A": no title)
    elif end > 1 and toks.fold[end - 1] in lex.demonstratives and toks.gap[end - 1] == " ":
        end -= 1  # "Sembilan tersangka itu adalah A, B, dan C": the noun pointed back to
        end = _noun_before_clause(finder, end)  # ("dua tersangka yang akan diadili itu")
    else:
        end = _noun_before_clause(finder, end)  # "anggota baru yang dilantik yakni A, B, dan C"
    if (
        end > 1
        and toks.fold[end - 1] in lex.title_tails
        and toks.text[end - 1].islower()
        and toks.gap[end - 1] == " "
        and toks.capital[end - 2]
    ):
        end -= 1  # "Ketua KPU setempat (tersebut) adalah X": the title's tail
    elif _tail_after_noun(finder, end):
        end -= 1  # "tiga terdakwa lainnya yakni A, B, dan C", "kedua hakim baru tersebut"
    first = end - 1
    while (
        first >= 0
        and toks.sent[first] == cand.sent
        and (m.role[first] or m.domain[first] or toks.capital[first])  # (its body's name too)
    ):
        first -= 1
    while first + 1 < end and not m.role[first + 1]:
        first += 1  # the title opens the phrase: "... Budi, Ketua Komisi KPPU yakni A dan B"
    if (
        not toks.capital[first + 1]
        and not all(m.role[x] or m.domain[x] for x in range(first + 1, end))
        and not cand.first_name
        and not _person_listed_with(finder, cand, k, by_token)
    ):
        return  # a body's name after a lower-case title: what is listed may be the body's
        # ("Pondok Pesantren binaan anggota Polri, yakni Santri Manjung"; not a person's given
        # name: "anggota Kongres, termasuk Elise Stefanik")
    noun = toks.fold[end - 1] if end else ""
    if cand.acronym and not cand.person_cue and noun not in lex.person_nouns:
        return  # short forms listed are bodies ("anggota terdiri atas KPK, BPK, dan Polri"),
        # initials after a noun of a case's person are people ("dua tersangka, yakni AS dan BT")
    if first + 1 < end and any(m.role[x] for x in range(first + 1, end)):
        cand.role = finder.text[toks.start[first + 1] : toks.end[end - 1]]
        title = list(range(first + 1, end))
        if not _affiliation(finder, cand, title, by_token) and (
            toks.capital[first + 1] and not finder.private_whole_title(first + 1, end)
        ):
            cand.default_country = True
    elif end > 0 and (
        toks.fold[end - 1] in lex.person_nouns or _occupation(toks.fold[end - 1], lex)
    ):
        cand.role = toks.text[end - 1]  # ("para pemohon yakni A, B, dan C")
        if end > 1 and toks.fold[end - 2] in lex.kin_nouns and toks.gap[end - 1] == " ":
            cand.role = f"{toks.text[end - 2]} {cand.role}"  # "ibu korban, yakni Ulil": the kin
    elif (
        end > 1
        and toks.text[end - 1].islower()
        and toks.gap[end - 1] == " "
        and toks.sent[end - 2] == cand.sent
        and (toks.fold[end - 2] in lex.person_nouns or _occupation(toks.fold[end - 2], lex))
        and (cand.first_name or _person_listed_with(finder, cand, k, by_token))
    ):
        cand.role = f"{toks.text[end - 2]} {toks.text[end - 1]}"  # a word about the noun:
        # "tujuh pemain naturalisasi yang terlibat --- A, B, dan C", "warga sekitar yakni A"
    elif end > 0 and (stem := _owned_title(finder, end - 1)):
        cand.role = stem  # "beserta lima anggotanya, yaitu: A, B, dan C": each a member
    else:
        return
    cand.vote("person", STRONG)


LIST_DASHES = ("-", "--", "---", "–", "—")  # a dash may open a list of names, as a colon does


def _person_listed_with(
    finder: Finder, cand: Candidate, before: int, by_token: dict[int, int]
) -> bool:
    """Another name of the list that opens after token `before` and holds `cand` opens with a
    person's first name: the list names people ("anggota DPR tersebut adalah Ahmad Sahroni dan
    Nafa Urbach": Nafa Urbach is one too)."""
    toks, lex = finder.toks, finder.lex
    k = before + 1
    while (
        k < toks.n
        and toks.sent[k] == cand.sent
        and (k == before + 1 or toks.gap[k].strip() in ("", ","))
    ):
        if not toks.capital[k] and toks.fold[k] not in lex.conjunctions:
            break
        index = by_token.get(k)
        other = finder.candidates[index] if index is not None else None
        if (
            other is not None
            and other is not cand
            and other.kind == "name"
            and other.first_name
            and not other.votes.get("org")
        ):
            return True
        k += 1
    return False


def _person_noun(finder: Finder, k: int) -> bool:
    """Token k is a noun of what people are, or a title ("tersangka", "hakim", "anggota")."""
    word = finder.toks.fold[k]
    return word in finder.lex.person_nouns or _occupation(word, finder.lex) or finder.marks.role[k]


def _tail_after_noun(finder: Finder, end: int) -> bool:
    """The word before `end` is a tail word ("lainnya", "baru") after a noun of what people are."""
    toks, lex = finder.toks, finder.lex
    return (
        end > 1
        and toks.fold[end - 1] in lex.title_tails
        and toks.text[end - 1].islower()
        and toks.gap[end - 1] == " "
        and _person_noun(finder, end - 2)
    )


CLAUSE_WORDS = 4  # lower-case words a clause about a noun may take before what follows it


def _noun_before_clause(finder: Finder, end: int) -> int:
    """Where a noun of what people are (a tail word or a word about it after it) ends when a
    relative clause of a few lower-case words stands between it and `end` ("dua tersangka yang
    akan diadili|", "anggota baru yang dilantik|", "pemain naturalisasi yang terlibat|");
    else `end`."""
    toks, lex = finder.toks, finder.lex
    k = end - 1
    while k > 0 and end - k <= CLAUSE_WORDS and toks.text[k].islower() and toks.gap[k] == " ":
        if toks.fold[k] in lex.relative_words:
            if toks.sent[k - 1] == toks.sent[end - 1] and (
                _person_noun(finder, k - 1) or _tail_after_noun(finder, k)
            ):
                return k
            if (
                k > 1
                and toks.sent[k - 2] == toks.sent[end - 1]
                and toks.text[k - 1].islower()
                and toks.gap[k - 1] == " "
                and _person_noun(finder, k - 2)
            ):
                return k  # a word about the noun first: "pemain naturalisasi yang terlibat"
            break
        k -= 1
    return end


def _owned_title(finder: Finder, k: int) -> str | None:
    """'anggotanya': a lower-case title of one word with a pronoun's ending, without it."""
    stem = _enclitic_stem(finder, k) if finder.toks.text[k].islower() else None
    return stem if stem and match_at(finder.lex.roles, [fold(stem)], 0) == 1 else None


LISTED_GAP = 6  # words between two holders of one plural title ("Kovar of Ukraine and Tal")


def _shared_plural_title(finder: Finder, cand: Candidate) -> None:
    """'Presidents Leon Kovar of Ukraine and Boris Tal of Russia': a title in its plural form
    before the first of names listed is each one's."""
    toks, lex = finder.toks, finder.lex
    k = cand.first - 1
    if k < 1 or toks.sent[k] != cand.sent or toks.fold[k] not in lex.conjunctions:
        return
    for other in reversed(finder.candidates):
        if other.last > k or other.kind != "name":
            continue
        if other.sent != cand.sent or cand.first - other.last > LISTED_GAP:
            return
        if other.role and plural_title(other.role.split()[0].casefold(), lex):
            cand.role = other.role
            cand.vote("person", STRONG)
            return
        if other.role or other.first_name:
            return  # another person, with a title of their own or none


MAX_DESCRIBED = 4  # lower-case words of a role no title list holds ("the harbour master")
_AGED = re.compile(r"\d+-\w+(?:-\w+)*")  # "a 52-year-old obstetrician": an age before the noun


def _place_or_side(finder: Finder, k: int) -> bool:
    """A capitalised word describing what a person is, after an article: a place, a region or
    a state's adjective ("a Miami businessman", "a Middle East scholar", "a Cuban exile")."""
    m, f = finder.marks, finder.toks.fold[k]
    return bool(m.country[k] or m.region[k] or finder.lex.demonym(f) or finder.placed(k))


def _occupation(word: str, lex: ActorLexicon) -> bool:
    """A noun naming what a person is, or two joined by a dash ("obstetrician-gynecologist")."""
    return word in lex.occupations or (
        "-" in word and all(part in lex.occupations for part in word.split("-"))
    )


def _described_apposition(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Tom Harlan, the harbour master,', 'Dana Valdez, a ferry captain at Orvex Lines,': an
    article and a few lower-case words in an apposition after a person's name (a first name
    opens it) are the person's role though no title list holds them; an organization named
    after a relation word ends the apposition and is the affiliation. Words ending in a noun
    naming what a person is need neither the article nor a known first name, may follow an age,
    and may end before a place ("Tarvo Kesk, 46, obstetrician in Kestrelton,")."""
    toks, lex = finder.toks, finder.lex
    k = cand.last
    aged = _age_apposition(finder, k)
    if aged:
        k += 1  # "Pat Kellan, 46, international technical manager,", "Karna (37), pedagang,"
    if k + 1 >= toks.n or toks.sent[k + 1] != cand.sent:
        return
    comma = toks.gap[k].strip()
    if (comma.lstrip(")") if aged else comma) != ",":
        return
    intro = match_at(lex.role_introducers, toks.fold, k)
    if intro and k + intro < toks.n and toks.fold[k + intro] in lex.articles:
        return  # "X, is the first chairwoman of Y": a predicate, not an apposition
    if toks.fold[k] in lex.act_prepositions:
        return  # "kata Budi, kepada wartawan,": a phrase about the act, not about the person
    if (
        cand.first > 0
        and toks.sent[cand.first - 1] == cand.sent
        and toks.fold[cand.first - 1] in lex.place_prepositions
    ):
        return  # "dilarikan ke Puskesmas Sukamaju, siswa lain ...": a place, then a clause
    article = match_at(lex.article_phrases, toks.fold, k)
    counted = not article and toks.fold[k] in lex.count_determiners
    if counted:
        article = 1  # "A dan B, dua budayawan Ciamis,": each one of them
    start = end = k + article
    while (
        end < toks.n
        and end - start < MAX_DESCRIBED
        and toks.sent[end] == cand.sent
        and (toks.gap[end] == " " or end == start)  # (after the comma, no article: its gap)
        and (toks.text[end].replace("-", "").isalpha() or _AGED.fullmatch(toks.text[end]))
        and (toks.text[end].islower() or (article and _place_or_side(finder, end)))
        and toks.fold[end] not in lex.relations
        and toks.fold[end] not in lex.relative_words
        and toks.fold[end] not in lex.org_nouns
        and toks.fold[end] not in lex.pronouns
        and not (
            toks.fold[end] in lex.place_prepositions
            and (toks.fold[end - 1] in lex.occupations or toks.fold[end - 1] in lex.described_nouns)
        )
    ):
        end += 1
    if end == start:
        return
    clause = False

    def noun(q: int) -> bool:  # (a noun read here only, too: "Rizaldi, pengendara asal Cimahi")
        return _occupation(toks.fold[q], lex) or toks.fold[q] in lex.described_nouns

    if article and lex.noun_last and not noun(end - 1):
        # "a media consultant not working for any candidate": the noun naming what the person
        # is ends the role, a clause about the person follows it
        nouns = [q for q in range(start, end - 1) if noun(q)]
        if nouns:
            end, clause = nouns[-1] + 1, True
    head = start  # (after a word qualifying it: "Tom, mantan petugas kepolisian yang ...")
    while head < end - 1 and (n := match_at(lex.role_domains, toks.fold, head, end - 1)):
        head += n
    occupation = _occupation(toks.fold[end - 1], lex) or (
        # "seorang pengemudi ojek online"; where the noun comes first, a noun read only here
        # opens the phrase ("Rizaldi, pengendara asal Cimahi"), not "Pom X, nanti ada penumpang",
        # nor a clause of its own ("dr. Rina, pasien itu sehat")
        noun(head) and not (head + 1 < end and toks.fold[head + 1] in lex.demonstratives)
        if not lex.noun_last
        else noun(end - 1)
    )
    if toks.fold[end - 1] in lex.plain_person_nouns:
        return  # "Tom Varga, a tall man,": no more than a person
    if not occupation and not (
        article and not counted and toks.fold[cand.first] in lex.first_names
    ):
        return  # (a noun naming what a person is needs no article and no known first name; a
        # count, the noun: not "rumah Endang, dua pasutri siri itu cekcok")
    affiliation = None
    named = (
        _name_after_noun(finder, cand, end)
        if not lex.noun_last and (noun(end - 1) or (noun(head) and not article))
        else end
    )  # ("tokoh adat Sukamaju,": the noun opens the words, its field after it)
    if named > end:
        # "Hasan, warga Desa Sukamaju,", "Rina, pedagang Pasar Baru,": the noun, then the name
        # of where or whose, which close the apposition; an organization's is the affiliation
        index = by_token.get(end)
        other = finder.candidates[index] if index is not None else None
        if other is not None and other.first == end and other.last == named:
            affiliation = index if other.kind == "org" else None
            if (
                other.kind == "name"
                and not lex.noun_last
                and _occupation(toks.fold[end - 1], lex)
                and toks.fold[end - 1] not in lex.resident_nouns
                and not (other.first_name or other.person_cue)
            ):
                # "Avi Loeb, astronom Harvard,": the name closing the apposition after an
                # occupation is where the person works
                affiliation = index
                other.vote("org", STRONG)
        end = named
    gap = toks.gap[end].strip() if end < toks.n and toks.sent[end] == cand.sent else "."
    sourced = cand.first > 0 and toks.fold[cand.first - 1] in lex.source_words
    if sourced and gap != ",":
        return  # "Menurut Dedi, pelaku datang seorang diri.": the source's comma, then a clause
    if clause:
        pass
    elif gap == "" and occupation and toks.fold[end] in lex.place_prepositions - lex.relations:
        pass  # "an obstetrician in Kestrelton": where the work is done, no affiliation
    elif gap == "" and occupation and toks.fold[end] in lex.relative_words:
        pass  # "a nurse who was wounded": the clause is about the person, the noun the role
    elif gap == "" and toks.fold[end] in lex.relations and end + 1 < toks.n:
        named = end + 1
        if toks.fold[named] in lex.articles and named + 1 < toks.n:
            named += 1  # "the heiress to the Orvex fortune"
        index = by_token.get(named)
        other = finder.candidates[index] if index is not None else None
        head_first = not lex.noun_last and noun(head)  # "pedagang di"
        plain = (article or head_first) and not any(
            toks.fold[q] in lex.articles or toks.fold[q] in lex.conjunctions
            for q in range(start, end)
        )  # (not "indicted as the architect of", "and the father of", "X, has chosen to")
        if (other is None or other.first != named) and not (occupation and plain):
            return  # "the first to arrive": a clause, no title
        if other is None or other.first != named:
            pass  # "a consultant to the chemicals industry": what the work is for, no name
        elif other.kind in ("org", "name"):
            affiliation = index  # (a place is where the work is done: the role alone)
    elif gap not in APPOSITION_ENDS:
        # (after an article only: "Menurut Ar, pelaku datang ..." is a clause of its own)
        described = occupation and article and not counted and not lex.noun_last
        verb = _verb_after_role(finder, head, end) if described else None
        if verb is None:
            return  # the apposition goes on as a clause ("the man who ...")
        end = verb  # "Hari, salah satu wali murid mengaku ...": its verb, the comma left out
    while start < end - 1 and _AGED.fullmatch(toks.text[start]):
        start += 1  # (the age is no part of the role)
    cand.role = finder.text[toks.start[start] : toks.end[end - 1]]
    if affiliation is not None:
        cand.affiliation = affiliation
    cand.vote("person", STRONG)


def _verb_after_role(finder: Finder, head: int, end: int) -> int | None:
    """Where the sentence's verb follows an apposition's noun (at `head`) with no comma between
    ("Hari, salah satu wali murid mengaku khawatir"): the first word after the noun with a
    verb's shape (`lower_verb_shapes`), where no word before it has one; else None."""
    toks, lex = finder.toks, finder.lex
    if lex.lower_verb_shape is None:
        return None
    for x in range(head + 1, end):
        f = toks.fold[x]
        if f in lex.title_tails:
            continue  # ("warga setempat mengatakan": a tail word, no verb)
        if lex.lower_verb_shape.fullmatch(f) and not _occupation(f, lex):
            return x
    return None


def _joined_holder(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Reno Dewo dan Farhan Hamid, aktivis yang ...': an apposition naming what a person is,
    in lower case, after two names joined by a conjunction, is what both are."""
    toks, lex = finder.toks, finder.lex
    role = cand.role or ""
    if (
        cand.last >= toks.n
        or toks.gap[cand.last].strip() != ","
        or not role.islower()
        or toks.text[cand.last] != role.split()[0]
        or not (
            finder.marks.role[cand.last]
            or _occupation(toks.fold[cand.last], lex)
            or toks.fold[cand.last] in lex.described_nouns
        )
        or toks.fold[cand.last] in lex.kin_nouns
    ):
        return
    other = _name_joined_before(finder, cand, by_token)
    if other and not other.role and other.rare_word:
        other.role = role
        other.vote("person", STRONG)


def _name_joined_before(
    finder: Finder, cand: Candidate, by_token: dict[int, int]
) -> Candidate | None:
    """The name right before `cand` and the conjunction joining them ("A dan B"), or None."""
    toks = finder.toks
    joined = cand.first - 1
    if (
        joined < 1
        or toks.sent[joined] != cand.sent
        or toks.fold[joined] not in finder.lex.conjunctions
        or toks.gap[joined] != " "
        or toks.gap[cand.first] != " "
    ):
        return None
    index = by_token.get(joined - 1)
    other = finder.candidates[index] if index is not None else None
    return other if other and other.kind == "name" and other.last == joined else None


def _list_opener(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> Candidate | None:
    """The first name of the list "A, B, dan C" that `cand` stands in after its first: names
    joined by commas, the last by a conjunction. None for a list's first name, and for names
    joined by commas alone ("A, B": a name and its apposition)."""
    toks, lex = finder.toks, finder.lex
    first = cand.first
    if not (toks.gap[first] == ", " or (first > 0 and toks.fold[first - 1] in lex.conjunctions)):
        return None  # (most names: none listed before them)

    def after(a: Candidate) -> tuple[Candidate, str] | None:
        k = a.last
        if k >= toks.n or toks.sent[k] != a.sent:
            return None
        if toks.gap[k] == ", " and k in by_token:
            b = finder.candidates[by_token[k]]
            return (b, ",") if b.kind == "name" and b.first == k else None
        if (
            toks.fold[k] in lex.conjunctions
            and toks.gap[k] in (" ", ", ")
            and k + 1 < toks.n
            and toks.gap[k + 1] == " "
            and k + 1 in by_token
        ):
            b = finder.candidates[by_token[k + 1]]
            return (b, "and") if b.kind == "name" and b.first == k + 1 else None
        return None

    ends = {c.last: c for c in finder.candidates if c.kind == "name" and c.sent == cand.sent}
    chain, joins = [cand], []
    while True:  # back to the list's first name
        first = chain[0].first
        before = ends.get(first) if toks.gap[first] == ", " else None
        if before is None and first > 0 and toks.fold[first - 1] in lex.conjunctions:
            before = ends.get(first - 1)
        if (
            before is None
            or before in chain
            or (nxt := after(before)) is None
            or nxt[0] is not chain[0]
        ):
            break
        chain.insert(0, before)
        joins.insert(0, nxt[1])
    while (nxt := after(chain[-1])) is not None and joins[-1:] != ["and"] and nxt[0] not in chain:
        chain.append(nxt[0])  # on to its last
        joins.append(nxt[1])
    if len(chain) < 2 or chain[0] is cand or joins[-1] != "and" or "and" in joins[:-1]:
        return None
    return chain[0]


def _opens_list(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> bool:
    """`cand` is the first name of a list "A, B, dan C" or "A dan B"."""
    toks, lex = finder.toks, finder.lex
    k = cand.last
    if k < toks.n and toks.fold[k] in lex.conjunctions and toks.gap[k] == " ":
        k += 1
    elif k >= toks.n or toks.gap[k] != ", ":
        return False
    nxt = by_token.get(k)
    return nxt is not None and _list_opener(finder, finder.candidates[nxt], by_token) is cand


def _listed_after_holder(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'anggota Kongres Alexandria Ocasio-Cortez dan Jerry Nadler', 'tiga terdakwa lain, A, B,
    dan C': a lower-case title (a noun of what people are) right before the first name of a
    list, names joined by commas and a conjunction: each holds it, in the same body. (A
    capitalised title is one person's: "Menteri Keuangan X dan Y".)"""
    toks, lex = finder.toks, finder.lex
    if (
        cand.last < toks.n
        and toks.sent[cand.last] == cand.sent
        and toks.gap[cand.last] == " "
        and toks.capital[cand.last]
    ):
        return
    if cand.last < toks.n and toks.fold[cand.last] in lex.demonstratives:
        return  # ("bos Space X dan Tesla itu": what the title is of, pointed back to)
    # a name of two words or more, a given name or a rare word opening it (any name where the
    # list was counted: "dua pelaku, Sanawi dan Jajang")
    shaped = cand.last - cand.first >= 2 and (cand.first_name or cand.rare_word)
    if not shaped and cand.acronym:
        return
    for other in (
        _name_joined_before(finder, cand, by_token),
        _list_opener(finder, cand, by_token),
    ):
        if other is None or not other.role or not other.role[:1].islower() or other.client:
            continue
        title = other.first - 1
        if title > 0 and toks.fold[title] in lex.title_tails and toks.gap[other.first] == ", ":
            title -= 1  # "dua terdakwa lain, A dan B"
        # (the count before the title the first name holds: "dua pelaku, A", "dua anggota
        # Kelompok Tani, A")
        opening = other.first - len(fold_tokens(other.role))
        counted = toks.gap[other.first] == ", " and any(
            0 < at < other.first and toks.fold[at - 1] in lex.count_determiners
            for at in (title, opening)
            if at == title or tuple(toks.fold[at : other.first]) == fold_tokens(other.role)
        )
        if not (shaped or counted):
            continue
        if (
            # (the title before it, "two suspects, A and B" too)
            fold(_singular(toks.text[title], lex)) in fold_tokens(_singular(other.role, lex))
            and (
                (other.last - other.first >= 2 and (other.first_name or other.rare_word))
                # (one word after the title's comma: "dua anggota Kelompok Tani Motekar,
                # Sanawi dan Jajang Kelana")
                or (
                    other.last - other.first == 1
                    and not other.acronym
                    and toks.gap[other.first] == ", "
                )
            )
        ):
            cand.role, cand.affiliation = other.role, other.affiliation
            cand.affiliation_iso = other.affiliation_iso
            cand.vote("person", STRONG)
            return


def _name_after_noun(finder: Finder, cand: Candidate, end: int) -> int:
    """Where a name of capitalised words right after an apposition's noun ends, when a comma or
    the sentence's end closes the apposition there ("Hasan, warga Desa Sukamaju,"); `end`
    when none does."""
    toks, lex = finder.toks, finder.lex
    k = end
    while (
        k < toks.n
        and k - end < MAX_DESCRIBED
        and toks.sent[k] == cand.sent
        and (
            toks.gap[k] == " "
            or _bracketed_short_form(finder, k, end)
            or _bracketed_short_form(finder, k - 1, end)  # (the word after its bracket)
        )
        and (
            toks.capital[k]
            or (k > end and toks.fold[k] in lex.connectors)
            or (k > end and _number_in_name(finder, k))  # "siswa SMAN 2 Sukamaju,"
        )
    ):
        k += 1
    if k == end or toks.fold[k - 1] in lex.connectors:
        return end
    closes = (
        k >= toks.n
        or toks.sent[k] != cand.sent
        or toks.gap[k].strip() in APPOSITION_ENDS
        # "Hasan, warga Sukamaju yang tinggal di ...": a clause about the person after it
        or (toks.gap[k] == " " and toks.fold[k] in lex.relative_words)
    )
    return k if closes else end


def _bracketed_short_form(finder: Finder, k: int, start: int) -> bool:
    """Word k is a short form in brackets inside a name that goes on after it ("hakim
    Pengadilan Negeri (PN) Medan,")."""
    toks = finder.toks
    return (
        start < k < toks.n - 1
        and toks.gap[k] == " ("
        and toks.gap[k + 1] == ") "
        and toks.is_acronym(k)
        and toks.capital[k + 1]
    )


def _occupation_before(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'said Cuban journalist Lia Moreno', 'Montreal-based financier Tom Hale': a noun naming what
    a person is, right before a person's name, is the person's role; a country's adjective
    before it, the affiliation."""
    toks, lex = finder.toks, finder.lex
    k = cand.first - 1
    if k > 0 and toks.gap[cand.first] == " " and finder.party_number(k):
        k -= 1  # "Terdakwa II Rina Wati": the noun before the party's number
    tail = (
        k > 0
        and toks.gap[cand.first] == ", "
        and toks.fold[k] in lex.title_tails
        and toks.text[k].islower()
        and toks.gap[k] == " "
    )
    if tail:
        k -= 1  # "terdakwa lain, Rina Wati": one more of them, named
    if k < 0 or toks.sent[k] != cand.sent or toks.gap[cand.first] not in (" ", ", "):
        return
    before = toks.fold[k - 1] if k > 0 and toks.sent[k - 1] == cand.sent else ""
    noun = toks.text[k]
    if toks.gap[cand.first] == ", " and before in lex.count_determiners:
        noun = _singular(noun, lex)  # "two suspects, Rina Wati and ...": each a suspect
    closed = cand.last < toks.n and (  # the name closes an apposition: "pelaku, X (30),"
        toks.gap[cand.last].strip() == "," or _age_apposition(finder, cand.last)
    )
    counted = toks.gap[cand.first] == ", " and (
        tail
        or before in lex.definite_articles
        or before in lex.count_determiners
        or _article_ends_at(finder, k)
        or (
            closed
            and fold(noun) in lex.person_nouns
            and noun.islower()
            and before not in lex.kin_nouns  # ("Ayah korban, X,": the relative's role)
        )
    )  # "Salah satu terdakwa, Rina Wati", "Dua terdakwa, A dan B": the noun, then who
    if toks.gap[cand.first] == ", " and not counted:
        return
    # (a noun read only after a name elsewhere, as no field or place follows it here: "Seorang
    # warga, Rina Wati (45),"; counted or with an article: "untuk pegawai lain, Prabowo ..." ends
    # a phrase before its sentence's subject)
    counted_noun = counted and (before in lex.count_determiners or _article_ends_at(finder, k))
    # (a capital the sentence's or the title's: "Terdakwa Rina Wati dituntut", "Kemarin, Hakim
    # Rina Wati")
    titled = (
        noun[:1].isupper()
        and noun[1:].islower()
        and finder.capital_alone(k)
        and fold(noun) not in lex.honorifics  # ("Sir James")
    )
    if fold(noun) in lex.name_introducers:
        return  # "inisial RN": a word introducing the name, no role
    if not (
        (noun.islower() and fold(noun) in lex.occupations)
        or (noun.islower() and counted_noun and fold(noun) in lex.described_nouns)
        or (titled and (titled_occupation(fold(noun), lex) or fold(noun) in lex.person_nouns))
    ):
        return
    # "his Cambodian interpreter Sokha Varga", "The investor, Dana Reyes,": a noun phrase of
    # its own before the name, whatever the name's words
    determined = before in lex.articles or before in lex.pronouns or bool(lex.demonym(before))
    # ("dihadiri artis Nagita Slavina": a name of two rare words, none written as a place's:
    # "pedagang Deli Sentosa" after "di Deli Sentosa")
    named = cand.last - cand.first >= 2 and all(
        finder.rare(x) and not finder.placed(x) for x in range(cand.first, cand.last)
    )
    # ("dua pelaku, Sanawi dan Jajang Kelana": counted, then listed, whatever the names)
    counted_list = counted_noun and _opens_list(finder, cand, by_token)
    if not (
        cand.first_name or cand.person_cue or cand.speaker or determined or named or counted_list
    ):
        return
    start = k
    if k > 0 and toks.sent[k - 1] == cand.sent and toks.gap[k] == " ":
        iso = lex.demonym(toks.fold[k - 1])
        owner = by_token.get(k - 1) if lex.owner_before_title else None
        other = finder.candidates[owner] if owner is not None else None
        if (
            other is None
            or other.last != k
            or not (other.kind in ("org", "media") or (other.kind == "name" and other.acronym))
        ):
            owner = None  # (an organization, an outlet or a short form: "HLN anchor")
        if iso:
            start = k - 1
            cand.affiliation_iso = cand.affiliation_iso or iso
        elif owner is not None and cand.affiliation is None:
            cand.affiliation = owner  # "HLN anchor Vinnie Politan": whose anchor
    cand.role = finder.text[toks.start[start] : toks.start[k]] + noun
    cand.vote("person", STRONG)


def _article_ends_at(finder: Finder, k: int) -> bool:
    """An article of one to three words stands right before word k ("salah satu", "seorang")."""
    toks, lex = finder.toks, finder.lex
    return any(
        k - n >= 0
        and toks.sent[k - n] == toks.sent[k]
        and match_at(lex.article_phrases, toks.fold, k - n, k) == n
        for n in (1, 2, 3)
    )


def _nominal_person(
    finder: Finder, cand: Candidate, phrase: list[int], by_token: dict[int, int]
) -> bool:
    """A sentence opening with a title of something and no name ('The premier of X said'):
    the phrase itself names the person. Elsewhere such a phrase is left alone."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    runs = _role_runs(finder, phrase)
    if not runs:
        return False
    if any(k in by_token and finder.candidates[by_token[k]].kind == "name" for k in phrase):
        return False  # "Senator Daniel Reyes of Ohio": the phrase holds a name, its holder's
    first = toks.fold[cand.first]
    if cand.last - cand.first >= 2 and first in lex.first_names and first not in lex.wordlike_names:
        return False  # "An aide for Kirk Halvorsen said": what the title is of is a person
    start = phrase[runs[0][0]]
    lead = start - 1  # only articles may stand between the sentence start and the title
    while lead >= 0 and toks.sent[lead] == cand.sent and toks.fold[lead] in lex.articles:
        lead -= 1
    if lead >= 0 and toks.sent[lead] == cand.sent:
        return False
    if not m.role[start] and not m.domain[start]:
        return False
    after = by_token.get(cand.last)
    if (
        after is not None
        and finder.toks.gap[cand.last].strip() == ","
        and finder.candidates[after].kind == "name"
        and finder.candidates[after].first_name
    ):
        return False  # "The vice president of Orvana, Constantin Marescu, said": the name follows
    cand.start, cand.first = toks.start[start], start
    cand.text = finder.text[cand.start : cand.end]
    cand.role = finder.text[toks.start[start] : toks.end[phrase[runs[0][1] - 1]]]
    cand.vote("person", STRONG)
    cand.person_cue = True
    cand.votes.pop("org", None)
    for k in phrase:
        iso = lex.demonym(toks.fold[k])
        if iso:
            cand.affiliation_iso = iso
            break
    return True


def _relation_before(finder: Finder, first: int, over_articles: bool = False) -> bool:
    """A relation word right before token `first` in its sentence (or, `over_articles`, before
    the articles before it: "a spokesman for the Kestrel concern")."""
    toks, lex = finder.toks, finder.lex
    k = first - 1
    while (
        over_articles
        and k > 0
        and toks.fold[k] in lex.articles
        and toks.sent[k - 1] == toks.sent[first]
    ):
        k -= 1
    return k >= 0 and toks.sent[k] == toks.sent[first] and toks.fold[k] in lex.relations


def _listed_after_titled(finder: Finder, first: int) -> bool:
    """The name before the comma before token `first` has one title of its own right before it
    and no other: "secretary of state Dana Reyes, Harlan and ...", a list, not "Utusan khusus
    Presiden Hendra Arief, Budi", whose title is of the president's."""
    toks, m = finder.toks, finder.marks
    people = _person_tokens(finder)
    k = first - 1
    if k < 0 or k not in people or toks.gap[first].strip() != ",":
        return False
    while k - 1 in people and toks.sent[k - 1] == toks.sent[first]:
        k -= 1
    end = k  # the title ends right before the name
    while k - 1 >= 0 and toks.sent[k - 1] == toks.sent[first] and toks.gap[k].strip() == "":
        f = toks.fold[k - 1]
        if not (m.role[k - 1] or m.domain[k - 1] or f in finder.lex.relations):
            break
        k -= 1
    titles = [x for x in range(k, end) if m.role_start[x]]
    own = len(titles) == 1 and titles[0] + m.role_start[titles[0]] >= end
    # (a lawyer's title is held for the name after it: "Pengacara Rina Wati, Budi Santoso")
    return own and not finder.title_in(titles[0], end, finder.lex.client_roles)


def _place_named_after_preposition(finder: Finder, k: int) -> bool:
    """Word k ends a run of capitalised words right after a place preposition ("di Kestrelton"),
    none of them an organization's head or short name."""
    toks, lex, m = finder.toks, finder.lex, finder.marks
    x = k
    while x > 0 and toks.capital[x] and toks.gap[x] == " " and toks.sent[x - 1] == toks.sent[k]:
        if m.org_head[x] or toks.is_acronym(x):
            return False  # "di Universitas Sydney, Ollie Jay": a body, where the title is held
        if toks.fold[x - 1] in lex.place_prepositions:
            return True
        x -= 1
    return False


def _title_label(finder: Finder, k: int) -> bool:
    """Tokens from the sentence's start to k are a title's words, and nothing else (the label
    of a line listing a board: "Wakil Presiden Komisaris: ...")."""
    toks, m = finder.toks, finder.marks
    start = k
    while start > 0 and toks.sent[start - 1] == toks.sent[k]:
        start -= 1
    words = range(start, k + 1)
    return any(m.role[x] for x in words) and all(m.role[x] or m.domain[x] for x in words)


def _phrase_before(finder: Finder, first: int) -> list[int]:
    toks, m, lex = finder.toks, finder.marks, finder.lex
    if _listed_after_titled(finder, first):
        return []
    if finder.address_then_verb(first):
        return []  # "Tomi, Kepala Dusun IV Harapan Indah, Bekasi, Jawa Barat, menyebut": a part
        # of an address after the title's apposition, no holder
    listing = lex.conjunctions
    sent = toks.sent[first]
    out: list[int] = []
    lower = 0
    k = first - 1
    bracketed = 0  # (a bracketed short form inside the phrase adds no length: "Kemlu" in
    # "Direktur ... Kementerian Luar Negeri (Kemlu) RI, Judha")
    address = _address_before(finder, first)
    while k >= 0 and toks.sent[k] == sent and len(out) - bracketed < MAX_PHRASE:
        if k == first - 1 and address is not None:
            k = address - 1  # "Kepala Desa Sukamaju, Kecamatan Kestrel, Dedi": the address's
            continue  # parts between the title and its holder, no part of the title
        if k + 1 < toks.n and toks.gap[k + 1].strip() == ")" and toks.gap[k].strip() == "(":
            bracketed += 1
        gap = finder.toks.gap[k + 1].strip()
        if gap == "," and _place_named_after_preposition(finder, k):
            break  # "pemilik Orvana di Kestrelton, Texas": a place and its state, no holder
        if (
            gap == "," and (_cues_only(finder, k + 1, first) or k + 1 == address)
        ) or gap in lex.possessives_all:
            # an apposition's comma, before the name or its rank ("Kasat Reskrim Polres Polman,
            # AKP Budi Adi"); a possessive ("the company's vice president")
            pass
        elif gap == "." and (m.org_head[k] or DOTTED.fullmatch(toks.text[k])):
            pass  # "chief executive of Apple Inc. Steve Jobs", "U.N. envoy": a short form's stop
        elif gap == "&" and finder.joins(k + 1):
            pass  # "a spokeswoman for Orvex & Talmont, Dana Reyes": one company's name
        elif gap == "." and toks.fold[k] in lex.honorifics and _cues_only(finder, k, first):
            pass  # "the Prime Minister of Singapore, Mr. Tan": the stop of a form of address
        elif gap == "." and k == first - 1 and toks.fold[k] in lex.role_abbreviations:
            pass  # "Sen. Dana Reyes": the stop of a title's short form
        elif gap == ":" and k == first - 1 and _title_label(finder, k):
            pass  # "Presiden Komisaris: Edwin Soeryadjaya": a list's line, the title a label
        elif gap == "," and m.domain[k] and (m.domain[k + 1] or toks.fold[k + 1] in listing):
            pass  # "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat": a portfolio list
        elif (
            gap == ","
            and (m.role[k] or m.domain[k])
            and out
            and toks.capital[out[-1]]
            and not any(m.role[x] for x in out)
            and not any(toks.gap[x].strip() for x in out[:-1])
            and finder.toks.gap[first].strip() == ","
        ):
            # "Direktur Jenderal Perdagangan Dalam Negeri, Kementerian Perdagangan, Budi": the
            # title, then its body between commas, then the holder
            pass
        elif gap and not _bracket_gap(gap):
            break
        people = _person_tokens(finder)
        if (
            k in people
            and k + 1 not in people
            and k < first - 1
            and (
                toks.fold[k + 1] not in listing
                or _own_state(finder, out)
                or not _titled(finder, k, people)  # "Mr. Kesk and President Harlan"
            )
            and not finder.possessive(k + 1)  # "Dana Reyes's lawyer, Tom Harlan"
            and not _employer_before_title(finder, k)  # "Orvex Lindqvist analyst Tom Harlan"
        ):
            # "Gubernur X Ahmad Lutfiana di Kantor ..., Sukamaju": another person's name, with
            # words after it (not "Utusan khusus Presiden Hendra Arief, Budi ...": the title's
            # person right before the holder's comma; nor "President Mark X and Vice President
            # Paul Y": titles of one body listed)
            break
        f = toks.fold[k]
        if k == first - 1 and f in lex.name_introducers and not toks.capital[k]:
            k -= 1  # "direktur utama PT Sinar Maju berinisial DS": the title before the cue
            continue
        if (
            f in lex.title_tails
            and not toks.capital[k]
            and gap == ","
            and (k == first - 1 or _cues_only(finder, k + 1, first))  # ("setempat, AKP Budi")
        ):
            k -= 1  # "anggota Komisi II DPR lainnya, Deddy": one more holder of the title
            continue
        if (
            f in lex.title_tails
            and not toks.capital[k]
            and not gap
            and k == first - 1
            and k > 0
            and toks.sent[k - 1] == toks.sent[k]
            and toks.gap[k] == " "
            and (m.role[k - 1] or toks.capital[k - 1])
            and toks.fold[first] in lex.first_names
        ):
            k -= 1  # "Ketua DPD PDIP terpilih Dedi": the title's tail right before its holder
            continue
        if (
            f in lex.title_tails
            and not toks.capital[k]
            and not gap
            and out
            and toks.capital[out[-1]]
            and k > 0
            and m.role[k - 1]
        ):
            k -= 1  # "Kiper baru Manchester United, Senne": no part of the title, nor its body
            continue
        if (
            lower
            and toks.capital[k]
            and not (m.role[k] or m.domain[k] or m.org_head[k])
            and not _employer_before_title(finder, k)  # "Orvex Lindqvist food analyst Tom"
            and gap not in lex.possessives_all  # "Orvex's campaign manager, Tom": its owner
            and f not in lex.articles  # (a sentence's first word: "The firm's sales chief")
        ):
            # "Trump memuji Presiden Prabowo": a name before the lower-case words makes them a
            # clause (its verb), not a portfolio before the title.
            del out[-lower:]
            break
        if (
            not out
            and m.domain[k]
            and toks.text[k].islower()
            and (occupation := _field_after_occupation(finder, k)) is not None
        ):
            # "pakar hukum tata negara, Bivitri": an occupation's field, though a title's
            # portfolio word ends it (a portfolio is capitalised: "Sekretaris Negara")
            _field_words(finder, occupation, k)
            out.extend(range(k, occupation - 1, -1))
            k = occupation - 1
            continue
        if toks.capital[k] or m.role[k] or m.domain[k] or _org_reference(finder, k):
            lower = 0 if (m.role[k] or toks.capital[k]) else lower
        elif (
            f in lex.connectors
            or (f in lex.conjunctions and out and toks.capital[out[-1]])  # "... dan Pembangunan"
            or f in lex.relations
            or f in lex.articles
            or f in lex.org_nouns
            or f in lex.demonstratives  # "Direktur Utama perusahaan tersebut, Budi"
            or lex.demonym(f)
            or _number_in_name(finder, k)  # "Kepala SMA Negeri 1 Sukamaju, Rina"
        ):
            pass
        elif k > 1 and TERM_YEARS.fullmatch(f) and toks.fold[k - 1] in lex.term_words:
            k -= 2  # "Sekjen Asosiasi X periode 2018-2023, Budi": the term the title was held
            continue
        elif out and m.role[out[-1]] and lower < MAX_LOWER_BEFORE_ROLE:
            lower += 1  # "economy minister": lower-case portfolio words before a title
        elif (
            k == first - 1
            and gap == ","  # (not "Kuasa hukum tersangka RA": the client, named)
            and (title := _client_title_before(finder, k)) is not None
        ):
            # "kuasa hukum keluarga korban, Budi": a lawyer's title, then lower-case words of
            # whom it acts for
            out.extend(range(k, title, -1))
            k = title
            continue
        elif (
            out
            and len(out) <= 3
            and not lower
            and toks.gap[first].strip() == ","
            and all(toks.capital[x] for x in out)
            and (title := _client_title_before(finder, k)) is not None
        ):
            # "Pengacara keluarga Macron, Tom Clare": a lawyer's title, whose it is (a name
            # among lower-case words), then the holder
            out.extend(range(k, title, -1))
            k = title
            continue
        elif (
            out
            and not lower
            and toks.capital[out[-1]]
            and (title := _title_before_portfolio(finder, k)) is not None
        ):
            # "ketua dewan direksi Orvana, Dewi": a title's lower-case portfolio, then its body
            for x in range(k, title, -1):
                m.domain[x] = True
                out.append(x)
            k = title
            continue
        elif (not out or (toks.fold[out[-1]] in lex.relations and not toks.capital[out[-1]])) and (
            occupation := _field_after_occupation(finder, k, bool(out))
        ) is not None:
            # "pengamat otomotif Yannes Pasaribu", "pengamat otomotif dari ITB, Yannes": an
            # occupation and its field, in lower case
            _field_words(finder, occupation, k)
            out.extend(range(k, occupation - 1, -1))
            k = occupation - 1
            continue
        elif not out and (relation := _portfolio_after_relation(finder, k)) is not None:
            # "vice-president of marketing, Dana ...": the title's lower-case portfolio and its
            # relation word, then the title
            out.extend(range(k, relation - 1, -1))
            k = relation - 1
            continue
        else:
            break
        out.append(k)
        k -= 1
    out.reverse()
    # The phrase starts at a title, a capitalised word or an adjective, not at a connector.
    while out and toks.fold[out[0]] in lex.connectors | lex.relations and not m.role[out[0]]:
        out.pop(0)
    # "her father joined President Tomas Varga": lower-case words between a relative and a
    # capitalised title are the relative's verb, not the title's portfolio
    guessed = 0
    while guessed < len(out) and not (toks.capital[out[guessed]] or m.role[out[guessed]]):
        guessed += 1
    verb = 0 < guessed < len(out) and not any(m.domain[x] for x in out[:guessed])
    before = out[0] - 1 if out and out[0] > 0 and toks.sent[out[0] - 1] == sent else None
    if verb and before is not None and toks.fold[before] in lex.kin_nouns:
        del out[:guessed]
    lead = [out[0] - 1] if out and out[0] > 0 and toks.sent[out[0] - 1] == sent else []
    if lead and toks.gap[out[0]].strip() == ",":
        lead = []  # "her son, state Rep. Steve Holland": the relative is the holder, named
    # "istri Bupati Sukamaju berinisial FH": the title is her husband's
    titled = any(x in _person_tokens(finder) for x in out)  # the title is of a name in it
    if titled and lead and lead[0] > 0 and toks.fold[lead[0]] in lex.relations:
        lead.append(lead[0] - 1)  # "the wife of President Tomas Varga, Rina"
    lead += [x for x in out if not toks.capital[x] and not m.role[x]]
    # (a relative who owns the title is no relation: "the father's lawyer, X")
    if any(toks.fold[x] in lex.kin_nouns and not finder.possessive(x + 1) for x in lead):
        return []
    return out


def _name_tokens(finder: Finder) -> set[int]:
    """Tokens of names (of any kind) that go on after them: all but each name's last."""
    found = finder.inner_name_tokens
    if found is None:
        found = finder.inner_name_tokens = {
            k for c in finder.candidates if c.kind == "name" for k in range(c.first, c.last - 1)
        }
    return found


def _cued_starts(finder: Finder) -> set[int]:
    """Where names start that a title, a form of address or a rank right before cues as a
    person's ("Menteri Keuangan Purno Sadeli")."""
    found = finder.cued_starts
    if found is None:
        found = finder.cued_starts = {
            c.first for c in finder.candidates if c.kind == "name" and c.person_cue
        }
    return found


def _titled(finder: Finder, k: int, people: set[int]) -> bool:
    """The person's name ending at token k has a title right before it ("President Mark X")."""
    start = k
    while start - 1 in people:
        start -= 1
    return start > 0 and bool(finder.marks.role[start - 1] or finder.marks.domain[start - 1])


def _own_state(finder: Finder, phrase: list[int]) -> bool:
    """The title words read so far name a state of their own ("Kofi Anand and Iraqi Deputy
    Prime Minister Tariq Azrael"): the title is not one body's listed with the name before."""
    m = finder.marks
    return any(finder.lex.demonym(finder.toks.fold[x]) or m.country[x] for x in phrase)


def _number_in_name(finder: Finder, k: int) -> bool:
    """A number between capitalised words: inside an organization's name ("SMA Negeri 1
    Sukamaju", "PT Angkasa Raya 2", "Kodim 0501 Sukamaju")."""
    toks = finder.toks
    return (
        name_number(toks.text[k])
        and 0 < k < toks.n - 1
        and toks.sent[k - 1] == toks.sent[k] == toks.sent[k + 1]
        and toks.capital[k - 1]
        and toks.capital[k + 1]
    )


def _field_after_occupation(
    finder: Finder, k: int, related: bool = False, most: int = 3
) -> int | None:
    """Where the occupation stands when token k ends lower-case words right after one, in a
    language whose titles come first ("pengamat otomotif", "pakar hukum tata negara"): its
    field; else None. (No verb: "Presiden menunjuk Budi" names Budi no title.)"""
    toks, lex = finder.toks, finder.lex
    if lex.noun_last or not (related or _person_name_at(finder, k + 1)):
        return None  # (after its relation word: "... dari ITB, Yannes": the name comes later)
    j = k
    while j > 0 and k - j < most and toks.sent[j] == toks.sent[k]:
        if not toks.text[j].islower() or toks.gap[j] != " ":
            return None
        if lex.verb_shape and lex.verb_shape.fullmatch(toks.text[j]):
            return None
        if toks.fold[j] in lex.relative_words or toks.fold[j] in lex.relations:
            return None  # "pengusaha yang digagas oleh X", "peneliti utama untuk proyek X"
        if toks.fold[j - 1] in lex.occupations and toks.sent[j - 1] == toks.sent[k]:
            return j - 1
        j -= 1
    return None


def _field_words(finder: Finder, occupation: int, last: int) -> None:
    """Mark the lower-case words after the occupation at `occupation`, through `last`, as its
    field, part of the role ("pakar hukum pidana", "pengamat kebijakan publik")."""
    lex = finder.lex
    for x in range(occupation + 1, last + 1):
        word = finder.toks.fold[x]
        if word in lex.relations or word in lex.title_tails or word in lex.stop_words:
            break  # "pengamat otomotif dari ITB", "penyerang anyar mereka": the field ends
        finder.marks.domain[x] = True


def _person_name_at(finder: Finder, k: int) -> bool:
    """Token k opens what reads as a person's name: a first name, or a rare capitalised word and
    another capitalised one after it (not "misi Apollo", "Dikpora", "Mahasiswa Magister")."""
    toks, lex = finder.toks, finder.lex
    if k + 1 >= toks.n or not toks.capital[k] or toks.is_acronym(k):
        return False
    if toks.fold[k] in lex.first_names:
        return True
    return (
        toks.fold[k] not in lex.common_words
        and toks.capital[k + 1]
        and not toks.is_acronym(k + 1)
        and toks.sent[k + 1] == toks.sent[k]
    )


def _portfolio_after_relation(finder: Finder, k: int, most: int = 3) -> int | None:
    """Where the relation word stands when token k ends lower-case words that follow a title and
    its relation word ("vice-president of marketing", "head of sales analysis"): the title's
    portfolio; else None."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    j = k
    while j > 0 and k - j <= most and toks.sent[j] == toks.sent[k] and toks.text[j].islower():
        if toks.fold[j] in lex.articles:
            return None  # "analyst at a bank in Ohio": a place of the title's holder, no portfolio
        if toks.fold[j] in lex.relations:
            ok = j < k and m.role[j - 1] and toks.sent[j - 1] == toks.sent[k]
            return j if ok else None
        if finder.toks.gap[j] != " ":
            return None
        j -= 1
    return None


def _person_tokens(finder: Finder) -> set[int]:
    """Tokens of names of two words or more that open with a first name, and of names after a
    form of address ("Mr. Kesk"): a title phrase read backwards stops at another person's
    name."""
    found = finder.person_tokens
    if found is None:
        honorifics = finder.lex.honorifics
        found = finder.person_tokens = {
            k
            for c in finder.candidates
            if c.kind == "name"
            and (
                (c.first_name and c.last - c.first > 1)
                or (c.first > 0 and finder.toks.fold[c.first - 1] in honorifics)
            )
            for k in range(c.first, c.last)
        }
    return found


def _relation_ahead(finder: Finder, k: int, most: int = 3) -> bool:
    """Lower-case words from token k lead, within `most` words, to a relation word and a
    capitalised word: what the title is of ("director of sales analysis at Ford")."""
    toks, lex = finder.toks, finder.lex
    j = k
    while j < toks.n and j - k <= most and toks.sent[j] == toks.sent[k]:
        if j > k and finder.toks.gap[j] != " ":
            return False
        if toks.fold[j] in lex.relations:
            nxt = j + 1
            return j > k and nxt < toks.n and toks.sent[nxt] == toks.sent[k] and toks.capital[nxt]
        if not toks.text[j].islower():
            return False
        j += 1
    return False


def _address_before(finder: Finder, first: int) -> int | None:
    """Where the parts of an address start, each closed by a comma, that stand right before the
    holder's name at `first` ("Kepala Desa Sukamaju, Kecamatan Kestrel, Kabupaten Serang,
    Dedi")."""
    toks = finder.toks
    if toks.gap[first].strip() != ",":
        return None
    start = None
    for x in range(first - 1, 0, -1):
        if toks.sent[x] != toks.sent[first]:
            break
        if toks.gap[x].strip() == ",":
            if finder.address_chain_end(x) != first:
                break
            start = x
    return start


def _cues_only(finder: Finder, start: int, first: int) -> bool:
    """Tokens [start, first) are only ranks and forms of address (or none at all)."""
    lex, fold = finder.lex, finder.toks.fold
    k = start
    while k < first:
        rank = match_at(lex.ranks, fold, k, first)
        if rank:
            k += rank
        elif fold[k] in lex.honorifics:
            k += 1
        else:
            return False
    return True


def _bracket_gap(gap: str) -> bool:
    return gap in ("(", ")", "),", ") ,")


def _org_reference(finder: Finder, k: int) -> bool:
    """An org noun pointing back to an organization the text named: in the possessive ("the
    company's vice president"), after a definite article ("chief financial officer of the
    company"), before a demonstrative ("Direktur Utama perusahaan tersebut"), or, where titles
    come before whom they belong to, ending the title it follows ("Direktur Keuangan perseroan,
    Budi"; not "direktur perusahaan tambang", a company of a kind)."""
    toks, lex = finder.toks, finder.lex
    if toks.fold[k] in lex.org_possessives:
        return True  # "its spokesman", "Tom Harlan, its chief financial officer"
    if toks.fold[k] not in lex.org_nouns:
        return False
    if finder.text.startswith(tuple(lex.possessives), toks.end[k]):  # "the company's"
        return True
    sent = toks.sent[k]
    before = toks.fold[k - 1] if k > 0 and toks.sent[k - 1] == sent else None
    if before in lex.definite_articles:
        return True
    after = k + 1 if k + 1 < toks.n and toks.sent[k + 1] == sent else None
    if (
        after is not None
        and finder.toks.gap[after] == " "
        and toks.fold[after] in lex.demonstratives
    ):
        return True
    m = finder.marks
    return (
        not lex.org_noun_follows
        and before is not None
        and finder.toks.gap[k] == " "
        and (m.role[k - 1] or m.domain[k - 1])
        and (after is None or finder.toks.gap[after] != " " or toks.capital[after])
    )


def _own_role_after(finder: Finder, last: int) -> bool:
    """The name ending before token `last` introduces a title of its own ("selaku Dirut")."""
    toks = finder.toks
    if last >= toks.n or toks.sent[last] != toks.sent[last - 1] or toks.gap[last] != " ":
        return False
    intro = match_at(finder.lex.role_introducers, toks.fold, last)
    return bool(intro) and _introduced_role(finder, last + intro)


def _phrase_after(finder: Finder, last: int) -> list[int]:
    """', minister of transport for Indonesia,': a comma apposition after the name."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    owner = last - 1  # the last word of the name the apposition is of
    if last >= toks.n or toks.sent[last] != toks.sent[last - 1]:
        return []
    if _age_apposition(finder, last):
        last += 1  # "Dana Reyes, 54, treasurer,": the age, then the apposition
    elif (
        last + 1 < toks.n
        and toks.gap[last].strip() == "("
        and toks.gap[last + 1].startswith(")")
        and toks.is_acronym(last)
        and toks.sent[last + 1] == toks.sent[last]
    ):
        last += 1  # "Isnan Wiryo (ISW) selaku Komisaris": the name's short form, then its title
    intro = match_at(lex.role_introducers, toks.fold, last)
    if intro and _introduced_role(finder, last + intro):
        # "Budi Santoso selaku Ketua Panitia", "Tom Harlan was named chairman of Orvex", "Tom
        # Harlan, who is president of Orvex": the words that introduce a role
        last += intro
    elif finder.toks.gap[last].strip().lstrip(")") != "," and not (
        finder.toks.gap[last].strip() == ".," and toks.fold[last - 1] in lex.name_suffixes
    ):
        return []  # (but "Dana Reyes Jr., executive chairman of Orvex", "Tom Varga (TV), ...")
    if _next_holder_s_short_title(finder, last):
        return []
    out: list[int] = []
    k = last
    role = False
    lower = 0
    while k < toks.n and toks.sent[k] == toks.sent[last] and len(out) < MAX_PHRASE:
        gap = finder.toks.gap[k].strip()
        goes_on = (
            _bracket_gap(gap)
            or gap in lex.possessives
            or (gap == "." and (m.org_head[k - 1] or DOTTED.fullmatch(toks.text[k - 1])))
            or (gap == "." and toks.fold[k - 1] in lex.honorifics)  # "Mr. Kesk's deputy"
            or (gap == "&" and finder.joins(k))  # "CEO & Senior Vice President"
        )
        if k > last and gap == "," and role and (listed := _portfolio_list_end(finder, k)):
            out.extend(range(k, listed))  # "X, Kabag SDM, Umum, dan Komunikasi BPJS ...,"
            k = listed
            continue
        if k > last and gap and not goes_on:
            # (a possessive goes on: "X, Orbela's chief financial officer, said"; so does a legal
            # form's stop: "X, formerly an Orbela Inc. executive")
            break
        f = toks.fold[k]
        titled = (
            role
            and (m.role[k - 1] or m.domain[k - 1])
            and (k in _person_tokens(finder) or k in _cued_starts(finder))
            and owner not in _person_tokens(finder)
            and owner - 1 not in _name_tokens(finder)  # (one word only: "Base", not "Tom Varga")
        )
        if titled and not finder.title_in(out[0], k, lex.client_roles):
            # "Orvex Base, Senator Tom Harlan of Ohio": the title is the next name's, unless a
            # person's name has the apposition ("Alex Varga, asisten Kovalsk"; nor a client's:
            # "Budi, pengacara Rina Wati")
            return []
        opening = not out and k + 1 < toks.n and finder.toks.gap[k + 1] == " "
        if opening and f in lex.org_possessives:
            pass  # "X, its chief financial officer,"
        elif opening and (toks.text[k].isdigit() or toks.fold[k + 1] in lex.articles):
            lower += 1  # "X, 787 project manager", "X, formerly an Orbela executive"
        elif (
            toks.capital[k]
            or m.role[k]
            or m.domain[k]
            or f in lex.connectors
            or f in lex.relations
            or f in lex.articles
            or f in lex.org_nouns
            or lex.demonym(f)
        ):
            role = role or m.role[k]
        elif role and (field := _field_ahead(finder, out, k)) > k:
            for x in range(k, field):  # "Budi, pemilik warung makan di Sukamaju,": its field
                m.domain[x] = True
            out.extend(range(k, field - 1))
            k = field - 1
        elif role and _relation_ahead(finder, k):
            pass  # "X, director of sales analysis at Ford": the words of a portfolio
        elif role and f in lex.conjunctions and k + 1 < toks.n and _role_within(finder, k + 1, 1):
            # "X, Chairman and Chief Operating Officer of Orvex", "chairman and interim chief
            # executive of Orvex": two titles, one body
            pass
        elif role:
            break  # "X, a former banker and head of ...": the title ends, the clause goes on
        elif f in lex.kin_nouns:
            return []  # "X, the wife of President Y": a relative (read by _kin_apposition)
        elif (
            out
            and (
                lower < MAX_LOWER_BEFORE_ROLE
                # (one word more right before the title in a phrase of lower-case words alone:
                # "X, the most recent female MP to be elected")
                or (
                    lower == MAX_LOWER_BEFORE_ROLE
                    and k + 1 < toks.n
                    and m.role[k + 1]
                    and not any(toks.capital[x] for x in out)
                )
            )
            and (
                toks.fold[out[0]] in lex.articles
                or toks.text[out[0]].isdigit()
                or any(toks.gap[x + 1].strip() in lex.possessives_all for x in out)
            )
        ):
            # "X, a former investment banker", "X, Orvex's campaign manager": words describing
            # the title, in a noun phrase its article or its owner opens
            lower += 1
        elif (
            not role
            and lower < MAX_LOWER_BEFORE_ROLE
            and f in lex.title_modifiers
            and _role_within(finder, k + 1, MAX_LOWER_BEFORE_ROLE - lower - 1)
        ):
            lower += 1  # "X, newly appointed chairman of Orvex": words describing the title
        elif not role and lex.noun_last and _title_closes_apposition(finder, k):
            m.domain[k] = True  # "X, computer products group president, said": its unit
        else:
            return []  # a clause, not a title ("Jalal al-Labbad, pemuda lainnya yang ...")
        out.append(k)
        k += 1
    return out


def _portfolio_list_end(finder: Finder, k: int) -> int | None:
    """'Kabag SDM, Umum, dan Komunikasi', 'Kepala Bidang Sarana, Prasarana, dan Lingkungan': at
    the comma before word k, a title's or a unit's portfolio goes on as a list of capitalised
    words of one or two each, closed by a conjunction. Returns the list's last item's first word,
    where the phrase reads on (the last item, then the body)."""
    toks, lex = finder.toks, finder.lex
    before = k - 1
    if before < 1 or not (finder.marks.role[before - 1] or toks.fold[before - 1] in lex.units):
        return None  # (right after the title or its unit: no list of people after a title)
    people = _person_tokens(finder)
    words = 0
    while k < toks.n and toks.sent[k] == toks.sent[before]:
        if toks.fold[k] in lex.conjunctions:
            last = k + 1
            good = last < toks.n and toks.capital[last] and toks.gap[last] == " "
            return last if good and last not in people and words else None
        if not toks.capital[k] or k in people or toks.fold[k] in lex.first_names:
            return None
        words = words + 1 if toks.gap[k].strip() == "" else 1
        if words > 2 or toks.gap[k].strip() not in ("", ","):
            return None
        k += 1
    return None


FIELD_WORDS = 3  # lower-case words of an occupation's field in an apposition


def _field_ahead(finder: Finder, out: list[int], k: int) -> int:
    """Where the lower-case words from token k end when they are the field of the lower-case
    title just read (`out`), where titles come first: one to three words that are no verb, tail
    or clause word, closed by the apposition's end or a relation word ("pemilik warung makan
    di ...", "guru honorer,", "ketua kelompok tani Sukamaju,"); else k."""
    toks, lex = finder.toks, finder.lex
    if lex.noun_last or not out or not toks.text[out[-1]].islower():
        return k
    verb = lex.lower_verb_shape
    j = k
    while (
        j < toks.n
        and j - k < FIELD_WORDS
        and toks.sent[j] == toks.sent[k]
        and toks.gap[j] == " "
        and toks.text[j].isalpha()
        and toks.text[j].islower()
        and not (verb and verb.fullmatch(toks.fold[j]))
        and not any(
            toks.fold[j] in words
            for words in (
                lex.relations,
                lex.relative_words,
                lex.title_tails,
                lex.stop_words,
                lex.demonstratives,
                lex.pronouns,
                lex.conjunctions,
                lex.place_prepositions,
                lex.act_prepositions,
            )
        )
    ):
        j += 1
    if j == k:
        return k
    while j < toks.n and toks.sent[j] == toks.sent[k] and toks.capital[j] and toks.gap[j] == " ":
        j += 1  # (a place or a body's name after the field: "ketua kelompok tani Sukamaju,")
    closes = (
        j >= toks.n
        or toks.sent[j] != toks.sent[k]
        or toks.gap[j].strip() in APPOSITION_ENDS
        or (toks.gap[j] == " " and toks.fold[j] in lex.relations | lex.place_prepositions)
    )
    return _field_end(finder, k, j) if closes else k


def _field_end(finder: Finder, k: int, j: int) -> int:
    """The field's lower-case words from k, before any name closing the words to j."""
    while j > k and finder.toks.capital[j - 1]:
        j -= 1
    return j


def _next_holder_s_short_title(finder: Finder, k: int) -> bool:
    """'to Obama, U.S. Sen. Roger Wicker and ...': after a comma, a title's short form written
    with its stop (its state before it) and a name: the next person's title, listed."""
    toks, m = finder.toks, finder.marks
    while k < toks.n and m.country[k]:
        k += m.country[k]
    return (
        k + 1 < toks.n
        and toks.fold[k] in finder.lex.stop_abbreviations
        and toks.gap[k + 1] == ". "
        and toks.capital[k + 1]
        and toks.sent[k + 1] == toks.sent[k]
    )


def _title_closes_apposition(finder: Finder, k: int, most: int = 3) -> bool:
    """From token k, up to `most` lower-case words, then a title that closes the apposition
    (a comma or the sentence's end after it, or what it is of: "junior minister for local
    government"): where a noun phrase ends in its noun, the words before the title name its unit
    ("computer products group president")."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    for j in range(k, min(k + most + 1, toks.n)):
        if toks.sent[j] != toks.sent[k] or (j > k and toks.gap[j] != " "):
            return False
        if m.role[j]:
            end = j + 1
            while end < toks.n and (m.role[end] or m.domain[end]) and toks.gap[end] == " ":
                end += 1  # ("vice president")
            return (
                end >= toks.n
                or toks.sent[end] != toks.sent[j]
                or toks.gap[end].strip() == ","
                or (toks.gap[end] == " " and toks.fold[end] in lex.relations)
            )
        f = toks.fold[j]
        if not toks.text[j].islower() or f in lex.relative_words or f in lex.articles:
            return False
    return False


def _without_brackets(role: str) -> str:
    """A title's words without a bracketed short form inside ("Pelaksana Tugas (Plt) Kepala
    BPS") and without the bracket of one it starts in ("Kasi) Pidana Umum": "Kasi Pidana Umum")."""
    inside = re.sub(r"\([^()]*\)", " ", role)
    return " ".join(inside.replace("(", " ").replace(")", " ").split())


def _client_title_before(finder: Finder, k: int) -> int | None:
    """Where a lawyer's title ends whose client one to three lower-case words up to word k
    describe ("kuasa hukum keluarga korban"), none of them a conjunction ("Advokat dan
    Mahasiswa ...": two titles)."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    x = k
    while x > 0 and k - x < 3 and toks.sent[x] == toks.sent[k] and toks.gap[x] == " ":
        word = toks.text[x]
        if (
            not (word.isalpha() and word.islower())
            or m.role[x]
            or toks.fold[x] in lex.stop_words
            or toks.fold[x] in lex.conjunctions  # ("Advokat dan Mahasiswa ...": two titles)
        ):
            return None
        if m.role[x - 1]:
            start = x - 1
            while start > 0 and m.role[start - 1] and toks.gap[start] == " ":
                start -= 1
            return x - 1 if finder.title_in(start, x, lex.client_roles) else None
        x -= 1
    return None


def _title_before_portfolio(finder: Finder, k: int) -> int | None:
    """Where the lower-case title stands whose portfolio lower-case word k ends, one or two words
    right after it, where the noun comes first ("ketua dewan", "direktur pemasaran"): words with
    no verb's shape (`lower_verb_shapes`; with none listed, no word is read) and no stop word."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    if lex.noun_last or lex.lower_verb_shape is None:
        return None
    for x in (k, k - 1):
        if x < 1 or toks.sent[x] != toks.sent[k] or toks.gap[x + 1] != " " or m.role[x]:
            return None
        word = toks.text[x]
        if (
            not word.isalpha()
            or not word.islower()
            or toks.fold[x] in lex.stop_words
            or lex.lower_verb_shape.fullmatch(toks.fold[x])
        ):
            return None  # ("ketua mengunjungi Orvana, Dewi": a verb, no portfolio)
        if m.role[x - 1] and toks.text[x - 1].islower() and toks.gap[x] == " ":
            return x - 1
    return None


def _role_within(finder: Finder, k: int, most: int) -> bool:
    """A title starts at token k or within `most` lower-case words after it, in one phrase."""
    toks = finder.toks
    for j in range(k, min(k + most + 1, toks.n)):
        if toks.sent[j] != toks.sent[k] or toks.gap[j] != " ":
            return False
        if finder.marks.role[j]:
            return True
        if not toks.text[j].islower():
            return False
    return False


def _age_apposition(finder: Finder, k: int) -> bool:
    """Token k is a person's age between commas right after the name (", 54,"), or in brackets
    before the comma ("Karna (37), ...")."""
    toks = finder.toks
    if not (k + 1 < toks.n and toks.text[k].isdigit() and len(toks.text[k]) <= 3):
        return False
    opened, closed = toks.gap[k].strip(), toks.gap[k + 1].strip()
    return toks.sent[k + 1] == toks.sent[k] and (
        (opened == "," and closed == ",") or (opened == "(" and closed == "),")
    )


def _introduced_role(finder: Finder, k: int) -> bool:
    """A title starts at token k ("selaku Ketua Panitia", "selaku ketua Bawaslu"), perhaps after
    portfolio words ("selaku mantan direktur utama"), an article and a state's adjective ("is a
    French economist")."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    start = k
    if k < toks.n and (toks.fold[k] in lex.articles or toks.fold[k] in lex.org_possessives):
        k += 1  # (or its body's possessive: "named X as its new chief executive")
    while k < toks.n and toks.fold[k] in lex.title_modifiers:
        k += 1
    if k < toks.n and lex.demonym(toks.fold[k]):
        k += 1
    while k < toks.n and m.domain[k] and not m.role_start[k]:
        k += 1
    return k < toks.n and toks.sent[k] == toks.sent[start] and bool(m.role_start[k])


def _phrase_end(finder: Finder, last: int) -> int:
    """A lone title's phrase runs on over the names it governs ("Politikus PDIP ini")."""
    toks = finder.toks
    k = last
    while (
        k < toks.n
        and toks.sent[k] == toks.sent[last - 1]
        and finder.toks.gap[k] == " "
        and toks.capital[k]
    ):
        k += 1
    return k


def _role_runs(finder: Finder, phrase: list[int]) -> list[tuple[int, int]]:
    """(start, end) positions in `phrase` of each run of title words holding a role word."""
    m, f, lex = finder.marks, finder.toks.fold, finder.lex
    runs: list[tuple[int, int]] = []
    p = 0
    while p < len(phrase):
        k = phrase[p]
        if not (m.role[k] or m.domain[k]):
            p += 1
            continue
        if p > 1 and _inside_office(finder, phrase[p - 2], phrase[p - 1]):
            p += 1  # "Ketua Dewan Pimpinan Pusat": a title word inside the office's name
            continue
        q = p
        while q < len(phrase):
            k = phrase[q]
            if (
                q > p
                and f[k] in lex.connectors
                and q + 1 < len(phrase)
                and finder.opens_org_name(phrase[q + 1])
            ):
                break  # "Chief Executive Officer of General Airways"
            joins = (
                (f[k] in lex.connectors or f[k] in lex.conjunctions)
                and q + 1 < len(phrase)
                and m.domain[phrase[q + 1]]
            )
            if m.role[k] or m.domain[k] or joins:
                q += 1
            else:
                break
        if any(m.role[phrase[x]] for x in range(p, q)):
            # Words before the first role word in a run are portfolio words ("Finance Minister");
            # keep the run, but never start it at a lower-case generic domain after a name.
            runs.append((p, q))
        p = q
    return runs


def _inside_office(finder: Finder, title: int, head: int) -> bool:
    """A title, then an office's head: a title word after them is part of the office's name."""
    m = finder.marks
    return m.role[title] and m.org_head[head] and not m.domain[head]


def _place_before_holder(finder: Finder, cand: Candidate) -> bool:
    """One word after a title, written after a place preposition elsewhere in the text, with
    the holder's name after a comma: the title's place."""
    return (
        cand.last - cand.first == 1
        and finder.placed(cand.first)
        and finder.before_apposition(cand.last)
    )


def _read(
    finder: Finder,
    cand: Candidate,
    phrase: list[int],
    by_token: dict[int, int],
    *,
    first_role: bool,
) -> bool:
    """Fill cand.role and its affiliation from a title phrase; False when it holds no role."""
    if not phrase:
        return False
    runs = _role_runs(finder, phrase)
    if not runs:
        return False
    start, end = runs[0] if first_role else runs[-1]
    if not first_role and len(runs) > 1 and _short_form_only(finder, phrase, start, end):
        # "Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejagung X": the last run's title is the
        # bracketed short form of the title written before it, which the role is
        start = runs[-2][0]
    if not first_role:
        nearest = _last_title_start(finder, phrase, start, end)
        start = _aide_start(finder, cand, phrase, start, nearest)
    toks = finder.toks
    lex = finder.lex
    while end - 1 > start and (
        toks.fold[phrase[end - 1]] in lex.connectors
        or toks.fold[phrase[end - 1]] in lex.relations
        or toks.fold[phrase[end - 1]] in lex.articles
    ):
        end -= 1  # "Secretary of the Air Force": the title ends before its body's name
    if lex.noun_last:
        start = _with_modifiers(finder, phrase, start)
    a, b = phrase[start], phrase[end - 1]
    # A bracketed short form inside the title ("Wali Kota (Walkot) ...") is not part of it.
    cand.role = finder.text[toks.start[a] : toks.end[b]].split("(")[0].strip()
    if cand.kind == "name" and cand.rare_word:
        # "Komandan Pusat Latihan Tempur": a title before common words only is the title of a
        # body, not of a person
        cand.vote("person", STRONG)
        cand.person_cue = True
    after = phrase[end:]
    before = phrase[:start]
    if finder.title_in(a, b + 1, lex.client_roles) and _client(finder, cand, phrase, by_token):
        return True  # "kuasa hukum Rina Wulandari, Budi Santosa": Rina's lawyer
    if _possessive_owner(finder, before):
        # "Orvex's senior vice president for Kestrel engineering": the owner named in the
        # possessive, not the portfolio after the title
        affiliation = _affiliation(
            finder, cand, before, by_token, before_title=True
        ) or _affiliation(finder, cand, after, by_token)
    else:
        private = finder.private_whole_title(a, b + 1)
        affiliation = _affiliation(finder, cand, after, by_token, private=private) or _affiliation(
            finder, cand, before, by_token, before_title=True
        )
    if not affiliation:  # a state named inside the title: "U.S. Attorney Dana Reyes"
        state = next(
            (finder.marks.country_iso[k] for k in range(a, b + 1) if k in finder.marks.country_iso),
            None,
        )
        if state:
            cand.affiliation_iso = state
            affiliation = True
    # (after a title's qualifier too: "mantan Ketua DPRD Jatim")
    if affiliation and any(
        " ".join(toks.fold[x : b + 1]) in lex.office_titles for x in range(a, b + 1)
    ):
        _with_office(finder, cand, a, b)
    if cand.affiliation is not None and _jurisdiction(finder, finder.candidates[cand.affiliation]):
        # "Kapolrestabes Sukamaju", "Kepala Dinas Pendidikan Sukamaju": the title's office in
        # that place, not the place
        cand.office = _office_in_title(finder, a, b)
    elif (
        not affiliation
        and finder.title_in(a, a + 1, lex.office_titles)
        and a + finder.marks.role_start[a] <= b  # (not one listed title: "Kepala Sekolah")
    ):
        # "Kepala Dinas Pariwisata Ellen": no place named, the office inside the title
        cand.office = _office_in_title(finder, a, b)
    pointed_back = [k for k in phrase if _org_reference(finder, k)]
    if (
        not cand.affiliation_iso
        and toks.capital[a]
        and not pointed_back
        and not finder.private_whole_title(a, b + 1)  # no state for a company's title
        and not any(toks.fold[k] in lex.regional_adjectives for k in phrase)
    ):
        cand.default_country = True  # (not "European Commissioner": a union's, no state's)
    # The organization pointed back to is found once every name is typed (actors).
    if not affiliation and any(k < a or k > b for k in pointed_back):  # outside the title
        cand.org_reference = "org"
    elif not affiliation and finder.title_in(a, b + 1, lex.company_roles):
        cand.org_reference = "company"  # "Chief executive Dana Reyes said"
    elif not affiliation and finder.private_whole_title(a, b + 1):
        cand.org_reference = "employer"  # "Orvex Inc. said Dana Reyes resigned as manager"
    return True


def _with_modifiers(finder: Finder, phrase: list[int], start: int) -> int:
    """'Orvex's campaign manager', 'a marketing consultant': where the noun ends its phrase, the
    lower-case words right before the title, after the article or the owner that opens the
    phrase, describe it and are part of it."""
    toks, lex = finder.toks, finder.lex
    p = start
    while (
        p > 0
        and start - p < MAX_LOWER_BEFORE_ROLE
        and phrase[p - 1] == phrase[p] - 1
        and toks.gap[phrase[p]] == " "
        and toks.text[phrase[p - 1]].replace("-", "").isalnum()
        and not toks.capital[phrase[p - 1]]
        and toks.fold[phrase[p - 1]] not in lex.articles | lex.relations | lex.connectors
        and toks.fold[phrase[p - 1]] not in lex.org_possessives | lex.pronouns
        and toks.fold[phrase[p - 1]] not in lex.title_modifiers  # (not "its new chief")
    ):
        p -= 1
    if p == start or p == 0 or toks.fold[phrase[start]] in lex.role_abbreviations:
        return start  # (not before a title's short form: "buoyant Gen.")
    adverb = lex.adverb_endings and any(
        toks.fold[phrase[x]].endswith(lex.adverb_endings) for x in range(p, start)
    )
    if adverb:
        return start  # "wildly popular singer": words praising, not naming, the work
    opener = phrase[p - 1]
    opens = (
        toks.fold[opener] in lex.articles
        or toks.fold[opener] in lex.org_possessives
        or toks.gap[opener + 1].strip() in lex.possessives_all
    )
    return p if opens else start


def _possessive_owner(finder: Finder, before: list[int]) -> bool:
    """A capitalised name in the possessive opens the words before a title ("Orvex's")."""
    toks = finder.toks
    return any(toks.capital[k] and finder.possessive(k + 1) for k in before)


def _office_in_title(finder: Finder, a: int, b: int) -> str | None:
    """The office a title names: glued to a head's prefix ("Kapolsek": "Polsek"), or from an
    organization's head inside it on ("Kepala Dinas Pendidikan": "Dinas Pendidikan")."""
    toks = finder.toks
    while a < b and not toks.capital[a]:
        a += 1  # "mantan Kadis PUPR": the office of the title after its qualifier
    if a == b:
        return office_of_head(toks.text[a], finder.lex)
    head = next((x for x in range(a + 1, b + 1) if finder.marks.org_head[x]), None)
    unit = next(
        (
            x
            for x in range(a + 1, b)
            if toks.fold[x] in finder.lex.numbered_units and toks.text[x + 1].isdigit()
        ),
        None,
    )
    if head is None and unit is not None:
        return " ".join(finder.text[toks.start[unit] : toks.end[b]].split())  # "Ketua RT 05": RT 05
    if head is None:
        # "Kadis PUPR": the office glued to the head's prefix, then its portfolio
        office = office_of_head(toks.text[a], finder.lex)
        full = finder.lex.role_abbreviations.get(
            toks.fold[a], ""
        ).split()  # "Kadis": "Kepala Dinas"
        if office is None and len(full) == 2 and full[1] in finder.lex.org_heads:
            office = full[1].capitalize()
        if office is None or "(" in toks.gap[a + 1]:
            return None
        return " ".join([office, *finder.text[toks.start[a + 1] : toks.end[b]].split()])
    # (up to the title's short form in brackets: "Kepala Staf Angkatan Darat (KSAD)")
    end = next((x - 1 for x in range(head + 1, b + 1) if "(" in toks.gap[x]), b)
    return " ".join(finder.text[toks.start[head] : toks.end[end]].split())


def _jurisdiction(finder: Finder, cand: Candidate) -> bool:
    """A place, or a name with no organization's head in it ("Kapolsek SU I": its district)."""
    if cand.kind == "place":
        return True
    return (
        cand.kind in ("name", "org")
        and not cand.person_cue
        and not any(finder.marks.org_head[k] for k in range(cand.first, cand.last))
    )


def _with_office(finder: Finder, cand: Candidate, a: int, b: int) -> None:
    """'Kepala Kejaksaan Tinggi Sumsel Budi': a title that says nothing without its office
    ("Kepala", "Ketua") is written with the office named right after it."""
    if cand.affiliation is None:
        return
    office = finder.candidates[cand.affiliation]
    if office.first == b + 1 and office.kind in ("org", "media", "group", "name"):
        cand.role = " ".join(finder.text[finder.toks.start[a] : office.end].split())


def _client(finder: Finder, cand: Candidate, phrase: list[int], by_token: dict[int, int]) -> bool:
    """A lawyer's title with a person's name in its phrase ("kuasa hukum Rina Wulandari, Budi",
    "Budi selaku kuasa hukum Rina", "a lawyer for Dana Reyes", "Dana Reyes's lawyer"): the name is
    the client, whom the title belongs to; the client holds no title of its own here."""
    cands = finder.candidates
    for k in phrase:
        index = by_token.get(k)
        if index is None or cands[index] is cand:
            continue
        other = cands[index]
        if other.last < finder.toks.n and finder.toks.fold[other.last] in finder.lex.conjunctions:
            continue  # "Foreign Minister Rob Hale and Attorney Dan Wills": two people listed
        toks = finder.toks
        addressed = other.first > 0 and toks.fold[other.first - 1] in finder.lex.honorifics
        if (
            other.kind == "name"
            and not other.acronym
            and (other.last - other.first > 1 or addressed or _part_of_full_name(finder, other))
        ):
            # (one word after a form of address: "Mr. Varga's lawyer")
            other.client = True
            other.role = None
            other.affiliation = None
            other.affiliation_iso = None
            other.default_country = False
            other.votes.pop("org", None)
            other.vote("person", STRONG)
            cand.affiliation = index
            cand.vote("person", STRONG)
            return True
    return False


def _introduced_by_noun(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'salah satu warga bernama Rifqi Farrel': a noun of what a person is, then a word
    introducing the name: the noun is the role; an organization named between them, whose the
    person is ("mantan pejabat Antam bernama X", "Mahasiswa Universitas Udayana (Unud)
    berinisial TAS"), the affiliation."""
    toks, lex = finder.toks, finder.lex
    k = cand.first - 1
    if k < 1 or toks.sent[k] != cand.sent or toks.fold[k] not in lex.name_introducers:
        return
    noun, affiliation = k - 1, None
    index = by_token.get(noun)
    other = finder.candidates[index] if index is not None else None
    if other is not None and other.alias_of is not None and toks.gap[k].strip() == ")":
        index, other = other.alias_of, finder.candidates[other.alias_of]  # "... (Unud) berinisial"
    if (
        other is not None
        and other is not cand
        and other.last <= k
        and (other.kind == "org" or (other.kind == "name" and _named_as_body(finder, other)))
    ):
        noun, affiliation = other.first - 1, index
    opening = noun >= 0 and (noun == 0 or toks.sent[noun - 1] != cand.sent)
    if (
        noun >= 0
        and toks.sent[noun] == cand.sent
        and (toks.text[noun].islower() or opening)
        and toks.gap[noun + 1] == " "
        and toks.gap[cand.first] == " "  # (not "korban bernama (Alm) Ilham")
        and (toks.fold[noun] in lex.described_nouns or _occupation(toks.fold[noun], lex))
    ):
        cand.role = toks.text[noun]
        if affiliation is not None:
            cand.affiliation = affiliation
            finder.candidates[affiliation].vote("org", STRONG)
        cand.vote("person", STRONG)


def _status_after_introducer(finder: Finder, cand: Candidate) -> None:
    """'X merupakan tersangka kasus itu', 'menetapkan X sebagai tersangka', 'X yang merupakan
    pedagang sayur': a noun of what one is in a case (`person_nouns`) or an occupation, right
    after a word introducing a role after the name, is the person's role."""
    toks, lex = finder.toks, finder.lex
    k = cand.last
    if k >= toks.n or toks.sent[k] != cand.sent or toks.gap[k] != " ":
        return
    noun = k + match_at(lex.role_introducers, toks.fold, k)
    article = noun > k and noun + 1 < toks.n and toks.fold[noun] in lex.articles
    if article:
        noun += 1  # "X yang merupakan seorang pedagang"
    if (
        noun > k
        and noun < toks.n
        and toks.sent[noun] == cand.sent
        and toks.gap[noun] == " "
        and toks.text[noun].islower()
        and (
            toks.fold[noun] in lex.person_nouns
            # (where a noun ends its phrase, a bare one after "is" may be a participle: "who
            # is accused of")
            or (
                (_occupation(toks.fold[noun], lex) or toks.fold[noun] in lex.described_nouns)
                and (article or not lex.noun_last)
            )
        )
        and toks.fold[noun] not in lex.name_introducers
    ):
        cand.role = toks.text[noun]  # (an occupation too: "X yang merupakan pedagang sayur")
        cand.vote("person", STRONG)


def _listed_before_introducer(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'KPK menetapkan A dan B sebagai tersangka', 'A, B, dan C dari posisi Direktur': names
    listed before a word introducing a role that the list's last name holds all hold it."""
    toks, lex = finder.toks, finder.lex
    k = cand.last
    if k >= toks.n or toks.sent[k] != cand.sent:
        return
    gap, joined = toks.gap[k].strip(), toks.fold[k] in lex.conjunctions
    if not (gap == "," or (gap == "" and joined)):
        return
    nxt = k + 1 if joined else k
    if nxt < toks.n and toks.fold[nxt] in lex.conjunctions and toks.gap[nxt].strip() == "":
        nxt, joined = nxt + 1, True  # ", dan C"
    index = by_token.get(nxt)
    other = finder.candidates[index] if index is not None else None
    if other is None or other.first != nxt or other.kind != "name" or not other.role:
        return
    if not lex.conjunctions.isdisjoint(fold_tokens(other.role)):
        return  # "A dan B dilantik menjadi Presiden dan Wakil Presiden": one each
    end = other.last
    # the list's last name, joined by the conjunction, then the introducer ("A, B selaku X" is
    # B's alone; "A dan B, pengusaha": an apposition of the last name is its own) ...
    introduced = (
        joined
        and end < toks.n
        and toks.gap[end] == " "
        and bool(match_at(lex.role_introducers, toks.fold, end))
    )
    # ... or a name listed before one that holds the title so ("A, B, dan C dari posisi X")
    chained = (
        other.listed_role
        and end < toks.n
        and (toks.fold[end] in lex.conjunctions or toks.gap[end] == ", ")
    )
    if not (introduced or chained):
        return
    cand.role, cand.affiliation = other.role, other.affiliation
    cand.affiliation_iso = other.affiliation_iso
    cand.listed_role = True
    cand.vote("person", STRONG)


def _named_as_body(finder: Finder, name: Candidate) -> bool:
    """A name of no person that the text also writes as a body's name's last words ("Antam"
    beside "PT Antam"), not a field or a thing ("mahasiswa Sosiologi", "pengemudi Pajero")."""
    if name.person_cue or name.first_name:
        return False
    words = name.text.split()
    return any(
        c.kind == "org" and c.text.split()[-len(words) :] == words and c.text != name.text
        for c in finder.candidates
    )


def _part_of_full_name(finder: Finder, cand: Candidate) -> bool:
    """A one-word name that opens or closes a person's full name elsewhere in the text ("kuasa
    hukum Nikita, X" beside "Nikita Mirzani"): that person, called by one name."""
    toks, word = finder.toks, finder.toks.fold[cand.first]
    return any(
        other.kind == "name"
        and other.last - other.first > 1
        and not other.acronym
        and other.rare_word
        and word in (toks.fold[other.first], toks.fold[other.last - 1])
        for other in finder.candidates
    )


def _aide_start(finder: Finder, cand: Candidate, phrase: list[int], start: int, last: int) -> int:
    """'Juru Bicara Presiden Prasetyo Hadi': an aide's title right before another title is the
    name's, whole (the principal goes unnamed); not where the aide is named after a comma,
    "Utusan khusus Perdana Menteri Inggris Keir Starmer, Jonathan Powell"."""
    aides, toks = finder.lex.aide_titles, finder.toks
    if not aides or last <= start:
        return last
    after = cand.last
    if after < toks.n and toks.gap[after].strip() == "," and toks.capital[after]:
        return last
    for p in range(start, last):
        k = phrase[p]
        # written as a title, every word capitalised ("utusan khusus Perdana Menteri Jepang
        # Fumio Kishida": the prime minister's envoy, unnamed; the name the prime minister's)
        if any(
            " ".join(toks.fold[k:x]) in aides and all(toks.capital[k:x])
            for x in range(k + 1, phrase[last] + 1)
        ):
            return p
    return last


def _short_form_only(finder: Finder, phrase: list[int], start: int, end: int) -> bool:
    """The title words of phrase[start:end] are only a short form written in brackets that
    closes it (not "Kepala Seksi (Kasi) Tindak Pidana Umum": a portfolio follows it)."""
    m, gap = finder.marks, finder.toks.gap
    titles = [phrase[x] for x in range(start, end) if m.role[phrase[x]]]
    return (
        bool(titles)
        and all(gap[k].strip() == "(" for k in titles)
        and titles[-1] == phrase[end - 1]
    )


def _last_title_start(finder: Finder, phrase: list[int], start: int, end: int) -> int:
    """'Utusan khusus Perdana Menteri Keir Starmer': the name holds the title nearest to it."""
    m = finder.marks
    starts = []
    p = start
    while p < end:
        length = m.role_start[phrase[p]]
        portfolio = p > start and m.domain[phrase[p]] and m.role[phrase[p - 1]]
        if length and (portfolio or finder.toks.gap[phrase[p]].strip() == "("):
            # "Menteri Sekretaris Negara (Mensesneg)": a portfolio that is also a title, and a
            # title's short form in brackets, belong to the title before them.
            p += length
        elif length:
            starts.append(p)
            p += length
        else:
            p += 1
    if not starts:
        return start
    last = starts[-1]
    # Portfolio words just before it belong to it ("Finance Minister").
    while last > start and m.domain[phrase[last - 1]] and not m.role[phrase[last - 1]]:
        last -= 1
    # ... and a title of one acting in it ("Plt Kepala Dinas Pendidikan")
    while len(starts) > 1 and last == starts[-1] and _acting(finder, phrase, starts[-2], last):
        starts.pop()
        last = starts[-1]
    return last


def _acting(finder: Finder, phrase: list[int], a: int, b: int) -> bool:
    """The title from phrase position a to b is one of one acting in the title after it."""
    words = " ".join(finder.toks.fold[phrase[x]] for x in range(a, b))
    return words in finder.lex.acting_titles


def _affiliation(
    finder: Finder,
    cand: Candidate,
    tokens: list[int],
    by_token: dict[int, int],
    before_title: bool = False,
    private: bool = False,
) -> bool:
    """The organization named in `tokens`, else the state (country name or adjective). After a
    company's title (`private`), a name after a relation word is a company, even where that word
    also says where ("analis di Orvex Sekuritas")."""
    cands, conjunctions = finder.candidates, finder.lex.conjunctions
    seen: list[int] = []
    for k in tokens:
        index = by_token.get(k)
        if index is not None and index not in seen and cands[index] is not cand:
            seen.append(index)
    for index in seen:
        other = cands[index]
        if other.kind in ("org", "media", "group") or (
            other.kind == "name"
            and (other.acronym or other.votes.get("org") or other.votes.get("media"))
        ):
            cand.affiliation = index
            cand.affiliation_iso = cands[index].iso
            if other.kind == "name" and other.acronym and other.alias_of is not None:
                other.vote("org", STRONG)  # "Kiper Manchester United (MU), Senne": the club
            return True
    for index in seen:
        if cands[index].kind == "country":
            cand.affiliation = index
            cand.affiliation_iso = cands[index].iso
            return True
    for k in tokens:
        iso = finder.lex.demonym(finder.toks.fold[k])
        if iso:
            cand.affiliation_iso = iso
            return True
    for index in seen:  # a jurisdiction ("Gubernur Sumut ..."), a company ("Ryanair CEO ...")
        other = cands[index]
        if all(finder.marks.domain[k] for k in range(other.first, other.last)):
            continue  # "... dan Pembangunan Kewilayahan": the title's own portfolio words
        if before_title and other.kind == "name" and not finder.lex.owner_before_title:
            # where a title's place or company follows it, a name before it is none of them
            # ("1 Tahun Kepemimpinan Presiden Budi"; not so "Kansas senator", "Apple employee")
            continue
        if (
            before_title
            and other.kind == "name"
            and any(finder.toks.fold[k] in conjunctions for k in tokens if k >= other.last)
        ):
            continue  # "Obama and Senator Roger Wicker": a name listed with the holder, not his
        if other.kind == "place" or (other.kind == "name" and not other.person_cue):
            cand.affiliation = index
            if other.kind == "name" and (
                _holds_the_title(finder, other)
                or _office_before_holder(finder, other, cand)
                or _company_before_its_title(finder, other, cand)
                or (private and _workplace_after_relation(finder, other))
            ):
                other.vote("org", STRONG)  # a one-word name whose title a person holds
                if _relation_before(finder, other.first) or finder.possessive(other.last):
                    # ("spokesman for Varga", "Varga's lawyer": if the name is a person's,
                    # the one served)
                    other.client = True
            return True
    return False


def _organization_after(finder: Finder, cand: Candidate, by_token: dict[int, int]) -> None:
    """'Keith Morland of Orbela Financial Services said', 'Leon Kovar of Ukraine signed': a
    person's name, a relation word, then an organization's or a country's name: whom the person
    works for or stands for."""
    toks, m = finder.toks, finder.marks
    k = cand.last
    if not (
        k + 1 < toks.n
        and toks.sent[k + 1] == cand.sent
        and toks.fold[k] in finder.lex.relations
        # a known first name, or a name of rare words only ("Jayant Wirasena dari Kestrel")
        and (
            toks.fold[cand.first] in finder.lex.first_names
            or (cand.last - cand.first >= 2 and cand.rare_word and not cand.common_word)
        )
        and finder.toks.gap[k] in (" ", ", ")  # (an apposition: "Tom Harlan, of Orvex, said")
    ):
        return
    start = k + 1
    if toks.fold[start] in finder.lex.articles and start + 1 < toks.n:
        start += 1  # "Jan Kovar of the Czech Republic", "Tom Harlan of the Orvex Institute"
    index = by_token.get(start)
    other = finder.candidates[index] if index is not None else None
    if other is None or other.first != start:
        return
    organization = other.kind in ("org", "country") or (
        other.kind == "name"
        and (
            other.votes.get("org")
            or other.acronym  # "of ZBC": a short form, no country's ("of the UK")
            or any(m.org_head[x] for x in range(other.first, other.last))
            or _firm_of_rare_words(finder, other)
        )
        and not m.country[other.first]
    )
    if organization and not finder.placed(other.first):
        cand.affiliation = index
        cand.affiliation_iso = other.iso
        cand.vote("person", STRONG)
        if other.kind == "name" and not other.votes and _firm_of_rare_words(finder, other):
            other.vote("org", STRONG)


def _firm_of_rare_words(finder: Finder, other: Candidate) -> bool:
    """'Jonah Gellert of Wertham Schrader': after a person's name and a relation word, two
    or more rare words that open with no given name and name no place are where the person
    works."""
    toks, m = finder.toks, finder.marks
    return (
        other.last - other.first >= 2
        and toks.fold[other.first] not in finder.lex.first_names
        and not other.votes.get("person")
        and not any(m.region[x] or m.country[x] for x in range(other.first, other.last))
    )


def _company_before_its_title(finder: Finder, other: Candidate, cand: Candidate) -> bool:
    """'Zentrix vice-president Dana ...', "Zentrix's chief executive": a one-word name, a common
    word too, right before a company's title (or its possessive) is the company; so is a name of
    several words right before a company's title in lower case and its holder's name."""
    k = other.last
    toks = finder.toks
    if other.last - other.first != 1 or k >= toks.n or toks.sent[k] != other.sent:
        return _employer_before_title(finder, k - 1)  # ("Orvex Lindqvist analyst Tom Harlan")
    if finder.toks.gap[k].strip() and not finder.possessive(k):
        return False
    return _private_title_at(finder, k)


def _private_title_at(finder: Finder, k: int) -> bool:
    """A company's title starts at token k, perhaps after portfolio words."""
    toks, m = finder.toks, finder.marks
    while k < toks.n and m.domain[k] and not m.role[k]:
        k += 1  # "Zentrix's worldwide vice-president"
    return k < toks.n and m.role[k] and finder.private_title(k, k + (m.role_start[k] or 1))


def _employer_before_title(finder: Finder, k: int) -> bool:
    """'Orvex Lindqvist analyst Tom Harlan', 'Orvex Lindqvist food analyst Tom Harlan': a name of
    several words that ends at token k, right before a company's title in lower case (a lower-case
    word or two may open it) and the holder's name, is the company the title is held in."""
    toks, m = finder.toks, finder.marks
    j = k + 1
    while (
        j < toks.n
        and j - k <= MAX_LOWER_BEFORE_ROLE
        and not m.role[j]
        and toks.text[j].islower()
        and toks.gap[j] == " "
    ):
        j += 1
    end = j + (m.role_start[j] or 1) if j < toks.n else j
    return (
        j < toks.n
        and end < toks.n
        and toks.sent[j] == toks.sent[k] == toks.sent[end]
        and toks.gap[k + 1] == " "
        and toks.text[j].islower()
        and _private_title_at(finder, j)
        and toks.capital[end]
        and toks.fold[end] in finder.lex.first_names
    )


def _workplace_after_relation(finder: Finder, other: Candidate) -> bool:
    """A name of two words or more right after a relation word, naming no known region or
    country: where a company's title is held ("analis di Orvex Sekuritas")."""
    m = finder.marks
    return (
        other.last - other.first >= 2
        and _relation_before(finder, other.first)
        and not any(m.region[x] or m.country[x] for x in range(other.first, other.last))
    )


def _holds_the_title(finder: Finder, other: Candidate) -> bool:
    """A name in a title phrase that is what the title belongs to: one uncommon word ("Ryanair
    CEO"), or a name after a relation word ("strategist for Velra AIM") that the text never
    writes after a place preposition ("governor of New York" ... "in New York")."""
    if other.last - other.first == 1:
        return not other.common_word
    return _relation_before(finder, other.first) and not finder.placed(other.first)


def _office_of_next_holder(
    finder: Finder, cand: Candidate, phrase: list[int], by_token: dict[int, int]
) -> bool:
    """'Rektor Undip, Suharnomo, mengatakan': one word no first name opens, right after a
    capitalised title and before the comma of a name that holds no title of its own and ends
    no list, is the office whose title the next name holds (`_office_before_holder` then links
    them); it holds no title itself. A lawyer's client is a person ("Pengacara Pramudi, Yakob
    Hasian")."""
    toks, m = finder.toks, finder.marks
    if finder.title_in(phrase[0], cand.first, finder.lex.client_roles):
        return False
    k, after = cand.first - 1, _office_name_end(finder, cand.last)
    if toks.gap[cand.first].strip() == ")":
        # "Manajer Public Affairs (PGA) Orvana, Dewi": past the title's bracketed short form
        while k > 0 and toks.sent[k] == cand.sent and "(" not in toks.gap[k]:
            k -= 1
        k -= 1
    one = cand.last - cand.first == 1
    # ("Kepala Disdik Sukamaju, Budi": a title that says nothing without its office names it)
    office_title = finder.title_in(phrase[0], cand.first, finder.lex.office_titles)
    if (
        cand.first_name
        or (cand.common_word == one and not office_title)  # (one common word is the title's
        # portfolio; a longer name of a person has none: "Formasi Internasional Levante" is a
        # body's)
        or m.country[cand.first]
        or m.region[cand.first]
        or k < 0
        or not (m.role[k] or m.domain[k])
        or not toks.capital[k]
        or (toks.gap[cand.first] != " " and toks.gap[cand.first].strip() != ")")
        or toks.sent[k] != cand.sent
        or after >= toks.n
        or toks.sent[after] != cand.sent
        or toks.gap[after].strip() not in (",", "),")
    ):
        return False
    index = by_token.get(after)
    holder = finder.candidates[index] if index is not None else None
    if holder is None or holder.kind != "name" or holder.first != after:
        return False
    end = holder.last
    if end < toks.n and toks.sent[end] == cand.sent:
        ends = toks.gap[end].strip()
        if ends in ("", ",") and not toks.text[end].islower():
            return False  # "Presiden Budi, Dedi, dan ...": a list of names
        if toks.fold[end] in finder.lex.conjunctions:
            return False
    return not _own_role_after(finder, holder.last)


def _office_name_end(finder: Finder, last: int) -> int:
    """Where an office's name that goes on after the name ending at `last` ends: over a
    conjunction or "&" joining capitalised words, and a bracketed short form, up to the comma
    before its holder ("Direktur Orvana Research and Analysis Team (ORAT), Budi"); `last` itself
    when no such words follow."""
    toks, lex = finder.toks, finder.lex
    k = last
    while (
        k < toks.n
        and toks.sent[k] == toks.sent[last - 1]
        and (toks.gap[k] == " " or toks.gap[k].strip() in ("&", "(", ")"))
        and (
            toks.capital[k]
            or (
                (toks.fold[k] in lex.conjunctions or toks.fold[k] in lex.connectors)
                and k + 1 < toks.n
                and toks.capital[k + 1]
            )
        )
    ):
        k += 1
    # (the short form's bracket may close right before the comma: "(ORAT), Budi")
    return k if last < k < toks.n and toks.gap[k].strip() in (",", "),") else last


def _office_before_holder(finder: Finder, other: Candidate, cand: Candidate) -> bool:
    """'Ketua The Fed, Dana Reyes', 'Kepala Bidang Hortikultura DKPP Kabupaten Sukamaju, M
    Tarwiyo': a name between a title and the comma before the title's holder is its office; so
    is one between a title and the comma closing the holder's apposition ("Budi, Ketua Kelompok
    Tani Maju, ...")."""
    toks, m = finder.toks, finder.marks
    k = other.first - 1
    return (
        # (a form of address or a rank may open the holder's name: "..., Prof. Ali Ghufron")
        (
            other.last == cand.first
            or (other.last < cand.first and _cues_only(finder, other.last, cand.first))
            # or in the holder's apposition: "Anselmus Menge, mantan Ketua Kelompok Tani X, ..."
            or (other.first > cand.last and toks.gap[cand.last].strip() == ",")
        )
        and other.last < toks.n
        and toks.gap[other.last].strip() == ","
        and k >= 0
        and (m.role[k] or m.domain[k])
        and toks.capital[k]  # (a title, not a noun of what one is: "pengacara Dimas, Yakup")
        and toks.gap[other.first] == " "
        and not (other.first_name or other.person_cue or other.place_cue or other.client)
    )


def last_organization(
    cands: list[Candidate], index: int, is_org: Callable[[int], bool]
) -> int | None:
    """The organization a title before candidate `index` points back to (`is_org(i)`: candidate
    i names one): the nearest named before it in its own sentence ("Orvex and its chief
    executive"), else the first named in the nearest sentence naming one, LOOK_BACK at most."""
    here = cands[index].sent
    best: int | None = None
    for other in range(index - 1, -1, -1):
        c = cands[other]
        if c.sent < here - LOOK_BACK or (best is not None and c.sent < cands[best].sent):
            break
        if is_org(other):
            if c.sent == here:
                return other
            best = other
    return best
