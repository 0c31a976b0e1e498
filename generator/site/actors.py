"""One page per actor across briefings.

The same person appears as "Jose Manuel Albares" in one article and "Albares" in another. Merging
is conservative, because a wrong merge puts one person's words in another's mouth:

1. Actors of the same type with the same name (case and accents folded) are one actor; countries
   are one actor per ISO code ("Spanyol" and "Spain").
2. A person's shorter name joins a longer one when its words open or close the longer name
   ("Albares", "Jose Manuel" -> "Jose Manuel Albares") and exactly one longer name on the whole
   site fits; two Widodos keep "Widodo" on a page of its own.
3. An alias the extractor found (an acronym, a short form) joins the actor that has it, again only
   when a single actor on the site has that alias.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..language import fold
from ..slugs import slugify
from .data import Record

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def name_words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(name)))


@dataclass
class Role:
    role: str | None
    affiliation: str | None
    slugs: list[str] = field(default_factory=list)  # briefings where it was held


@dataclass
class SiteActor:
    """An actor of the whole site: the occurrences in each briefing merged into one page."""

    slug: str
    name: str
    type: str
    country: str | None
    names: list[str]  # every name it goes by, most used first
    roles: list[Role]
    briefings: list[str]  # slugs, in site order (newest first)
    mentions: int  # sentences that mention it, over all briefings


@dataclass
class _Occurrence:
    slug: str
    actor_id: str
    name: str
    type: str
    aliases: list[str]
    role: str | None
    affiliation: str | None
    country: str | None
    mentions: int


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _primary_key(o: _Occurrence) -> tuple[str, ...]:
    if o.type == "country" and o.country:
        return ("country", o.country)
    return (o.type, *name_words(o.name))


def merge_actors(records: list[Record]) -> tuple[list[SiteActor], dict[tuple[str, str], str]]:
    """Site actors (most mentioned first) and the map (briefing slug, actor id) -> actor slug.

    `records` must be in site order: an actor's briefings are listed in that order."""
    occ = [
        _Occurrence(
            r.slug,
            a.id,
            a.name,
            a.type,
            a.aliases,
            a.role,
            a.affiliation,
            a.country,
            len(a.mentions),
        )
        for r in records
        for a in r.actors
        if name_words(a.name)
    ]
    uf = _UnionFind(len(occ))
    first: dict[tuple[str, ...], int] = {}
    for i, o in enumerate(occ):
        key = _primary_key(o)
        if key in first:
            uf.union(first[key], i)
        else:
            first[key] = i
    _join_short_person_names(occ, uf, first)
    _join_aliases(occ, uf, first)
    return _build(occ, uf, records)


def _join_short_person_names(
    occ: list[_Occurrence], uf: _UnionFind, first: dict[tuple[str, ...], int]
) -> None:
    """Rule 2, longest names first so "Albares" sees "Jose Manuel Albares" as one candidate
    even when "Manuel Albares" also exists and has already joined it."""
    persons = sorted((k for k in first if k[0] == "person"), key=len, reverse=True)
    longer_by_edge: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for key in persons:
        words = key[1:]
        for n in range(1, len(words)):
            longer_by_edge[words[:n]].add(key)
            longer_by_edge[words[-n:]].add(key)
    for key in persons:
        candidates = longer_by_edge.get(key[1:], set())
        roots = {uf.find(first[c]) for c in candidates}
        if len(roots) == 1:
            uf.union(first[key], roots.pop())


def _join_aliases(
    occ: list[_Occurrence], uf: _UnionFind, first: dict[tuple[str, ...], int]
) -> None:
    owners: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, o in enumerate(occ):
        for alias in o.aliases:
            words = name_words(alias)
            if words and words != name_words(o.name):
                owners[(o.type, *words)].add(i)
    for key, holders in owners.items():
        roots = {uf.find(i) for i in holders}
        if key in first:
            roots.add(uf.find(first[key]))
        if len(roots) == 1:
            continue  # nothing to join, or already one actor
        # Several actors use this alias: join only if it is a name of exactly one of them,
        # i.e. every holder is already that actor (otherwise the alias is ambiguous).
        named = uf.find(first[key]) if key in first else None
        holder_roots = {uf.find(i) for i in holders}
        if named is not None and len(holder_roots) == 1:
            uf.union(named, holder_roots.pop())


def _build(
    occ: list[_Occurrence], uf: _UnionFind, records: list[Record]
) -> tuple[list[SiteActor], dict[tuple[str, str], str]]:
    order = {r.slug: i for i, r in enumerate(records)}
    groups: dict[int, list[_Occurrence]] = defaultdict(list)
    for i, o in enumerate(occ):
        groups[uf.find(i)].append(o)
    actors: list[tuple[SiteActor, list[_Occurrence]]] = []
    for members in groups.values():
        names = Counter(o.name for o in members)
        # The fullest name, then the most used, then alphabetical: stable across builds.
        name = min(names, key=lambda n: (-len(name_words(n)), -names[n], fold(n), n))
        types = Counter(o.type for o in members)
        countries = Counter(o.country for o in members if o.country)
        roles: dict[tuple[str | None, str | None], Role] = {}
        for o in sorted(members, key=lambda o: order[o.slug]):
            if o.role or o.affiliation:
                role = roles.setdefault((o.role, o.affiliation), Role(o.role, o.affiliation))
                if o.slug not in role.slugs:
                    role.slugs.append(o.slug)
        actor = SiteActor(
            slug="",
            name=name,
            type=max(types, key=lambda t: (types[t], t)),
            country=max(countries, key=lambda c: (countries[c], c)) if countries else None,
            names=[n for n, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))],
            roles=list(roles.values()),
            briefings=sorted({o.slug for o in members}, key=order.__getitem__),
            mentions=sum(o.mentions for o in members),
        )
        actors.append((actor, members))
    actors.sort(key=lambda am: (fold(am[0].name), am[0].type, am[0].name))
    taken: set[str] = set()
    mapping: dict[tuple[str, str], str] = {}
    for actor, members in actors:
        actor.slug = _unique(slugify(actor.name), taken)
        for o in members:
            mapping[(o.slug, o.actor_id)] = actor.slug
    return [a for a, _ in actors], mapping


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
