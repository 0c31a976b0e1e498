"""The actor stages' view of a language: the `actors:` data section compiled into lookup tables.

Everything here is built once per language (functools.cache) so that finding actors in an article
costs dictionary look-ups, not regex compilation. Words are compared folded (case and accents
ignored); phrases ("Juru Bicara", "special envoy") are tuples of folded tokens indexed by their
first token, so matching a phrase at a token is one dict look-up plus a slice compare.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from ..language import DATA_DIR, Language, cached_json, fold

# A word: letters/digits, keeping inner hyphens, apostrophes and dots ("al-Derazi", "O'Neil",
# "Detik.com", "U.S"); a possessive "'s" is left out ("GM's" -> "GM").
# A word: letters, digits and "&", joined by a dot, a dash or an apostrophe before more of them
# ("U.S.", "al-Derazi", "O'Neill"), not by the possessive "'s". Written as runs of word
# characters rather than one alternation per character: the same matches, half the time. The
# runs are possessive (`*+`): what a run took, no later part could match (those open with a
# joiner), so the engine keeps no state to give it back (the same matches again, ~12 % faster).
TOKEN = re.compile(r"\w[\w&]*+(?:(?:[-.]|['’](?![sS]\b))(?=\w)[\w&]*+)*+")

PhraseTable = dict[str, tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=1 << 16)  # called for every candidate's text; names repeat
def fold_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a phrase as the article's tokens hold them: without a possessive
    ending ("People's Republic of China": people, republic, of, china)."""
    return tuple(
        fold(m.group())
        for m in TOKEN.finditer(text)
        if not possessive_ending(text, m.start(), m.group())
    )


def possessive_ending(text: str, start: int, word: str) -> bool:
    """The word at `start` is the "s" of a possessive ending ("GM's"), no word of its own."""
    return word in ("s", "S") and start > 0 and text[start - 1] in "'’"


