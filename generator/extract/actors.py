"""Stage: actors: people (with role and affiliation), organizations, countries, groups, media and
places, each with its mentions in the text (pronouns included, resolved to their actor).

    mentions.py   candidate spans from capitalisation and cue words, with the cues around them
    roles.py      title phrases -> role and affiliation
    coref.py      which mentions are one entity; bare titles and pronouns -> their person
    actors.py     (here) types, names, aliases, countries: the `Actor` list and `Mention`s

All language knowledge comes from the `actors:` and `countries:` sections of the language file.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from functools import cache

from ..language import Language, fold
from ..model import Actor, Document, Mention
from . import coref, roles
from .actor_lexicon import ActorLexicon, fold_tokens, lexicon, match_at
from .mentions import STRONG, Candidate, Finder, office_of_premises

DOTTED_END = re.compile(r"(?<![\w.])(?:[^\W\d_]\.)+[^\W\d_]$")  # "U.S", "L.A": a stop is missing


def find_actors(doc: Document, language: Language) -> None:
    """Fill doc.actors and doc.mentions."""
    lex = lexicon(language)
    finder = Finder(doc, lex)
    cands = finder.find()
    _states_of_named_countries(cands, lex)
    _peoples_of_named_countries(cands, lex)
    for cand in cands:
        cand.owner = cand.last < finder.toks.n and finder.possessive(cand.last)
    _listed_examples_of_organizations(finder)
    _organizations_before_holders(finder)
    roles.assign_roles(finder)
    _bodies_named_in_titles(finder)
    clusters = coref.link(finder)
    members: dict[int, list[int]] = {}
    for index, cand in enumerate(cands):
        if cand.kind in coref.NAMED:
            members.setdefault(clusters.find(index), []).append(index)
    types = {
        root: coref.cluster_type([cands[i] for i in idx], lex.mononyms)
        for root, idx in members.items()
    }
    _listed_with_organizations(finder, cands, clusters, members, types)
    _org_references(finder, cands, clusters, types)
    _organizations_named_after(finder, cands, clusters, types)
    titles = coref.resolve_titles(finder, clusters, types)
    _adopt_anaphor_roles(cands, titles, members)
    pronouns = coref.resolve_pronouns(finder, clusters, types, titles)
    extra: dict[int, list[int]] = {}
    for index, root in (titles | pronouns).items():
        extra.setdefault(root, []).append(index)
    _heading_mentions(finder, cands, members, extra)

    order = sorted(
        members, key=lambda root: min(cands[i].start for i in members[root] + extra.get(root, []))
    )
    dominant = _dominant_country(finder, members, types)
    home = press_state(doc, lex)
    foreign = _dominant_country(finder, members, types, besides=home)
    held = _title_states(cands, lex)
    local = _sentence_states(finder, home)
    ids: dict[int, str] = {}
    actors: list[Actor] = []
    for root in order:
        if types[root] is None:
            continue
        actor = _actor(
            finder,
            language,
            lex,
            [cands[i] for i in members[root]],
            types[root],
            dominant,
            home,
            foreign,
            held,
            local,
        )
        if actor is None:
            continue
        actor.id = f"a{len(actors) + 1}"
        ids[root] = actor.id
        actors.append(actor)
    kept = [r for r in order if r in ids]
    names = {root: actor.name for root, actor in zip(kept, actors, strict=True)}
    people = {root for root, actor in zip(kept, actors, strict=True) if actor.type == "person"}
    for root, actor in zip(kept, actors, strict=True):
        _name_affiliation(actor, [cands[i] for i in members[root]], clusters, names, cands, people)

    mentions: list[Mention] = []
    for root, idx in members.items():
        if root in ids:
            for i in idx + extra.get(root, []):
                mentions.append(_mention(doc, cands[i], ids[root]))
    mentions.sort(key=lambda m: (m.start, m.end))
    doc.mentions = mentions
    sentences: dict[str, set[str]] = {a.id: set() for a in actors}
    for mention in mentions:
        sentences[mention.actor].add(mention.sentence)
    order_of = {s.id: i for i, s in enumerate(doc.sentences)}
    for actor in actors:
        actor.mentions = sorted(sentences[actor.id], key=order_of.__getitem__)
    doc.actors = actors


def _bodies_named_in_titles(finder: Finder) -> None:
    """'Pertamina' beside 'Komisaris Utama Pertamina Mochamad Iriawan': a lone name the text
    also writes closing a title, where no title, portfolio, head or place word is, is the body
    the title is held in (no cue beside the lone name itself says so)."""
    toks, m, lex = finder.toks, finder.marks, finder.lex
    words: set[str] = set()
    for cand in finder.candidates:
        if cand.kind in ("title", "consumed") and cand.last - cand.first > 1:
            k = cand.last - 1
            f = toks.fold[k]
            if any(  # (a jurisdiction's title closes with its place: "Bupati Sukabumi")
                x in m.office_heads or match_at(lex.jurisdiction_roles, toks.fold, x)
                for x in range(cand.first, k)
            ):
                continue
            if (
                toks.capital[k]
                and f not in lex.roles
                and f not in lex.role_domains
                and not (m.org_head[k] or m.country[k] or m.region[k] or toks.is_acronym(k))
                and f not in finder.lower_words
            ):
                words.add(f)
    if not words:
        return
    for cand in finder.candidates:
        if (
            cand.kind == "name"
            and cand.last - cand.first == 1
            and not cand.acronym
            and not cand.first_name
            and toks.fold[cand.first] in words
        ):
            cand.vote("org", STRONG)


def _mention(doc: Document, cand: Candidate, actor_id: str) -> Mention:
    return Mention(
        cand.start, cand.end, doc.text[cand.start : cand.end], doc.sentences[cand.sent].id, actor_id
    )


def _states_of_named_countries(cands: list[Candidate], lex: ActorLexicon) -> None:
    """'Rina Kesk of Georgia ... the United States Senate': a country's name that is also
    the name of a state of another country the text names is that state, a place."""
    named = {c.iso for c in cands if c.iso}
    for cand in cands:
        key = " ".join(fold_tokens(cand.text))
        within = lex.country_states.get(key) if cand.kind == "country" else None
        if within and within in named:
            cand.kind, cand.iso = "place", None


def _peoples_of_named_countries(cands: list[Candidate], lex: ActorLexicon) -> None:
    """'the Russians told the FBI', 'targeting Americans at home': a country's people named in
    the plural ("Russians": the demonym with a plural ending) are that country where the text
    names it, and no actor where it does not (no organization named again and again)."""
    named = {c.iso for c in cands if c.kind == "country" and c.iso}
    for cand in cands:
        if cand.kind != "name" or " " in cand.text:
            continue
        word = " ".join(fold_tokens(cand.text))
        stem = next(
            (word[: -len(s)] for s in lex.plural_suffixes if word.endswith(s) and len(word) > 4),
            None,
        )
        iso = lex.demonym(stem) if stem else None
        if iso is None or lex.demonym(word):
            continue
        if iso in named:
            cand.kind, cand.iso = "country", iso
        else:
            cand.kind = "consumed"


def _organizations_before_holders(finder: Finder) -> None:
    """'Sekjen Karsindo Sutarno' in a text that names 'Partai Karsindo': the first words of a
    title's holder that the text writes elsewhere as an organization's name (or its name after
    its head) are that organization, and the rest the holder."""
    toks, cands = finder.toks, finder.candidates
    known: set[tuple[str, ...]] = set()
    for c in cands:
        if c.kind == "org":
            for x in range(c.first, c.last):
                if toks.capital[x] and not finder.marks.org_head[x]:
                    known.add(tuple(toks.fold[x : c.last]))
    # "Bank Indonesia (BI)": a short form the text gives an organization opens no person's name,
    # cued or not ("(DPMA) BI Budi Santoso mengatakan")
    defined = {
        (toks.fold[c.first],)
        for c in cands
        if c.acronym
        and c.alias_of is not None
        and (cands[c.alias_of].kind == "org" or cands[c.alias_of].votes.get("org"))
    }
    known |= defined
    if not known:
        return
    for index in range(len(cands) - 1, -1, -1):
        cand = cands[index]
        if cand.kind != "name" or cand.last - cand.first < 2:
            continue
        opening = (toks.fold[cand.first],) in defined
        if not cand.person_cue and not (
            opening and toks.fold[cand.first + 1] in finder.lex.first_names
        ):
            continue
        for n in range(cand.last - cand.first - 1, 0, -1):  # the longest name first
            if tuple(toks.fold[cand.first : cand.first + n]) not in known:
                continue
            rest = range(cand.first + n, cand.last)
            if not all(finder.rare(x) and toks.text[x].isalpha() for x in rest):
                break  # ("PT Orvex Energi Jateng-DIY": no person's name after it)
            head = cand.first + n
            end = toks.end[head - 1]
            org = Candidate(
                cand.start, end, finder.text[cand.start : end], cand.sent, cand.first, head, "name"
            )
            org.vote("org", STRONG)  # (a name, so that it joins the organization's other names)
            cand.first, cand.start = head, toks.start[head]
            cand.text = finder.text[cand.start : cand.end]
            # (the rest, rare words all, is read as a name of its own: "Budi Santoso")
            cand.common_word, cand.rare_word = False, True
            cand.first_name = toks.fold[head] in finder.lex.first_names
            cands.insert(index, org)
            break


EXAMPLE_REACH = 4  # words between a noun of organizations and the word introducing examples


def _listed_examples_of_organizations(finder: Finder) -> None:
    """'partners such as Tarvex, Kolbin and Nimbra', 'mitra global seperti Tarvex dan Kolbin':
    names listed after a noun of organizations and a word introducing examples are
    organizations (a lone rare word is otherwise no actor)."""
    toks, lex = finder.toks, finder.lex
    if not lex.example_nouns or not lex.example_words:
        return
    by_first = {c.first: c for c in finder.candidates}
    for k in range(toks.n):
        if toks.fold[k] not in lex.example_nouns:
            continue
        for x in range(k + 1, min(k + 1 + EXAMPLE_REACH, toks.n)):
            if toks.sent[x] != toks.sent[k]:
                break
            n = match_at(lex.example_words, toks.fold, x)
            if n:
                _mark_listed(finder, by_first, x + n)
                break


def _mark_listed(finder: Finder, by_first: dict[int, Candidate], k: int) -> None:
    """The names listed from token k on, joined by commas or a conjunction, are organizations."""
    toks, lex = finder.toks, finder.lex
    sent = toks.sent[k] if k < toks.n else -1
    while k < toks.n and toks.sent[k] == sent:
        cand = by_first.get(k)
        if cand is None or cand.kind not in ("name", "org"):
            return
        if cand.kind == "name" and not (cand.first_name and cand.last - cand.first > 1):
            cand.kind = "org"  # ("Budi Santoso" listed there is still a person)
        k = cand.last
        if k >= toks.n or toks.sent[k] != sent or toks.gap[k].strip() not in ("", ","):
            return
        if toks.fold[k] in lex.conjunctions:
            k += 1  # "dan Nimbra", ", and Nimbra"
        elif not toks.gap[k].strip():
            return  # the list is over: a clause goes on


def _listed_with_organizations(
    finder: Finder,
    cands: list[Candidate],
    clusters: coref.Clusters,
    members: dict[int, list[int]],
    types: dict[int, str | None],
) -> None:
    """'a contract fought for between Orvex and Kestrel Dynamics': a name of rare words, a person
    only for want of any cue, listed with an organization is one too (no first name, title,
    form of address or person's cue says otherwise). Not where people often go by one name:
    there many names are in no list of first names, and a rare word says nothing."""
    if finder.lex.mononyms:
        return
    for root, idx in members.items():
        if types[root] != "person":
            continue
        named = [cands[i] for i in idx]
        if any(c.first_name or c.person_cue or c.role or c.votes.get("person") for c in named):
            continue
        if any(
            _listed_beside(finder, cands, i, n) and types.get(clusters.find(n)) == "org"
            for i in idx
            for n in (i - 1, i + 1)
        ):
            types[root] = "org"


def _listed_beside(finder: Finder, cands: list[Candidate], i: int, n: int) -> bool:
    """Candidates i and n (its neighbour) are named in one list: ", ", "&" or a conjunction
    between them."""
    if not 0 <= n < len(cands) or cands[n].kind not in coref.NAMED:
        return False
    a, b = (cands[n], cands[i]) if n < i else (cands[i], cands[n])
    between = finder.text[a.end : b.start].strip().lower()
    return a.sent == b.sent and (between in (",", "&") or between in finder.lex.conjunctions)


def _organizations_named_after(
    finder: Finder, cands: list[Candidate], clusters: coref.Clusters, types: dict[int, str | None]
) -> None:
    """'Sven Olaf Kamphuis of CyberBunker told CNN', where the text makes CyberBunker an
    organization only elsewhere ("CyberBunker, a Dutch company"): once the actors are typed, a
    person named with a relation word and an organization's name after it works for it."""
    toks, lex = finder.toks, finder.lex
    starts = {c.first: i for i, c in enumerate(cands) if c.kind in coref.NAMED}
    for position, cand in enumerate(cands):
        if cand.kind != "name" or cand.affiliation is not None or cand.role:
            continue
        k = cand.last
        if k + 1 >= toks.n or toks.sent[k] != cand.sent or toks.fold[k] not in lex.relations:
            continue
        if toks.fold[k] in lex.place_prepositions:
            continue  # "Harvey Moeis di Pengadilan Tipikor": where, not whom for
        if toks.gap[k] != " " or types.get(clusters.find(position)) != "person":
            continue
        index = starts.get(k + 1)
        if index is not None and types.get(clusters.find(index)) in ("org", "organization"):
            cand.affiliation = index


def _org_references(
    finder: Finder,
    cands: list[Candidate],
    clusters: coref.Clusters,
    types: dict[int, str | None],
) -> None:
    """'the company's vice president', 'Direktur Utama perusahaan tersebut', 'Chief executive
    Dana Reyes': the organization named last, now that every name is typed (a one-word "Orvex"
    has no cue of its own); for a company's title, a company (not the court or the ministry
    named in between)."""

    def organization(i: int) -> bool:
        return cands[i].kind in coref.NAMED and types.get(clusters.find(i)) in ("org", "media")

    def company(i: int) -> bool:
        return organization(i) and _company_name(finder, cands[i])

    def firm(i: int) -> bool:
        return organization(i) and _company_head(finder, cands[i])

    firms = [i for i in range(len(cands)) if firm(i)]
    one_firm = len({clusters.find(i) for i in firms}) == 1

    def sole(index: int, cand: Candidate) -> int | None:
        """In a text naming one company only ("PT Orvex ... Dana Reyes, yang sebelumnya menjabat
        sebagai Direktur"), a company's title with no body named is held in it, named before
        the title (not a lawyer's: "a criminal defense attorney" works for a client)."""
        if not one_firm or firms[0] >= index or _for_client(cand, finder.lex):
            return None
        return firms[bisect.bisect_left(firms, index) - 1]

    bodies: dict[tuple[str, ...], int] = {}  # each organization's words -> its first mention
    for index, cand in enumerate(cands):
        words = fold_tokens(cand.text)
        if words and words[0] in finder.lex.legal_forms:
            words = words[1:]  # "PT Pertamina": "Pertamina" in a title
        if (
            organization(index)
            and not cand.quoted
            and words
            and (len(words) > 1 or cand.acronym or len(words[0]) > 3)  # (not "The")
        ):
            bodies.setdefault(words, index)
    for cand in cands:
        if (
            cand.kind == "name"
            and cand.role
            and cand.affiliation is None
            and not cand.default_country  # (a state's title: the state's, "Menteri ESDM")
            and bodies
        ):
            # "Komisaris Utama Pertamina Mochamad Iriawan", "eks CEO Google": the organization
            # the text names elsewhere, named inside the title, is whose the title is
            words = fold_tokens(cand.role)
            inside = [
                bodies[words[k:e]]
                for k in range(1, len(words))
                for e in range(len(words), k, -1)
                if words[k:e] in bodies
            ]
            if inside:
                cand.affiliation = max(inside, key=lambda i: len(cands[i].text))
    for index, cand in enumerate(cands):
        if cand.org_reference == "employer" and cand.affiliation is None:
            # a company's title with no body named: a company named as such earlier in the
            # sentence ("Orvex Holdings PLC said Dana Reyes resigned as general manager")
            found = roles.last_organization(cands, index, firm)
            if found is not None and cands[found].sent == cand.sent:
                cand.affiliation = found
            elif not _occupation(cand, finder.lex):
                # (a "dosen" teaches elsewhere: a title, not what one is)
                cand.affiliation = sole(index, cand)
        elif cand.org_reference and cand.affiliation is None:
            named = company if cand.org_reference == "company" else organization
            cand.affiliation = roles.last_organization(cands, index, named)
            if cand.affiliation is None and cand.org_reference == "company":
                cand.affiliation = sole(index, cand)


def _occupation(cand: Candidate, lex: ActorLexicon) -> bool:
    words = fold_tokens(cand.role or "")
    return bool(words) and words[-1] in lex.occupations


def _for_client(cand: Candidate, lex: ActorLexicon) -> bool:
    words = fold_tokens(cand.role or "")
    return any(" ".join(words[k:]) in lex.client_roles for k in range(len(words)))


def _company_name(finder: Finder, cand: Candidate) -> bool:
    """A name with a company's head ("Orvex Inc", "PT Sinar Maju"), or with no head at all."""
    span = range(cand.first, cand.last)
    return _company_head(finder, cand) or not any(finder.marks.org_head[k] for k in span)


def _company_head(finder: Finder, cand: Candidate) -> bool:
    heads, fold = finder.lex.company_heads, finder.toks.fold
    return any(fold[k] in heads for k in range(cand.first, cand.last))


def _adopt_anaphor_roles(
    cands: list[Candidate], titles: dict[int, int], members: dict[int, list[int]]
) -> None:
    """'Politikus PDIP ini': the title describes the person it points back to."""
    for index, root in titles.items():
        title = cands[index]
        if not title.anaphor or not title.role:
            continue
        person = [cands[i] for i in members.get(root, [])]
        if person and not any(c.role for c in person):
            first = person[0]
            first.role, first.affiliation, first.affiliation_iso = (
                title.role,
                title.affiliation,
                title.affiliation_iso,
            )
            first.default_country = title.default_country


def _heading_mentions(
    finder: Finder,
    cands: list[Candidate],
    members: dict[int, list[int]],
    extra: dict[int, list[int]],
) -> None:
    """Titles and headings are in title case: only names already known from the body count."""
    known: dict[tuple[str, ...], int] = {}
    for root, idx in members.items():
        for i in idx:
            if cands[i].kind != "group":
                known.setdefault(tuple(finder.toks.fold[cands[i].first : cands[i].last]), root)
    if not known:
        return
    longest = max(len(k) for k in known)
    for sentence, body in enumerate(finder.body):
        if not body:  # only the title and headings: the body's words are never looked at
            _known_in_heading(finder, cands, extra, known, longest, sentence)


def _known_in_heading(
    finder: Finder,
    cands: list[Candidate],
    extra: dict[int, list[int]],
    known: dict[tuple[str, ...], int],
    longest: int,
    sentence: int,
) -> None:
    toks = finder.toks
    i = bisect.bisect_left(toks.sent, sentence)
    end = bisect.bisect_left(toks.sent, sentence + 1, i)
    while i < end:
        if not toks.capital[i]:
            i += 1
            continue
        for n in range(min(longest, end - i), 0, -1):
            key = tuple(toks.fold[i : i + n])
            if key in known:
                cand = Candidate(
                    toks.start[i],
                    toks.end[i + n - 1],
                    finder.text[toks.start[i] : toks.end[i + n - 1]],
                    toks.sent[i],
                    i,
                    i + n,
                    "heading",
                )
                cands.append(cand)
                extra.setdefault(known[key], []).append(len(cands) - 1)
                i += n
                break
        else:
            i += 1


ORG_TYPES = ("organization", "org", "group")


def _dominant_country(
    finder: Finder,
    members: dict[int, list[int]],
    types: dict[int, str],
    besides: str | None = None,
) -> str | None:
    """The state the text names most as a state, not as where something is ("embassies in
    Kenya"); else the state named most; else the state whose bodies the text names most ("the
    United States Senate")."""
    cands, toks, places = finder.candidates, finder.toks, finder.lex.place_prepositions
    counts: Counter[str] = Counter()
    for kinds, anywhere in (("country",), False), (("country",), True), (ORG_TYPES, True):
        for root, idx in members.items():
            if types[root] in kinds:
                for i in idx:
                    cand = cands[i]
                    if not cand.iso or cand.iso == besides:
                        continue
                    if anywhere or not (cand.first > 0 and toks.fold[cand.first - 1] in places):
                        counts[cand.iso] += 1
        if counts:
            return counts.most_common(1)[0][0]
    # no state named at all: the country whose states the text names ("a Mississippi judge")
    for cand in cands:
        iso = finder.lex.region_states.get(" ".join(toks.fold[cand.first : cand.last]))
        if cand.kind == "place" and iso and iso != besides:
            counts[iso] += 1
    return counts.most_common(1)[0][0] if counts else None


def press_state(doc: Document, lex: ActorLexicon) -> str | None:
    """The state whose press the article is: its outlet's ("The New York Times": US), else its
    language's ("Presiden" in Indonesian news is Indonesia's). A national title no state is
    named for is this state's: the press names other states' office holders by their state."""
    if doc.outlet:
        words = fold_tokens(doc.outlet)
        # ("The New York Times" or "New York Times": the language's definite article first)
        bare = words[1:] if words[:1] and words[0] in lex.definite_articles else None
        for name in (words, bare):
            if name and (state := lex.outlets.get(" ".join(name))):
                # ... unless a dateline places the story where the outlet's state is not
                # known to be: "CANBERRA, Australia (AP)", "BEIRUT": a correspondent's story
                # names the local office holders bare
                if not doc.dateline or state in _dateline_states(doc.dateline, lex):
                    return state
                break
    return lex.home_country


def _dateline_town(finder: Finder, lex: ActorLexicon, role: str | None) -> str | None:
    """The dateline's town, as the text writes it elsewhere, for a town's title named with no
    place (`dateline_roles`: "Wali Kota", "Bupati"): "SURABAYA, KOMPAS.com - ... Wali Kota Eri
    Cahyadi" is Surabaya's mayor."""
    doc = finder.doc
    if not role or not doc.dateline or _title_key(role, lex) not in lex.dateline_roles:
        return None
    place = doc.dateline[0]
    town = " ".join(w.capitalize() for w in place.split())
    if not place.isupper() or not re.search(rf"(?<!\w){re.escape(town)}(?!\w)", doc.text):
        return None  # (a dateline written in capitals, its town named in the text too)
    return town


def _dateline_states(places: list[str], lex: ActorLexicon) -> set[str]:
    """The states a dateline's place names are, or are regions of ("WASHINGTON": US)."""
    states = set()
    for place in places:
        key = " ".join(fold_tokens(place))
        state = lex.country_codes.get(key) or lex.region_states.get(key)
        if state:
            states.add(state)
    return states


def _title_key(role: str, lex: ActorLexicon) -> str:
    """A title without the words before it that qualify it ("mantan Presiden" -> "presiden")."""
    words = fold_tokens(role)
    start = 0
    while n := match_at(lex.role_domains, words, start, len(words) - 1):
        start += n
    return " ".join(words[start:])


def _sentence_states(finder: Finder, home: str | None) -> dict[int, set[str]]:
    """Sentence -> the foreign states it names, each outside a title ("Pemerintahan AS", not
    "Presiden China Xi Jinping": that state is the other holder's)."""
    role = finder.marks.role
    out: dict[int, set[str]] = {}
    for cand in finder.candidates:
        titled = cand.first > 0 and role[cand.first - 1]
        if cand.kind == "country" and cand.iso and cand.iso != home and not titled:
            out.setdefault(cand.sent, set()).add(cand.iso)
    return out


def _title_states(cands: list[Candidate], lex: ActorLexicon) -> dict[str, str]:
    """Title -> the state it is held for, where the text names exactly one state for it."""
    states: dict[str, set[str]] = {}
    for cand in cands:
        if cand.role and cand.affiliation_iso and not cand.default_country:
            states.setdefault(_title_key(cand.role, lex), set()).add(cand.affiliation_iso)
    return {title: next(iter(isos)) for title, isos in states.items() if len(isos) == 1}


def _rank_body(names: list[Candidate], lex: ActorLexicon) -> str | None:
    """The body an officer's rank names, where no mention names the officer's organization."""
    if any(c.affiliation is not None for c in names):
        return None
    ranks = (" ".join(fold_tokens(c.rank)) for c in names if c.rank)
    return next((lex.rank_bodies[r] for r in ranks if r in lex.rank_bodies), None)


def _foreign_name(finder: Finder, lex: ActorLexicon, names: list[Candidate]) -> bool:
    full = max(names, key=lambda c: c.last - c.first)
    return full.last - full.first > 1 and finder.toks.fold[full.first] in lex.foreign_first_names


def _actor(
    finder: Finder,
    language: Language,
    lex: ActorLexicon,
    members: list[Candidate],
    kind: str,
    dominant: str | None,
    home: str | None = None,
    foreign: str | None = None,
    held: dict[str, str] | None = None,
    local: dict[int, set[str]] | None = None,
) -> Actor | None:
    names = [c for c in members if c.kind in coref.NAMED]
    if not names:
        return None
    written = Counter(_written(finder, c) for c in names)  # each form, in text order
    forms = list(written)
    if kind == "country":
        iso = next(c.iso for c in names if c.iso)
        # The country's own name as written ("Amerika Serikat" over "AS"), not an adjective form
        # ("Japanese government"); the article never names it: its CLDR name.
        plain = [f for f in forms if " ".join(fold_tokens(f)) in lex.country_codes]
        name = max(plain, key=len) if plain else _country_name(language.code, iso)
        return Actor("", name, "country", aliases=[f for f in forms if f != name], country=iso)
    full = [c for c in names if not c.acronym] or names
    # (the office's own name over its headquarters': "Polres Lumajang", not "Mapolres Lumajang")
    premises = {c.first for c in full if office_of_premises(finder.toks.fold[c.first], lex)}
    name = _written(
        finder,
        max(full, key=lambda c: (c.last - c.first, c.first not in premises, len(c.text), -c.start)),
    )
    if kind == "person":
        # of a name's spellings differing in a doubled letter, the one the text writes most
        spelling = coref.spelling_key(coref.name_key(name))
        name = max(
            (f for f in written if coref.spelling_key(coref.name_key(f)) == spelling),
            key=lambda f: (written[f], f == name),
        )
    actor = Actor("", name, kind, aliases=[f for f in forms if f != name])  # type: ignore[arg-type]
    if kind == "person":
        holder = next(
            (c for c in names if c.role and (c.affiliation is not None or c.affiliation_iso)), None
        )
        holder = holder or next((c for c in names if c.role), None)
        if holder:
            actor.role = _fuller_role(holder.role, names)
            actor.country = holder.affiliation_iso
            if holder.affiliation is None and holder.affiliation_iso:
                actor.affiliation = _country_name(language.code, holder.affiliation_iso)
            # A title held in a named organisation ("Presiden Komisi Eropa") belongs to it, not
            # to any state: no country is guessed for it.
            unplaced = holder.default_country and holder.affiliation is None
            town = _dateline_town(finder, lex, holder.role) if unplaced and home else None
            if town and holder.affiliation_iso in (None, home):
                # "Wali Kota Eri Cahyadi" in a story datelined SURABAYA: the town's mayor (in
                # the dateline's state where it names one: "NEW YORK" is the US's)
                states = sorted(_dateline_states(finder.doc.dateline, lex))
                actor.affiliation, actor.country = town, states[0] if states else home
            elif unplaced and not holder.affiliation_iso:
                # A capitalised state title with no state named: the article's own state, unless
                # the holder's first name is foreign to its press ("Presiden Joe Biden"): then
                # the foreign state the article names most.
                state = home or dominant
                if state and state == home and _title_key(holder.role, lex) in lex.foreign_titles:
                    # "Raja Charles III", "Kanselir X": an office the press's own state has
                    # not; the foreign state the text names most, else none
                    state = foreign
                elif state and state == home and _foreign_name(finder, lex, names):
                    # "Pemerintahan AS di bawah Presiden Joe Biden": the one foreign state its
                    # sentence names (in no other title there); "Presiden Joe Biden" beside
                    # "Presiden AS Donald Trump": the state of the same title named in the
                    # text, else the foreign state named most (with no foreign state named at
                    # all, the article's own: "Wakil Menteri Matthias ...")
                    near = (local or {}).get(holder.sent, set())
                    state = (
                        next(iter(near))
                        if len(near) == 1
                        else (held or {}).get(_title_key(holder.role, lex)) or foreign or state
                    )
                if state:
                    actor.country = state
                    if holder.affiliation is None:
                        # (the office a title names inside it, where no place is named for
                        # it: "Kepala Dinas Pariwisata" holds office in a Dinas Pariwisata)
                        actor.affiliation = holder.office or _country_name(language.code, state)
            if actor.affiliation is None and actor.country is None:
                # "terdakwa Bazar" elsewhere "Kopda Bazar": the rank still names the body
                actor.affiliation = _rank_body(names, lex) or _residence(actor.role, lex)
        else:
            # with no title, an officer's rank is the role, and names the body he serves in
            # ("AKBP Budi Santosa": Polri); a title says more ("Seskab Letkol Budi": the
            # state's cabinet)
            actor.role = next((c.rank for c in names if c.rank), None)
            actor.affiliation = _rank_body(names, lex)
    elif kind in ("organization", "org", "media"):
        actor.country = next((c.iso for c in names if c.iso), None)
    if kind == "org":
        actor.type = "organization"
    return actor


def _fuller_role(role: str, names: list[Candidate]) -> str:
    """The role as another mention writes it in full, holding the words of this one ("dewan
    komisaris, Boy Thohir" and "Garibaldi Thohir ... Wakil Presiden Komisaris")."""
    words = fold_tokens(role)
    best = role
    for cand in names:
        other = fold_tokens(cand.role or "")
        if role[:1].isupper() and other[: len(words)] != words:
            # a capitalised title goes on after its words only ("Gubernur Riau"; not "sidang
            # umum PBB Presiden X", nor an aide's "Tenaga Ahli Gubernur")
            continue
        if len(other) > len(fold_tokens(best)) and any(
            other[k : k + len(words)] == words for k in range(len(other) - len(words) + 1)
        ):
            best = cand.role or best
    return best


def _residence(role: str, lex: ActorLexicon) -> str | None:
    """'warga Desa Jeruk', 'warga lama Kestrelan': the place named after a resident's noun (the
    capitalised words closing the role)."""
    words = role.split()
    # (a noun, not a capitalised portfolio's word: "Direktur Perlindungan Warga Negara")
    at = next(
        (
            k
            for k, w in enumerate(words)
            if fold(w) in lex.resident_nouns and (k == 0 or w.islower())
        ),
        None,
    )
    if at is None:
        return None
    place = list(itertools.dropwhile(lambda w: not w[:1].isupper(), words[at + 1 :]))
    if not all(w[:1].isupper() for w in place):
        return None
    return " ".join(place) or None


def _name_affiliation(
    actor: Actor,
    members: list[Candidate],
    clusters: coref.Clusters,
    names: dict[int, str],
    cands: list[Candidate],
    people: set[int],
) -> None:
    """A role's organization is named by its actor's (fullest) name. An affiliation is an
    organization, a state, a group or a place: never a person, nor a name no actor holds
    unless it was found as an organization's."""
    if actor.type != "person" or actor.affiliation:
        return
    holder = next((c for c in members if c.role and c.affiliation is not None), None)
    # or no title: "Keith Morland of Orbela Financial"
    holder = holder or next((c for c in members if c.affiliation is not None), None)
    if holder is None:
        return
    root = clusters.find(holder.affiliation)
    # a lawyer's client is a person; so is the relative a person is named by ("istri Hendra")
    client = cands[holder.affiliation].client or cands[holder.affiliation].relative
    if (root in people and not client) or (
        root not in names and cands[holder.affiliation].kind == "name"
    ):
        return
    actor.affiliation = names.get(root) or _clean(cands[holder.affiliation].text)
    if (
        holder.office
        and fold(holder.office) not in fold(actor.affiliation)  # "Polres Sukamaju", "Mapolres"
    ):
        actor.affiliation = f"{holder.office} {actor.affiliation}"  # "Polsek Sukamaju"
    actor.country = actor.country or cands[holder.affiliation].iso


def _clean(text: str) -> str:
    return " ".join(text.split())


def _written(finder: Finder, cand: Candidate) -> str:
    """A mention's words as written, with the last stop of a dotted short form it ends on ("U.S.",
    not "U.S": a token leaves that stop out, as it may end the sentence too)."""
    text = _clean(cand.text)
    if finder.text[cand.end : cand.end + 1] == "." and DOTTED_END.search(text):
        return text + "."
    return text


@cache
def _country_name(code: str, iso: str) -> str:
    try:
        from babel import Locale

        return Locale.parse(code).territories.get(iso, iso)
    except Exception:
        return iso