def phrase_table(phrases) -> PhraseTable:
    """Phrases indexed by first folded token, longest first (so a match prefers the longest)."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = fold_tokens(str(phrase))
        if toks:
            table.setdefault(toks[0], set()).add(toks)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


def match_at(table: PhraseTable, folded: list[str], i: int, stop: int | None = None) -> int:
    """Length (in tokens) of the longest phrase of `table` starting at token i, or 0."""
    stop = len(folded) if stop is None else stop
    for phrase in table.get(folded[i], ()):
        n = len(phrase)
        if i + n <= stop and tuple(folded[i : i + n]) == phrase:
            return n
    return 0


@dataclass(frozen=True, eq=False)
class ActorLexicon:
    roles: PhraseTable
    role_domains: PhraseTable
    role_abbreviations: dict[str, str]  # folded short title -> folded full title
    head_prefixes: tuple[str, ...]  # "Ka" of "Kakorlantas": head of the office it is glued to
    premises_prefixes: tuple[str, ...]  # "Ma" of "Mapolsek": the office's headquarters, itself
    honorifics: frozenset[str]
    titled_addresses: frozenset[str]  # "Dr.": a form of address saying what the person is
    # Short forms written with a stop before a name, whose stop opens no sentence: "St. Thomas",
    # and the forms of address and ranks of one word among the language's abbreviations ("Mr.
    # Kesk", "Kol. Budi"; not "pak. Lho,", where "pak" is no short form)
    stops_before_names: frozenset[str]
    name_prefixes: frozenset[str]
    name_abbreviations: frozenset[str]  # "St" of "St. Thomas": its stop is inside the name
    ranks: PhraseTable
    jurisdiction_roles: (
        PhraseTable  # titles followed by their place: "Gubernur Sumut Bobby Nasution"
    )
    connectors: frozenset[str]
    articles: frozenset[str]
    article_phrases: PhraseTable  # those and the ones of more words ("salah satu"), as phrases
    definite_articles: frozenset[str]  # "of the company": the organization named before
    org_possessives: frozenset[str]  # "its chief executive": the organization named before
    regional_adjectives: frozenset[str]  # "European Commissioner": no state guessed for it
    relations: frozenset[str]
    demonstratives: frozenset[str]
    org_heads: PhraseTable
    org_nouns: frozenset[str]
    person_nouns: frozenset[str]  # "tersangka DS", "suspect Lee": a person's name follows
    name_introducers: frozenset[str]  # "direktur ... berinisial DS": the title goes on past it
    title_tails: frozenset[str]  # "anggota Komisi II lainnya, X": no part of the title before
    count_determiners: frozenset[str]  # "dua terdakwa, A dan B": how many hold the noun after it
    topic_heads: frozenset[str]  # "Committee" on Foreign Relations: a body named for a subject
    topic_connectors: frozenset[str]  # "on": joins a topic head to the subject after it
    led_verbs: frozenset[str]  # "Kemenkeu dipimpin X", "a panel chaired by X": X's body
    led_by_words: frozenset[str]  # "oleh", "by": between such a verb and the leader
    led_fillers: frozenset[str]  # "yang", "masih": between the body and the verb
    # verb of leading -> the leader's title of a group named by common nouns before it
    # ("majelis hakim yang diketuai X": "ketua majelis hakim")
    led_roles: dict[str, str]
    led_groups: frozenset[str]  # groups so led: "majelis hakim", "tim"
    alias_introducers: frozenset[str]  # "X atau yang akrab disapa Y": Y is X's other name
    alias_conjunctions: frozenset[str]  # "X atau Cak Y": before a nickname's form, an alias
    ordinal: re.Pattern | None  # "ke-7": an ordinal after a title is part of it
    platforms: frozenset[str]  # "Instagram", "YouTube": channels, never the account's owner
    # "afp", "bbc": news outlets by name (folded, words one space apart), each with the state
    # whose press it is ("fox news" -> "US"; None for a world agency)
    outlets: dict[str, str | None]
    party_forms: PhraseTable  # "Labour", "Lib Dem": a party named by its members' word
    party_titles: PhraseTable  # "MP", "leader": titles a party's member holds ("Labour MP")
    party_codes: frozenset[str]  # "R" of "Sen. Lindsey Graham, R-S.C.": a party's letter
    nicknames: dict[str, str]  # "chuck" -> "charles": a given name's short form, folded
    post_nominal_roles: frozenset[str]  # "MP" of "Margaret Moran MP": after the name
    role_prefixes: frozenset[str]  # "co" of "Co-CEO": before a dash, part of a title
    client_links: PhraseTable  # "who represents": a lawyer's client is named after them
    parties: dict[tuple[str, ...], str]  # those forms (folded) and the names -> the party's name
    compound_words: frozenset[str]  # "ibu kota": two words read as one (tokenize)
    units: frozenset[str]  # "Seksi", "Bagian": a unit's name after a title belongs to the title
    numbered_units: frozenset[str]  # "RT", "RW": a unit named by its number ("Ketua RT 05")
    degrees: frozenset[str]  # "SH", "MSi": academic degrees written after a name
    conjunctions: frozenset[str]  # "dan": joins the words of a title's portfolio
    street_tails: frozenset[str]  # "Street": the name is a street even with an org head in it
    legal_forms: frozenset[str]  # "PT", "CV": the name after or before them is a company's
    closing_legal_forms: frozenset[str]  # "Tbk": a company's name ends with it
    origin_words: frozenset[str]  # "dari": "Anggota DPR dari Fraksi X Budi": where one is from
    regional_words: frozenset[str]  # "Negeri": "Pengadilan Negeri (PN) Medan": a place follows
    org_suffixes: tuple[str, ...]  # endings of one-word company names ("Gazprombank")
    org_noun_follows: bool  # an org noun may come after the name ("the Unite union")
    subject_verbs: frozenset[str]  # "Boeing will ...": after a lone word opening a sentence
    plural_suffixes: tuple[str, ...]  # "Republicans": the party's members; "Presidents": a title
    member_heads: frozenset[str]  # heads of bodies whose members are named in the plural
    body_heads: frozenset[str]  # "Fraksi Partai Golkar": a body that speaks for the party
    short_forms: dict[str, tuple[str, ...]]  # folded "kejari" -> ("kejaksaan", "negeri")
    jurisdiction_levels: frozenset[str]  # "Kabupaten" in "Dinas Kesehatan Kabupaten Sumbawa"
    # a body's generic name -> the names it stands for when the text names one ("bank sentral"
    # -> "bank indonesia", "bi"), all folded
    body_aliases: dict[str, frozenset[str]]
    role_introducers: PhraseTable  # "X selaku Ketua", "X was named chairman": before a role
    private_roles: frozenset[str]  # titles never held for a state: "chief executive", "CEO"
    company_roles: frozenset[str]  # titles held only in a company: "chief executive", "Dirut"
    client_roles: frozenset[str]  # titles held for a client, a person: "kuasa hukum", "lawyer"
    aide_titles: frozenset[str]  # titles held for another title's holder: "juru bicara"
    acting_titles: frozenset[str]  # "Plt" of "Plt Kepala Dinas": part of the title after it
    office_titles: frozenset[str]  # "Kepala": a title written with its office ("Kepala BNN")
    owner_before_title: bool  # "Kansas senator", "Apple employee": whose title, named before it
    institutions: frozenset[str]  # heads that name one body alone: "Congress", "Senate"
    titled_offices: PhraseTable  # "Kantor Staf Presiden": an office named after a title
    kin_nouns: frozenset[str]  # "istri Bupati ... FH": a relative of the title's holder
    member_titles: frozenset[str]  # "Politisi Golkar itu": the body one belongs to follows
    source_words: frozenset[str]  # "Menurut Welfizon,": the name after is a source's short name
    dateline_roles: frozenset[str]  # "Wali Kota Eri Cahyadi" in a SURABAYA story: Surabaya's
    foreign_titles: frozenset[str]  # "Raja", "Perdana Menteri": offices home_country has not
    occupations: frozenset[str]  # nouns naming what a person is ("obstetrician", "financier")
    listed_occupations: frozenset[str]  # those the data file lists itself, not its word list's
    described_nouns: frozenset[str]  # such nouns read only ending an apposition ("pengendara")
    resident_nouns: frozenset[str]  # "warga Kangean": the place named with it is the affiliation
    relative_words: frozenset[str]  # "who" of "a nurse who was wounded": a clause follows
    noun_last: bool  # a noun phrase ends in its noun: what follows the noun is no part of it
    plain_person_nouns: frozenset[str]  # "man", "woman": name no more than a person, no role
    title_modifiers: frozenset[str]  # "newly appointed" chairman of Orvex: no part of the title
    adverb_endings: tuple[str, ...]  # "wildly popular singer": words praising the title, not it
    name_shape: re.Pattern | None  # words that are parts of a person's name by their shape
    verb_shape: re.Pattern | None  # "Diberitakan": a verb's shape, never a name's word
    lower_verb_shape: re.Pattern | None  # "mengunjungi": lower-case words that may be verbs
    field_shape: re.Pattern | None  # "Keperawatan": a field's noun by its shape, rare or not
    age: re.Pattern  # "(45)", "(52 tahun)": a person's age in brackets, with the language's units
    country_states: dict[str, str]  # folded country name -> the country it names a state of
    possessive_name_words: frozenset[str]  # "People's": a possessive that stays inside a name
    example_nouns: frozenset[str]  # "partners", "mitra": their examples listed are organizations
    example_words: PhraseTable  # "such as", "seperti": words introducing examples
    premises: PhraseTable  # "Kantor DJP": the building of the organization named after it
    compound_suffixes: frozenset[str]  # "Chicago-based": a name made an adjective, no actor
    name_titles: frozenset[str]  # "Wali Kota X, Ratu Anggraini": titles that are given names too
    name_heads: frozenset[str]  # "CEO Apple, Tim Cook": organizations' heads that are given names
    term_words: frozenset[str]  # "Sekjen X periode 2018-2023, Budi": a title's term, its years
    rank_bodies: dict[str, str]  # folded rank -> the body it is a rank of ("akbp" -> "Polri")
    name_suffixes: frozenset[str]  # "Jr": the last word of a person's name, with its stop
    possessives: frozenset[str]  # endings that make a name its owner's: "'s" ("Orvex's chief")
    possessives_all: frozenset[str]  # those and the plural's bare apostrophe ("Motors' chief")
    company_heads: frozenset[str]  # heads of a company's name: "Inc", "PT"
    mononyms: bool  # people often go by one name: a lone first name is a person
    speech_verbs: frozenset[str]  # the quotes stage's verbs of saying: "X mengatakan", "kata X"
    # the quotes stage's nouns describing a person spoken of ("pria", "sosok"): before an alias
    # introducer, the person named before ("Pria yang akrab disapa Cak Imin ini")
    anaphor_nouns: frozenset[str]
    # the dates section's numbers in words ("sebelas"): before a month inside a body's name, part
    # of the name ("Universitas Sebelas Maret")
    number_words: frozenset[str]
    speaker_after: frozenset[str]  # those that name their speaker after them: "kata X", "said X"
    media_heads: PhraseTable
    media_cues: PhraseTable
    media_nouns: PhraseTable  # "the Tarvex news agency": after the name, where org nouns follow
    state_short_forms: frozenset[str]  # "Mich.": no actor; "Oak Hollow, Mich.": a place
    stop_abbreviations: frozenset[
        str
    ]  # "Sen": a title only with its stop ("Sen. X", not "Lun Sen")
    list_introducers: tuple[tuple[str, ...], ...]  # "terdiri atas": names listed after a title
    media_verbs: frozenset[str]
    group_cues: frozenset[str]
    government_words: frozenset[str]
    place_prepositions: frozenset[str]
    act_prepositions: frozenset[str]  # "kepada", "to": open a phrase about the act, not a person
    holding_nouns: frozenset[str]  # "a stake in Orvex": what one holds in a company
    company_attributes: frozenset[str]  # "Orvex shares", "an Orvex spokesman": a company's
    place_heads: frozenset[str]  # "Jalan", "Provinsi", "Airport"...: a name that is a place
    place_tails: frozenset[str]  # "Selatan", "North"...: compass words closing a place name
    pronouns: frozenset[str]
    enclitics: tuple[str, ...]
    stop_words: frozenset[str]
    stop_acronyms: frozenset[str]  # written in capitals: they stop only when written so
    currencies: frozenset[str]  # ISO 4217 codes (CLDR): "ISK 600" names no actor
    currencies_alone: frozenset[str]  # those the press writes alone for the money: "USD", "EUR"
    currency_words: frozenset[str]  # "dolar AS", "U.S. dollars": the country names a currency
    thing_heads: PhraseTable  # "Undang-Undang ...", "Surat Edaran ...": names of things
    meeting_heads: PhraseTable  # "Rapat Paripurna DPR RI": a meeting, then the body holding it
    thing_tails: frozenset[str]  # "... Act", "... Summit": names of things
    designators: frozenset[str]  # "Flight" in "Adam Air Flight 574": a thing, not the actor
    document_numbers: frozenset[str]  # "PP Nomor 28": a short form before them names a document
    document_nouns: frozenset[str]  # "putusan MK Nomor 3": the number is the ruling's, not MK's
    calendar_words: frozenset[str]  # month and weekday names (CLDR): never actors
    countries: PhraseTable  # country names (CLDR + data) as token phrases
    country_codes: dict[str, str]  # folded joined phrase -> ISO code
    regions: PhraseTable  # continents and world regions (CLDR): places, never actors
    region_states: dict[str, str]  # a province's or a state's folded name -> its country
    demonyms: dict[str, str]
    demonym_suffixes: tuple[str, ...]
    demonym_stems: tuple[str, ...]
    home_country: str | None
    first_names: frozenset[str]  # folded person first names (Faker's person providers)
    foreign_first_names: frozenset[str]  # first names of other locales only ("Joe" in Indonesian)
    last_names: frozenset[str]
    common_words: frozenset[str]  # folded words frequent in the language that are no names
    frequent_words: frozenset[str]  # every word at least common_zipf frequent, names too
    own_words: frozenset[str]  # those not frequent in the languages it borrows from ("Pusat")
    # The language's own words down to `unit_zipf`: before a head word of a body they name a unit
    # of it ("Laboratorium Permukiman Institut Teknologi Bandung")
    unit_words: frozenset[str]
    wordlike_names: frozenset[str]  # first names that are frequent words ("Summer", "Will")

    def country_at(self, folded: list[str], i: int, stop: int | None = None) -> tuple[int, str]:
        """(tokens, ISO code) of the country name starting at token i, or (0, "")."""
        n = match_at(self.countries, folded, i, stop)
        if not n:
            return 0, ""
        return n, self.country_codes[" ".join(folded[i : i + n])]

    def demonym(self, folded: str) -> str | None:
        """ISO code of a country adjective ("russian" -> RU), from data or derived from CLDR."""
        if folded in self.demonyms:
            return self.demonyms[folded]
        for suffix in self.demonym_suffixes:
            if not folded.endswith(suffix) or len(folded) - len(suffix) < 3:
                continue
            base = folded[: len(folded) - len(suffix)]
            for stem in self.demonym_stems:
                code = self.country_codes.get(base + stem)
                if code and base + stem != folded:
                    return code
        return None

    def is_region_adjective(self, folded: str) -> bool:
        """'european' -> True: the adjective of a continent (an attribute, not an actor)."""
        for suffix in self.demonym_suffixes:
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
                base = folded[: len(folded) - len(suffix)]
                for stem in self.demonym_stems:
                    if (base + stem,) in self.regions.get(base + stem, ()):
                        return True
        return False


def _words(section: dict, key: str) -> list[str]:
    return [str(w) for w in section.get(key) or []]


def _with_services(section: dict, ranks: list[str]) -> list[str]:
    """The ranks, and each written with a service or corps after it ("Kolonel Inf", "Marsdya
    TNI", "Kombes Pol": one rank)."""
    services = _words(section, "rank_services")
    return ranks + [f"{rank} {service}" for rank in ranks for service in services]


def _capitals(word: str) -> bool:
    """'APBN', 'GPS', '5G': a short form written in capitals (one letter is a word: "I")."""
    return sum(c.isupper() for c in word) >= 2 and not any(c.islower() for c in word)


def _shapes(section: dict, key: str, flags: int = 0) -> re.Pattern | None:
    """The key's regular expressions as one pattern (any of them), or None with none listed."""
    patterns = _words(section, key)
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None


def _age_pattern(units: list[str]) -> re.Pattern:
    """An age of 1 to 119 in brackets right after a name, perhaps with a unit: "(45)"."""
    unit = "|".join(re.escape(u) for u in units)
    tail = f"(?: ?(?:{unit}))?" if unit else ""
    return re.compile(rf" ?\((?:[1-9]\d?|1[01]\d){tail}\)", re.IGNORECASE)


def _folded_set(section: dict, key: str) -> frozenset[str]:
    return frozenset(fold(w).rstrip(".") for w in _words(section, key))


def _folded_phrases(section: dict, key: str) -> frozenset[str]:
    """Phrases of words, folded, one space apart: what `Finder.title_in` joins words into."""
    return frozenset(" ".join(fold(w).split()) for w in _words(section, key))


def _outlets(section: dict) -> dict[str, str | None]:
    """The names in the outlet list the data file names (one per line, "#" opening a comment),
    folded ("agence france presse"), each with the state its press is of ("Fox News | US"), or
    None for an outlet that writes for the world (Reuters, AFP)."""
    name = section.get("outlets_file")
    if not name:
        return {}
    outlets: dict[str, str | None] = {}
    for line in (DATA_DIR / str(name)).read_text("utf-8").splitlines():
        outlet, _, state = line.split("#", 1)[0].partition("|")
        if outlet.strip():
            outlets[" ".join(fold_tokens(outlet))] = state.strip().upper() or None
    return outlets


def _listed_occupations(section: dict) -> frozenset[str]:
    """The data file's own occupation nouns, less its exceptions."""
    return _folded_set(section, "occupations") - _folded_set(section, "occupations_except")


def _occupations(section: dict) -> frozenset[str]:
    """The data file's occupation nouns plus those of the word list it names (one per line, "#"
    opening a comment), less its exceptions."""
    words = set(_listed_occupations(section))
    name = section.get("occupations_file")
    if name:
        path = DATA_DIR / str(name)
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line and " " not in line:
                words.add(fold(line))
    return frozenset(words - _folded_set(section, "occupations_except"))


@cache
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes of the currencies legal tender somewhere since 1991 (CLDR): not the
    obsolete ones, whose codes are often a company's short form ("PT BRN" is not the cruzado
    novo of 1989)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    since, until = date(1991, 1, 1), date(2030, 1, 1)
    return frozenset(
        code.lower()
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, since, until, tender=True)
    )


@cache
def lexicon(language: Language) -> ActorLexicon:
    data = language.section("actors")
    quotes = language.section("quotes")
    counts = language.section("dates").get("count_words") or {}
    country_codes: dict[str, str] = {}
    for name, code in language.countries.items():
        toks = fold_tokens(name)
        if toks:
            country_codes[" ".join(toks)] = code
    tails = {fold(w) for w in _words(data, "place_tails")}
    home = data.get("home_country")
    provinces = _subdivisions(home)
    # The states of the countries whose press names them without the country ("Mississippi",
    # "Illinois"): places, and the country's where the text names no country
    region_states: dict[str, str] = {" ".join(fold_tokens(n)): str(home) for n in provinces}
    for country in _words(data, "state_countries"):
        states = _subdivisions(country)
        provinces += states
        region_states.update({" ".join(fold_tokens(n)): country for n in states})
    # "Jakarta Raya", "Jawa Timur": the province's one-word name before its tail names it too
    # ("Gubernur DKI Jakarta"), as the island's or city's it shares.
    provinces += tuple(
        toks[0]
        for toks in map(fold_tokens, provinces)
        if len(toks) == 2 and toks[1] in tails and toks[0] not in country_codes
    )
    regions = [
        n
        for n in (*_region_names(language.code), *provinces)
        if " ".join(fold_tokens(n)) not in country_codes
    ]
    short_forms = {
        fold(str(k)): tuple(fold_tokens(str(v))) for k, v in (data.get("short_forms") or {}).items()
    }
    parties = {str(k): [str(f) for f in v or []] for k, v in (data.get("parties") or {}).items()}
    # A short form of a region's name is a region too: "Jateng" is "Jawa Tengah", "DIY" is
    # "Daerah Istimewa Yogyakarta" (a name ending in the region's).
    region_keys = {" ".join(fold_tokens(n)) for n in regions}
    regions += [
        k
        for k, v in short_forms.items()
        if any(" ".join(v[x:]) in region_keys for x in range(len(v)))
    ]
    heads = [*_words(data, "org_heads"), *_words(data, "body_heads")]
    # A body's head opens an organization's name ("DPN Tani Sejahtera"); so does a short form
    # spelling out an office's head ("Kemenhub" as "Kementerian Perhubungan").
    spelled = phrase_table(heads)
    org_heads = phrase_table(
        heads + [k for k, v in short_forms.items() if v and match_at(spelled, list(v), 0)]
    )
    abbreviations = {
        " ".join(fold_tokens(str(k))): " ".join(fold_tokens(str(v)))
        for k, v in (data.get("role_abbreviations") or {}).items()
    }
    stopping = _words(data, "stop_words") + _words(data, "state_short_forms")  # never actors
    return ActorLexicon(
        roles=phrase_table(
            _words(data, "roles")
            + _words(data, "acting_titles")
            + list(data.get("role_abbreviations") or {})
        ),
        role_domains=phrase_table(_words(data, "role_domains")),
        role_abbreviations=abbreviations,
        head_prefixes=tuple(  # longest first: "waka" before "ka"
            sorted((fold(w) for w in _words(data, "head_prefixes")), key=len, reverse=True)
        ),
        premises_prefixes=tuple(fold(w) for w in _words(data, "premises_prefixes")),
        honorifics=_folded_set(data, "honorifics"),
        titled_addresses=_folded_set(data, "titled_addresses"),
        stops_before_names=_folded_set(data, "name_abbreviations")
        | (
            (_folded_set(data, "honorifics") | _folded_set(data, "ranks"))
            & _folded_set(language.section("segment"), "abbreviations")
        ),
        name_prefixes=_folded_set(data, "name_prefixes"),
        name_abbreviations=_folded_set(data, "name_abbreviations"),
        ranks=phrase_table(_with_services(data, _words(data, "ranks"))),
        jurisdiction_roles=phrase_table(_words(data, "jurisdiction_roles")),
        connectors=_folded_set(data, "connectors"),
        articles=_folded_set(data, "articles"),
        article_phrases=phrase_table(_words(data, "articles")),
        definite_articles=_folded_set(data, "definite_articles"),
        org_possessives=_folded_set(data, "org_possessives"),
        regional_adjectives=_folded_set(data, "regional_adjectives"),
        relations=_folded_set(data, "relations"),
        demonstratives=_folded_set(data, "demonstratives"),
        org_heads=org_heads,
        org_nouns=_folded_set(data, "org_nouns"),
        person_nouns=_folded_set(data, "person_nouns"),
        name_introducers=_folded_set(data, "name_introducers"),
        title_tails=_folded_set(data, "title_tails"),
        count_determiners=_folded_set(data, "count_determiners"),
        topic_heads=_folded_set(data, "topic_heads"),
        topic_connectors=_folded_set(data, "topic_connectors"),
        led_verbs=_folded_set(data, "led_verbs"),
        led_by_words=_folded_set(data, "led_by_words"),
        led_fillers=_folded_set(data, "led_fillers"),
        led_roles={fold(str(k)): str(v) for k, v in (data.get("led_roles") or {}).items()},
        led_groups=frozenset(" ".join(fold_tokens(str(w))) for w in data.get("led_groups") or []),
        ordinal=re.compile(str(data["ordinal"]), re.IGNORECASE) if data.get("ordinal") else None,
        alias_conjunctions=_folded_set(data, "alias_conjunctions"),
        alias_introducers=frozenset(
            " ".join(fold_tokens(w)) for w in _words(data, "alias_introducers")
        ),
        legal_forms=_folded_set(data, "legal_forms"),
        closing_legal_forms=_folded_set(data, "closing_legal_forms"),
        origin_words=_folded_set(data, "origin_words"),
        regional_words=_folded_set(data, "regional_words"),
        street_tails=_folded_set(data, "street_tails"),
        conjunctions=_folded_set(data, "conjunctions"),
        degrees=_folded_set(data, "degrees"),
        units=_folded_set(data, "units"),
        numbered_units=_folded_set(data, "numbered_units"),
        platforms=_folded_set(data, "platforms"),
        party_forms=phrase_table(f for forms in parties.values() for f in forms),
        party_titles=phrase_table(_words(data, "party_titles")),
        party_codes=_folded_set(data, "party_codes"),
        nicknames={fold(str(k)): fold(str(v)) for k, v in (data.get("nicknames") or {}).items()},
        post_nominal_roles=_folded_set(data, "post_nominal_roles"),
        role_prefixes=_folded_set(data, "role_prefixes"),
        client_links=phrase_table(_words(data, "client_links")),
        parties={
            fold_tokens(form): name for name, forms in parties.items() for form in [name, *forms]
        },
        compound_words=_folded_phrases(data, "compound_words"),
        org_suffixes=tuple(fold(w) for w in _words(data, "org_suffixes")),
        org_noun_follows=bool(data.get("org_noun_follows")),
        subject_verbs=_folded_set(data, "subject_verbs"),
        plural_suffixes=tuple(fold(w) for w in _words(data, "plural_suffixes")),
        member_heads=_folded_set(data, "member_heads"),
        body_heads=_folded_set(data, "body_heads"),
        short_forms=short_forms,
        jurisdiction_levels=_folded_set(data, "jurisdiction_levels"),
        body_aliases={
            " ".join(fold(str(k)).split()): frozenset(" ".join(fold(str(n)).split()) for n in v)
            for k, v in (data.get("body_aliases") or {}).items()
        },
        role_introducers=phrase_table(_words(data, "role_introducers")),
        private_roles=_folded_phrases(data, "private_roles"),
        company_roles=_folded_phrases(data, "company_roles"),
        client_roles=_folded_phrases(data, "client_roles"),
        aide_titles=_folded_phrases(data, "aide_titles"),
        acting_titles=_folded_phrases(data, "acting_titles"),
        office_titles=_folded_phrases(data, "office_titles"),
        owner_before_title=bool(data.get("owner_before_title")),
        institutions=_folded_set(data, "institutions"),
        titled_offices=phrase_table(_words(data, "titled_offices")),
        kin_nouns=_folded_set(data, "kin_nouns"),
        member_titles=_folded_set(data, "member_titles"),
        source_words=_folded_set(data, "source_words"),
        dateline_roles=_folded_set(data, "dateline_roles"),
        foreign_titles=_folded_set(data, "foreign_titles"),
        occupations=_occupations(data),
        listed_occupations=_listed_occupations(data),
        described_nouns=_folded_set(data, "described_nouns"),
        resident_nouns=_folded_set(data, "resident_nouns"),
        outlets=_outlets(data),
        relative_words=_folded_set(data, "relative_words"),
        noun_last=bool(data.get("noun_last")),
        plain_person_nouns=_folded_set(data, "occupations_except"),
        title_modifiers=_folded_set(data, "title_modifiers"),
        adverb_endings=tuple(fold(w) for w in _words(data, "adverb_endings")),
        possessive_name_words=_folded_set(data, "possessive_name_words"),
        example_nouns=_folded_set(data, "example_nouns"),
        example_words=phrase_table(_words(data, "example_words")),
        country_states={
            " ".join(fold_tokens(str(k))): str(v)
            for k, v in (data.get("country_states") or {}).items()
        },
        name_shape=_shapes(data, "name_shapes"),
        verb_shape=_shapes(data, "verb_shapes", re.IGNORECASE),
        lower_verb_shape=_shapes(data, "lower_verb_shapes", re.IGNORECASE),
        field_shape=_shapes(data, "field_shapes", re.IGNORECASE),
        age=_age_pattern(_words(data, "age_units")),
        premises=phrase_table(_words(data, "premises")),
        compound_suffixes=_folded_set(data, "compound_suffixes"),
        name_titles=_folded_set(data, "name_titles"),
        name_heads=_folded_set(data, "name_heads"),
        term_words=_folded_set(data, "term_words"),
        name_suffixes=_folded_set(data, "name_suffixes"),
        possessives=frozenset(_words(data, "possessives")),
        possessives_all=frozenset(_words(data, "possessives") + _words(data, "plural_possessives")),
        rank_bodies={
            fold(rank): str(body)
            for body, ranks in (data.get("rank_bodies") or {}).items()
            for rank in _with_services(data, [str(r) for r in ranks])
        },
        company_heads=_folded_set(data, "company_heads"),
        mononyms=bool(data.get("mononyms")),
        speech_verbs=_folded_set(quotes, "verbs") | _folded_set(quotes, "inverted_verbs"),
        anaphor_nouns=_folded_set(quotes, "anaphor_nouns"),
        number_words=frozenset(fold(str(w)) for w in counts if " " not in str(w)),
        # "menyebut Jakarta": where bare verbs take the speaker after them, the others take
        # what is said ("said Vance" in English, which has none)
        speaker_after=_folded_set(quotes, "inverted_verbs") or _folded_set(quotes, "verbs"),
        media_heads=phrase_table(_words(data, "media_heads")),
        media_cues=phrase_table(_words(data, "media_cues")),
        media_nouns=phrase_table(_words(data, "media_nouns")),
        stop_abbreviations=_folded_set(data, "stop_abbreviations"),
        list_introducers=tuple(
            sorted(
                (fold_tokens(w) for w in _words(data, "list_introducers")), key=len, reverse=True
            )
        ),
        media_verbs=_folded_set(data, "media_verbs"),
        group_cues=_folded_set(data, "group_cues"),
        government_words=_folded_set(data, "government_words"),
        place_prepositions=_folded_set(data, "place_prepositions"),
        act_prepositions=_folded_set(data, "act_prepositions"),
        holding_nouns=_folded_set(data, "holding_nouns"),
        company_attributes=_folded_set(data, "company_attributes"),
        place_heads=_folded_set(data, "place_heads"),
        place_tails=_folded_set(data, "place_tails"),
        pronouns=_folded_set(data, "pronouns"),
        enclitics=tuple(fold(w) for w in _words(data, "enclitics")),
        # Words in capitals stop only when written so: "API" (a programming interface) but
        # "Kereta Api" (a railway), "AI" but "Ai Lestari".
        stop_words=frozenset(fold(w).rstrip(".") for w in stopping if not _capitals(w)),
        stop_acronyms=frozenset(w for w in stopping if _capitals(w)),
        state_short_forms=frozenset(fold(w).rstrip(".") for w in _words(data, "state_short_forms")),
        currencies=_currency_codes() - _folded_set(data, "currency_code_bodies"),
        currencies_alone=_folded_set(data, "currency_codes_alone"),
        currency_words=_folded_set(data, "currency_words"),
        designators=_folded_set(data, "designators"),
        document_numbers=_folded_set(data, "document_numbers"),
        document_nouns=_folded_set(data, "document_nouns"),
        thing_heads=phrase_table(_words(data, "thing_heads")),
        meeting_heads=phrase_table(_words(data, "meeting_heads")),
        thing_tails=_folded_set(data, "thing_tails"),
        calendar_words=frozenset(language.months) | frozenset(language.weekdays),
        countries=phrase_table(country_codes),
        country_codes=country_codes,
        regions=phrase_table(regions),
        region_states=region_states,
        demonyms={fold(str(k)): str(v) for k, v in (data.get("demonyms") or {}).items()},
        demonym_suffixes=tuple(fold(w) for w in _words(data, "demonym_suffixes")),
        demonym_stems=tuple(fold(w) for w in _words(data, "demonym_stems")),
        home_country=data.get("home_country") or None,
        **_cached_name_words(language.code, data),
    )


_NAME_KEYS = (
    "first_names",
    "foreign_first_names",
    "last_names",
    "common_words",
    "frequent_words",
    "own_words",
    "unit_words",
    "wordlike_names",
)


def _cached_name_words(code: str, data: dict) -> dict[str, frozenset[str]]:
    """`_name_words`, kept on disk: building it imports Faker's providers and reads wordfreq's
    lists, most of a second in every process (a one-seed `generate` included); the JSON copy
    loads in tens of milliseconds. The key holds what the lists depend on: the package versions,
    the settings read from the data file and this module's and `language.fold`'s code."""
    settings = {
        k: data.get(k)
        for k in (
            "common_zipf",
            "common_words_also_from",
            "first_names",
            "foreign_name_zipf",
            "name_locales",
            "unit_zipf",
            "wordlike_zipf",
        )
    }
    key = json.dumps(
        [code, settings, _package_version("wordfreq"), _package_version("faker"), _code_digest()],
        sort_keys=True,
        default=str,
    )

    def build() -> dict[str, list[str]]:
        return {k: sorted(v) for k, v in _name_words(code, data).items()}

    value = cached_json(f"names-{code}", key, build)
    if not isinstance(value, dict) or any(not isinstance(value.get(k), list) for k in _NAME_KEYS):
        value = build()  # a file of another shape: never trust it
    return {k: frozenset(value[k]) for k in _NAME_KEYS}


def _package_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


@cache
def _code_digest() -> str:
    """What the derived lists' code looks like: a change to it builds them again."""
    from .. import language as language_module

    digest = hashlib.sha256()
    for path in (__file__, language_module.__file__):
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def _name_words(code: str, data: dict) -> dict[str, frozenset[str]]:
    """Person first and last names, and the language's common words that are not names.

    Names come from Faker's person providers of every locale (news names people of every
    country); a name of another locale that is a common word here ("Tim" in "Tim Nasional") is
    dropped when it is at least `foreign_name_zipf` frequent in wordfreq's lists. Common words are
    those at least `common_zipf` frequent that are no name of the language's own locales."""
    threshold = float(data.get("common_zipf") or 0)
    frequent = _frequent_words(code, threshold) if threshold else frozenset()
    borrowed: frozenset[str] = frozenset()  # English words in Indonesian news
    for other in _words(data, "common_words_also_from"):
        borrowed = borrowed | _frequent_words(other, threshold)
    foreign = float(data.get("foreign_name_zipf") or 0)
    words = _frequent_words(code, foreign) if foreign else frozenset()
    own = set(_words(data, "name_locales"))
    first: set[str] = set()
    last: set[str] = set()
    local: set[str] = set()  # names of this language's own locales
    for locale, firsts, lasts in _faker_names():
        for names, into in ((firsts, first), (lasts, last)):
            into.update(n for n in names if locale in own or n not in words)
        if locale in own:
            local.update(firsts | lasts)
    given = {fold(w) for w in _words(data, "first_names")}  # names the lists lack ("Ketut")
    first |= given
    local |= given
    first -= {fold(w) for w in _words(data, "first_names_except")}  # "Fed": a bank, not Fed
    return {
        "first_names": frozenset(first),
        "foreign_first_names": frozenset(first - local),
        "last_names": frozenset(last),
        "common_words": (frequent - local) | (borrowed - first - last - frequent),
        "frequent_words": frequent,
        "own_words": frequent - borrowed,
        "unit_words": _frequent_words(code, float(data.get("unit_zipf") or threshold or 99))
        - borrowed,
        "wordlike_names": first & _frequent_words(code, float(data.get("wordlike_zipf") or 99)),
    }


@cache
def _frequent_words(code: str, zipf: float) -> frozenset[str]:
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - wordfreq is a dependency
        return frozenset()
    try:
        table = get_frequency_dict(code)
    except LookupError:
        return frozenset()
    least = 10 ** (zipf - 9)  # Zipf value = log10(frequency per billion words)
    return frozenset(fold(w) for w, f in table.items() if f >= least and w.isalpha())


@cache
def _faker_names() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """(locale, folded first names, folded last names) of each Faker person provider, Latin
    script only."""
    try:
        import importlib
        import pkgutil

        import faker.providers.person as people
    except ImportError:  # pragma: no cover - faker is a dependency
        return ()
    out = []
    for module in pkgutil.iter_modules(people.__path__):
        provider = importlib.import_module(f"{people.__name__}.{module.name}").Provider
        firsts: set[str] = set()
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            firsts.update(_latin_names(getattr(provider, attribute, None)))
        lasts = _latin_names(getattr(provider, "last_names", None))
        out.append((module.name, frozenset(firsts), frozenset(lasts)))
    return tuple(out)


def _latin_names(names: object) -> set[str]:
    if not isinstance(names, (list, tuple, set, frozenset, dict)):
        return set()  # some providers compute their lists (a property): none to read
    return {
        fold(n)
        for n in names
        if isinstance(n, str) and n.isalpha() and all(ord(c) < 0x250 for c in n)  # Latin
    }


@cache
def _subdivisions(country: str | None) -> tuple[str, ...]:
    """The names of the provinces or states of the language's home country (ISO 3166-2, via
    pycountry): "Jawa Timur" is a place, and an office's name ends after it. Loading pycountry's
    subdivisions takes ~0.1 s, so the names are kept in the cache folder like the name lists."""
    if not country:
        return ()

    def build() -> list[str]:
        import pycountry

        found = pycountry.subdivisions.get(country_code=country) or []
        return sorted({s.name for s in found if s.type != "Geographical unit"})

    key = f"subdivisions {country} pycountry {_package_version('pycountry')}"
    value = cached_json(f"subdivisions-{country}", key, build)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        value = build()  # a file of another shape: never trust it
    return tuple(value)


def _region_names(code: str) -> tuple[str, ...]:
    """Continent and world-region names (CLDR numeric territory codes), language and English."""
    names: list[str] = []
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - babel is a dependency
        return ()
    for locale in dict.fromkeys((code, "en")):
        try:
            territories = Locale.parse(locale).territories
        except Exception:
            continue
        names.extend(name for key, name in territories.items() if key.isdigit())
    return tuple(names)
