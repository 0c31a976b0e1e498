"""The actors stage: names, types, roles, affiliations, ISO codes, merges, pronouns, places, media,
groups and what is never an actor. Every text here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.actors import find_actors
from generator.extract.pipeline import build_document
from generator.model import Actor, Document
from generator.reading import read_bytes

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def actors_of(text: str, title: str | None = None) -> Document:
    body = f"{title}\n2024-03-01\nExample — https://example.org/a\n\n{text}" if title else text
    doc, language = build_document(read_bytes(body.encode(), "x.txt", "txt"))
    find_actors(doc, language)
    return doc


def actor(doc: Document, name: str) -> Actor:
    """The actor whose name or alias is `name` (exactly one)."""
    found = [a for a in doc.actors if name == a.name or name in a.aliases]
    assert len(found) == 1, f"{name!r} in {[(a.name, a.aliases) for a in doc.actors]}"
    return found[0]


def held(doc: Document, name: str) -> tuple[str | None, str | None]:
    """The role and affiliation of the actor named `name`."""
    person = actor(doc, name)
    return person.role, person.affiliation


def names(doc: Document) -> set[str]:
    return {a.name for a in doc.actors}


def roles_of(text: str) -> dict[str, str | None]:
    """The role of each person the text names."""
    return {a.name: a.role for a in actors_of(text).actors if a.type == "person"}


def mention_texts(doc: Document, actor_id: str) -> list[str]:
    return [m.text for m in doc.mentions if m.actor == actor_id]


# --- people, roles, affiliations ---------------------------------------------------------------


def test_minister_with_state_before_name_gets_role_and_iso_code():
    doc = actors_of(
        "Menteri Luar Negeri Portugal, Paulo Rangel, mengatakan perundingan belum selesai. "
        "Rangel menambahkan bahwa Portugal siap membantu."
    )
    rangel = actor(doc, "Paulo Rangel")
    assert rangel.type == "person"
    assert rangel.role == "Menteri Luar Negeri"
    assert rangel.country == "PT"
    assert "Rangel" in rangel.aliases
    assert actor(doc, "Portugal").type == "country"
    assert actor(doc, "Portugal").country == "PT"


def test_spokesperson_of_a_ministry_is_affiliated_with_the_ministry_and_its_state():
    doc = actors_of(
        "Juru Bicara Kementerian Luar Negeri Jepang, Hiroshi Tanaka, menolak tuduhan itu. "
        "Kementerian Luar Negeri Jepang juga mengirim nota protes."
    )
    tanaka = actor(doc, "Hiroshi Tanaka")
    assert tanaka.role == "Juru Bicara"
    assert tanaka.affiliation == "Kementerian Luar Negeri Jepang"
    assert tanaka.country == "JP"
    assert actor(doc, "Kementerian Luar Negeri Jepang").type == "organization"


def test_envoy_of_a_head_of_government_and_the_head_both_get_their_roles():
    doc = actors_of(
        "Utusan khusus Perdana Menteri Inggris Keir Starmer, Jonathan Powell, tiba di Kairo. "
        "Powell bertemu sejumlah pejabat."
    )
    powell = actor(doc, "Jonathan Powell")
    assert powell.role.startswith("Utusan khusus")
    assert powell.country == "GB"
    starmer = actor(doc, "Keir Starmer")
    assert starmer.role == "Perdana Menteri"
    assert starmer.country == "GB"
    assert powell.id != starmer.id


def test_english_titles_before_the_name_with_adjective_of_state():
    doc = actors_of(
        "German finance minister Lars Klingbeil said the budget was fair. "
        "Klingbeil spoke in Berlin on Monday."
    )
    minister = actor(doc, "Lars Klingbeil")
    assert minister.role == "finance minister"
    assert minister.country == "DE"
    assert actor(doc, "Berlin").type == "place"


def test_english_apposition_after_the_name():
    doc = actors_of(
        "Maria Santos, minister of health for Brazil, has announced new rules. She said more."
    )
    santos = actor(doc, "Maria Santos")
    assert santos.role == "minister of health"
    assert santos.country == "BR"


def test_unqualified_state_title_takes_the_articles_country():
    doc = actors_of(
        "The Japanese government extended its measures on Tuesday. "
        "Finance Minister Katsunobu Kato announced a new fund for Japan's banks."
    )
    kato = actor(doc, "Katsunobu Kato")
    assert kato.role == "Finance Minister"
    assert kato.country == "JP"
    japan = actor(doc, "Japan")
    assert japan.type == "country"
    assert "Japanese government" in japan.aliases


def test_unqualified_indonesian_title_is_indonesian():
    doc = actors_of("Menteri Sosial Tri Rismaharini meninjau lokasi banjir di Bekasi.")
    risma = actor(doc, "Tri Rismaharini")
    assert risma.role == "Menteri Sosial"
    assert risma.country == "ID"


def test_possessive_company_title_points_to_the_company_named_before():
    doc = actors_of(
        "The carmaker Northwind Motors said it would close a plant. "
        "According to the company's chief executive Laura Perez, costs were too high."
    )
    perez = actor(doc, "Laura Perez")
    assert perez.role == "chief executive"
    assert perez.affiliation == "Northwind Motors"


def test_company_name_before_a_title_is_the_affiliation_and_initials_stay_in_names():
    doc = actors_of("Fares will rise, Skyjet CEO Michael R. Doyle said. Doyle gave no date.")
    doyle = actor(doc, "Michael R. Doyle")
    assert doyle.role == "CEO"
    assert doyle.affiliation == "Skyjet"
    assert "Doyle" in doyle.aliases


def test_company_opening_a_sentence_before_a_title_is_an_organization():
    doc = actors_of(
        "Zentrix CEO Paul Weber said the plane was late. "
        "Veltron chief executive Anna Ross met union leaders."
    )
    weber = actor(doc, "Paul Weber")
    assert (weber.role, weber.affiliation) == ("CEO", "Zentrix")
    assert actor(doc, "Zentrix").type == "organization"
    ross = actor(doc, "Anna Ross")
    assert (ross.role, ross.affiliation) == ("chief executive", "Veltron")


def test_prose_sentence_of_mostly_capitalised_words_is_read_for_names():
    doc = actors_of(
        "Rapat digelar pagi ini. "
        "Kepala Kantor Urusan Pelabuhan (KUP) Hendra Wibisono mundur. Hendra menyebut alasannya."
    )
    hendra = actor(doc, "Hendra Wibisono")
    assert (hendra.role, hendra.affiliation) == (
        "Kepala Kantor Urusan Pelabuhan",
        "Kantor Urusan Pelabuhan",
    )
    assert "KUP" in actor(doc, "Kantor Urusan Pelabuhan").aliases


def test_org_head_after_title_is_the_affiliation_not_a_person():
    doc = actors_of(
        "Ketua Komisi Pemilihan Umum Daerah Andi Saputra membuka rapat. "
        "Andi meminta semua pihak tenang."
    )
    andi = actor(doc, "Andi Saputra")
    assert andi.role == "Ketua Komisi Pemilihan Umum Daerah"
    assert andi.affiliation == "Komisi Pemilihan Umum Daerah"
    assert actor(doc, "Komisi Pemilihan Umum Daerah").type == "organization"


def test_jurisdiction_between_title_and_name_is_a_place():
    doc = actors_of("Wali Kota Padang Budi Santoso meresmikan pasar baru.")
    budi = actor(doc, "Budi Santoso")
    assert budi.role == "Wali Kota"
    assert budi.affiliation == "Padang"


def test_rank_and_forms_of_address_are_not_part_of_the_name():
    doc = actors_of(
        "Sekretaris Kabinet Letkol Andra Wibisono memastikan bantuan siap. "
        "Pak Andra menyebut dana sudah tersedia."
    )
    andra = actor(doc, "Andra Wibisono")
    assert andra.role == "Sekretaris Kabinet"
    assert not any(a.name.startswith(("Letkol", "Pak")) for a in doc.actors)


def test_title_then_its_organization_then_the_holder_indonesian():
    doc = actors_of(
        "Wakil Ketua DPR RI Budi Santosa meminta laporan. Budi menyebut dana cukup. "
        "Sekretaris Jenderal Partai Demokrat Sarman mengatakan partainya siap."
    )
    budi = actor(doc, "Budi Santosa")
    assert (budi.type, budi.role, budi.affiliation) == ("person", "Wakil Ketua DPR RI", "DPR RI")
    sarman = actor(doc, "Sarman")
    assert sarman.type == "person"
    assert (sarman.role, sarman.affiliation) == ("Sekretaris Jenderal", "Partai Demokrat")
    assert actor(doc, "Partai Demokrat").type == "organization"


def test_title_then_organization_then_holder_english_head_first():
    doc = actors_of("Chair of the Board Elena Varga said the vote would be held.")
    varga = actor(doc, "Elena Varga")
    assert varga.type == "person"


# --- typing by evidence --------------------------------------------------------------------------


def test_capitalised_common_words_with_no_person_cue_are_no_person():
    doc = actors_of("Warga memadati Malam Budaya Nusantara di alun-alun kota.")
    assert not [a for a in doc.actors if a.type == "person"]
    doc = actors_of("Thousands attended the Summer Music Weekend on the beach.")
    assert not [a for a in doc.actors if a.type == "person"]


def test_a_first_name_or_rare_name_words_make_a_person_without_a_title():
    doc = actors_of("Lagu itu ditulis oleh Kevin Marbun bersama teman lamanya.")
    assert actor(doc, "Kevin Marbun").type == "person"
    doc = actors_of("The song was written by David Okonkwo in a week.")
    assert actor(doc, "David Okonkwo").type == "person"


def test_a_lone_first_name_is_a_person_only_where_people_go_by_one_name():
    doc = actors_of("Lagu itu dinyanyikan Kevin di panggung utama bersama band lokal.")
    assert actor(doc, "Kevin").type == "person"
    doc = actors_of("The fleet was named Kevin by the owners of the boats.")
    assert "Kevin" not in names(doc)


def test_a_rare_first_name_opening_a_sentence_is_a_name():
    doc = actors_of("Olivia mengawali kariernya sebagai penyanyi. Ia kemudian pindah ke Bandung.")
    assert actor(doc, "Olivia").type == "person"


def test_after_a_title_a_name_of_common_words_is_no_holder():
    doc = actors_of("Ia lalu menjadi Komandan Pusat Latihan Tempur pada tahun itu.")
    assert not [a for a in doc.actors if a.type == "person"]


def test_famous_names_that_are_frequent_words_stay_people():
    doc = actors_of("Warga berkumpul di alun-alun. Presiden Jokowi meresmikan pasar baru itu.")
    assert actor(doc, "Jokowi").type == "person"
    doc = actors_of("Crowds gathered at noon. Donald Trump said the deal was good.")
    assert actor(doc, "Donald Trump").type == "person"


def test_a_first_name_before_an_acronym_is_no_person():
    doc = actors_of("Dana APBD dipakai untuk membangun jembatan desa.")
    assert not [a for a in doc.actors if a.type == "person"]


def test_lone_unknown_word_is_no_actor_unless_repeated_or_an_acronym():
    doc = actors_of("Petani menanam padi dekat Brindlewood tahun lalu. Hasilnya bagus.")
    assert not [a for a in doc.actors if a.type in ("person", "organization")]
    doc = actors_of("The deal was signed by Zentrova. Zentrova declined to comment. KSPI agreed.")
    assert actor(doc, "Zentrova").type == "organization"
    assert actor(doc, "KSPI").type == "organization"
    # where people go by one name, a repeated lone word may be either: no guess
    doc = actors_of("Kesepakatan diteken Zentrova. Zentrova enggan berkomentar. KSPI setuju.")
    assert "Zentrova" not in names(doc)
    assert actor(doc, "KSPI").type == "organization"


def test_org_head_at_the_end_and_org_noun_after_the_name():
    doc = actors_of(
        "The United Dock Workers said the deal was fair. The Harbour union objected, and so did "
        "Kestrelbank."
    )
    assert actor(doc, "United Dock Workers").type == "organization"
    assert actor(doc, "Harbour").type == "organization"
    assert actor(doc, "Kestrelbank").type == "organization"


def test_hyphenated_pair_of_names_is_a_route_not_an_actor():
    doc = actors_of("Proyek kereta Surabaya-Malang dibiayai pemerintah daerah.")
    assert all(a.type == "place" for a in doc.actors)


def test_short_number_inside_an_organizations_name():
    doc = actors_of("Siswa SMA Negeri 4 Tanjungsari menang lomba. PT Bumi Raya 2 menjadi sponsor.")
    assert actor(doc, "SMA Negeri 4 Tanjungsari").type == "organization"
    assert actor(doc, "PT Bumi Raya 2").type == "organization"
    assert "SMA" not in names(doc)


def test_lower_case_place_noun_before_a_name_makes_it_a_place():
    doc = actors_of("Warga kota Tanjungsari berkumpul. Pemuda kota Tanjungsari ikut menari.")
    assert actor(doc, "Tanjungsari").type == "place"


def test_names_of_languages_are_no_actors():
    doc = actors_of("Buku itu terbit dalam Bahasa Jerman dan bahasa lain.")
    assert not [a for a in doc.actors if a.type in ("organization", "person")]


def test_bracketed_legal_form_is_no_alias():
    doc = actors_of("PT Angkasa Laut Nusantara (Persero) menambah kapal baru.")
    company = actor(doc, "PT Angkasa Laut Nusantara")
    assert company.type == "organization"
    assert "Persero" not in company.aliases


# --- merges -------------------------------------------------------------------------------------


def test_bracketed_nickname_and_acronym_are_aliases():
    doc = actors_of(
        "Presiden RI Joko Widodo (Jokowi) meresmikan jembatan. "
        "Badan Pusat Statistik (BPS) mencatat pertumbuhan. BPS menyebut angka itu naik. "
        "Jokowi kemudian pulang."
    )
    jokowi = actor(doc, "Joko Widodo")
    assert "Jokowi" in jokowi.aliases
    assert jokowi.country == "ID"
    bps = actor(doc, "Badan Pusat Statistik")
    assert bps.type == "organization"
    assert "BPS" in bps.aliases
    assert len([m for m in doc.mentions if m.actor == bps.id]) == 3


def test_acronym_spelling_a_full_name_is_the_same_actor():
    doc = actors_of("The airline Northern Pacific Airways cut routes. NPA said demand was weak.")
    npa = actor(doc, "Northern Pacific Airways")
    assert "NPA" in npa.aliases


def test_country_short_forms_merge_by_iso_code():
    doc = actors_of(
        "Amerika Serikat menolak usulan itu. Pejabat AS menyebut rencana itu tidak realistis."
    )
    us = actor(doc, "Amerika Serikat")
    assert us.country == "US"
    assert "AS" in us.aliases


def test_bare_title_resolves_to_the_person_holding_it():
    doc = actors_of(
        "Menteri Sosial Saiful Hakim meninjau gudang bantuan. "
        '"Semua sudah diperiksa oleh Pak Mensos," kata petugas gudang.'
    )
    hakim = actor(doc, "Saiful Hakim")
    assert "Mensos" in mention_texts(doc, hakim.id)


def test_bare_title_with_no_holder_is_no_actor():
    doc = actors_of("Presiden akan berpidato besok. Rakyat menunggu.")
    assert doc.actors == []


def test_nickname_not_linked_by_the_text_stays_separate():
    doc = actors_of("Menteri Agama Ahmad Fauzi hadir. Gus Mamat juga datang ke acara itu.")
    assert actor(doc, "Gus Mamat").id != actor(doc, "Ahmad Fauzi").id


def test_case_variants_and_a_partys_prefixed_body_are_one_actor():
    doc = actors_of(
        "Partai MERDEKA menggelar rapat. Partai Merdeka menyebut rapat itu penting. "
        "DPP Partai Merdeka juga mengirim utusan."
    )
    parties = [a for a in doc.actors if a.type == "organization"]
    assert len(parties) == 1
    assert {"Partai Merdeka", "DPP Partai Merdeka"} <= {parties[0].name, *parties[0].aliases}


def test_body_with_and_without_its_country_code_is_one_actor():
    doc = actors_of("MPR menyetujui usul itu. MPR RI juga meminta laporan.")
    assert len(doc.actors) == 1
    assert {"MPR", "MPR RI"} == {doc.actors[0].name, *doc.actors[0].aliases}


def test_legal_form_before_an_acronym_and_initials_without_the_form_merge():
    doc = actors_of(
        "PT Kapal Laut Nusantara (KLN) menambah rute. PT KLN menyebut penumpang naik. "
        "PT Angkasa Raya Timur (Persero) membeli pesawat. ART menyebut harga naik."
    )
    kln = actor(doc, "PT Kapal Laut Nusantara")
    assert {"KLN", "PT KLN"} <= set(kln.aliases)
    assert "ART" in actor(doc, "PT Angkasa Raya Timur").aliases


def test_party_members_in_the_plural_are_the_party():
    doc = actors_of("The Federalists blocked the bill. The Federalist Party said it would vote no.")
    party = actor(doc, "Federalist Party")
    assert "Federalists" in party.aliases
    assert party.type == "organization"


def test_body_and_portfolio_words_before_a_title_are_the_title():
    doc = actors_of("Senate Majority Leader Tom Harlan said the bill would pass.")
    assert actor(doc, "Tom Harlan").role == "Senate Majority Leader"


def test_apposition_with_an_article_and_describing_words():
    doc = actors_of(
        "John Miller, a former investment banker and head of the task force, said it was sound."
    )
    miller = actor(doc, "John Miller")
    assert miller.role == "former investment banker"
    doc = actors_of("John Miller, who met the president, said it was sound.")
    assert actor(doc, "John Miller").role is None


def test_unqualified_head_of_state_with_a_foreign_first_name_is_of_the_foreign_state():
    doc = actors_of(
        "Presiden Lena Harland bertemu Presiden Budi Santoso di Jakarta. "
        "Hubungan Indonesia dan Kanada membaik. Harland memuji Kanada."
    )
    assert actor(doc, "Lena Harland").country == "CA"
    assert actor(doc, "Budi Santoso").country == "ID"


def test_lone_name_next_to_a_verb_of_saying_is_a_person_and_short_first_names_link():
    doc = actors_of(
        "Menteri Perhubungan Kurniawan Adisaputra meninjau bandara. "
        '"Semua siap," kata Kurni di Makassar. Kurni menegaskan jadwal tetap. '
        '"Harga naik," kata Zorbat. Zorbat menambahkan stok cukup.'
    )
    minister = actor(doc, "Kurniawan Adisaputra")
    assert "Kurni" in minister.aliases
    assert actor(doc, "Zorbat").type == "person"
    doc = actors_of("Veltrix said orders fell. Veltrix added that prices would rise.")
    assert actor(doc, "Veltrix").type != "person"  # organizations say things too


def test_a_title_with_its_bracketed_short_form_keeps_its_portfolio():
    doc = actors_of("Menteri Sekretaris Negara (Mensesneg) Bagas Wirawan hadir di rapat.")
    assert actor(doc, "Bagas Wirawan").role == "Menteri Sekretaris Negara"


def test_acronym_dash_and_a_lower_case_word_is_the_acronym():
    doc = actors_of("Massa memprotes tunjangan anggota MPR-termasuk rumah dinas. MPR diam.")
    assert names(doc) == {"MPR"}


def test_english_words_in_indonesian_text_are_common_words():
    doc = actors_of("Pengunjung memadati area Happy Garden di taman kota itu.")
    assert not [a for a in doc.actors if a.type == "person"]


# --- pronouns ------------------------------------------------------------------------------------


def test_indonesian_pronoun_and_enclitic_after_a_quote_resolve_to_the_speaker():
    doc = actors_of(
        'Gubernur Bank Sentral Rina Kartika menaikkan suku bunga. "Inflasi masih tinggi," ujarnya. '
        "Ia juga menyebut rupiah stabil."
    )
    rina = actor(doc, "Rina Kartika")
    texts = mention_texts(doc, rina.id)
    assert "nya" in texts and "Ia" in texts
    enclitic = next(m for m in doc.mentions if m.text == "nya")
    assert doc.text[enclitic.start : enclitic.end] == "nya"


def test_speaker_pronoun_skips_people_named_inside_the_quote():
    doc = actors_of(
        "Juru Bicara Partai Hijau Dewi Lestari hadir di rapat. Dewi duduk di depan. "
        '"Kami mendukung langkah Presiden Rahmat Hidayat," katanya.'
    )
    dewi = actor(doc, "Dewi Lestari")
    speaker = next(m for m in doc.mentions if m.text == "nya")
    assert speaker.actor == dewi.id


def test_english_he_after_a_quote_is_the_last_speaker():
    doc = actors_of(
        "Trade Secretary Jonathan Reynolds visited Leeds on Friday. "
        '"We are confident about the deal," he said.'
    )
    reynolds = actor(doc, "Jonathan Reynolds")
    assert "he" in mention_texts(doc, reynolds.id)


# --- organizations, media, groups, places -------------------------------------------------------


def test_media_cited_as_sources():
    doc = actors_of(
        "Surat kabar Harian Nusantara melaporkan kenaikan harga. Hal itu dilaporkanKantor Berita "
        "Samudra, Selasa. Kepada Radio Bahari, warga mengeluh."
    )
    assert actor(doc, "Harian Nusantara").type == "media"
    assert actor(doc, "Kantor Berita Samudra").type == "media"


def test_english_media_cues():
    doc = actors_of(
        '"It is a good day," Mayor Ann Lee told the Chronicle Daily. '
        "Lakeside.com quoted her as saying more."
    )
    assert actor(doc, "Chronicle Daily").type == "media"
    assert actor(doc, "Lakeside.com").type == "media"


def test_an_outlet_s_noun_after_its_name_makes_it_media():
    doc = actors_of(
        "The deal was signed, the Tarvex news agency said. The Orbit newspaper said it was good. "
        "Tom Harlan told the newspaper it was fine."
    )
    assert actor(doc, "Tarvex").type == "media"
    assert actor(doc, "Orbit").type == "media"
    assert actor(doc, "Tom Harlan").type == "person"


def test_group_in_quotes_and_its_unquoted_repeats_are_one_group():
    doc = actors_of(
        'Sejumlah negara membentuk "koalisi negara-negara pendukung" untuk misi itu. '
        "Koalisi negara-negara pendukung akan bertemu lagi. "
        "Para pemimpin koalisi menandatangani deklarasi."
    )
    groups = [a for a in doc.actors if a.type == "group"]
    assert len(groups) == 1
    assert groups[0].name == "koalisi negara-negara pendukung"
    assert len(groups[0].mentions) == 3


def test_org_noun_before_a_single_name_makes_it_an_organization():
    doc = actors_of("The deal with the automaker Veltro fell through. Veltro declined to comment.")
    assert actor(doc, "Veltro").type == "organization"


def test_places_after_place_prepositions_are_places():
    doc = actors_of("Pertemuan digelar di Surabaya. Delegasi lalu terbang ke Makassar.")
    assert actor(doc, "Surabaya").type == "place"
    assert actor(doc, "Makassar").type == "place"


def test_continents_are_places_and_their_adjectives_no_actors():
    doc = actors_of("European airlines said flights to Asia would resume.")
    assert actor(doc, "Asia").type == "place"
    assert "European" not in names(doc)


# --- non-actors ---------------------------------------------------------------------------------


def test_weekdays_months_and_sentence_starts_are_no_actors():
    doc = actors_of(
        "Sementara itu, harga beras naik pada Senin. Pada Januari harga turun. "
        "Namun pedagang tetap berjualan."
    )
    assert doc.actors == []


def test_currency_and_amounts_are_no_actors():
    doc = actors_of("Bantuan senilai Rp300.000 dibagikan. Dana US$2 juta juga dikirim.")
    assert doc.actors == []


def test_common_acronym_defined_in_lower_case_is_no_actor():
    doc = actors_of("Mereka membahas hak asasi manusia (HAM) di sekolah. Isu HAM tetap penting.")
    assert "HAM" not in names(doc)


def test_laws_meetings_and_programmes_are_no_actors():
    doc = actors_of("Rapat Koordinasi Nasional membahas Undang-Undang Cipta Kerja pekan ini.")
    assert doc.actors == []
    doc = actors_of("The Clean Water Act was debated by delegates at the Ocean Summit this week.")
    assert doc.actors == []


def test_acronym_spelling_two_names_joined_by_a_conjunction_joins_them():
    doc = actors_of(
        "Dana itu berasal dari Lembaga Riset dan Pengembangan Daerah (LRPD). "
        "LRPD menyalurkannya pekan lalu."
    )
    lrpd = actor(doc, "LRPD")
    assert lrpd.name == "Lembaga Riset dan Pengembangan Daerah"
    assert len(doc.actors) == 1


def test_glued_capitalised_name_is_found():
    doc = actors_of("Kabar itu pertama kali dilaporkanSuara Timur, Senin.")
    assert "Suara Timur" in names(doc)


def test_title_words_in_a_headline_only_count_when_known_from_the_body():
    doc = actors_of(
        "Gubernur Dian Pratama meminta warga waspada banjir.",
        title="Banjir Besar Ancam Kota, Dian Pratama Minta Warga Siaga",
    )
    assert names(doc) == {"Dian Pratama"}
    dian = actor(doc, "Dian Pratama")
    assert dian.mentions[0] == "s0"  # the title mentions her too


# --- the contract with later stages -------------------------------------------------------------


def test_ids_follow_first_mention_and_mentions_point_into_the_text():
    doc = actors_of(
        "Ketua Dewan Pers Nina Amalia menemui Menteri Hukum Bayu Saputra. "
        "Bayu berjanji membantu. Nina menyambut baik."
    )
    assert [a.id for a in doc.actors] == [f"a{n}" for n in range(1, len(doc.actors) + 1)]
    firsts = [min(m.start for m in doc.mentions if m.actor == a.id) for a in doc.actors]
    assert firsts == sorted(firsts)
    for mention in doc.mentions:
        assert doc.text[mention.start : mention.end] == mention.text
        sentence = next(s for s in doc.sentences if s.id == mention.sentence)
        assert sentence.start <= mention.start < sentence.end
    for a in doc.actors:
        assert len(a.mentions) == len(set(a.mentions))


@pytest.mark.timeout(120)
def test_long_article_finishes_in_bounded_time():
    paragraph = (
        "Menteri Luar Negeri Portugal, Paulo Rangel, bertemu Juru Bicara NATO di Brussel. "
        '"Kami siap," ujarnya. Ia kemudian pulang ke Lisbon. ' * 20
    )
    text = "\n\n".join([paragraph] * 150)  # about 400 KB
    doc = actors_of(text)
    assert actor(doc, "Paulo Rangel").mentions


@pytest.mark.shared
def test_dev_set_meets_the_bars():
    from generator.evaluate import evaluate, failed_bars, parse_minimums

    evaluation = evaluate(SHARED / "eval" / "gold", SHARED / "eval" / "articles")
    bars = parse_minimums(["actors.f1=0.90", "actors.role=0.85", "actors.affiliation=0.80"])
    assert failed_bars(evaluation.total, bars) == []


# --- the name lists' cache on disk ------------------------------------------------------------


def test_name_lists_read_back_from_the_cache_equal_a_fresh_build(tmp_path, monkeypatch) -> None:
    from generator.extract import actor_lexicon
    from generator.language import load

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    data = load("en").section("actors")
    fresh = actor_lexicon._name_words("en", data)
    written = actor_lexicon._cached_name_words("en", data)
    (cached,) = (tmp_path / "briefings").glob("names-en-*.json")
    read_back = actor_lexicon._cached_name_words("en", data)
    assert fresh == written == read_back
    assert "maria" in read_back["first_names"]
    cached.write_text('{"first_names": 1}', encoding="utf-8")  # another shape: never trusted
    assert actor_lexicon._cached_name_words("en", data) == fresh


def test_a_title_held_in_an_organisation_guesses_no_state():
    # The article names Brazil most, but the title belongs to the commission: no country for her.
    doc = actors_of(
        "Brasil dan Argentina membahas tarif baru. Brasil menolak usulan itu.\n"
        "Presiden Komisi Eropa Helena Varga menyatakan Komisi Eropa siap menengahi.\n"
    )
    varga = next(a for a in doc.actors if a.name == "Helena Varga")
    assert varga.role == "Presiden"
    assert varga.affiliation == "Komisi Eropa"
    assert varga.country is None


def test_a_street_named_after_an_office_is_a_place_and_a_bare_place_head_no_actor():
    doc = actors_of(
        "Rumah dinas itu berada di Jalan Kepolisian nomor 12. Petugas menutup Jalan Pengadilan "
        "sejak pagi. Menurut warga, Jalan licin setelah hujan."
    )
    assert actor(doc, "Jalan Kepolisian").type == "place"
    assert actor(doc, "Jalan Pengadilan").type == "place"
    assert "Jalan" not in names(doc)


def test_the_name_after_a_legal_form_is_a_company_not_a_title_holder():
    doc = actors_of(
        "Gedung sekolah itu dibangun CV Putri Kencana. Direktur CV Putri Kencana, Rudi Hartono, "
        "menolak berkomentar. Direktur Utama PT Lancar Sentosa Dewi Anggraini juga hadir."
    )
    company = actor(doc, "CV Putri Kencana")
    assert company.type == "organization"
    assert "Putri Kencana" not in names(doc)
    assert "CV" not in names(doc)
    assert actor(doc, "Rudi Hartono").affiliation == "CV Putri Kencana"
    dewi = actor(doc, "Dewi Anggraini")
    assert dewi.type == "person"
    assert dewi.affiliation == "PT Lancar Sentosa"


def test_initials_before_a_one_word_name_after_a_title_are_part_of_the_name():
    doc = actors_of(
        "Jaksa Agung RT Wiranegara meminta jaksa bekerja jujur. Menteri Sosial Ani Kartika "
        "mendukung langkah itu. Wiranegara menambahkan bahwa pengawasan diperketat."
    )
    wiranegara = actor(doc, "RT Wiranegara")
    assert wiranegara.type == "person"
    assert wiranegara.role == "Jaksa Agung"
    assert "RT" not in names(doc)
    assert actor(doc, "Ani Kartika").affiliation != "RT"


def test_an_acronym_written_alone_elsewhere_before_a_title_holder_is_an_organization():
    doc = actors_of("Ketua BPK Wiranegara membuka rapat. BPK menemukan selisih anggaran.")
    assert actor(doc, "BPK").type == "organization"
    assert actor(doc, "Wiranegara").affiliation == "BPK"


def test_a_platform_before_an_accounts_owner_is_no_part_of_the_actor():
    doc = actors_of(
        "Jadwal itu diumumkan lewat akun Instagram Dinas Perhubungan Kota Malang. Rekaman rapat "
        "juga diunggah di kanal YouTube Pemkot Malang."
    )
    assert actor(doc, "Dinas Perhubungan Kota Malang").type == "organization"
    assert actor(doc, "Pemkot Malang").type == "organization"
    assert not any(n.startswith(("Instagram", "YouTube", "Tube")) for n in names(doc))


def test_a_unit_after_a_title_belongs_to_the_title_and_its_office_is_the_affiliation():
    doc = actors_of(
        "Kepala Seksi Intelijen Kejari Sleman Markus Tiopan Simanjuntak mengatakan berkas "
        "lengkap. Kepala Bagian Operasional Polres Bantul Kompol Rina Marlina membenarkannya."
    )
    markus = actor(doc, "Markus Tiopan Simanjuntak")
    assert markus.type == "person"
    assert markus.role == "Kepala Seksi Intelijen"
    assert markus.affiliation == "Kejari Sleman"
    assert actor(doc, "Kejari Sleman").type == "organization"
    rina = actor(doc, "Rina Marlina")
    assert rina.role == "Kepala Bagian Operasional"
    assert rina.affiliation == "Polres Bantul"
    people = {a.name for a in doc.actors if a.type == "person"}
    assert people == {"Markus Tiopan Simanjuntak", "Rina Marlina"}


def test_an_office_before_a_rank_is_whole_and_the_holder_comes_after_the_rank():
    doc = actors_of("Kepala Bidang Humas Polda Metro Sentosa Kombes Ade Saputra hadir di lokasi.")
    assert actor(doc, "Ade Saputra").affiliation == "Polda Metro Sentosa"
    assert {a.name for a in doc.actors if a.type == "person"} == {"Ade Saputra"}


def test_a_jurisdiction_before_a_rank_is_a_place_and_the_holder_follows_the_rank():
    doc = actors_of(
        "Kapolsek Tanjungsari Kompol Agus Riyanto mengatakan pelaku ditangkap. Wisatawan itu "
        "baru pulang dari Pantai Tanjungsari."
    )
    assert actor(doc, "Tanjungsari").type == "place"
    assert actor(doc, "Pantai Tanjungsari").type == "place"
    agus = actor(doc, "Agus Riyanto")
    assert agus.role == "Kapolsek"
    assert {a.name for a in doc.actors if a.type == "person"} == {"Agus Riyanto"}


def test_a_decree_named_after_a_title_is_no_affiliation():
    doc = actors_of("Tim itu dibentuk lewat Keputusan Presiden dari Presiden Wiranto Santoso.")
    assert actor(doc, "Wiranto Santoso").affiliation != "Keputusan"
    assert not any(n.startswith("Keputusan") for n in names(doc))


def test_deputy_before_a_title_is_part_of_the_title_not_a_person():
    doc = actors_of("Wakil Sekretaris Jenderal Partai Hijau Sarmin Wijaya menolak usulan itu.")
    assert "Wakil" not in names(doc)
    assert actor(doc, "Sarmin Wijaya").role == "Wakil Sekretaris Jenderal"


def test_a_name_mostly_after_a_place_preposition_is_a_place_even_with_a_first_name():
    doc = actors_of(
        "Beras itu dikirim dari gudang di Deli Sentosa. Harga beras di Deli Sentosa turun, "
        "sementara pedagang Deli Sentosa mengeluh."
    )
    assert actor(doc, "Deli Sentosa").type == "place"
    person = actors_of("Rumah itu milik Deli Hartono. Deli Hartono kini tinggal di Medan.")
    assert actor(person, "Deli Hartono").type == "person"


def test_degrees_after_a_name_are_dropped_but_an_acronym_after_a_title_stays():
    doc = actors_of(
        "Dosen hukum Rina Amelia SH MH menilai putusan itu keliru. Putusan itu dibacakan Ketua MA. "
        "Sekretaris Otorita Ibukota, Bimo Santoso, menolak berkomentar."
    )
    assert "Rina Amelia" in names(doc)
    assert not {"SH", "MH", "Rina Amelia SH"} & names(doc)
    assert actor(doc, "MA").type == "organization"
    assert actor(doc, "Bimo Santoso").affiliation == "Otorita Ibukota"


def test_a_place_tail_after_a_country_closes_an_organizations_name():
    doc = actors_of("Ia politikus Partai Kebangkitan Indonesia Raya (PKIR) sejak 2010.")
    party = actor(doc, "Partai Kebangkitan Indonesia Raya")
    assert party.type == "organization"
    assert "PKIR" in party.aliases
    assert {a.name for a in doc.actors if a.type == "person"} == set()


def test_a_titles_portfolio_joined_by_a_conjunction_is_no_person():
    doc = actors_of(
        "Kepala Satuan Tugas Pencegahan dan Penindakan BPKN Rahmat Hidayat menyebut kasus itu "
        "serius. Presiden Wiranto dan Ratna Sari tiba di Bali."
    )
    people = {a.name for a in doc.actors if a.type == "person"}
    assert "Pencegahan" not in people
    assert {"Wiranto", "Ratna Sari"} <= people


def test_a_jurisdiction_named_as_a_place_elsewhere_is_no_holder():
    doc = actors_of(
        "Surat itu diteken Wali Kota Sukadana Maulana. Warga di Sukadana menyambutnya. "
        '"Siap," kata Kepala Dinas Pendidikan (Disdik) Sukadana, Yusuf Hamdani, kemarin.'
    )
    assert actor(doc, "Sukadana").type == "place"
    assert actor(doc, "Maulana").role == "Wali Kota"
    yusuf = actor(doc, "Yusuf Hamdani")
    assert yusuf.role == "Kepala Dinas Pendidikan"
    assert "Disdik" not in names(doc)
    assert {a.name for a in doc.actors if a.type == "person"} == {"Maulana", "Yusuf Hamdani"}


def test_english_street_named_after_an_institution_is_a_place():
    doc = actors_of(
        "Police closed the office on Court Street on Monday. Protesters marched along "
        "Parliament Road. The Supreme Court declined to comment."
    )
    assert actor(doc, "Court Street").type == "place"
    assert actor(doc, "Parliament Road").type == "place"
    assert actor(doc, "Supreme Court").type == "organization"


def test_a_person_or_a_name_no_actor_holds_is_never_an_affiliation():
    doc = actors_of(
        "Tersangka itu Komisaris Utama PT Sumber Makmur, Bambang Rudi Tanoto (BRT), dan "
        "Direktur Operasional PT Sumber Makmur Budi Wijaya."
    )
    bambang = actor(doc, "Bambang Rudi Tanoto")
    assert bambang.type == "person"
    assert "BRT" in bambang.aliases
    assert bambang.role == "Komisaris Utama"
    yanto = actor(doc, "Budi Wijaya")
    assert yanto.role == "Direktur Operasional"
    people = {a.name for a in doc.actors if a.type == "person"}
    assert all(a.affiliation not in people for a in doc.actors)


def test_a_name_prefix_after_an_honorific_stays_in_the_name_and_the_office_is_whole():
    doc = actors_of("Ketua MUI Bidang Fatwa Prof KH Ahmad Fauzan Sholeh menyebut pekerja rentan.")
    fauzan = actor(doc, "KH Ahmad Fauzan Sholeh")
    assert fauzan.type == "person"
    assert fauzan.affiliation != "KH"
    assert "KH" not in names(doc)
    assert {a.name for a in doc.actors if a.type == "person"} == {"KH Ahmad Fauzan Sholeh"}


def test_a_bodys_place_between_its_short_name_and_the_holder_belongs_to_the_body():
    doc = actors_of("Ketua DPRD Kota Sukamaju Budi Hartono membuka rapat paripurna.")
    assert actor(doc, "DPRD Kota Sukamaju").type == "organization"
    budi = actor(doc, "Budi Hartono")
    assert budi.role == "Ketua DPRD Kota Sukamaju"
    assert budi.affiliation == "DPRD Kota Sukamaju"


def test_common_portfolio_words_after_a_title_are_no_holder():
    doc = actors_of(
        "Menteri Pendidikan Dasar dan Menengah, Ahmad Sukri, hadir. Kepala Badan Pangan "
        "Nasional, Dadan Hermawan, juga hadir. Presiden Wiranto dan Iriana tiba kemudian."
    )
    people = {a.name for a in doc.actors if a.type == "person"}
    assert not {"Dasar", "Nasional", "Menengah"} & people
    assert {"Ahmad Sukri", "Dadan Hermawan", "Wiranto"} <= people


# --- title phrases that stop short, or run on too far ------------------------------------------


def test_a_verb_between_two_names_is_no_portfolio_of_the_second_title():
    doc = actors_of(
        "Presiden Prancis Louis Girard memuji Presiden Andi Wirawan atas rencana itu. "
        "Andi menyambut pujian tersebut."
    )
    assert actor(doc, "Louis Girard").country == "FR"
    andi = actor(doc, "Andi Wirawan")
    assert andi.role == "Presiden"
    assert andi.country != "FR"  # his title is not of the state before the verb


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a rank after the apposition's comma: the title before it still holds
        (
            "Kasat Reskrim Polres Sukamaju, AKP Dedi Kurnia mengatakan pelaku sudah ditahan. "
            "Menurut Dedi, penyidikan masih berjalan.",
            "Dedi Kurnia",
            "Kasat Reskrim",
            "Polres Sukamaju",
        ),
        # a police unit's name after the title ("Kasat Samapta"), then the station
        (
            "Sementara itu, Kasat Samapta Polres Sukamaju, AKP Dedi Kurnia, menyampaikan bahwa "
            "jalan sudah dibuka.",
            "Dedi Kurnia",
            "Kasat Samapta",
            "Polres Sukamaju",
        ),
        # the place after an office's short name is the place, not the office
        (
            "DPRD Sukamaju mengkritik rencana Wali Kota Sukamaju, Budi Santoso. "
            "Pemangkasan dana Sukamaju oleh Kementerian Keuangan sebesar Rp 20 miliar. "
            "Budi mengatakan anggaran cukup.",
            "Budi Santoso",
            "Wali Kota",
            "Sukamaju",
        ),
    ],
)
def test_indonesian_titles_before_names(text, name, role, affiliation):
    person = actor(actors_of(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_portfolio_joined_by_a_conjunction_and_a_party_faction_keep_the_title():
    doc = actors_of(
        "Menteri Koordinator Bidang Pangan dan Pembangunan Desa, Rudi Hartanto, meninjau gudang. "
        "Wakil Ketua Komisi II dari fraksi Partai Maju, Lina Marlina mengatakan stok cukup."
    )
    assert actor(doc, "Rudi Hartanto").role.startswith("Menteri Koordinator")
    assert actor(doc, "Lina Marlina").role == "Wakil Ketua Komisi II"


def test_an_english_title_reaches_its_organization_over_portfolio_words_and_a_legal_form():
    doc = actors_of(
        "Karl Brenner, director of product planning at Zentrix, said the plant would close. "
        "The co-founder and former chief executive officer of Orbela Inc. Dana Whitfield "
        "has resigned. Zentrix shares fell."
    )
    karl = actor(doc, "Karl Brenner")
    assert karl.role.startswith("director")
    assert karl.affiliation == "Zentrix"
    assert actor(doc, "Zentrix").type == "organization"
    dana = actor(doc, "Dana Whitfield")
    assert "chief executive officer" in dana.role
    assert dana.affiliation.startswith("Orbela")


def test_a_lone_word_opening_a_sentence_before_an_auxiliary_is_an_organization():
    doc = actors_of(
        "Quantafin will begin production next year, according to the filing. "
        "Orders for 60 Quantafin 350 jets were signed."
    )
    assert actor(doc, "Quantafin").type == "organization"


def test_a_short_camel_case_name_is_one_word_and_a_lost_space_still_splits_two():
    from generator.extract.mentions import tokenize

    doc = actors_of("He founded NeXT in Redwood City, dilaporkanSaudi kemarin.")
    words = tokenize(doc).text
    assert "NeXT" in words
    assert {"dilaporkan", "Saudi"} <= set(words)


def test_a_title_with_its_short_form_in_brackets_still_cues_the_holder_after_the_party():
    doc = actors_of(
        "Sekretaris Jenderal (Sekjen) Partai Hijau Marwoto mengumumkan keputusan itu. "
        '"Kami menonaktifkan dia dari Fraksi Partai Hijau," kata Marwoto kepada wartawan.'
    )
    marwoto = actor(doc, "Marwoto")
    assert marwoto.type == "person"
    assert marwoto.role == "Sekretaris Jenderal"
    party = actor(doc, "Partai Hijau")
    assert party.type == "organization"
    assert "Fraksi Partai Hijau" in [party.name, *party.aliases]  # its faction speaks for it


def test_a_company_title_gets_no_guessed_state():
    doc = actors_of(
        "Chief executive Lena Moreau said the search would resume. France and Brazil will "
        "help. French investigators met in Paris, and France sent ships."
    )
    lena = actor(doc, "Lena Moreau")
    assert lena.role == "Chief executive"
    assert lena.country is None and lena.affiliation is None


def test_a_foreign_holder_of_a_title_takes_the_state_named_for_that_title():
    doc = actors_of(
        "Presiden Prancis Louis Girard bertemu Perdana Menteri Jepang Kenji Sato di Tokyo. "
        "Jepang dan Prancis sepakat. Jepang juga menyambut baik. Warga Jepang antusias. "
        "Girard menyinggung pendahulunya, Presiden Jacques Dubois, dalam pidatonya."
    )
    assert actor(doc, "Kenji Sato").country == "JP"
    assert actor(doc, "Jacques Dubois").country == "FR"  # not Japan, the state named most


def test_a_foreign_holder_of_a_bare_title_takes_the_one_state_its_sentence_names():
    doc = actors_of(
        "Perang di Sudan berlanjut. Tentara Sudan menyerang kota itu. Sudan menolak gencatan "
        "senjata. Pemerintahan Kanada di bawah Presiden Lena Harland menjatuhkan sanksi."
    )
    assert actor(doc, "Lena Harland").country == "CA"  # not Sudan, the state named most


def test_a_state_s_short_name_before_a_holder_and_a_demonstrative_is_no_office():
    doc = actors_of(
        "Sejarah itu dipotong dari Presiden Soekarno. Terakhir, putri Presiden Pertama RI "
        "Soekarno ini kembali mencolek Fadli Zon."
    )
    assert actor(doc, "Soekarno").type == "person"
    assert actor(doc, "Soekarno").role == "Presiden"


def test_names_listed_after_a_plural_org_noun_are_organizations_but_not_an_apposition():
    doc = actors_of(
        "Shares in the auto companies Velra, Koto and Marindo all dropped on Friday. "
        "The Unite union, Tomas Brandt, said the cuts were a blow."
    )
    for name in ("Velra", "Koto", "Marindo"):
        assert actor(doc, name).type == "organization"
    assert actor(doc, "Tomas Brandt").type == "person"


def test_a_person_of_an_organization_is_two_actors():
    doc = actors_of(
        '"Investors are scared," said Keith Morrow of Harbor Lane Capital Partners. '
        "Harbor Lane Capital Partners manages pension funds."
    )
    assert actor(doc, "Keith Morrow").type == "person"
    assert "Keith Morrow of Harbor Lane Capital Partners" not in names(doc)


def test_currency_codes_and_time_zones_are_no_actors():
    doc = actors_of(
        "The Dow fell to 7,114 points at 21:00 UTC. The iPod costs USD 149 in the Orbela shops, "
        "and USD 199 in Velra stores, Orbela said."
    )
    assert not names(doc) & {"UTC", "USD"}


def test_the_lexicon_is_built_once_per_language_and_process():
    # Built from Faker's and wordfreq's lists: rebuilding it per article costs ~40 ms each.
    from generator.extract.actor_lexicon import lexicon
    from generator.language import load

    assert lexicon(load("id")) is lexicon(load("id"))
    assert lexicon(load("en")) is not lexicon(load("id"))


def test_a_facility_or_scheme_with_a_short_form_is_no_organization_but_a_commission_is():
    doc = actors_of(
        "Pemkot Sukamaju membangun Tempat Pengolahan Sampah Terpadu (TPST) di pinggir kota. "
        "Komisi Pemberantasan Korupsi (KPK) memeriksa proyek itu, kata Budi Santoso."
    )
    assert "Tempat Pengolahan Sampah Terpadu" not in names(doc)
    assert actor(doc, "Komisi Pemberantasan Korupsi").type == "organization"


def test_an_acronym_right_after_a_number_is_an_era_or_a_code():
    doc = actors_of(
        "Tanaman itu dikenal sejak 600 SM di Asia. Pelaku dijerat Pasal 311 KUHP, kata Kapolres "
        "Sukamaju AKBP Dedi Kurnia."
    )
    assert not names(doc) & {"SM", "KUHP"}
    assert actor(doc, "Dedi Kurnia").type == "person"


def test_a_lone_name_quoted_with_kata_is_a_person_and_a_place_after_menyebut_is_not():
    doc = actors_of(
        '"Kami siap bekerja sama," kata Pramudi saat membuka pertemuan itu di Sukamaju. '
        "Pramudi menyoroti pentingnya transportasi. Dia menyebut Sukamaju saat ini kekurangan "
        "lahan. Pramudi juga menawarkan kerja sama. Pramudi berencana menaikkan tarif parkir."
    )
    assert actor(doc, "Pramudi").type == "person"
    assert "Sukamaju" not in {a.name for a in doc.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Profits fell. Daniel Reyes, Orbela's chief financial officer, said costs rose.",
            "Daniel Reyes",
            "chief financial officer",
            "Orbela",
        ),
        (
            "Prices rose. According to Daniel Reyes, an analyst at Velra Capital, demand fell.",
            "Daniel Reyes",
            "analyst",
            "Velra Capital",
        ),
        (
            "Shares fell after Orbela Motors CEO Daniel Reyes resigned on Monday.",
            "Daniel Reyes",
            "CEO",
            "Orbela Motors",
        ),
        (
            "The vote failed. Senator Daniel Reyes of Ohio said the bill would fail.",
            "Daniel Reyes",
            "Senator",
            "Ohio",  # (the state he holds the title for, a place)
        ),
    ],
)
def test_english_appositions_and_titles_before_names(text, name, role, affiliation):
    doc = actors_of(text)
    person = actor(doc, name)
    assert (person.type, person.role, person.affiliation) == ("person", role, affiliation)
    assert len([a for a in doc.actors if a.type == "person"]) == 1


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            'The race tightened. "We agree," said Tom Varga, Halvorsen\'s campaign manager.',
            "Tom Varga",
            "campaign manager",
            "Halvorsen",
        ),
        (
            "The race tightened. Halvorsen's campaign manager, Tom Varga, said it was over.",
            "Tom Varga",
            "campaign manager",
            "Halvorsen",
        ),
        (
            "The race tightened. The company's sales manager, Tom Varga, said it was over.",
            "Tom Varga",
            "sales manager",
            None,
        ),
        (
            "Costs rose. Tom Varga, a marketing consultant to the chemicals industry, said so.",
            "Tom Varga",
            "marketing consultant",
            None,
        ),
        (
            "Costs rose. Tom Varga, Orbela's chief technical officer, said so.",
            "Tom Varga",
            "chief technical officer",
            "Orbela",
        ),
        (
            "Costs rose. Tom Varga, special agent-in-charge of the FBI's Kestrel office, said so.",
            "Tom Varga",
            "special agent-in-charge",
            "FBI",
        ),
        (
            "Costs rose. Tom Varga, publisher of Brew Trade Letter, a newsletter, said so.",
            "Tom Varga",
            "publisher",
            "Brew Trade Letter",
        ),
        (
            "The hearing ended. The father's lawyer, Tom Varga, said the claims were false.",
            "Tom Varga",
            "lawyer",
            None,
        ),
        (
            "In the race for mayor, the Green candidate, Tom Varga, has moved quickly.",
            "Tom Varga",
            "candidate",
            "Green",
        ),
        (
            "The case went on, said the father. Tom Kesk's attorney, Tom Varga, denied it.",
            "Tom Varga",
            "attorney",
            "Tom Kesk",
        ),
        # guards: words that praise or act are no part of the role; nor is a clause
        ("Costs rose. Tom Varga, a wildly popular singer, said so.", "Tom Varga", "singer", None),
        (
            "Costs rose. The board told hiring manager Tom Varga to go.",
            "Tom Varga",
            "manager",
            None,
        ),
        ("Costs rose. Tom Varga, the first to arrive, said so.", "Tom Varga", None, None),
    ],
)
def test_english_roles_keep_the_words_that_say_what_kind(text, name, role, affiliation):
    doc = actors_of(text)
    person = actor(doc, name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_name_in_the_possessive_after_a_comma_opens_a_new_phrase():
    doc = actors_of(
        "Prices fell. According to Mr. Varga, the newsletter publisher, Orvex's market share "
        "is twice that of its nearest rival."
    )
    people = {a.name: a.role for a in doc.actors if a.type == "person"}
    assert people == {"Varga": "newsletter publisher"}


def test_a_role_introduced_after_the_name():
    doc = actors_of(
        "Rapat itu dibuka pagi ini. Budi Santoso selaku Wakil Ketua DPRD Sukamaju mengatakan "
        "anggaran cukup. Budi menambahkan bahwa rapat berlanjut besok."
    )
    budi = actor(doc, "Budi Santoso")
    assert budi.role == "Wakil Ketua DPRD"
    assert budi.affiliation.startswith("DPRD")


def test_portfolio_words_after_a_conjunction_are_no_affiliation():
    doc = actors_of(
        "Menteri Koordinator Bidang Pangan dan Pembangunan Desa, Rudi Hartanto, meninjau gudang."
    )
    rudi = actor(doc, "Rudi Hartanto")
    assert rudi.affiliation == "Indonesia"  # the state of an unqualified national title


def test_the_body_after_head_of_is_the_affiliation_whole():
    doc = actors_of(
        "Kepala Badan Pusat Statistik (BPS) Budi Santoso mengatakan inflasi turun. "
        "BPS mencatat harga beras naik."
    )
    budi = actor(doc, "Budi Santoso")
    assert budi.role == "Kepala Badan Pusat Statistik"
    assert budi.affiliation == "Badan Pusat Statistik"


# --- a title, its office and its holder in one run of capitals ------------------------------------


def only_person(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    """After a neutral sentence, `text` names one person: `name`, with `role` and `affiliation`."""
    doc = actors_of("Rapat itu berlangsung lama dan berakhir malam. " + text)
    person = actor(doc, name)
    assert (person.type, person.role, person.affiliation) == ("person", role, affiliation)
    assert [a.name for a in doc.actors if a.type == "person"] == [name]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # the office's short names and place, then a first name opening the holder's name
        (
            "Acara itu dihadiri Ketua PW GP Ansor Jatim Rudi Santoso bersama ratusan santri.",
            "Rudi Santoso",
            "Ketua PW GP Ansor Jatim",
            "PW GP Ansor Jatim",
        ),
        # capitalised common words up to the office's head are the title's portfolio; the
        # office's place (written "di Sukamaju" too) is the office's, not the holder's
        (
            "Kasi Tindak Pidana Khusus Kejaksaan Negeri Sukamaju Dedi Kurnia menjelaskan kasus "
            "itu. Sidang digelar di Sukamaju pekan depan.",
            "Dedi Kurnia",
            "Kasi Tindak Pidana Khusus",
            "Kejaksaan Negeri Sukamaju",
        ),
        # a portfolio listed with commas and a conjunction, then the office and the holder
        (
            "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat Ditjen Pajak Sartika Dewi "
            "mengatakan target pelaporan tercapai.",
            "Sartika Dewi",
            "Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat",
            "Ditjen Pajak",
        ),
        # the foreign ministry's directorate for citizens abroad, its short form in the title
        (
            "Direktur Pelindungan WNI Kemlu Sartika Dewi mengatakan semua sudah pulang.",
            "Sartika Dewi",
            "Direktur Pelindungan WNI",
            "Kemlu",
        ),
    ],
)
def test_the_office_between_a_title_and_its_holder(text, name, role, affiliation):
    only_person(text, name, role, affiliation)


@pytest.mark.parametrize(
    "text, name, role, affiliation",
    [
        (
            "Menurut Dedi Hartono, Kepala Bidang Sarana, Prasarana, dan Lingkungan Dinas "
            "Perhubungan Sukamaju, jalan itu segera diperbaiki.",
            "Dedi Hartono",
            "Kepala Bidang Sarana, Prasarana, dan Lingkungan",
            "Dinas Perhubungan Sukamaju",
        ),
        (
            "Menurut Rina Wati, Kabag SDM, Umum, dan Komunikasi BPJS Kesehatan cabang Sukamaju, "
            "rumah sakit itu bekerja sama dengan BPJS Kesehatan.",
            "Rina Wati",
            "Kabag SDM, Umum, dan Komunikasi",
            "BPJS Kesehatan",
        ),
    ],
)
def test_a_portfolio_listed_with_commas_in_an_apposition_after_the_name(
    text, name, role, affiliation
):
    only_person(text, name, role, affiliation)


def test_a_short_portfolio_after_a_common_word_is_no_body():
    doc = actors_of("Dengan memperbaiki kualitas pendidikan SDM kita, industri akan bangkit.")
    assert doc.actors == []


def test_common_words_before_the_holder_are_the_titles_portfolio():
    doc = actors_of(
        "Rupiah melemah pagi ini. Pengamat Pasar Modal Budi Hartono mengatakan tekanan berasal "
        "dari luar negeri. Menteri Energi dan Sumber Daya Mineral Arif Setiawan menolak "
        "berkomentar."
    )
    budi = actor(doc, "Budi Hartono")
    assert (budi.role, budi.affiliation, budi.country) == ("Pengamat Pasar Modal", None, None)
    arif = actor(doc, "Arif Setiawan")
    assert arif.role == "Menteri Energi dan Sumber Daya Mineral"
    assert {a.name for a in doc.actors} == {"Budi Hartono", "Arif Setiawan"}


def test_a_heads_prefix_glued_to_an_office_is_a_title():
    doc = actors_of(
        '"Kami siap," kata Kakorlantas Polri Irjen Bambang Wiryo di Sukamaju. Ia mengatakan '
        "Korlantas Polri akan menambah kamera."
    )
    bambang = actor(doc, "Bambang Wiryo")
    assert bambang.role == "Kakorlantas"
    assert "Kakorlantas Polri" not in names(doc)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a surname's particle glued to it is no lost space
        (
            "The plant shut. Union leader Gord MacLeod said it would close. Analyst Marc "
            "DeLaurier agreed, and Governor Ron DeSantis said nothing.",
            {"Gord MacLeod", "Marc DeLaurier", "Ron DeSantis"},
            {"Mac", "Leod", "Des", "Rosiers", "De", "Santis"},
        ),
        # the stop of "St." is inside a place's name, which the company's name does not swallow
        (
            "Production stopped for a week. Workers at the Orbela St. Clair plant walked out.",
            {"St. Clair"},
            {"St", "Orbela St", "Orbela St. Clair"},
        ),
        # a number's label after "for the" is no part of a name; an adjective made of a place
        # neither
        (
            "Sales rose. Apple passed Chicago-based retailer Velra Mart for the No. 2 spot.",
            {"Velra Mart"},
            {"Velra Mart for the No", "Chicago-based", "Chicago-based Velra Mart"},
        ),
        # a body named for common words after "for the" is one name; a plant "of" a place is not
        (
            "Trading stopped at noon. The Federal Service for the Financial Markets ordered it.",
            {"Federal Service for the Financial Markets"},
            {"Federal Service"},
        ),
    ],
)
def test_names_that_hold_their_own_capitals_and_stops(text, expected, absent):
    found = {a.name for a in actors_of(text).actors}
    assert expected <= found
    assert not absent & found


def test_short_forms_spelled_out_name_one_body():
    doc = actors_of(
        "Kejari Sukamaju menahan tersangka pada Senin. Kejaksaan Negeri Sukamaju menyita "
        "dokumen. Polda Jatim menyiapkan 500 personel, dan Polda Jawa Timur siap berjaga."
    )
    orgs = sorted(a.name for a in doc.actors if a.type == "organization")
    assert orgs == ["Kejaksaan Negeri Sukamaju", "Polda Jawa Timur"]
    assert "Kejari Sukamaju" in actor(doc, "Kejaksaan Negeri Sukamaju").aliases


def test_a_documents_number_and_a_code_are_no_actors():
    doc = actors_of(
        "Tersangka ditahan di rutan. Dasar penahanan adalah surat Kepala Kejaksaan Negeri "
        "Sukamaju Nomor: PRINT-02/M.2.21/Fd.1/10/2025. Warga Kabupaten Sukamaju menyambut baik."
    )
    assert names(doc) & {"Nomor", "PRINT-02", "Sukamaju"} == set()
    assert "Kejaksaan Negeri Sukamaju" in names(doc)


def test_a_surname_opening_a_sentence_before_an_auxiliary_is_still_the_person():
    doc = actors_of(
        "Mark Fenwick, formerly an Orbela Inc. executive overseeing hardware, is stepping down. "
        "Fenwick had been with Orbela since 2008."
    )
    mark = actor(doc, "Mark Fenwick")
    assert (mark.type, mark.role, mark.affiliation) == ("person", "executive", "Orbela Inc")


def test_appositions_opening_with_a_number_or_an_adverb_still_hold_the_title():
    doc = actors_of(
        "The jet rolled out on Monday. Scott Danvers, 787 project manager, spoke first. "
        "John Pelham, 49, watched."
    )
    assert actor(doc, "Scott Danvers").role == "project manager"
    assert actor(doc, "John Pelham").role is None  # an age is no title


def test_a_persons_initials_after_a_person_noun_hold_the_title_before():
    doc = actors_of(
        "Kasus itu bermula tahun lalu. Jaksa menahan mantan direktur utama PT Sinar Maju "
        "berinisial DS pada Senin. Kuasa hukum tersangka RA membantah tuduhan itu."
    )
    ds = actor(doc, "DS")
    assert (ds.type, ds.role, ds.affiliation) == (
        "person",
        "mantan direktur utama",
        "PT Sinar Maju",
    )
    ra = actor(doc, "RA")
    assert (ra.type, ra.role) == ("person", "tersangka")  # (not the lawyer's title)


def test_a_role_introduced_in_lower_case_after_the_name():
    doc = actors_of(
        "Dana itu hilang. Uang itu digunakan oleh tersangka DS selaku mantan direktur utama."
    )
    assert actor(doc, "DS").role == "mantan direktur utama"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a form of address opens the holder's name after the office
        (
            "Seminar itu dihadiri Pengasuh PP Darul Falah KH Abdul Hamid Maksum serta santri.",
            "KH Abdul Hamid Maksum",
            "Pengasuh",
            "PP Darul Falah",
        ),
        # an initial inside the holder's name
        (
            "Seminar itu dihadiri Ketua PW LKSM Jatim Wahyu A Widagdo serta santri.",
            "Wahyu A Widagdo",
            "Ketua PW LKSM Jatim",
            "PW LKSM Jatim",
        ),
        # a field's title: its capitalised portfolio runs up to a holder of rare words
        (
            "Pengamat Pasar Keuangan Torvan Hadibroto mengatakan rupiah melemah.",
            "Torvan Hadibroto",
            "Pengamat Pasar Keuangan",
            None,
        ),
        # an office's title: the party's one-word name is its affiliation, not its portfolio
        (
            "Ketua Umum Gerindra Budi Santoso hadir di sana.",
            "Budi Santoso",
            "Ketua Umum",
            "Gerindra",
        ),
        # a name of rare words whose inner word is a first name is one name, not an office
        (
            "Presiden Susilo Bambang Yudhoyono hadir di sana.",
            "Susilo Bambang Yudhoyono",
            "Presiden",
            "Indonesia",
        ),
    ],
)
def test_where_the_holder_starts_after_the_office(text, name, role, affiliation):
    only_person(text, name, role, affiliation)


def test_short_forms_of_things_are_no_actors():
    doc = actors_of(
        "Harga BBM naik pekan ini. Target PAD dan pagu RAPBD turun, sementara WFH diperpanjang, "
        "kata BPS. Pelapor menjerat terlapor dengan UU ITE. Penyaluran PKH dan BPNT lewat OTT "
        "itu dihentikan."
    )
    assert names(doc) == {"BPS"}


def test_short_forms_of_devices_car_classes_plans_and_units_are_no_actors():
    doc = actors_of(
        "Polisi menyita HP milik pelaku, kata BPS. Penjualan MPV dan mobil CBU naik, sementara "
        "RKAP perseroan memuat insentif PPN DTP. Produksi minyak mencapai 12 MMBOE, dan emisi "
        "GRK turun."
    )
    assert names(doc) == {"BPS"}


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # no title: the organization after a relation word is where the person works
        (
            '"The pessimism is huge," said Keith Morland of Orbela Financial Services.',
            "Keith Morland",
            None,
            "Orbela Financial Services",
        ),
        (
            '"Kami menolak," kata Budi Santoso dari Universitas Sukamaju.',
            "Budi Santoso",
            None,
            "Universitas Sukamaju",
        ),
        # a title's organization after "for", named in two words
        (
            '"Sentiment is weak," said the senior market strategist for Velra AIM, Fritz Halden.',
            "Fritz Halden",
            "senior market strategist",
            "Velra AIM",
        ),
        # a state after "of" is no organization: the place the title is held for
        (
            '"The bill will fail," said Senator Daniel Reyes of Ohio.',
            "Daniel Reyes",
            "Senator",
            "Ohio",
        ),
        # a middle initial, then two rare words after "of": a firm
        (
            '"It is a cosmetic move," said Jonah S. Gellert of Wertham Schrader.',
            "Jonah S. Gellert",
            None,
            "Wertham Schrader",
        ),
        # a country after "of" is the one the person stands for
        (
            "The plan was signed by Leon Kovar of Ukraine and Boris Tal of Russia.",
            "Leon Kovar",
            None,
            "Ukraine",
        ),
        # a dotted short form's stop does not end the title phrase
        ('"Talks go on," U.N. envoy Prakash Mehra said.', "Prakash Mehra", "envoy", "U.N."),
        ('"Talks go on," Dana Reyes, a U.N. spokesman, said.', "Dana Reyes", "spokesman", "U.N."),
    ],
)
def test_the_organization_after_a_relation_word(text, name, role, affiliation):
    doc = actors_of("Markets fell again on Monday. " + text)
    person = actor(doc, name)
    assert (person.type, person.role, person.affiliation) == ("person", role, affiliation)


def test_an_organizations_name_goes_on_past_a_conjunction():
    doc = actors_of(
        "Aturan itu terbit pekan lalu. Kementerian Hukum dan HAM menerbitkan aturan baru, dan "
        "Pusat Penelitian Iklim dan Kesehatan Universitas Sukamaju merilis studi. Personel "
        "Polri dan TNI berjaga."
    )
    found = names(doc)
    assert {
        "Kementerian Hukum dan HAM",
        "Pusat Penelitian Iklim dan Kesehatan",
        "Universitas Sukamaju",
        "TNI",
    } <= found
    assert not {"Kementerian Hukum", "Pusat Penelitian Iklim", "Polri dan TNI"} & found


def test_a_titles_office_is_no_listed_portfolio():
    doc = actors_of(
        "Cuaca makin panas. Direktur Pusat Penelitian Iklim dan Kesehatan di Universitas "
        "Sukamaju, Nora Vestby, menyebutkan tubuh butuh waktu. Pakar Hukum dan Pembangunan "
        "Hardiyan Wirosoko menilai langkah itu tepat."
    )
    ollie = actor(doc, "Nora Vestby")
    assert (ollie.role, ollie.affiliation) == (
        "Direktur Pusat Penelitian Iklim dan Kesehatan",
        "Pusat Penelitian Iklim dan Kesehatan",
    )
    expert = actor(doc, "Hardiyan Wirosoko")
    assert (expert.role, expert.country) == ("Pakar Hukum dan Pembangunan", None)


def test_a_title_ends_before_the_body_it_is_of():
    doc = actors_of(
        "Sales fell. The Secretary of the Air Force James Ardley resigned. An aide for Kirk "
        "Halvorsen, the largest investor, has called on the company to cut pay."
    )
    roche = actor(doc, "James Ardley")
    assert (roche.role, roche.affiliation) == ("Secretary", "Air Force")
    # the aide is someone else; his own apposition is his role
    assert actor(doc, "Kirk Halvorsen").role == "largest investor"


def test_a_middle_name_alone_and_a_lower_case_title_after_selaku():
    doc = actors_of(
        "Laporan itu masuk. Direktur Utama BPJS Kesehatan Prof Ali Sumarlan Mukti memastikan "
        'informasi itu benar. "Kami optimis," kata Prof Sumarlan. "Yang pertama Rahmat Sutardja '
        'selaku ketua Bawaslu RI pada saat itu," tuturnya.'
    )
    ali = actor(doc, "Ali Sumarlan Mukti")
    assert "Sumarlan" in ali.aliases
    assert len([a for a in doc.actors if a.type == "person"]) == 2
    rahmat = actor(doc, "Rahmat Sutardja")
    assert (rahmat.role, rahmat.affiliation) == ("ketua Bawaslu RI", "Bawaslu RI")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # an acronym in a portfolio listed after a conjunction
        (
            "Menteri Hukum dan HAM Budi Hartono meresmikan kantor itu.",
            "Budi Hartono",
            "Menteri Hukum dan HAM",
            "Indonesia",
        ),
        # a two-word title ("Direktur Jenderal"), its portfolio, then the office
        (
            "Direktur Jenderal Pajak Kementerian Keuangan Bimo Prasetyanto mengatakan target "
            "tercapai.",
            "Bimo Prasetyanto",
            "Direktur Jenderal Pajak",
            "Kementerian Keuangan",
        ),
        # a title word inside the office's name ("Dewan Pimpinan") is not the holder's title
        (
            "Ketua Dewan Pimpinan Pusat Partai Maju Rudi Santoso hadir.",
            "Rudi Santoso",
            "Ketua",
            "Partai Maju",
        ),
        # an organization's name with a conjunction, then the holder
        (
            "Kepala Badan Pengawas Obat dan Makanan Taruna Wijaksa mengatakan izin itu dicabut.",
            "Taruna Wijaksa",
            "Kepala Badan Pengawas Obat dan Makanan",
            "Badan Pengawas Obat dan Makanan",
        ),
    ],
)
def test_offices_and_portfolios_joined_by_a_conjunction(text, name, role, affiliation):
    only_person(text, name, role, affiliation)


def test_the_home_countrys_provinces_are_places():
    doc = actors_of(
        "Banjir melanda sejak Senin. Kepala Kantor Wilayah Kementerian Hukum Jawa Barat Asep "
        "Sutandar meninjau lokasi bersama warga Jawa Timur. Pemerintah Provinsi Jambi Sartono "
        "Hadi juga hadir."
    )
    asep = actor(doc, "Asep Sutandar")
    assert asep.affiliation == "Kementerian Hukum Jawa Barat"
    assert "Jawa Timur" not in {a.name for a in doc.actors if a.type != "place"}
    # a one-word province ends the office's name: the words after it are a person's
    assert {"Pemerintah Provinsi Jambi", "Sartono Hadi"} <= names(doc)


def test_a_name_after_its_abbreviated_prefix_is_the_same_person():
    doc = actors_of(
        "Pengemudi itu diamankan. Kapolres Sukamaju, AKBP Moch Hasbi Ramli membenarkan hal "
        'itu. "Keduanya bukan anggota Polri," kata Hasbi. Kuasa hukum Moh Fadli hadir, dan '
        "Fadli membantah."
    )
    people = sorted(a.name for a in doc.actors if a.type == "person")
    assert people == ["Moch Hasbi Ramli", "Moh Fadli"]


def test_streets_and_bodies_named_after_titled_people_are_no_people():
    doc = actors_of(
        "Arus lalu lintas dialihkan ke Jalan Kapten Darsa Wiguna dan Jl. Kolonel Tarmo Sadewo. "
        "Debat digelar di Universitas Jenderal Purna Wiratma. Kapolres Sukamaju AKBP Budi "
        "Santoso memimpin pengamanan di Jalan Gubernur Suryo Hadi."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Budi Santoso"]
    places = {a.name for a in doc.actors if a.type == "place"}
    assert {"Jalan Kapten Darsa Wiguna", "Jl. Kolonel Tarmo Sadewo"} <= places
    assert "Jalan Gubernur Suryo Hadi" in places
    assert actor(doc, "Universitas Jenderal Purna Wiratma").type == "organization"


def test_an_age_in_brackets_and_a_place_of_work_leave_the_noun_of_what_one_is():
    doc = actors_of(
        'Harga naik lagi. "Pembeli sepi," ujar Darto Wiyono (37), seorang pedagang, Senin. '
        "Hal itu juga dikatakan Sarmini Ayu, pedagang di pasar itu, kemarin."
    )
    assert held(doc, "Darto Wiyono") == ("pedagang", None)
    assert held(doc, "Sarmini Ayu") == ("pedagang", None)


def test_a_body_s_short_name_spelled_out_in_the_text_ends_the_office_before_its_holder():
    doc = actors_of(
        "Uang lama ditarik Bank Indonesia (BI). Direktur Eksekutif Departemen Riset BI Sandiman "
        "Budi Prakoso mengimbau warga. Eks dosen Universitas Islam Negeri (UIN) Sunan Karsa "
        "Wijaya (Suka) Malang, Imam Santosa, jadi sorotan. Sahara, tetangga eks dosen UIN Suka "
        "Imam Santosa, berniat melapor."
    )
    assert held(doc, "Sandiman Budi Prakoso") == ("Direktur Eksekutif", "Departemen Riset BI")
    # the body named with its bracketed short name stays one, its holder a person
    assert "UIN Suka" in names(doc)
    assert actor(doc, "Imam Santosa").type == "person"


def test_parties_to_a_case_listed_after_their_noun_hold_it():
    doc = actors_of(
        "Sidang ditunda pekan lalu. Perkara itu diajukan para pemohon yakni Sandra Wulan, "
        "Kartika Sari, dan Raymon Hadi. Hakim anggota Farida Aliyah membacakan putusan."
    )
    for name in ("Sandra Wulan", "Kartika Sari", "Raymon Hadi"):
        assert actor(doc, name).role == "pemohon"
    assert actor(doc, "Farida Aliyah").role == "Hakim anggota"


def test_names_listed_with_a_person_s_name_after_a_title_and_a_body_hold_the_title():
    # "Kinta Harsana" opens with no known first name; "Ahmad" in the same list says they are
    # people, not bodies listed after the title's body
    doc = actors_of(
        "Rapat digelar. Kedua anggota DPR tersebut adalah Kinta Harsana dan Ahmad Wiratmo."
    )
    for name in ("Kinta Harsana", "Ahmad Wiratmo"):
        assert actor(doc, name).role == "anggota DPR"


def test_names_listed_after_a_noun_of_people_with_a_word_about_it_and_a_clause_hold_both():
    doc = actors_of(
        "Sanksi dijatuhkan. Tiga pemain naturalisasi yang terlibat --- Kinta Harsana, Orvan "
        "Wiratmo, dan Dedi Hartono --- masing-masing didenda."
    )
    for name in ("Kinta Harsana", "Orvan Wiratmo", "Dedi Hartono"):
        assert actor(doc, name).role == "pemain naturalisasi"


def test_a_title_with_a_word_after_it_before_a_list_and_an_english_company_title():
    doc = actors_of(
        "Anggaran itu naik. Usulan itu pernah disampaikan Menteri Keuangan sebelumnya yakni Sri "
        "Wulandari pada Juli. Negara ini dibangun presiden terdahulu, yakni Joko Santoso. "
        '"Kami tumbuh," ujar Kim Sang-chul, President Orvex Electronics Indonesia, di Jakarta. '
        "Acara itu menghadirkan para pelaku industri yakni PT Sinar Maju dan Karsa Energi."
    )
    # the state's title naming no state is the article's own state's, as it is before a name
    assert held(doc, "Sri Wulandari") == ("Menteri Keuangan", "Indonesia")
    assert actor(doc, "Joko Santoso").role == "presiden"
    assert held(doc, "Kim Sang-chul") == ("President", "Orvex Electronics Indonesia")
    assert [a.name for a in doc.actors if a.type == "person" and a.role == "pelaku"] == []


def test_a_full_name_after_a_name_prefix_is_the_person_named_before_without_it():
    doc = actors_of(
        "Dana itu mengendap di bank. Gubernur Jawa Barat (Jabar) Dedi Sumantri menantang "
        "Menkeu. Kang Dedi Sumantri (KDS) meminta data. KDS juga memeriksa Pemprov Jabar."
    )
    people = [a for a in doc.actors if a.type == "person"]
    assert [(a.name, a.role, a.affiliation) for a in people] == [
        ("Kang Dedi Sumantri", "Gubernur", "Jawa Barat")
    ]


def test_initials_listed_after_a_person_noun_and_a_short_title_in_brackets():
    doc = actors_of(
        "Kasus itu bermula pada 2020. Kepala Seksi Pidana Khusus (Kasi Pidsus) Kejari Sukamaju "
        "Jhon Ferdi Yunanda mengatakan, Dinas Perumahan mengelola rusunawa itu. Jaksa "
        "menetapkan empat tersangka, masing-masing berinisial S, DP, ABT, dan HS."
    )
    jhon = actor(doc, "Jhon Ferdi Yunanda")
    assert (jhon.role, jhon.affiliation) == ("Kepala Seksi Pidana Khusus", "Kejari Sukamaju")
    people = {a.name for a in doc.actors if a.type == "person"}
    assert people == {"Jhon Ferdi Yunanda", "S", "DP", "ABT", "HS"}
    assert "Pidsus" not in names(doc)


# --- short forms, appositions, joined titles, head-final names ----------------------------------


def test_a_one_word_short_form_of_an_office_is_the_titles_organization():
    # "Kemenhub" spells out a whole ministry (short_forms): a name may follow it at once, and
    # the name's last word may be a common word ("Arief").
    doc = actors_of("Sekretaris Jenderal Kemenhub Hendra Arief mengatakan, pelabuhan itu penting.")
    hendra = actor(doc, "Hendra Arief")
    assert (hendra.type, hendra.role, hendra.affiliation) == (
        "person",
        "Sekretaris Jenderal",
        "Kemenhub",
    )
    assert actor(doc, "Kemenhub").type == "organization"


def test_a_cabinet_is_an_organization():
    doc = actors_of("Kabinet Merah Putih pimpinan Presiden Hendra Arief sudah berjalan 10 bulan.")
    assert actor(doc, "Kabinet Merah Putih").type == "organization"
    assert actor(doc, "Hendra Arief").role == "Presiden"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Dewi Lestari, CEO Ardanika, menegaskan bahwa transformasi digital penting.",
            "Dewi Lestari",
            "CEO",
            "Ardanika",
        ),
        # two titles joined by "&" are one role
        (
            "Dewi Lestari, CEO & Senior Vice President Ardanika Indonesia, menegaskan bahwa "
            "transformasi penting.",
            "Dewi Lestari",
            "CEO & Senior Vice President",
            "Ardanika Indonesia",
        ),
        (
            "Dalam kasus itu, bos PT Sinar Maju, Iwan Santoso ditetapkan sebagai tersangka.",
            "Iwan Santoso",
            "bos",
            "PT Sinar Maju",
        ),
    ],
)
def test_a_title_in_a_persons_apposition_is_followed_by_its_organization(
    text, name, role, affiliation
):
    doc = actors_of("Rapat itu berlangsung lama. " + text)
    person = actor(doc, name)
    assert (person.type, person.role, person.affiliation) == ("person", role, affiliation)
    assert actor(doc, affiliation).type == "organization"


def test_a_name_after_a_title_in_a_list_of_people_stays_a_person():
    doc = actors_of(
        "Rapat itu berlangsung lama. Hadir Budi Santoso, Ketua RT Rudi Hartono, dan warga."
    )
    assert actor(doc, "Rudi Hartono").type == "person"
    doc = actors_of(
        "Rapat itu berlangsung lama. Acara dihadiri Wakil Menteri Desa Ahmad Riza Patria, "
        "Gubernur Bali Wayan Sentana, Direktur Jenderal Bina Desa Budi Santoso, dan lainnya. "
        "Kelima pamen itu adalah Kombes Iwan Eka Putra, Kombes Arman Lubis Siregar, Kombes Agus "
        "Salim."
    )
    for name in ("Wayan Sentana", "Arman Lubis Siregar", "Budi Santoso"):
        assert actor(doc, name).type == "person"


def test_short_forms_of_technologies_stop_only_when_written_in_capitals():
    doc = actors_of(
        "Perusahaan itu memakai teknologi AI dan GPU. Direksi PT Kereta Api Sentosa menyambutnya."
    )
    assert names(doc) == {"PT Kereta Api Sentosa"}
    doc = actors_of("The phone has an LED flash and runs the new OS with AI features.")
    assert names(doc) == set()


def test_a_head_final_organization_can_open_a_sentence():
    doc = actors_of(
        "Markets rose. National Motors was the best performer. Orbix Computer today introduced "
        "the new Zenbook line. Yesterday Parliament voted on the bill."
    )
    assert {"National Motors", "Orbix Computer"} <= names(doc)
    assert actor(doc, "National Motors").type == "organization"
    assert not any("Yesterday" in n for n in names(doc))
    assert actor(doc, "Parliament").type == "organization"  # a legislature acts by its head
    # not where heads come first: "Personel" opens the sentence, "Polri" is the body
    doc = actors_of("Aturan itu terbit pekan lalu. Personel Polri dan TNI berjaga.")
    assert not any("Personel" in n for n in names(doc))


def test_a_blog_cited_is_media():
    doc = actors_of("The phone leaked. In April, the technology blog Zentrix obtained a prototype.")
    assert actor(doc, "Zentrix").type == "media"


def test_an_office_heads_title_names_the_offices_place_before_the_holder():
    # "Kapolrestabes" is "Ka" + "Polrestabes" (head_prefixes, org_heads): the place follows it
    doc = actors_of(
        "Kasus itu marak. Kapolrestabes Sukamaju Kombes Harryo Wiratama menjelaskan langkah ini."
    )
    harryo = actor(doc, "Harryo Wiratama")
    assert (harryo.role, harryo.affiliation) == ("Kapolrestabes", "Polrestabes Sukamaju")
    assert all(a.type != "person" for a in doc.actors if a.name != "Harryo Wiratama")


def test_roman_numbers_alone_are_no_actors():
    doc = actors_of(
        "Data itu diperbarui pada triwulan II-IV setiap tahun. Rapat Komisi XII membahas "
        "triwulan IV."
    )
    assert names(doc) == {"Komisi XII"}


def test_a_portfolio_the_text_writes_after_an_office_is_the_titles():
    doc = actors_of(
        "Kementerian Purna mencatat lonjakan. Menteri Purna Agus Andriawan mengatakan hal itu."
    )
    agus = actor(doc, "Agus Andriawan")
    assert agus.role == "Menteri Purna"
    # a name's first word the text never writes after an office stays the name's
    doc = actors_of(
        "Kementerian Hukum menggelar rapat. Menteri Hendra Wijaya Saputra mengatakan hal itu."
    )
    assert actor(doc, "Hendra Wijaya Saputra").role == "Menteri"


def test_a_bodys_name_beats_a_media_cue_before_it():
    doc = actors_of(
        "Angka itu diumumkan oleh Badan Pusat Statistik (BPS). Namun ada perbedaan dengan versi "
        "yang dilaporkan BPS."
    )
    assert actor(doc, "Badan Pusat Statistik").type == "organization"


def test_a_party_named_by_an_acronym_and_a_common_word_is_no_holder():
    doc = actors_of(
        "Deni Wicaksono hadir. Politisi PDI Perjuangan itu menambahkan tata kelola masih lemah."
    )
    assert "Perjuangan" not in names(doc)
    assert all(a.type != "person" or a.name == "Deni Wicaksono" for a in doc.actors)


def test_a_provinces_short_form_and_name_come_before_the_governor():
    doc = actors_of(
        "Rapat digelar. Ia mendukung langkah Gubernur DKI Jakarta Pramudya Anwar yang meminta "
        "dinas bergerak."
    )
    pramudya = actor(doc, "Pramudya Anwar")
    assert (pramudya.role, pramudya.affiliation) == ("Gubernur", "DKI Jakarta")


def test_a_title_of_a_body_before_the_holders_name_in_commas_is_the_holders():
    doc = actors_of(
        "Markets fell. The vice president of Orvana, Constantin Marescu, said that the price is "
        "not important."
    )
    marescu = actor(doc, "Constantin Marescu")
    assert (marescu.role, marescu.affiliation) == ("vice president", "Orvana")
    assert not any(n.startswith("vice president") for n in names(doc))


def test_english_officer_titles_automobile_makers_and_holidays():
    doc = actors_of(
        'Markets fell. "The crisis is bad," said David Brennan, the chief investment officer of '
        "Brennan Value Management. Ford will buy the Romanian plant Automobile Carpatia, a "
        "Romanian official said. Sales rose before Christmas."
    )
    assert actor(doc, "David Brennan").role == "chief investment officer"
    assert actor(doc, "Automobile Carpatia").type == "organization"
    assert "Christmas" not in names(doc)


def test_a_lower_case_title_before_a_short_name_and_a_holder():
    doc = actors_of(
        "KPU menggelar rapat. Hal itu disampaikan ketua KPU Affandi Rusli kepada wartawan. "
        "Rapat digelar. Asisten II Setdaprov Jambi Helmi Darmawan mengatakan pasar dipantau."
    )
    affandi = actor(doc, "Affandi Rusli")
    assert (affandi.role, affandi.affiliation) == ("ketua KPU", "KPU")
    helmi = actor(doc, "Helmi Darmawan")
    assert (helmi.role, helmi.affiliation) == ("Asisten II", "Setdaprov Jambi")


def test_a_provinces_short_form_is_a_place_and_a_rank_after_it_opens_the_holder():
    doc = actors_of(
        "Mahasiswa berdemo di depan Kantor Gubernur Jateng. Kabid Humas Polda Jatim Kombes Ferry "
        "Walandouw mengatakan situasi aman."
    )
    assert all(a.type != "person" for a in doc.actors if a.name != "Ferry Walandouw")
    ferry = actor(doc, "Ferry Walandouw")
    assert (ferry.role, ferry.affiliation) == ("Kabid Humas", "Polda Jatim")


def test_an_english_lone_word_before_a_subject_verb_mid_sentence_is_an_organization():
    doc = actors_of("Markets fell. Shares dropped after Zentrix announced a rival chip on Monday.")
    assert actor(doc, "Zentrix").type == "organization"


def test_another_name_introduced_after_a_name_is_the_same_person():
    doc = actors_of(
        "Menteri Sosial Syamsul Rahmat atau yang akrab disapa Gus Rahmat mengungkap hal itu. "
        '"Data kami makin akurat," kata Gus Rahmat. Presiden Republik Indonesia Hendra Arief hadir.'
    )
    rahmat = actor(doc, "Syamsul Rahmat")
    assert "Gus Rahmat" in rahmat.aliases
    assert rahmat.role == "Menteri Sosial"
    assert actor(doc, "Republik Indonesia").type == "country"
    assert actor(doc, "Hendra Arief").country == "ID"


@pytest.mark.parametrize(
    "text",
    [
        # a noun describing the person, an alias introducer, and a demonstrative pointing back
        "Pria yang karib disapa Gus Rahmat ini menuturkan, data kami makin akurat.",
        # ... or after a verb of saying: the one speaking is the one named before
        '"Data kami makin akurat," kata pria yang akrab disapa Gus Rahmat di Istana.',
    ],
)
def test_a_described_person_s_other_name_is_the_person_named_before(text):
    doc = actors_of("Menteri Sosial Syamsul Rahmat hadir di Jakarta. " + text)
    assert "Gus Rahmat" in actor(doc, "Syamsul Rahmat").aliases
    assert [a.name for a in doc.actors if a.type == "person"] == ["Syamsul Rahmat"]


def test_someone_new_introduced_by_an_alias_stays_someone_else():
    doc = actors_of(
        "Menteri Sosial Syamsul Rahmat hadir di Jakarta. Seorang pria yang akrab disapa Dedi "
        "Hartono ikut hadir."
    )
    assert "Dedi Hartono" not in actor(doc, "Syamsul Rahmat").aliases
    assert actor(doc, "Dedi Hartono").type == "person"


def test_a_bodys_head_opens_an_organization_and_english_company_titles():
    doc = actors_of(
        "Rapat digelar. Sementara itu, Ketua Umum DPN Tani Sejahtera, Dodi Muzaki menyampaikan "
        "programnya. Wati Sari, guru di sekolah itu, mengatakan siswa aman."
    )
    dodi = actor(doc, "Dodi Muzaki")
    assert (dodi.role, dodi.affiliation) == ("Ketua Umum", "DPN Tani Sejahtera")
    assert actor(doc, "Wati Sari").role == "guru"
    doc = actors_of(
        '"The plan is good," said William Clay Harper Jr., executive chairman of Harper Motor '
        "Co.. Derek Jostin, the company's vice-president of marketing, agreed."
    )
    assert actor(doc, "Harper Motor Co").type == "organization"
    assert actor(doc, "Derek Jostin").role == "vice-president of marketing"


def test_a_brand_in_two_short_humps_stays_one_word():
    doc = actors_of(
        "Rumors grew. The site ZentriInsider reported that sources have seen the device. "
        "ZentriInsider said so."
    )
    assert names(doc) == {"ZentriInsider"}


def test_a_lawyer_of_a_person_does_not_make_the_person_a_company():
    doc = actors_of(
        "Sidang ditunda. Pengacara Pramudi, Yakob Hasian, mengatakan kliennya siap hadir. "
        "Pramudi belum berkomentar."
    )
    assert actor(doc, "Pramudi").type == "person"


def test_a_company_title_with_its_portfolio_after_of_before_the_holder():
    doc = actors_of(
        "Users of Zentrix devices can set a limit. Zentrix's vice-president of marketing, Derek "
        "Jostin, said that the patch works."
    )
    derek = actor(doc, "Derek Jostin")
    assert (derek.role, derek.affiliation) == ("vice-president of marketing", "Zentrix")
    assert actor(doc, "Zentrix").type == "organization"


def test_a_jurisdictions_title_before_its_place_alone_names_no_holder():
    doc = actors_of(
        "Tim tiba di Sukaraja pada sore hari. Kami disambut langsung oleh Kapolres Sukaraja "
        "dengan penuh kehangatan. Hal itu disampaikan Bupati Khofiyah kepada wartawan."
    )
    assert actor(doc, "Sukaraja").type == "place"
    assert actor(doc, "Khofiyah").role == "Bupati"


def test_an_office_named_after_its_holders_title_is_no_person():
    doc = actors_of(
        "Hal itu diungkap usai beraudiensi dengan Gubernur Jawa Tengah Ahmad Lutfiana di Kantor "
        "Gubernur Jawa Tengah, Sukamaju, hari ini. Mahasiswa berdemo di depan Kantor Gubernur "
        "Jateng."
    )
    people = [a.name for a in doc.actors if a.type == "person"]
    assert people == ["Ahmad Lutfiana"]
    assert actor(doc, "Ahmad Lutfiana").role == "Gubernur"
    assert actor(doc, "Kantor Gubernur Jawa Tengah").type == "organization"


def test_an_ordinal_after_a_title_and_more_titles_of_the_press():
    doc = actors_of(
        "Anggaran naik pada masa awal pemerintahan Presiden ke-7 Hendra Arief yang banyak "
        "membangun. Hal itu dikatakan Karo Ops Polda Sukamaju Brigjen Hadi Utama di kantornya. "
        "Komedian Jarwo Kusno menyadari pentingnya investasi."
    )
    assert actor(doc, "Hendra Arief").role == "Presiden ke-7"
    assert actor(doc, "Hadi Utama").role == "Karo"
    assert actor(doc, "Jarwo Kusno").role == "Komedian"


def test_an_ordinal_after_a_title_s_country_or_region_is_the_title_s():
    doc = actors_of(
        "Proyek dimulai pada masa pemerintahan Presiden RI ke-7 Hendra Arief. Gubernur Jawa "
        "Barat ke-15 Rina Wati meresmikannya."
    )
    assert (actor(doc, "Hendra Arief").role, actor(doc, "Rina Wati").role) == (
        "Presiden",
        "Gubernur",
    )


# --- an organization the title points back to -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Orvex Inc said sales fell. Tom Harlan, chief financial officer of the company, "
            "explained the plan.",
            "Tom Harlan",
            "chief financial officer",
        ),
        (
            "Orvex Inc said sales fell. The vice president and general counsel of the firm, "
            "Tom Harlan, explained the plan.",
            "Tom Harlan",
            "vice president and general counsel",
        ),
        (
            "PT Sinar Terang mencatat laba naik. Direktur Utama perusahaan tersebut, Budi "
            "Santosa, menjelaskan rencana itu.",
            "Budi Santosa",
            "Direktur Utama",
        ),
        (
            "PT Sinar Terang mencatat laba naik. Budi Santosa, Direktur Keuangan perseroan, "
            "menjelaskan rencana itu.",
            "Budi Santosa",
            "Direktur Keuangan",
        ),
    ],
)
def test_an_org_noun_in_a_title_points_back_to_the_organization_named(text, person, role):
    doc = actors_of(text)
    holder = actor(doc, person)
    assert (holder.role, holder.affiliation) == (role, doc.actors[0].name)


def test_a_company_of_a_kind_is_no_reference_to_the_company_named():
    doc = actors_of(
        "PT Sinar Terang mencatat laba naik. Budi Santosa, direktur perusahaan tambang dari "
        "Kalimantan, menjelaskan rencana itu."
    )
    assert actor(doc, "Budi Santosa").affiliation != "PT Sinar Terang"


def test_the_org_named_first_is_found_once_names_are_typed():
    # "Orvex" has no cue where the title is read; the text makes it an organization later.
    doc = actors_of(
        "Talks between Delmar and Orvex stalled. Orvex says it owns the brand since it bought "
        "Kestrel Systems Corp in 1996. The vice president of the company, Tom Harlan, defended "
        "the claim."
    )
    assert actor(doc, "Tom Harlan").affiliation == "Orvex"


def test_a_company_title_with_no_company_named_is_held_in_the_company_named_last():
    doc = actors_of(
        "Orvex Inc reported a loss on Monday. The Ministry of Trade welcomed the figures. "
        "Chief executive Tom Harlan said the plan would work."
    )
    assert actor(doc, "Tom Harlan").affiliation == "Orvex Inc"
    doc = actors_of(
        "Regulators at the Ministry of Transport criticised Delmar Corp and its chief "
        "executive Tom Harlan on Monday."
    )
    assert actor(doc, "Tom Harlan").affiliation == "Delmar Corp"
    doc = actors_of(
        "PT Sinar Terang disebut merugi. Kepala Seksi Pidana Khusus Kejaksaan Negeri Sukamaju Rudi "
        "Hartono menjelaskan kasus itu. Tersangka AB selaku mantan direktur utama ditahan."
    )
    assert actor(doc, "AB").affiliation == "PT Sinar Terang"


def test_an_analyst_at_the_bank_is_a_person_and_her_town_no_person():
    doc = actors_of("Orvex Inc said sales rose. Ann Vickers, an analyst at the bank, agreed.")
    assert actor(doc, "Ann Vickers").type == "person"
    doc = actors_of("Orvex Inc said sales rose. Ann Vickers, an analyst at a bank in Ohio, agreed.")
    assert actor(doc, "Ohio").type == "place" and actor(doc, "Ann Vickers").role == "analyst"


def test_portfolio_words_opening_a_company_name_are_the_company_s():
    for text in (
        "Tom Harlan, the Chief Executive Officer of General Airways, spoke on Monday.",
        "Chief Executive Officer of General Airways Tom Harlan spoke on Monday.",
    ):
        holder = actor(actors_of(text), "Tom Harlan")
        assert (holder.role, holder.affiliation) == ("Chief Executive Officer", "General Airways")


def test_a_headquarters_short_form_opens_an_organization_never_a_person():
    doc = actors_of(
        "Komandan Satuan Sandi Mabes Polri, Brigjen Budi Santosa, membuka acara itu pada "
        "Senin. Rapat itu juga dihadiri Komandan Pasukan Khusus (Danpasus) Mabes TNI, Kolonel "
        "Rudi Hartono."
    )
    assert actor(doc, "Budi Santosa").affiliation == "Mabes Polri"
    assert {a.name for a in doc.actors if a.type == "person"} == {"Budi Santosa", "Rudi Hartono"}


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            "Kanit Reskrim Polsek Sukamaju Iptu Budi Santosa mengatakan tersangka sudah ditahan.",
            "Budi Santosa",
            "Kanit Reskrim",
            "Polsek Sukamaju",
        ),
        (
            "Kepala SMA Negeri 1 Sukamaju, Rina Wulandari, membenarkan kejadian itu.",
            "Rina Wulandari",
            "Kepala SMA Negeri 1 Sukamaju",
            "SMA Negeri 1 Sukamaju",
        ),
        (
            "Direktur PT Angkasa Raya 2 Budi Santosa hadir dalam rapat itu.",
            "Budi Santosa",
            "Direktur PT Angkasa Raya 2",
            "PT Angkasa Raya 2",
        ),
        (
            "Tuntutan itu dibacakan Jaksa Penuntut Umum (JPU) Budi Santosa pada Senin.",
            "Budi Santosa",
            "Jaksa Penuntut Umum",
            "Indonesia",
        ),
        (
            "Vonis dibacakan Ketua Majelis Hakim Ni Made Sari pada sidang itu.",
            "Ni Made Sari",
            "Ketua Majelis Hakim",
            "Indonesia",
        ),
    ],
)
def test_court_police_and_school_titles_with_their_offices(text, person, role, affiliation):
    doc = actors_of(text)
    holder = actor(doc, person)
    assert (holder.role, holder.affiliation) == (role, affiliation)
    assert [a.name for a in doc.actors if a.type == "person"] == [person]


def test_a_word_for_yesterday_after_a_title_is_no_person():
    doc = actors_of('"Tim Jaksa, Kemarin (3/4), sudah menerima berkas itu," ujarnya.')
    assert "Kemarin" not in names(doc)


def test_english_titles_of_doctors_traders_and_employees():
    doc = actors_of("Tom Harlan, a doctor at Kestrel University, treated the patient.")
    assert (actor(doc, "Tom Harlan").role, actor(doc, "Tom Harlan").affiliation) == (
        "doctor",
        "Kestrel University",
    )
    doc = actors_of("Tom Harlan, an Orvex employee, presented the new design.")
    assert (actor(doc, "Tom Harlan").role, actor(doc, "Tom Harlan").affiliation) == (
        "employee",
        "Orvex",
    )
    doc = actors_of("The Justice Department said the case was closed.")
    assert [(a.name, a.type) for a in doc.actors] == [("Justice Department", "organization")]


def test_a_portfolio_after_a_title_is_not_part_of_the_name():
    doc = actors_of(
        "European Commissioner for Competition Dana Reyes opened an inquiry into the merger "
        "on Monday."
    )
    assert actor(doc, "Dana Reyes").role == "Commissioner for Competition"
    # a union's title: no state guessed for it, even where the text names one state most
    doc = actors_of(
        "Sales fell in Britain. British officials were worried. European Commissioner for "
        "Competition Dana Reyes opened an inquiry. Minister Tom Harlan welcomed it."
    )
    assert actor(doc, "Dana Reyes").affiliation is None
    assert actor(doc, "Tom Harlan").affiliation == "United Kingdom"


def test_a_place_is_no_holder_of_the_title_in_the_apposition_after_it():
    doc = actors_of("Speaking at a forum in Kestrelton, the bank chief warned of higher rates.")
    assert [(a.name, a.type) for a in doc.actors] == [("Kestrelton", "place")]
    doc = actors_of(
        "Warga menyerahkan surat itu ke Budi Santosa selaku Kepala Dinas Pekerjaan Umum."
    )
    assert actor(doc, "Budi Santosa").role == "Kepala Dinas Pekerjaan Umum"


def test_a_name_of_rare_words_listed_with_an_organization_is_one_in_english():
    doc = actors_of(
        "Both Orvex Corp and Quarvex Halstrom bid for the contract, and neither "
        "commented. Tom Harlan and Kinta Kawai met Orvex Corp."
    )
    assert actor(doc, "Quarvex Halstrom").type == "organization"
    assert actor(doc, "Kinta Kawai").type == "person"
    doc = actors_of("Tender itu dimenangi PT Sinar Terang dan Riki Halstrom setelah rapat panjang.")
    assert actor(doc, "Riki Halstrom").type == "person"


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            "Kasi Humas Polresta Sukamaju I Ketut Sukarta mengatakan pelaku sudah ditangkap.",
            "I Ketut Sukarta",
            "Kasi Humas",
            "Polresta Sukamaju",
        ),
        (
            "Menurut I Made Santika, warga setempat, banjir datang tiba-tiba.",
            "I Made Santika",
            "warga setempat",
            None,
        ),
    ],
)
def test_balinese_names_keep_their_i_and_are_people(text, person, role, affiliation):
    doc = actors_of(text)
    holder = actor(doc, person)
    assert (holder.type, holder.role, holder.affiliation) == ("person", role, affiliation)
    assert "Komisi I" in names(actors_of("Rapat Komisi I dihadiri Budi Santosa."))


def test_its_title_is_held_in_the_organization_named_before():
    for text in (
        "The Ministry of Trade said sales rose. Its spokesman, Tom Harlan, explained the plan.",
        "The Ministry of Trade said sales rose. Tom Harlan, its spokesman, explained the plan.",
    ):
        holder = actor(actors_of(text), "Tom Harlan")
        assert (holder.role, holder.affiliation) == ("spokesman", "Ministry of Trade")


@pytest.mark.parametrize(
    ("text", "lawyer", "client"),
    [
        (
            "Kuasa hukum Rina Wulandari, Budi Santosa, mengatakan kliennya akan melapor ke "
            "polisi pekan depan.",
            "Budi Santosa",
            "Rina Wulandari",
        ),
        (
            "Budi Santosa selaku kuasa hukum Rina Wulandari mengatakan kliennya tidak bersalah.",
            "Budi Santosa",
            "Rina Wulandari",
        ),
        (
            "Tom Harlan, a lawyer for Dana Reyes, said the charges were false.",
            "Tom Harlan",
            "Dana Reyes",
        ),
        (
            "Dana Reyes's lawyer, Tom Harlan, said the charges were false.",
            "Tom Harlan",
            "Dana Reyes",
        ),
    ],
)
def test_a_lawyer_s_title_belongs_to_the_client_named_with_it(text, lawyer, client):
    doc = actors_of(text)
    assert actor(doc, lawyer).affiliation == client
    assert (actor(doc, client).type, actor(doc, client).role) == ("person", None)


def test_a_lawyer_named_after_the_title_is_the_lawyer():
    doc = actors_of("Pengacara Budi Santosa mengatakan kliennya tidak bersalah.")
    assert (actor(doc, "Budi Santosa").role, actor(doc, "Budi Santosa").affiliation) == (
        "Pengacara",
        None,
    )


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            '"Kami datang ke lokasi," kata Kapolsek Sukamaju Barat AKP Joko Prasetyo, Sabtu.',
            "Joko Prasetyo",
            "Kapolsek",
            "Polsek Sukamaju Barat",
        ),
        (
            "Wakapolda Sukamaju Brigjen Budi Santosa menambahkan, gedung itu selesai.",
            "Budi Santosa",
            "Wakapolda",
            "Polda Sukamaju",
        ),
        (
            "Wali Kota (Walkot) Sukamaju Budi Santosa meresmikan taman kota itu.",
            "Budi Santosa",
            "Wali Kota",
            "Sukamaju",
        ),
    ],
)
def test_a_glued_head_s_title_belongs_to_its_office_in_the_place(text, person, role, affiliation):
    doc = actors_of(text)
    assert held(doc, person) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            "Dana Reyes, chief market economist at Kestrel Securities, said bonds rallied.",
            "Dana Reyes",
            "chief market economist",
            "Kestrel Securities",
        ),
        (
            "Dana Reyes, a market analyst from Kestrel Capital, said prices fell.",
            "Dana Reyes",
            "market analyst",
            "Kestrel Capital",
        ),
        (
            "Dana Reyes, an analyst with Kestrel Capital, said sales doubled.",
            "Dana Reyes",
            "analyst",
            "Kestrel Capital",
        ),
        (
            '"Prices fell," said Dana Reyes, the White House Press Secretary.',
            "Dana Reyes",
            "Press Secretary",
            "White House",
        ),
        (
            "The team met the Prime Minister of Singapore, Mr. Tan Boon Heng, on Monday.",
            "Tan Boon Heng",
            "Prime Minister",
            "Singapore",
        ),
        (
            "Orders rose, Orvex & Talmont spokeswoman Dana Reyes said.",
            "Dana Reyes",
            "spokeswoman",
            "Orvex & Talmont",
        ),
        (
            "A spokeswoman for Orvex & Talmont, Dana Reyes, said orders rose.",
            "Dana Reyes",
            "spokeswoman",
            "Orvex & Talmont",
        ),
    ],
)
def test_english_titles_with_their_portfolio_and_organization(text, person, role, affiliation):
    doc = actors_of(text)
    assert held(doc, person) == (role, affiliation)


def test_names_joined_by_an_ampersand_are_one_company_not_a_person():
    doc = actors_of("Shares of Orvex & Talmont fell 12 percent on Thursday.")
    assert actor(doc, "Orvex & Talmont").type == "organization"
    doc = actors_of("Dana Reyes & Tom Harlan opened a bakery in the old market hall.")
    assert {a.name for a in doc.actors if a.type == "person"} == {"Dana Reyes", "Tom Harlan"}


def test_an_office_of_short_forms_before_the_holder_s_comma_is_no_person():
    doc = actors_of('"Pemerintah lamban," kata Ketua BEM Unsuka, Rina Wati, Senin (20/10/2025).')
    assert [a.name for a in doc.actors if a.type == "person"] == ["Rina Wati"]
    assert actor(doc, "Rina Wati").affiliation == "BEM Unsuka"


def test_a_title_of_an_office_with_a_demonstrative_points_back_to_the_person():
    doc = actors_of(
        'Budi Santosa mengaku kecewa. "Kami mendorong dinas terkait bekerja," kata Ketua DPC '
        "Partai Maju Sukamaju itu."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Budi Santosa"]
    assert actor(doc, "Budi Santosa").affiliation == "DPC Partai Maju Sukamaju"
    # a title and a name with a demonstrative: the name is the person's, not an office's
    doc = actors_of('"Kalau ada pemimpin seperti Profesor Budi ini, semua beres," kata Rina Wati.')
    assert actor(doc, "Budi").type == "person"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Kepala Kejaksaan Tinggi Sumsel Budi Santosa menambahkan, berkas perkara itu lengkap.",
            "Budi Santosa",
            "Kepala Kejaksaan Tinggi Sumsel",
        ),
        ("Wakil Ketua KPK Rina Wati mengatakan hal itu.", "Rina Wati", "Wakil Ketua KPK"),
        # a title that says something alone keeps to itself
        ("Ketua Umum Partai Maju Budi Santosa mengatakan hal itu.", "Budi Santosa", "Ketua Umum"),
    ],
)
def test_a_head_s_title_is_written_with_its_office(text, person, role):
    assert actor(actors_of(text), person).role == role


def test_an_acronym_spelling_a_country_and_the_name_after_it_names_one_organization():
    doc = actors_of("Peneliti Indonesia Policy Forum (IPF) Budi Santosa menilai harga beras naik.")
    assert actor(doc, "Budi Santosa").affiliation == "Indonesia Policy Forum"
    assert "IPF" in actor(doc, "Indonesia Policy Forum").aliases
    assert "Indonesia" not in names(doc)


def test_common_words_before_a_state_title_are_no_jurisdiction():
    doc = actors_of(
        "Warga menggelar acara 5 Tahun Kepemimpinan Presiden Budi Santosa di alun-alun kota."
    )
    assert actor(doc, "Budi Santosa").affiliation == "Indonesia"
    # where a title's place comes before it, the place is whose title it is
    doc = actors_of("Kestrel senator Dana Reyes said the plant would stay open.")
    assert actor(doc, "Dana Reyes").affiliation == "Kestrel"


def test_the_holder_after_an_office_s_short_form_and_another_office():
    doc = actors_of(
        "Ketua Tim Anggaran Pemerintah Daerah (TAPD) Pemkab Sukamaju Andi Rahman mengatakan "
        "hal itu."
    )
    andi = actor(doc, "Andi Rahman")
    assert (andi.role, andi.affiliation) == (
        "Ketua Tim Anggaran Pemerintah Daerah",
        "Tim Anggaran Pemerintah Daerah",
    )
    # a name alone after the short form is the holder, whole
    doc = actors_of("Hal itu disampaikan Direktur Lembaga Kajian Nusantara (LKN) Rina Wati Kusuma.")
    assert actor(doc, "Rina Wati Kusuma").role == "Direktur Lembaga Kajian Nusantara"


def test_common_local_given_names_are_the_language_s_own():
    # "Abdul" is no foreign name in Indonesian: an unqualified minister is the home state's
    doc = actors_of("Menteri Pendidikan Abdul Rahmat Hidayat meninjau sekolah itu.")
    assert actor(doc, "Abdul Rahmat Hidayat").affiliation == "Indonesia"


def test_a_glued_head_s_district_named_by_short_forms_is_its_office_s():
    doc = actors_of('"Kami datang ke lokasi," ujar Kapolsek SU I AKP Joko Prasetyo, Sabtu.')
    assert actor(doc, "Joko Prasetyo").affiliation == "Polsek SU I"


def test_a_body_s_region_after_its_short_name_belongs_to_it():
    doc = actors_of("Jaksa belum memeriksa mantan Ketua DPRD Jatim Wardoyo dalam perkara itu.")
    wardoyo = actor(doc, "Wardoyo")
    assert (wardoyo.role, wardoyo.affiliation) == ("mantan Ketua DPRD Jatim", "DPRD Jatim")


def test_a_foreign_looking_name_with_no_foreign_state_named_holds_the_home_title():
    doc = actors_of("Polisi memeriksa Wakil Menteri Ketenagakerjaan Immanuel Santoso di kantornya.")
    assert actor(doc, "Immanuel Santoso").affiliation == "Indonesia"
    doc = actors_of("Presiden AS John Carter bertemu Presiden Michael Brown di kantornya.")
    assert actor(doc, "Michael Brown").country == "US"


def test_a_portfolio_word_that_also_opens_sentences_stays_in_the_title():
    doc = actors_of("Menteri Dalam Negeri Budi Santosa membuka rapat itu pagi ini.")
    budi = actor(doc, "Budi Santosa")
    assert (budi.role, budi.affiliation) == ("Menteri Dalam Negeri", "Indonesia")


def test_an_airport_named_after_an_organization_s_head_is_a_place():
    doc = actors_of("The plane landed at Kestrel International Airport on Monday.")
    assert actor(doc, "Kestrel International Airport").type == "place"


def test_an_organization_s_name_stops_before_a_form_of_address_after_a_conjunction():
    doc = actors_of("Program itu dijalankan Gerakan Peduli Lansia dan Ibu Menyusui bersama warga.")
    assert not any(a.name.endswith(" dan") for a in doc.actors)


def test_a_head_of_two_words_alone_names_no_organization():
    doc = actors_of(
        "Pemerintah Kota Sukamaju membuka layanan baru. Pemerintah Kota juga menyiapkan petugas."
    )
    assert [a.name for a in doc.actors if a.type == "organization"] == ["Pemerintah Kota Sukamaju"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Congress must act, said the senator. The Senate will vote on Monday.",
            {"Congress", "Senate"},
        ),
        (
            "The United States Senate passed the bill. The Senate meets again in May.",
            {"United States Senate"},
        ),
        (
            "DPR menolak usulan itu. Kongres AS juga menolak. Kongres akan bersidang lagi.",
            {"DPR", "Kongres AS"},
        ),
    ],
)
def test_a_legislature_named_by_its_head_alone_is_one_body(text, bodies):
    doc = actors_of(text)
    assert {a.name for a in doc.actors if a.type == "organization"} == bodies


def test_one_word_and_a_name_ending_in_a_head_are_one_organization():
    doc = actors_of("The Securities and Exchange Commission opened an inquiry on Friday.")
    assert [a.name for a in doc.actors] == ["Securities and Exchange Commission"]


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            'Kasi Intel Kejari Sukamaju Budi Santosa hadir. "Berkas sudah lengkap," kata Kasi '
            "Intel, Rabu (5/3/2025).",
            "Budi Santosa",
            "Kasi Intel",
            "Kejari Sukamaju",
        ),
        (
            "Asisten Pidana Khusus (Aspidsus) Kejati Sukamaju, Rina Wati menjelaskan perkara itu.",
            "Rina Wati",
            "Asisten Pidana Khusus",
            "Kejati Sukamaju",
        ),
    ],
)
def test_a_section_of_an_office_is_the_title_s_portfolio_not_a_person(
    text, person, role, affiliation
):
    doc = actors_of(text)
    assert held(doc, person) == (role, affiliation)
    assert [a.name for a in doc.actors if a.type == "person"] == [person]


def test_a_national_commission_and_a_working_group_are_organizations():
    doc = actors_of("Komnas HAM menerima laporan itu. Pokja Kemasyarakatan juga hadir.")
    assert {a.name: a.type for a in doc.actors} == {
        "Komnas HAM": "organization",
        "Pokja Kemasyarakatan": "organization",
    }


def test_a_company_named_by_heads_in_a_row_can_open_a_sentence():
    doc = actors_of(
        "Markets fell again. General Airways Corporation (GAC) reported a loss for the year."
    )
    assert actor(doc, "General Airways Corporation").type == "organization"
    assert "GAC" in actor(doc, "General Airways Corporation").aliases


def test_a_country_s_long_english_name_is_the_country():
    doc = actors_of("The delegation flew to the United States of America last week.")
    assert [(a.name, a.type) for a in doc.actors] == [("United States of America", "country")]


def test_an_acronym_spelling_names_joined_by_an_ampersand_makes_them_one():
    doc = actors_of("The deal was signed by Kestrel Research & Orvex Labs (KROL) on Monday.")
    assert [a.name for a in doc.actors] == ["Kestrel Research & Orvex Labs"]


def test_a_title_holding_an_office_s_head_belongs_to_that_office_in_the_place():
    doc = actors_of("Kepala Dinas Pendidikan Sukamaju, Yusuf, mengatakan sekolah dibuka.")
    yusuf = actor(doc, "Yusuf")
    assert (yusuf.role, yusuf.affiliation) == (
        "Kepala Dinas Pendidikan",
        "Dinas Pendidikan Sukamaju",
    )


def test_a_place_s_short_form_in_brackets_after_a_title_is_the_place_no_holder():
    doc = actors_of("Pejabat yang diperiksa itu merupakan Bupati Sukamaju Timur (Sutim).")
    assert [a for a in doc.actors if a.type == "person"] == []


@pytest.mark.parametrize(
    "text, body, words",
    [
        # no title before the body: its own name follows its short form
        (
            "Para petani dari Kelompok Tani Hutan (KTH) Bina Lestari menerima bantuan bibit.",
            "Kelompok Tani Hutan Bina Lestari",
            "Bina Lestari",
        ),
        (
            "Wajib pajak datang ke Kantor Pelayanan Pajak (KPP) Pratama Sukamaju kemarin.",
            "Kantor Pelayanan Pajak Pratama Sukamaju",
            "Pratama Sukamaju",
        ),
        # a given name too, after a noun of what the speakers are
        (
            "Sejumlah mahasiswa dari Universitas Islam Negeri (UIN) Sunan Wiratmo Hadi berunjuk "
            "rasa.",
            "Universitas Islam Negeri Sunan Wiratmo Hadi",
            "Sunan Wiratmo Hadi",
        ),
    ],
)
def test_a_body_s_own_name_after_its_short_form_is_no_person(text, body, words):
    doc = actors_of(text)
    assert actor(doc, body).type == "organization"
    assert not [a for a in doc.actors if a.type == "person"], words


def test_a_body_s_name_after_its_short_form_in_an_apposition_is_the_holder_s_affiliation():
    doc = actors_of(
        "Dedi Hartono, ketua Lembaga Swadaya Masyarakat (LSM) Garuda Sakti, mengatakan hal itu."
    )
    assert held(doc, "Dedi Hartono") == (
        "ketua Lembaga Swadaya Masyarakat",
        "Lembaga Swadaya Masyarakat Garuda Sakti",
    )
    assert names(doc) == {"Dedi Hartono", "Lembaga Swadaya Masyarakat Garuda Sakti"}


@pytest.mark.parametrize(
    "text, name, role",
    [
        # a title before the body: its holder follows the short form (an outlet before the
        # comma is no holder the title stands in apposition to)
        (
            "Kepada Kompas.com, Kepala Badan Gizi Sukamaju (BGS) Dedi Hartono, mengatakan itu.",
            "Dedi Hartono",
            "Kepala Badan Gizi Sukamaju",
        ),
        # ... over a bracketed short form and "dari" between the title and the body
        (
            "Hal itu disampaikan mantan Direktur Utama (Dirut) PT Kestrel Gas Negara (KGN) Rina "
            "Wati kepada wartawan.",
            "Rina Wati",
            "mantan Direktur Utama",
        ),
        (
            "Wakil Ketua MPR dari Fraksi Partai Kestrel Raya (PKR) Wiratmo Hadi optimistis.",
            "Wiratmo Hadi",
            "Wakil Ketua MPR",
        ),
    ],
)
def test_a_holder_after_a_body_s_short_form_stays_a_person(text, name, role):
    assert actor(actors_of(text), name).role == role


def test_a_name_with_a_short_form_of_its_own_after_a_body_s_short_form_stays_apart():
    doc = actors_of(
        "Menurut Badan Pusat Statistik (BPS) Indeks Pembangunan Manusia (IPM) Sukamaju naik."
    )
    assert actor(doc, "BPS").name == "Badan Pusat Statistik"


@pytest.mark.parametrize(
    "text, role, affiliation",
    [
        (
            "Kepala Desa Sukamaju, Kecamatan Kestrel, Kabupaten Serang, Dedi Hartono, mengatakan "
            "warga sudah mengungsi.",
            "Kepala Desa",
            "Sukamaju",
        ),
        (
            "Menurut Ketua RT 05, RW 03, Klaster Kestrel, Perumahan Griya Asri, Cakung Timur, "
            "Dedi Hartono, bau sampah tercium sejak pagi.",
            "Ketua RT 05",
            "RT 05",
        ),
    ],
)
def test_the_parts_of_an_address_between_a_title_and_its_holder(text, role, affiliation):
    doc = actors_of(text)
    assert held(doc, "Dedi Hartono") == (role, affiliation)
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dedi Hartono"]


@pytest.mark.parametrize(
    "text",
    [
        "Ketua RT 05 Dedi Hartono mengatakan warga sudah mengungsi.",
        "Dedi Hartono, Ketua RT 05, mengatakan warga sudah mengungsi.",
    ],
)
def test_the_head_of_a_numbered_unit_belongs_to_it(text):
    assert held(actors_of(text), "Dedi Hartono") == ("Ketua RT 05", "RT 05")


def test_a_title_s_own_place_before_the_holder_s_comma_is_no_address():
    doc = actors_of(
        "Sementara itu, Gubernur Sukamaju Tengah, Dedi Hartono menyatakan wilayahnya aman."
    )
    assert held(doc, "Dedi Hartono") == ("Gubernur", "Sukamaju Tengah")


def test_a_lower_case_place_noun_ending_a_sentence_is_no_cue_for_the_next_name():
    doc = actors_of(
        '"Yang dikawal adalah program di kota. Kestrel Mulia akan menjawab dua sisi," kata Dedi '
        "Hartono."
    )
    assert "place" not in {a.type for a in doc.actors}


def test_a_title_after_a_relative_is_the_relative_s_not_the_person_named():
    doc = actors_of("Laporan itu dibuat istri Bupati Sukamaju Utara (Sumut) berinisial RH.")
    assert held(doc, "RH") == (None, None)
    doc = actors_of("Laporan itu dibuat Bupati Sukamaju Utara (Sumut) berinisial RH.")
    assert actor(doc, "RH").role == "Bupati"


def test_the_owner_in_the_possessive_comes_before_a_portfolio_named_after_the_title():
    doc = actors_of(
        "The post will be filled by Dana Reyes, Orvex's senior vice president for Kestrel "
        "engineering."
    )
    reyes = actor(doc, "Dana Reyes")
    assert (reyes.role, reyes.affiliation) == ("senior vice president", "Orvex")


def test_an_officer_s_rank_names_the_body_he_serves_in_when_nothing_else_does():
    doc = actors_of("Hal itu disampaikan AKBP Rina Wati kepada wartawan di lokasi.")
    assert actor(doc, "Rina Wati").affiliation == "Polri"
    doc = actors_of("Putusan itu dibacakan oleh Kolonel Budi Santosa di ruang sidang.")
    assert actor(doc, "Budi Santosa").affiliation == "TNI"
    # a title says more than a rank: the cabinet's secretary is the state's
    doc = actors_of("Sekretaris Kabinet Letkol Budi Santosa mengumumkan jadwal itu.")
    assert actor(doc, "Budi Santosa").affiliation == "Indonesia"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Polisi memeriksa Wamenaker Immanuel Santoso di kantornya.",
            "Immanuel Santoso",
            "Wamenaker",
        ),
        ("Hal itu dikatakan Kasintel Kejari Sukamaju Budi Santosa.", "Budi Santosa", "Kasintel"),
    ],
)
def test_short_titles_of_deputy_ministers_and_prosecutors_sections(text, person, role):
    assert actor(actors_of(text), person).role == role


def test_a_name_ending_in_jr_takes_the_apposition_after_its_stop():
    doc = actors_of(
        '"Sales will recover," said Dana Reyes Jr., executive chairman of Orvex Foods Co.'
    )
    reyes = actor(doc, "Dana Reyes Jr")
    assert (reyes.role, reyes.affiliation) == ("executive chairman", "Orvex Foods Co")


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            "Direktur Jenderal Pajak Budi Santosa mengatakan penerimaan naik.",
            "Budi Santosa",
            "Direktur Jenderal Pajak",
            "Indonesia",  # a state's office, though "Direktur" alone is a company's
        ),
        (
            "Deputi Gubernur Bank Indonesia Budi Santosa mengatakan hal itu.",
            "Budi Santosa",
            "Deputi Gubernur",
            "Bank Indonesia",
        ),
        (
            "Ekonom senior Lembaga Kajian Nusantara Budi Santosa mengatakan inflasi turun.",
            "Budi Santosa",
            "Ekonom senior",
            "Lembaga Kajian Nusantara",
        ),
    ],
)
def test_titles_read_whole_with_their_office(text, person, role, affiliation):
    doc = actors_of(text)
    assert held(doc, person) == (role, affiliation)


def test_a_ministry_s_portfolio_word_that_opens_sentences_stays_in_its_name():
    doc = actors_of("Kementerian Dalam Negeri menerbitkan surat edaran itu kemarin.")
    assert [a.name for a in doc.actors] == ["Kementerian Dalam Negeri"]


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        ("Dirjen Pajak Budi Santosa mengatakan penerimaan naik.", "Dirjen Pajak", "Indonesia"),
        (
            "Direktur Jenderal Strategi Ekonomi dan Fiskal Kemenkeu Budi Santosa mengatakan "
            "defisit aman.",
            "Direktur Jenderal Strategi Ekonomi dan Fiskal",
            "Kemenkeu",
        ),
    ],
)
def test_a_directorate_s_portfolio_is_the_title_s_not_an_organization(text, role, affiliation):
    budi = actor(actors_of(text), "Budi Santosa")
    assert (budi.role, budi.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        (
            "Dinas Peternakan Kabupaten Sukamaju mencatat 468 babi mati. Dinas Peternakan juga "
            "menyiapkan vaksin.",
            "Dinas Peternakan Kabupaten Sukamaju",
            "Dinas Peternakan",
        ),
        (
            "Komisi II DPR memanggil KPU. Komisi II akan memanggil Bawaslu juga.",
            "Komisi II DPR",
            "Komisi II",
        ),
    ],
)
def test_a_body_named_without_its_place_or_parent_is_the_body_the_text_named(text, body, short):
    doc = actors_of(text)
    assert actor(doc, short).name == body


def test_a_body_named_without_its_place_stays_apart_where_two_bodies_close_so():
    doc = actors_of(
        "Dinas Peternakan Kabupaten Sukamaju dan Dinas Peternakan Kota Kestrel bertemu. Dinas "
        "Peternakan juga menyiapkan vaksin."
    )
    assert actor(doc, "Dinas Peternakan").name == "Dinas Peternakan"


@pytest.mark.parametrize(
    "text",
    [
        "Dividen sebesar 200 juta dollar AS dibagikan kepada pemegang saham.",
        "Rupiah menguat terhadap dolar Singapura dan yen Jepang pada Senin.",
        "The Singapore dollar rose five cents against the U.S. dollar on Monday.",
    ],
)
def test_a_country_named_with_a_currency_names_money_not_a_state(text):
    assert [a for a in actors_of(text).actors if a.type == "country"] == []


def test_a_country_acting_elsewhere_is_still_an_actor_beside_its_currency():
    doc = actors_of("AS menaikkan tarif impor. Dividen sebesar 200 juta dollar AS dibagikan.")
    assert actor(doc, "AS").type == "country"


def test_an_initial_with_its_stop_before_one_word_is_the_given_name_the_text_writes():
    doc = actors_of("Sekjen PKS M. Kholid hadir. Menurut Muhammad Kholid, rapat itu penting.")
    assert held(doc, "Muhammad Kholid") == ("Sekjen", "PKS")
    assert actor(doc, "M. Kholid").name == "Muhammad Kholid"
    # two given names the letter opens: no telling which one it is
    doc = actors_of(
        "Sekjen PKS M. Kholid hadir. Menurut Muhammad Kholid dan Mahmud Kholid, rapat itu penting."
    )
    assert {"M. Kholid", "Muhammad Kholid", "Mahmud Kholid"} <= names(doc)


def test_a_person_named_after_initials_is_named_by_the_surname_too():
    doc = actors_of(
        "Jaksa Agung RT Wiranegara hadir di rapat itu. Wiranegara mengatakan kasus tuntas."
    )
    assert actor(doc, "RT Wiranegara").mentions == ["s1", "s2"]


def test_national_bodies_named_by_their_short_form_alone_are_actors():
    doc = actors_of("Kapuspenkum Kejagung, Budi Santosa, menyebut berkas perkara sudah lengkap.")
    assert actor(doc, "Budi Santosa").affiliation == "Kejagung"
    doc = actors_of("Polri menurunkan ratusan personel ke lokasi itu. Pihak Polda juga hadir.")
    assert [a.name for a in doc.actors] == ["Polri"]


def test_a_directorate_general_is_one_organization_though_general_is_a_rank():
    doc = actors_of("Rina Wati hadir di Direktorat Jenderal Anggaran (DJA), Jakarta, kemarin.")
    assert [a.name for a in doc.actors if a.type == "organization"] == [
        "Direktorat Jenderal Anggaran"
    ]
    assert [a.name for a in doc.actors if a.type == "person"] == ["Rina Wati"]


@pytest.mark.parametrize(
    ("text", "organization"),
    [
        ("Rina Wati datang ke Kantor Kementerian Pariwisata pagi ini.", "Kementerian Pariwisata"),
        ("Rina Wati diperiksa di Kantor DJA, Jakarta, kemarin.", "DJA"),
        ("Rina Wati datang ke Kantor Wilayah Sukamaju pagi ini.", "Kantor Wilayah Sukamaju"),
    ],
)
def test_an_organization_s_building_is_not_part_of_its_name(text, organization):
    doc = actors_of(text)
    assert organization in [a.name for a in doc.actors if a.type == "organization"]


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            "Direktur Jenderal Anggaran Kemenkeu Raka Pradipta menegaskan defisit aman.",
            "Raka Pradipta",
            "Direktur Jenderal Anggaran",
            "Kemenkeu",
        ),
        (
            "Sekjen Kemenhub Raka Pradipta meninjau pelabuhan itu.",
            "Raka Pradipta",
            "Sekjen",
            "Kemenhub",
        ),
        # a regional office's short form takes its place's name first
        (
            "Kasi Intel Kejari Sukamaju Raka Pradipta membenarkan penahanan itu.",
            "Raka Pradipta",
            "Kasi Intel",
            "Kejari Sukamaju",
        ),
    ],
)
def test_a_national_body_s_short_form_ends_before_its_holder(text, person, role, affiliation):
    assert held(actors_of(text), person) == (role, affiliation)


def test_a_first_name_after_a_title_s_place_opens_the_holder_s_name():
    doc = actors_of(
        "Rencana itu disampaikan Bupati Sukamaju Andi Fajar Lesmana di pameran. "
        "Menurut Andi Lesmana, kopi daerah itu laku."
    )
    andi = actor(doc, "Andi Fajar Lesmana")
    assert (andi.role, andi.affiliation, andi.mentions) == ("Bupati", "Sukamaju", ["s1", "s2"])
    assert [a.name for a in doc.actors if a.type == "person"] == ["Andi Fajar Lesmana"]


def test_a_title_s_term_between_the_title_and_its_holder():
    doc = actors_of(
        "Sekretaris Jenderal APKI periode 2018-2023, Toni Wibisono menambahkan bahwa bunga turun."
    )
    assert held(doc, "Toni Wibisono") == ("Sekretaris Jenderal", "APKI")


def test_a_company_s_kind_ends_its_name_before_the_person_after_it():
    doc = actors_of(
        '"Buyers are slowly coming back," said the vice president and chairman of Orvex LLC '
        "Nora Herald."
    )
    assert held(doc, "Nora Herald") == ("chairman", "Orvex LLC")
    assert [a.type for a in doc.actors] == ["organization", "person"]


def test_a_name_after_a_capitalised_company_word_is_not_voted_an_organization():
    doc = actors_of(
        'Chief investment officer at Harbor Point Capital Group Dana Reyes said: "Machines '
        'took over the market today."'
    )
    assert actor(doc, "Dana Reyes").type == "person"


def test_an_apposition_of_an_organization_gives_the_person_s_affiliation():
    doc = actors_of(
        "Tom Harlan, of ZBC's Morning Show, remarked that prices would fall. ZBC later "
        "declined to comment."
    )
    assert actor(doc, "Tom Harlan").affiliation == "ZBC"


def test_a_quarter_of_a_year_is_no_organization():
    doc = actors_of("Untuk kuartal IV-2025, Rina Wati mengatakan proyeksi masih sama.")
    assert [a.name for a in doc.actors] == ["Rina Wati"]


def test_a_title_that_is_a_given_name_too_opens_the_holder_s_name_after_a_title():
    doc = actors_of("Wali Kota Sukamaju, Ratu Anggraini menyampaikan empat rancangan itu.")
    assert held(doc, "Ratu Anggraini") == ("Wali Kota", "Sukamaju")
    doc = actors_of("Presiden dan Ratu Belanda hadir di pembukaan pameran itu.")
    assert "Ratu Belanda" not in [a.name for a in doc.actors]


def test_a_hyphenated_given_name_is_part_of_the_name_and_its_initials():
    doc = actors_of(
        "Mantan pelatih Kim Dae-sung siap kembali melatih tim itu. KDS menunggu tawaran resmi."
    )
    assert [(a.name, a.aliases) for a in doc.actors if a.type == "person"] == [
        ("Kim Dae-sung", ["KDS"])
    ]
    doc = actors_of("Coach Park Min-seo said the team was ready for the final.")
    assert [a.name for a in doc.actors] == ["Park Min-seo"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chicago-based company Orvex said prices would fall.",
        "Negara-negara anggota menolak usulan itu dalam rapat kemarin.",
    ],
)
def test_a_name_made_an_adjective_or_a_plural_noun_is_no_actor(text):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type != "organization"] == []
    assert all("-" not in a.name for a in doc.actors)


def test_an_event_or_index_named_with_a_country_leaves_the_country():
    doc = actors_of(
        "Twenty years ago, the United States Orvex Composite Index crashed. "
        "The order lifted an otherwise dull Portville Air Show."
    )
    assert [(a.name, a.type) for a in doc.actors if a.type != "place"] == [
        ("United States", "country")
    ]


def test_company_titles_written_in_english_in_indonesian_text():
    doc = actors_of(
        "Corporate Secretary Division Head Bank Sinar Jaya, Rina Wati, mengatakan bahwa tren "
        "penurunan suku bunga itu baik."
    )
    assert held(doc, "Rina Wati") == ("Corporate Secretary Division Head", "Bank Sinar Jaya")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Rina Wati"]


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a company's function named in English belongs to the title, with or without "of"
        (
            "Head of Research Kestrel Sekuritas Dedi Hartono menilai pasar masih tertekan.",
            "Head of Research",
            "Kestrel Sekuritas",
        ),
        (
            "VP Sales & Marketing Kestrel Land, Dedi Hartono, mengatakan penjualan naik.",
            "VP Sales & Marketing",
            "Kestrel Land",
        ),
        (
            "Country Director Kestrel Indonesia, Rina Wati, menjelaskan program itu.",
            "Country Director",
            "Kestrel Indonesia",
        ),
    ],
)
def test_a_company_function_named_in_english_belongs_to_the_title(text, role, affiliation):
    doc = actors_of(text)
    person = next(a for a in doc.actors if a.type == "person")
    assert (person.role, person.affiliation) == (role, affiliation)
    assert [a.name for a in doc.actors if a.type == "organization"] == [affiliation]


def test_a_company_named_before_ends_where_the_text_wrote_it_before_its_holder():
    doc = actors_of(
        "Tiga BUMD yakni PT Sinar Bakti, PT Aneka Jaya dan PT Prasarana bekerja sama. "
        '"Kiriman datang bertahap," kata Direktur Utama PT Sinar Bakti Agus Pratomo di Medan. '
        "Agus mengatakan kolaborasi itu baik."
    )
    agus = actor(doc, "Agus Pratomo")
    assert (agus.role, agus.affiliation, agus.mentions) == (
        "Direktur Utama",
        "PT Sinar Bakti",
        ["s2", "s3"],
    )
    assert [a.name for a in doc.actors if a.type == "organization"] == [
        "PT Sinar Bakti",
        "PT Aneka Jaya",
        "PT Prasarana",
    ]


@pytest.mark.parametrize(
    "code", ["B2B2C", "DC-9", "A380-800F", "E-TLE", "F-WXYZ", "SP2HP", "IDM000038626"]
)
def test_codes_of_capitals_digits_and_dashes_are_no_actors(code):
    doc = actors_of(f"Rina Wati menyebut {code} akan diuji pekan depan di Jakarta.")
    assert [a.name for a in doc.actors if a.type != "place"] == ["Rina Wati"]


def test_an_organization_s_name_joins_a_common_word_to_a_name_ending_in_a_head():
    doc = actors_of(
        "Elena Cruz, a spokeswoman for the Immigration and Customs Service, said the "
        "decision was final."
    )
    assert held(doc, "Elena Cruz") == ("spokeswoman", "Immigration and Customs Service")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Elena Cruz"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Sen. Tom Harlan, D-Vt., said the bill would pass.", "Tom Harlan", "Sen"),
        ("Gov. Dana Reyes said Friday she would sign it.", "Dana Reyes", "Gov"),
    ],
)
def test_a_title_s_short_form_with_its_stop_is_the_holder_s_title(text, person, role):
    assert actor(actors_of(text), person).role == role


def test_a_person_is_called_by_the_name_after_a_given_name_used_as_a_prefix():
    doc = actors_of(
        "Deputi Bidang Infrastruktur Muhammad Rizal Hasibuan hadir. "
        '"Kami ingin belajar dari negara lain," kata Rizal.'
    )
    assert [(a.name, a.mentions) for a in doc.actors if a.type == "person"] == [
        ("Muhammad Rizal Hasibuan", ["s1", "s2"])
    ]


def test_a_building_named_with_an_organization_is_a_place():
    doc = actors_of("Acara itu digelar di Auditorium Menara Bank Sinar Jaya, Jakarta, kemarin.")
    assert [a.type for a in doc.actors] == ["place", "place"]


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            '"We built a fine fleet," said Lena Harlan, Chairman and Chief Operating Officer of '
            "Orvex Airways.",
            "Lena Harlan",
            "Chairman and Chief Operating Officer",
            "Orvex Airways",
        ),
        (
            '"This is a hard day for us," said Nora Herald, the Vice Chairman of Orvex.',
            "Nora Herald",
            "Vice Chairman",
            "Orvex",
        ),
        ("President of Orvex Tom Harlan spoke first.", "Tom Harlan", "President", "Orvex"),
    ],
)
def test_the_body_after_a_title_s_of_is_its_organization(text, person, role, affiliation):
    doc = actors_of(text)
    assert held(doc, person) == (role, affiliation)
    assert actor(doc, affiliation).type == "organization"


def test_a_relative_named_in_an_apposition_is_the_role_and_the_relative_the_affiliation():
    doc = actors_of(
        "Hendra Salim menciptakan permainan itu. Marisela, istri Hendra, ikut bermain sejak awal."
    )
    assert held(doc, "Marisela") == ("istri", "Hendra Salim")
    doc = actors_of("Pedro Alvarez, the boy's father, said he wanted his son back.")
    assert held(doc, "Pedro Alvarez") == ("father", None)


def test_a_sentence_s_first_word_that_opens_a_company_s_name_elsewhere_owns_the_title_after_it():
    doc = actors_of(
        "Window Computer is planning to sell films online. Window CEO Dana Reyes is also the "
        "largest shareholder of a film studio."
    )
    assert held(doc, "Dana Reyes") == ("CEO", "Window Computer")


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            '"It has been a hard winter," said Dana Valdez, a ferry captain at Orvex Lines.',
            "Dana Valdez",
            "ferry captain",
            "Orvex Lines",
        ),
        (
            '"We cleared the channel," said Tom Harlan, the harbour master.',
            "Tom Harlan",
            "harbour master",
            None,
        ),
        (
            "Budi Santoso, seorang petani kopi, mengatakan panen gagal.",
            "Budi Santoso",
            "petani kopi",
            None,
        ),
        # a clause, not a title
        ("Tom Reyes, the first to arrive, said so.", "Tom Reyes", None, None),
        ("Dana Cole, the man who built it, left early.", "Dana Cole", None, None),
    ],
)
def test_an_apposition_of_a_few_lower_case_words_is_a_role_no_list_holds(
    text, person, role, affiliation
):
    assert held(actors_of(text), person) == (role, affiliation)


def test_a_lawyer_s_title_after_another_person_and_a_conjunction_is_no_client_s():
    doc = actors_of(
        "Foreign Minister Rob Hale and Attorney General Dan Wills voted for it. "
        "A lawyer for Nora Blake, Tom Harlan, said it was over."
    )
    got = {a.name: (a.role, a.affiliation) for a in doc.actors if a.type == "person"}
    assert got["Rob Hale"] == ("Foreign Minister", None)
    assert got["Dan Wills"] == ("Attorney General", None)
    assert got["Tom Harlan"] == ("lawyer", "Nora Blake")


def test_a_dashed_surname_alone_is_its_person_not_a_pair_of_places():
    doc = actors_of(
        "Margalit Kaye-Torres, 22, has pleaded innocent. Kaye-Torres said she heard it. "
        "The Paris-Berlin route opened."
    )
    assert actor(doc, "Margalit Kaye-Torres").type == "person"
    assert "Kaye-Torres" in actor(doc, "Margalit Kaye-Torres").aliases
    assert actor(doc, "Paris-Berlin").type == "place"


def test_a_surname_of_two_rare_words_before_a_subject_verb_is_still_a_person():
    doc = actors_of(
        "A friend of Yitzhar Ravenal said Friday that she regretted it. "
        "She said Ravenal was a traitor. Ravenal had many friends."
    )
    assert actor(doc, "Yitzhar Ravenal").type == "person"


def test_a_plural_title_is_each_listed_holder_s():
    doc = actors_of(
        "Presidents Leonid Kovar of Ukraine and Boris Talin of Russia signed the plan. "
        "The Mortgage Bankers Association welcomed it."
    )
    got = {a.name: (a.role, a.affiliation) for a in doc.actors if a.type == "person"}
    assert got == {
        "Leonid Kovar": ("President", "Ukraine"),
        "Boris Talin": ("President", "Russia"),
    }
    assert actor(doc, "Mortgage Bankers Association").type == "organization"


def test_a_title_naming_its_own_state_after_a_listed_person_is_not_the_first_one_s_body():
    doc = actors_of(
        "The accord was signed by U.N. Secretary-General Kofi Anand and Iraqi Deputy Prime "
        "Minister Tariq Azrael. President Mark Hale and Vice President Paul Yuen met."
    )
    got = {a.name: (a.role, a.affiliation) for a in doc.actors if a.type == "person"}
    assert got["Tariq Azrael"] == ("Deputy Prime Minister", "Iraq")
    assert got["Paul Yuen"] == ("Vice President", None)
    assert set(got) == {"Kofi Anand", "Tariq Azrael", "Mark Hale", "Paul Yuen"}


def test_a_dotted_short_form_and_the_words_it_stands_for_are_an_organization():
    doc = actors_of(
        "U.N. spokesman Alan Dacy said the team was back. The U.N. team met Friday. "
        "Tom Harlan, a former ambassador to the United Nations, joined them. U.N. officials agreed."
    )
    body = actor(doc, "United Nations")
    assert body.type == "organization"
    assert actor(doc, "Alan Dacy").affiliation == "United Nations"


def test_a_company_s_country_after_its_kind_and_of_the_is_the_country():
    doc = actors_of(
        "Tarvex Brothers PLC of the U.K. agreed to the bid. Orvex Corp. of the U.S. won."
    )
    assert actor(doc, "Tarvex Brothers PLC").type == "organization"
    assert {a.country for a in doc.actors if a.type == "country"} == {"GB", "US"}
    assert not [a.name for a in doc.actors if a.name.lower().startswith("of ")]


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell, said Orvex Lindqvist analyst William Maguire.",
        "Orvex Lindqvist food analyst William Maguire said prices fell.",
    ],
)
def test_a_name_of_several_words_before_a_company_s_title_and_its_holder_is_the_company(text):
    doc = actors_of(text)
    assert actor(doc, "Orvex Lindqvist").type == "organization"
    assert actor(doc, "William Maguire").affiliation == "Orvex Lindqvist"


def test_a_surname_before_a_number_and_a_police_rank_before_a_name():
    doc = actors_of(
        "He met Prime Minister Tony Blairwood 10 days ago. "
        "Police Chief Superintendent Al McHagan said the bomb was big."
    )
    assert actor(doc, "Tony Blairwood").role == "Prime Minister"
    assert actor(doc, "Al McHagan").role == "Police Chief Superintendent"


def test_a_state_s_short_form_after_a_town_is_no_actor_and_makes_the_town_a_place():
    doc = actors_of(
        "The plant is based in Oak Hollow, Mich., and Orvex Corp. of Palo Verde, Calif., agreed."
    )
    assert {a.name: a.type for a in doc.actors} == {
        "Oak Hollow": "place",
        "Orvex Corp": "organization",
        "Palo Verde": "place",
    }


def test_the_name_after_a_company_title_s_relation_word_is_a_company_not_a_place():
    doc = actors_of(
        "Rina Wulandari, analis pasar senior di Orvex Sekuritas, mengatakan bahwa biaya turun. "
        "Budi Santoso, peneliti di Jawa Barat, mengatakan itu."
    )
    assert actor(doc, "Orvex Sekuritas").type == "organization"
    assert actor(doc, "Rina Wulandari").affiliation == "Orvex Sekuritas"
    assert actor(doc, "Jawa Barat").type == "place"


def test_newswire_names_a_short_title_without_its_stop_an_initial_a_generation_and_of():
    doc = actors_of(
        "Prime Minister Lun Senar said the talks failed. Sen. Dana Reyes, D-Vt., agreed. "
        "He met Secretary of State Tom A. Harwell III."
    )
    got = {a.name: (a.role, a.affiliation) for a in doc.actors if a.type == "person"}
    assert got == {
        "Lun Senar": ("Prime Minister", None),
        "Dana Reyes": ("Sen", None),
        "Tom A. Harwell III": ("Secretary of State", None),
    }
    doc = actors_of("King Hassim of Jordan flew in.")
    assert (actor(doc, "Hassim").role, actor(doc, "Hassim").affiliation) == ("King", "Jordan")


def test_a_verb_of_saying_opening_a_sentence_is_no_word_of_the_name_after_it():
    doc = actors_of('Replied Orvex Department spokesman Tom Harlan: "We have not read it."')
    assert actor(doc, "Tom Harlan").affiliation == "Orvex Department"
    assert actor(doc, "Orvex Department").type == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a police rank written with "Pol" is no word of the name
        (
            "Kabid Humas Polda Sukamaju Kombes Pol Hendra Wiratma menjelaskan hal itu.",
            "Hendra Wiratma",
            "Kabid Humas",
            "Polda Sukamaju",
        ),
        # an initial inside the name after a rank
        (
            '"Ada tiga pelaku," kata Kapolres Sukamaju, AKBP Niko N. Adi Wirawan kepada wartawan.',
            "Niko N. Adi Wirawan",
            "Kapolres",
            "Polres Sukamaju",
        ),
        # a company's title written in English
        (
            "Sementara itu, Corporate Communications Director Orvex Indonesia, Arif Maulana "
            "berterima kasih.",
            "Arif Maulana",
            "Corporate Communications Director",
            "Orvex Indonesia",
        ),
        # the title, its body between commas, then the holder
        (
            "Direktur Jenderal Perdagangan Dalam Negeri, Kementerian Perdagangan RI, Iqbal "
            "Santosa mengapresiasi upaya itu.",
            "Iqbal Santosa",
            "Direktur Jenderal Perdagangan Dalam Negeri",
            "Kementerian Perdagangan RI",
        ),
    ],
)
def test_indonesian_ranks_initials_english_titles_and_a_body_between_commas(
    text, name, role, affiliation
):
    only_person(text, name, role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a verb that names a role, and a leading initial
        (
            "The bank said H. Marshall Schwarzer was named chairman of Orvex Trust Corp., a "
            "private bank.",
            "H. Marshall Schwarzer",
            "chairman",
            "Orvex Trust Corp",
        ),
        # a dotted short form opening a company's name
        (
            "Daniel P. Davis is president of U.S. Orvex Corp.",
            "Daniel P. Davis",
            "president",
            "U.S. Orvex Corp",
        ),
        # an age between commas, then the apposition
        (
            "Donald M. Robertson, 54, treasurer, will retire.",
            "Donald M. Robertson",
            "treasurer",
            None,
        ),
    ],
)
def test_a_role_introduced_by_a_verb_or_after_an_age(text, name, role, affiliation):
    doc = actors_of("The meeting ran for hours and ended late. " + text)
    person = actor(doc, name)
    assert (person.type, person.role, person.affiliation) == ("person", role, affiliation)
    assert [a.name for a in doc.actors if a.type == "person"] == [name]


def test_an_indonesian_role_introduced_by_a_verb():
    only_person(
        "Budi Santoso ditunjuk sebagai Direktur Utama PT Sinar Maju.",
        "Budi Santoso",
        "Direktur Utama",
        "PT Sinar Maju",
    )


def test_a_balinese_i_is_no_initial_and_a_name_after_it_in_a_list_stays_a_person():
    doc = actors_of(
        "Yang mengikuti seleksi adalah Kombes I Wayan Gede Arsana, Kombes Tavi Sekarwangi, "
        "dan Kombes Eko Prasetyo."
    )
    assert {a.name for a in doc.actors if a.type == "person"} == {
        "I Wayan Gede Arsana",
        "Tavi Sekarwangi",
        "Eko Prasetyo",
    }


def test_names_listed_after_a_title_and_a_list_word_each_hold_the_title():
    doc = actors_of(
        "Sidang dipimpin Rina Wulandari sebagai Ketua Majelis, dengan anggota terdiri atas "
        "M. Fajar Nugraha, Mohammad Noor Hidayat, dan Budi Joyo Santoso. Polisi menetapkan dua "
        "tersangka, yakni Tono Sugiarto dan Dedi Kurniawan. Rapat dihadiri beberapa pejabat, "
        "yakni Hendra Wijaya."
    )
    roles = {a.name: a.role for a in doc.actors if a.type == "person"}
    assert roles == {
        "Rina Wulandari": "Ketua",
        "M. Fajar Nugraha": "anggota",
        "Mohammad Noor Hidayat": "anggota",
        "Budi Joyo Santoso": "anggota",
        "Tono Sugiarto": "tersangka",
        "Dedi Kurniawan": "tersangka",
        "Hendra Wijaya": None,
    }


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        # a noun naming what a person is, before the name; a country's adjective with it
        (
            '"The case moved us," said Cuban journalist Lia Moreno, who wrote two books.',
            "Lia Moreno",
            "Cuban journalist",
            "Cuba",
        ),
        (
            "The board met Montreal-based financier Tom Kesk on Monday.",
            "Tom Kesk",
            "financier",
            None,
        ),
        # in an apposition after it: with no article, no known first name, or a place after it
        (
            "Tarvo Kesk, an obstetrician in Kestrelton, was hurt.",
            "Tarvo Kesk",
            "obstetrician",
            None,
        ),
        (
            "Tarvo Kesk, equity strategist for Orvex Capital, said the market fell.",
            "Tarvo Kesk",
            "equity strategist",
            "Orvex Capital",
        ),
        # a noun naming no more than a person is no role
        ("Tarvo Kesk, a woman from Kestrelton, was hurt.", "Tarvo Kesk", None, None),
        ("Tarvo Kesk, the first to arrive, said so.", "Tarvo Kesk", None, None),
    ],
)
def test_a_noun_naming_what_a_person_is_is_the_role(text, person, role, affiliation):
    assert held(actors_of(text), person) == (role, affiliation)


def test_a_rank_alone_is_the_role_and_a_title_says_more():
    doc = actors_of(
        '"Kami siap," kata Irjen Budi Santosa di Sukamaju. Kapolres Sukamaju AKBP Tono Wijaya '
        "hadir. Kolonel Dedi Kurniawan juga hadir."
    )
    assert held(doc, "Budi Santosa") == ("Irjen", "Polri")
    assert held(doc, "Tono Wijaya")[0] == "Kapolres"
    assert held(doc, "Dedi Kurniawan") == ("Kolonel", "TNI")


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        # a title after "is", an article and a state's adjective
        (
            "Tarvo Kesk is a French economist who studies the euro.",
            "Tarvo Kesk",
            "economist",
            "France",
        ),
        ("Tarvo Kesk is a tall man.", "Tarvo Kesk", None, None),
        # a relative after a pronoun's relation (and an age)
        ("The day before, his wife, Marta, showed the mails.", "Marta", "wife", None),
        ("He was found by his 22-year-old son, Tom Reyes.", "Tom Reyes", "son", None),
        (
            "George Harlan, 89, died in Ripley, with his wife Mary by his side.",
            "Mary",
            "wife",
            "George Harlan",
        ),
        # ... and a relation with a pronoun's ending
        (
            "Dedi Hartono datang bersama anaknya, Rina Wati, ke kantor polisi.",
            "Rina Wati",
            "anak",
            "Dedi Hartono",
        ),
        ("Kemarin, istrinya, Rina Wati, menolak berkomentar.", "Rina Wati", "istri", None),
        # an organization's possessive before the name, a form of address between
        (
            "More died, said the Orvex Institute's Dr. Tom Harlan.",
            "Tom Harlan",
            "Dr.",
            "Orvex Institute",
        ),
        ("Tom Kesk's Dana Reyes said so.", "Dana Reyes", None, None),
        # an apposition's noun naming what a person is, before a clause about the person
        ("It featured Emily Varga, a nurse who was badly wounded.", "Emily Varga", "nurse", None),
        (
            "The shooting of Tom Harlan, a 52-year-old obstetrician-gynecologist who worked "
            "at the clinic, shocked them.",
            "Tom Harlan",
            "obstetrician-gynecologist",
            None,
        ),
        ("Tom Harlan, a man who knew the risks, spoke.", "Tom Harlan", None, None),
        # a noun phrase of its own before the name; a place before the noun after an article;
        # a word saying when the title was held; a form of address's stop before a possessive
        ("The investor, Donald A. Varga, plans to run it.", "Donald A. Varga", "investor", None),
        (
            "He was abducted with his Cambodian interpreter Sokha Varga in March.",
            "Sokha Varga",
            "Cambodian interpreter",
            "Cambodia",
        ),
        (
            "It is clear, said Sergio Varga, a 39-year-old Miami businessman who lives in Miami.",
            "Sergio Varga",
            "Miami businessman",
            None,
        ),
        (
            "Stephen Varga, currently vice president finance, will stay.",
            "Stephen Varga",
            "vice president finance",
            None,
        ),
        (
            "And Robert Varga, Mr. Kesk's deputy national security adviser, asserted it.",
            "Robert Varga",
            "deputy national security adviser",
            None,
        ),
        ("The company, Orvex, said so. Tom Varga, a tall man, left.", "Tom Varga", None, None),
        # a body that names the person "as its new" title: the body's
        (
            "The car maker Orvex Motors today named Mary Varga as its new chief executive.",
            "Mary Varga",
            "chief executive",
            "Orvex Motors",
        ),
        # a federal prosecutor's office, named with its state
        (
            "U.S. Attorney Denise Varga declined to discuss it.",
            "Denise Varga",
            "U.S. Attorney",
            "United States",
        ),
        # a company named like a person after the title's relation word
        (
            "Tom Harlan, an analyst with Dana Reyes Partners, said so.",
            "Tom Harlan",
            "analyst",
            "Dana Reyes Partners",
        ),
        # words describing a title in an apposition before it, and a second title after "and"
        (
            "Tom Harlan, newly appointed chairman and interim chief executive of Orvex, spoke.",
            "Tom Harlan",
            "chairman and interim chief executive",
            "Orvex",
        ),
        (
            "Tom Harlan, forensics sciences professor at Kestrel University, said so.",
            "Tom Harlan",
            "forensics sciences professor",
            "Kestrel University",
        ),
        # a relative's verb before a title is no portfolio of it; a relative's title is not hers
        ("Her father joined President Tomas Varga on Thursday.", "Tomas Varga", "President", None),
        ("The wife of President Tomas Varga, Rina Varga, spoke.", "Tomas Varga", "President", None),
        ("The wife of President Tomas Varga, Rina Varga, spoke.", "Rina Varga", None, None),
        ("Rina Varga, the wife of President Tomas Varga, spoke.", "Rina Varga", "wife", None),
    ],
)
def test_a_role_or_employer_read_around_the_name_in_english(text, person, role, affiliation):
    assert held(actors_of(text), person) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a romanized Korean given name makes its run a person's name, first in a sentence too
        (
            "Rapat itu selesai. Shin Tae-hoon berbicara blak-blakan soal tawaran itu.",
            {"Shin Tae-hoon"},
        ),
        ("The match ended. Son Jae-min scored twice for the club.", {"Son Jae-min"}),
        # words with a dash of other shapes are not
        ("Rapat itu selesai. Blak-blakan soal tawaran, Budi Santoso bicara.", {"Budi Santoso"}),
        ("The match ended. Co-op members met on Friday.", set()),
    ],
)
def test_a_name_shaped_word_makes_a_person_s_name(text, people):
    assert {a.name for a in actors_of(text).actors if a.type == "person"} == people


def test_a_county_s_district_attorney_holds_the_title_there():
    doc = actors_of("Sukamaju County District Attorney Kathleen Harlan announced the plea.")
    assert held(doc, "Kathleen Harlan") == ("District Attorney", "Sukamaju County")


def test_a_country_s_name_that_is_a_state_of_a_named_country_is_that_state():
    doc = actors_of(
        "Rina Kesk of Georgia became the first woman in the United States Senate. "
        "Senator Dana Harlan slipped into the chamber."
    )
    assert actor(doc, "Georgia").type == "place"
    # with no state named, the state whose body is named holds a state's title
    assert held(doc, "Dana Harlan") == ("Senator", "United States")
    doc = actors_of("Georgia and Armenia signed a deal with Russia on Monday.")
    assert actor(doc, "Georgia").type == "country"


def test_a_person_after_a_form_of_address_is_no_owner_of_the_next_person_s_title():
    doc = actors_of(
        "Estonian Prime Minister Tom Kesk spoke on Friday. The deal was a subject of talks "
        "between Mr. Kesk and President Dana Harlan during the trip."
    )
    assert actor(doc, "Tom Kesk").type == "person"
    assert held(doc, "Dana Harlan")[1] != "Tom Kesk"


def test_a_possessive_inside_a_name_stays_in_it():
    doc = actors_of(
        "Lia Wen, the spokeswoman for the National People's Assembly, said so. The People's "
        "Republic of China bought planes, and Orvex's board agreed."
    )
    assert held(doc, "Lia Wen") == ("spokeswoman", "National People's Assembly")
    assert actor(doc, "People's Republic of China").type == "country"
    assert "Orvex's board" not in names(doc)


@pytest.mark.parametrize(
    ("text", "orgs", "people"),
    [
        (
            "The phone was built with partners such as Tarvex, Kolbin, Orex Sai and Nimbra.",
            {"Tarvex", "Kolbin", "Orex Sai", "Nimbra"},
            set(),
        ),
        (
            "Teknologi ini dikembangkan bersama mitra global seperti Tarvex, Kolbin, dan Nimbra.",
            {"Tarvex", "Kolbin", "Nimbra"},
            set(),
        ),
        # a person's full name listed there stays a person
        ("Investors such as Tom Harlan and Tarvex bought shares.", {"Tarvex"}, {"Tom Harlan"}),
    ],
)
def test_names_listed_as_examples_of_organizations_are_organizations(text, orgs, people):
    doc = actors_of(text)
    assert {a.name for a in doc.actors if a.type == "organization"} == orgs
    assert {a.name for a in doc.actors if a.type == "person"} == people


def test_a_securities_firm_s_name_ends_in_its_head():
    doc = actors_of("Mengutip riset Orvex Capital Sekuritas, investor asing mencatatkan net buy.")
    assert actor(doc, "Orvex Capital Sekuritas").type == "organization"


def test_an_outlet_named_after_a_media_cue_and_its_state_is_media():
    doc = actors_of('"Saya senang," kata Budi Santoso, dilansir dari media Uzbekistan Tarvon.')
    assert actor(doc, "Tarvon").type == "media"
    assert actor(doc, "Uzbekistan").type == "country"


def test_an_amount_glued_to_its_currency_is_no_actor():
    doc = actors_of("Proyek senilai USD100 juta dibiayai Bank Orvex. Dana SGD352 juta disiapkan.")
    assert names(doc) == {"Bank Orvex"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Orvex Corp. said Tom Harlan resigned as general manager to pursue other interests.",
            "Tom Harlan",
            "general manager",
        ),
        (
            "Lia Jordan, 45, deputy general manager, becomes director of corporate affairs.",
            "Lia Jordan",
            "deputy general manager",
        ),
        (
            "And Pat Kellan, 46, international technical manager, becomes director.",
            "Pat Kellan",
            "international technical manager",
        ),
        (
            "Budi Santoso mundur sebagai Direktur Utama PT Sinar Maju pekan lalu.",
            "Budi Santoso",
            "Direktur Utama",
        ),
    ],
)
def test_roles_after_a_verb_of_leaving_and_after_an_age(text, person, role):
    doc = actors_of(text)
    assert actor(doc, person).type == "person"
    assert held(doc, person)[0] == role


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person's initials in brackets after the name (a form of address kept in it too)
        (
            "KPK menetapkan Direktur Utama PT Sinar Maju, Tarno Wiryo (TW), sebagai tersangka.",
            "Tarno Wiryo",
            "person",
        ),
        (
            "Kang Tarno Wiryo (KTW) menantang menteri itu soal data tersebut.",
            "Kang Tarno Wiryo",
            "person",
        ),
        # an organization's short form spells common words and its head
        (
            "Komisi Pemberantasan Korupsi (KPK) memeriksa saksi pada Senin.",
            "Komisi Pemberantasan Korupsi",
            "organization",
        ),
    ],
)
def test_initials_in_brackets_after_a_name_of_rare_words_are_a_person_s(text, name, kind):
    assert actor(actors_of(text), name).type == kind


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        # a name word no list holds, after the office's country, opens the holder's name
        (
            "Kepala Departemen Komunikasi Bank Indonesia Tirtan Budi Santosa hadir.",
            "Tirtan Budi Santosa",
            "Departemen Komunikasi Bank Indonesia",
        ),
        # (not after a regional office's short form: it names its town)
        ("Kasintel Kejari Sukamaju Budi Santosa hadir.", "Budi Santosa", "Kejari Sukamaju"),
        # after a name of its own, the word is the organization's ("UIN Orvani")
        (
            "Rina, tetangga eks dosen UIN Orvani Imam Sutarno, melapor.",
            "Imam Sutarno",
            "UIN Orvani",
        ),
    ],
)
def test_where_the_holder_s_name_starts_after_the_office(text, person, org):
    doc = actors_of(text)
    assert actor(doc, person).type == "person"
    assert org in names(doc)


def test_an_organization_the_text_names_elsewhere_opening_a_holder_s_name_is_split_off():
    doc = actors_of(
        "Partai Karsindo menggelar rapat. Sekjen Karsindo Sutarno menegaskan hal itu, dan PT "
        "Sinar Karsa membantah. Sinar Karsa menyebut tuduhan itu keliru."
    )
    assert held(doc, "Sutarno") == ("Sekjen", "Partai Karsindo")
    assert "Karsindo Sutarno" not in names(doc)
    # a company's name after its legal form is the company
    assert "Sinar Karsa" not in names(doc)
    assert actor(doc, "PT Sinar Karsa").type == "organization"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # the stop after a form of address or a rank opens no sentence: the name after it is a
        # person's, however rare its word
        ("Mr. Kesk said the plan would fail.", "Kesk", None),
        ("It was Mr. Kesk and President Harlan.", "Kesk", None),
        ("Mr. Weil of Orvex Associates said he would stay.", "Weil", None),
        ("Kol. Budi Santoso hadir di lokasi.", "Budi Santoso", "Kol."),
        # a form of address saying what the person is: the role when no title gives one
        ("The attack on Dr. Tom Harlan ended.", "Tom Harlan", "Dr."),
        ("Dr. Tom Harlan, an obstetrician in Kestrelton, spoke.", "Tom Harlan", "obstetrician"),
        ("Menurut Dr. Mardono, ayat ini penting.", "Mardono", "Dr."),
        ("Kata dr. Rina Wati, pasien itu sehat.", "Rina Wati", "dr."),
    ],
)
def test_a_name_after_a_form_of_address_with_its_stop_is_a_person_s(text, person, role):
    found = actor(actors_of(text), person)
    assert found.type == "person"
    assert found.role == role


def test_a_stop_after_a_word_that_is_no_short_form_still_ends_a_sentence():
    doc = actors_of('"Ada yang bilang, pak yang ini habis pak. Lho, ini impor," katanya.')
    assert "Lho" not in names(doc)


def test_mr_and_the_surname_are_the_person_named_in_full_before():
    doc = actors_of("Tom C. Varga Jr. of Orvex Securities cut his forecast. Mr. Varga said so.")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Tom C. Varga Jr"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what a title is of, after its relation word and an article, holds no title
        ("A spokesman for the Kestrel cable television concern said so.", "Kestrel"),
        (
            "A spokesman for the Archdiocese of Kestrel, Tom Harlan, said so.",
            "Archdiocese of Kestrel",
        ),
        # what a title is of after a possessive ("president of Orvex's Kestrel unit"); a
        # name before another person's title and name ("Kestrel Base, Senator Tom Harlan")
        ("Tom Harlan was president of Orvex's Kestrel retail unit.", "Kestrel"),
        ("Near Kestrel Air Force Base, Senator Tom Harlan of Ohio spoke.", "Base"),
        (
            "Dilansir daridetikFinance, Menteri Keuangan Purno Sadeli menyebut dana cukup.",
            "Finance",
        ),
        # a clause after a place's comma is no apposition
        ("The plates came from a shop in north Ravena, where a friend of Tom worked.", "Ravena"),
    ],
)
def test_a_name_a_title_is_of_or_a_place_holds_no_title(text, word):
    assert all(
        a.type != "person" or word not in (a.name, *a.aliases) for a in actors_of(text).actors
    )


def test_a_name_listed_after_a_titled_name_holds_no_title_of_its_own():
    doc = actors_of(
        "Meanwhile, secretary of state Dana Reyes, Harlan and defense secretary Tom Kesk "
        "announced plans."
    )
    assert all(a.role != "secretary of state" for a in doc.actors if a.name != "Dana Reyes")
    assert held(doc, "Tom Kesk")[0] == "defense secretary"
    # a title of the title's holder, or a lawyer's, is the next name's
    doc = actors_of("Special envoy of President Tom Kesk, Dana Reyes, arrived.")
    assert held(doc, "Dana Reyes")[0] == "Special envoy"
    doc = actors_of("Pengacara Rina Wati, Budi Santoso, menolak tuduhan itu.")
    assert held(doc, "Budi Santoso") == ("Pengacara", "Rina Wati")


@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        # ISO 3166's own names (pycountry) and CLDR's bracketed ones, besides CLDR's short ones
        ("The alliance took in the Czech Republic, Hungary and Poland.", "Czech Republic", "CZ"),
        ("The Republic of Korea signed the accord on Friday.", "Republic of Korea", "KR"),
        ("Burma rejected the report on Friday.", "Burma", "MM"),
        ("Myanmar rejected the report on Friday.", "Myanmar", "MM"),
        # names still written for states now named otherwise (data)
        ("Turkey and the Ivory Coast signed the deal.", "Turkey", "TR"),
        ("Republik Ceko dan Polandia menandatangani perjanjian itu.", "Republik Ceko", "CZ"),
    ],
)
def test_a_country_is_known_by_its_other_names(text, name, iso):
    found = actor(actors_of(text), name)
    assert (found.type, found.country) == ("country", iso)


def test_an_organization_after_of_the_is_the_person_s():
    doc = actors_of("Tom Harlan of the Orvex Institute said so.")
    assert held(doc, "Tom Harlan") == (None, "Orvex Institute")


def test_a_short_form_the_text_gives_an_organization_opens_no_person_s_name():
    doc = actors_of(
        "Bank Sentosa (BS) menahan suku bunga. Kepala Departemen Pengelolaan Moneter dan Aset "
        "Sekuritas (DPMA) BS Budi Santoso mengatakan suku bunga ditahan. Menurut BS Rina Wati, "
        "inflasi melambat."
    )
    people = {a.name for a in doc.actors if a.type == "person"}
    assert people == {"Budi Santoso", "Rina Wati"}


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # a deputy attorney general's title and portfolio, whole
        (
            "Jaksa Agung Muda Bidang Intelijen (Jamintel), Budi Santoso hadir.",
            "Budi Santoso",
            "Jaksa Agung Muda Bidang Intelijen",
        ),
        (
            "Jaksa Agung Muda Tindak Pidana Umum Budi Santoso hadir.",
            "Budi Santoso",
            "Jaksa Agung Muda Tindak Pidana Umum",
        ),
        # a title's short form the title starts in, then its portfolio and the portfolio's
        (
            "Ia didampingi Kepala Seksi (Kasi) Tindak Pidana Umum (Pidum) Budi Santoso Wiryo.",
            "Budi Santoso Wiryo",
            "Kasi Tindak Pidana Umum",
        ),
        (
            "Di sisi lain, Pelaksana Tugas (Plt) Kepala Badan Pusat Statistik (BPS) Provinsi "
            "Jawa Tengah, Sekar Tri Wulandari, mengatakan hal itu.",
            "Sekar Tri Wulandari",
            "Pelaksana Tugas Kepala Badan Pusat Statistik",  # (one acting in the post)
        ),
        # the title written out, then its short form in brackets, then the office
        (
            "Kepala Pusat Penerangan Hukum (Kapuspenkum) Kejaksaan Agung Budi Santoso Wiryo "
            "mengatakan hal itu.",
            "Budi Santoso Wiryo",
            "Kepala Pusat Penerangan Hukum",
        ),
    ],
)
def test_a_portfolio_after_a_title_is_the_title_s_not_a_person(text, person, role):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "person"] == [person]
    assert held(doc, person)[0] == role


@pytest.mark.parametrize(
    "body",
    ["Ikatan Dokter Kestrelia", "Himpunan Pengusaha Muda Kestrelia", "Asosiasi Pengusaha Kestrel"],
)
def test_a_noun_of_what_members_are_inside_a_body_s_name_after_a_title_is_the_name_s(body):
    doc = actors_of(f"Ketua Umum {body}, Dedi Hartono, mengatakan hal itu.")
    assert held(doc, "Dedi Hartono")[1] == body
    assert actor(doc, body).type == "organization"


def test_a_company_s_title_belongs_to_the_company_named_earlier_in_its_sentence():
    doc = actors_of("Orvex Holdings PLC said Tom Varga resigned as general manager on Friday.")
    assert held(doc, "Tom Varga") == ("general manager", "Orvex Holdings PLC")
    # not a company named sentences before, nor a body with no company's head
    doc = actors_of("Orvex Holdings PLC cut jobs. Later, Tom Varga resigned as general manager.")
    assert held(doc, "Tom Varga") == ("general manager", None)


def test_an_index_an_award_and_their_short_forms_are_no_actors():
    doc = actors_of(
        "Indeks Harga Saham Gabungan (IHSG) ditutup menguat. Kementerian Kebudayaan akan "
        "menggelar Anugerah Musik Indonesia (AMI) bulan depan."
    )
    assert names(doc) == {"Kementerian Kebudayaan"}


def test_a_person_s_apposition_with_another_s_name_after_its_title_is_still_the_person_s():
    doc = actors_of("Alex Varga, asisten Kovalsk, menegaskan target itu sulit.")
    assert held(doc, "Alex Varga")[0] == "asisten"


def test_a_nickname_after_atau_and_a_form_of_address_is_the_same_person():
    doc = actors_of(
        "Keputusan ada di tangan Menteri Koordinator Dimas Iskandar atau Cak Dimas. "
        "Cak Dimas belum menjawab."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dimas Iskandar"]
    doc = actors_of("Rina Wati atau Budi Santoso akan hadir dalam rapat itu.")
    assert len([a for a in doc.actors if a.type == "person"]) == 2


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        # the place's one word, then a name its initial or a form of address shows to be one
        (
            "Pemusnahan dihadiri Wali Kota Sukamaju Dedo A. Ramli dan Forkopimda.",
            "Dedo A. Ramli",
            "Sukamaju",
        ),
        (
            "Wali Kota Sukamaju IGN Suta Wibawa berharap hal itu diterapkan.",
            "IGN Suta Wibawa",
            "Sukamaju",
        ),
    ],
)
def test_a_title_s_place_ends_where_a_name_s_shape_begins(text, person, place):
    assert held(actors_of(text), person) == ("Wali Kota", place)


def test_a_place_made_an_adjective_by_its_dash_is_no_actor():
    doc = actors_of(
        "Tom Varga, an executive at San Francisco-based Kestrel Bank, was named president."
    )
    assert names(doc) == {"Tom Varga", "Kestrel Bank"}


def test_an_english_title_and_name_with_of_inside_indonesian_text_stay_whole():
    doc = actors_of(
        "Vice President of Corporate Communication PT Sinar Maju Rina Wati mengatakan hal itu. "
        "Ia lulusan University of Kestrel di Inggris."
    )
    assert held(doc, "Rina Wati") == ("Vice President", "PT Sinar Maju")
    assert "University of Kestrel" in names(doc)


def test_a_person_s_surname_a_title_is_for_keeps_the_person_a_person():
    doc = actors_of(
        "In the race, the Democratic candidate, Eliot Varga, has moved quickly. Steven Kesk, the "
        "campaign spokesman for Varga, was less reticent. Varga attacked him."
    )
    assert actor(doc, "Eliot Varga").type == "person"
    assert held(doc, "Steven Kesk") == ("campaign spokesman", "Eliot Varga")
    doc = actors_of("Boris Tal met them. Tal's spokesman Sergei Kesk said so.")
    assert actor(doc, "Boris Tal").type == "person"
    assert held(doc, "Sergei Kesk") == ("spokesman", "Boris Tal")


def test_a_word_of_the_name_lists_that_names_something_else_opens_no_name():
    doc = actors_of("Ketua The Fed Jerome Varga mengatakan inflasi melambat.")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Jerome Varga"]


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        # initials of the first letters of each word of a name, then the title after them
        (
            "Kemudian, Isnan Wiryo (ISW) selaku Komisaris PT Sinar Maju ditahan.",
            "Isnan Wiryo",
            "Komisaris",
            "PT Sinar Maju",
        ),
        ("Tom Varga (TV), chairman of Orvex, said so.", "Tom Varga", "chairman", "Orvex"),
        (
            "Rumah dari Rina Wati (selaku) Direktur Keuangan PT Sinar Maju digeledah.",
            "Rina Wati",
            "Direktur Keuangan",
            "PT Sinar Maju",
        ),
    ],
)
def test_a_name_s_short_form_in_brackets_stands_between_it_and_its_title(
    text, person, role, affiliation
):
    doc = actors_of(text)
    assert actor(doc, person).type == "person"
    assert held(doc, person) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Menurut Direktur Departemen Moneter BI Juli Budi Wirasena, inflasi masih rendah.",
            "Juli Budi Wirasena",
        ),
        ("The company director April Varga said sales rose.", "April Varga"),
    ],
)
def test_a_given_name_that_is_a_month_opens_the_holder_s_name(text, person):
    doc = actors_of(text)
    assert person in names(doc)
    assert not any(len(a.name.split()) == 1 and a.name in person for a in doc.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Pada Juli Presiden Dimas Wirasena melantik menteri.",
        "In April Varga left the firm. Prices fell in May.",
        "Suku Bunga September Bisa Turun, kata ekonom.",
    ],
)
def test_a_month_before_a_name_stays_a_month(text):
    assert not any(
        a.name.split()[0] in {"Juli", "April", "September"} for a in actors_of(text).actors
    )


def test_initials_introduced_to_a_title_are_a_person_holding_it():
    doc = actors_of(
        "Polisi menetapkan Dimas Wirasena selaku Direktur Utama PT Kestrel Raya, "
        "RW selaku Direktur Keuangan PT Kestrel Raya, dan DW selaku Komisaris PT Orbela."
    )
    assert actor(doc, "RW").type == "person"
    assert held(doc, "RW") == ("Direktur Keuangan", "PT Kestrel Raya")
    assert held(doc, "Dimas Wirasena")[0].startswith("Direktur Utama")
    assert actor(doc, "DW").type == "person"


def test_a_short_form_after_a_title_stays_the_title_s_body():
    doc = actors_of(
        "Dewan itu terdiri dari Menteri Keuangan sebagai ketua serta Gubernur BKN sebagai Anggota."
    )
    assert all(a.type != "person" for a in doc.actors if a.name == "BKN")


def test_an_obsolete_currency_code_does_not_hide_a_company_s_short_form():
    # "BRN" was the cruzado novo of 1989; "USD" is a currency in use and names no actor.
    doc = actors_of("PT BRN membantah tuduhan itu. Kurs USD naik tajam.")
    assert names(doc) == {"PT BRN"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Kementerian Riset Tinggi, Sains, dan Teknologi menyatakan hal itu.",
            "Kementerian Riset Tinggi, Sains, dan Teknologi",
        ),
        (
            "Menurut Badan Teknologi, Informasi, dan Intelijen Pajak, data itu sah.",
            "Badan Teknologi, Informasi, dan Intelijen Pajak",
        ),
    ],
)
def test_an_office_s_name_listing_its_portfolio_is_one_organization(text, org):
    doc = actors_of(text)
    assert org in names(doc)
    assert not any(a.name != org and a.name in org for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ia membuka Sekolah Rakyat, Sekolah Garuda, dan Program Hasil Kerja Cepat.",
            {"Sekolah Rakyat", "Sekolah Garuda"},
        ),
        (
            "Ia alumni University of Kestrel, dan Northern Kestrel State University.",
            {"University of Kestrel", "Northern Kestrel State University"},
        ),
        (
            "Program itu (Gerakan Orang Tua Asuh Anak Stunting dan Ibu Hamil) berjalan.",
            {"Gerakan Orang Tua Asuh Anak Stunting"},
        ),
    ],
)
def test_names_listed_after_an_office_s_name_stay_their_own(text, expected):
    assert {a.name for a in actors_of(text).actors if a.type == "organization"} == expected


def test_an_indonesian_occupation_before_a_name_is_the_role():
    doc = actors_of(
        '"Putusan itu tetap dikuatkan," kata hakim Dimas Wirasena di persidangan. '
        "Menurut ekonom Rina Kartika, inflasi naik."
    )
    assert held(doc, "Dimas Wirasena") == ("hakim", None)
    assert held(doc, "Rina Kartika") == ("ekonom", None)


def test_a_clause_after_a_place_s_comma_names_no_role():
    doc = actors_of("Kota Kestrelan, yang dulunya desa nelayan, kini menjadi pusat industri.")
    assert not any(a.type == "person" for a in doc.actors)


def test_a_rank_still_names_the_body_of_a_person_whose_role_is_an_occupation():
    doc = actors_of(
        "Kopda Bazar Wirasena divonis mati. Hakim menolak banding terdakwa Bazar "
        "Wirasena pekan ini."
    )
    assert held(doc, "Bazar Wirasena") == ("terdakwa", "TNI")


@pytest.mark.parametrize(
    "text",
    [
        "Dana itu berupa kekayaan negara yang dipisahkan (KND). Kan KND itu besar.",
        "Ia mengajukan penyelesaian melalui PMN (penyertaan modal negara). PMN itu disetujui.",
        "Bank melakukan intervensi transaksi non-delivery forward (NDF). NDF naik.",
        "Pajak dihitung dengan sistem tarif efektif rata-rata (TER), jelasnya.",
        "The bank keeps its financing to deposit ratio (FDR) low.",
    ],
)
def test_an_acronym_a_lower_case_phrase_spells_names_no_actor(text):
    assert actors_of(text).actors == []


def test_an_acronym_a_description_stands_before_is_still_an_actor():
    doc = actors_of("Menurut lembaga antirasuah (KPK), kasus itu besar. KPK memeriksa saksi.")
    assert names(doc) == {"KPK"}


def test_the_parts_of_a_register_number_are_no_actors():
    doc = actors_of(
        "Perkara teregister dengan nomor 7/PID.SUS/KEBERATAN/TPK/2025/PN.Jkt.Pst pekan lalu. "
        "Aparat Polri/TNI berjaga."
    )
    assert names(doc) <= {"Polri", "TNI"} and "Polri" in names(doc)


def test_an_office_named_after_a_title_is_one_organization_and_its_head_s_employer():
    doc = actors_of(
        "Kepala Kantor Staf Presiden Dimas Wirasena hadir. Rapat Pemda dan Forum Koordinasi "
        "Pimpinan Daerah (Forkopimda) digelar kemarin."
    )
    assert held(doc, "Dimas Wirasena") == ("Kepala Kantor Staf Presiden", "Kantor Staf Presiden")
    assert "Forum Koordinasi Pimpinan Daerah" in names(doc)
    assert not any(a.type == "person" and "Forum" in a.name for a in doc.actors)


def test_a_word_and_a_head_s_name_after_a_conjunction_stay_one_name():
    doc = actors_of("The Securities and Exchange Commission said on Monday it would act.")
    assert "Securities and Exchange Commission" in names(doc)


def test_a_lawyer_of_a_client_named_with_a_form_of_address_is_the_client_s():
    doc = actors_of("Mr. Varga's lawyer, Tom Kesk, called the decision unfair.")
    assert held(doc, "Tom Kesk") == ("lawyer", "Varga")


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            '"It can have a backlash," said Maureen Kesk, a media consultant not working for any '
            "candidate.",
            "Maureen Kesk",
            "media consultant",
        ),
        (
            "He abused the frailty of Liliane Varga, 90, the heiress to the Orvex fortune.",
            "Liliane Varga",
            "heiress",
        ),
    ],
)
def test_an_apposition_s_role_ends_at_its_noun_or_before_what_it_is_heir_to(text, person, role):
    assert held(actors_of(text), person)[0] == role


def test_a_predicate_after_an_apposition_s_comma_makes_no_person():
    doc = actors_of(
        "Senator Patty Kesk, a Kestrel Democrat, is the first chairwoman of the Budget Committee."
    )
    assert {a.name for a in doc.actors if a.type == "person"} == {"Patty Kesk"}


@pytest.mark.parametrize(
    ("text", "person", "office"),
    [
        (
            "Ketua The Fed, Dana Reyes, menyampaikan bahwa tarif naik.",
            "Dana Reyes",
            "The Fed",
        ),
        (
            '"Itu bagus," kata Kepala Bidang Hortikultura DKPP Kabupaten Indramayu, M Tarwiyo, '
            "Sabtu.",
            "M Tarwiyo",
            "DKPP Kabupaten Indramayu",
        ),
        # one word the title would have made a person: the holder after the comma says not
        ("Rektor Unsika, Suharnomo, memastikan kampus bergerak cepat.", "Suharnomo", "Unsika"),
        (
            "Kepala Danantara, Rosan Wirasena mengatakan dana itu aman.",
            "Rosan Wirasena",
            "Danantara",
        ),
        # several words with a common one: a body's name, not a person's
        (
            "Direktur Riset Index Kestrelia, Fadhly Wirasena, mengatakan survei itu sahih.",
            "Fadhly Wirasena",
            "Index Kestrelia",
        ),
    ],
)
def test_a_name_between_a_title_and_its_holder_s_comma_is_the_title_s_office(text, person, office):
    doc = actors_of(text)
    assert held(doc, person)[1] == office
    assert actor(doc, office).type == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Wirasena, Budi Santosa, dan Dedi Harahap hadir di sana.",
        "Presiden Wirasena, Budi Santosa, Dedi Harahap hadir di sana.",
    ],
)
def test_a_titled_name_opening_a_list_of_names_stays_a_person(text):
    doc = actors_of(text)
    assert actor(doc, "Wirasena").type == "person"


def test_a_state_s_short_form_after_a_title_is_the_state():
    doc = actors_of(
        "Wakil Menteri Hubungan dan Kerja Sama Internasional Afsel, Alvin Botes, tiba kemarin."
    )
    assert actor(doc, "Afsel").type == "country"
    assert "Afsel" not in {a.name for a in doc.actors if a.type == "person"}


def test_a_client_between_a_lawyer_and_the_lawyer_s_comma_stays_a_person():
    doc = actors_of("Hal itu disampaikan pengacara Dimas Wirasena, Yakup Harahap, kemarin.")
    assert actor(doc, "Dimas Wirasena").type == "person"


def test_an_indonesian_apposition_opening_with_a_noun_of_what_one_is_is_the_role():
    doc = actors_of(
        "Kabar duka tersiar: Affan Wiryo, seorang pengemudi ojek online, tewas kemarin."
    )
    assert held(doc, "Affan Wiryo")[0] == "pengemudi ojek online"


def test_a_name_of_rare_words_before_a_relation_word_works_for_the_organization_after_it():
    doc = actors_of(
        '"Pasar terbuka," ujar Jayant Wirasena dari Kestrel Ishak Institute di Orvania.'
    )
    assert held(doc, "Jayant Wirasena")[1] == "Kestrel Ishak Institute"


def test_short_forms_of_things_are_no_actors_but_a_body_named_for_one_is():
    doc = actors_of(
        "Pelaku UMKM mengeluh. Rekaman CCTV hilang. Korban PHK bertambah. "
        "Satgas PHK dibentuk pemerintah. Kasus TBC naik, kata Komnas HAM soal pelanggaran HAM. "
        "Dana bagi hasil SDA turun. Semua atas izin Allah SWT."
    )
    assert names(doc) == {"Satgas PHK", "Komnas HAM"}


def test_english_short_forms_of_things_are_no_actors():
    doc = actors_of(
        "DNA tests linked him to the scene. OTC trading rose at Orvex Securities. The list was "
        "posted on the Internet and the Web. Bombs went off in Dar es Salaam. God help us."
    )
    assert names(doc) == {"Orvex Securities", "Dar es Salaam"}


@pytest.mark.parametrize(
    ("text", "person", "role", "office"),
    [
        (
            "Kritik juga datang dari anggota Komisi II DPR lainnya, Deddy Wirasena.",
            "Deddy Wirasena",
            "anggota Komisi II DPR",
            "Komisi II DPR",
        ),
        (
            "Anggota AJI lainnya, Arin Wulandari, menyoroti hal itu.",
            "Arin Wulandari",
            "Anggota AJI",
            "AJI",
        ),
    ],
)
def test_one_more_holder_of_a_title_takes_it_without_the_word_other(text, person, role, office):
    assert held(actors_of(text), person)[:2] == (role, office)


def test_names_listed_after_a_title_and_its_body_hold_both():
    doc = actors_of(
        "Sidang itu dipimpin majelis. Majelis terdiri atas Ketua Komisi KPPU yakni Rina Wati "
        "dan Budi Santosa. Pondok Pesantren itu binaan anggota Polri, yakni Santri Manjung."
    )
    for name in ("Rina Wati", "Budi Santosa"):
        assert held(doc, name) == ("Ketua Komisi KPPU", "Komisi KPPU")
    # after a lower-case title and its body, what is listed may be the body's: no title given
    assert all(a.role != "anggota Polri" for a in doc.actors)


def test_initials_after_a_form_of_address_are_a_person():
    doc = actors_of(
        "Rapat itu berlangsung lama. Padahal tadi Pak RWS jelas bicara soal jalan tol. "
        '"Saudara YW didalami terkait perencanaan," ujar juru bicara. Pansus haji DPR bekerja.'
    )
    assert actor(doc, "RWS").type == "person"
    assert actor(doc, "YW").type == "person"
    assert actor(doc, "DPR").type == "organization"  # ("haji" in lower case is no address)


def test_legal_forms_written_with_stops_close_a_company_s_name_and_pollutants_are_no_actors():
    doc = actors_of(
        "The bid was raised. Institut Kestrel S.A. said it would extend its bid. Orvex N.V. "
        "agreed. Stations measure NO2 and SO2 in the air."
    )
    assert actor(doc, "Institut Kestrel S.A.").type == "organization"
    assert actor(doc, "Orvex N.V.").type == "organization"
    assert not {"NO2", "SO2"} & names(doc)


def test_a_body_named_for_its_subject_is_one_name():
    doc = actors_of(
        "The treaty was signed. The Senate Committee on Foreign Relations approved it. The "
        "Council on Kestrel Affairs published a report. The Council met on Monday."
    )
    assert {"Senate Committee on Foreign Relations", "Council on Kestrel Affairs"} <= names(doc)
    assert not any("Monday" in name for name in names(doc))


def test_a_national_body_s_short_form_alone_is_an_organization_and_a_leader_belongs_to_it():
    doc = actors_of(
        "Pagu itu naik. Kemenkeu mengusulkan tambahan anggaran. Usulan itu dibahas saat Kemenkeu "
        "masih dipimpin oleh Sri Wulandari. Polda menyatakan kasus itu ditutup."
    )
    assert actor(doc, "Kemenkeu").type == "organization"
    assert held(doc, "Sri Wulandari")[1] == "Kemenkeu"
    assert "Polda" not in names(doc)  # (a regional office's head names no body alone)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Di hadapan majelis hakim yang diketuai Rina Wati, jaksa membacakan dakwaan.",
            "ketua majelis hakim",
        ),
        ("Penggeledahan dilakukan oleh tim yang dipimpin oleh Rina Wati.", "pemimpin tim"),
        # a group of three words
        (
            "Gugatan itu diajukan tim kuasa hukum yang diketuai Rina Wati kemarin.",
            "ketua tim kuasa hukum",
        ),
        # a title of its own after the verb says more
        ("Sidang itu dipimpin Hakim Ketua Rina Wati di ruang utama.", "Hakim Ketua"),
        # a coach: "the team, now handled again by Rina Wati"
        ("Tim yang kini kembali ditukangi oleh Rina Wati itu menang.", "pelatih tim"),
    ],
)
def test_the_leader_of_a_group_named_by_common_nouns_heads_it(text, role):
    assert actor(actors_of(text), "Rina Wati").role == role


def test_the_body_named_before_a_verb_of_leading_is_the_leader_s():
    doc = actors_of(
        "The inquiry ended. Orvex Corp., headed by Dana Reyes, said it would cut jobs. The panel "
        "was chaired by Tom Harlan."
    )
    assert held(doc, "Dana Reyes")[1] == "Orvex Corp"
    assert held(doc, "Tom Harlan")[1] is None  # ("The panel": no body named)


def test_the_leader_of_a_named_body_takes_the_verb_s_title_when_none_is_written():
    doc = actors_of(
        "Liga dimulai. Timnas Sukamaju yang kini kembali ditukangi oleh Rina Wati menang. "
        "Partai Orvex yang diketuai Ketua Umum Dedi Hartono menolak."
    )
    assert held(doc, "Rina Wati") == ("pelatih", "Timnas Sukamaju")
    assert held(doc, "Dedi Hartono")[0] == "Ketua Umum"  # (its own title stays)


def test_a_capital_is_a_place_and_its_authority_a_body_of_its_own():
    # "Ibu Kota" is one word (the capital), not the address "Ibu" before a name "Kota ..."
    doc = actors_of(
        "Rumah sakit itu dibuka. Pegawai akan pindah ke Ibu Kota Sukamaju (IKS) tahun depan. "
        "Sekretaris Otorita IKS, Bimo Adi Wiryanto menyampaikan bahwa IKS siap. Ibu Rina Wati "
        "hadir."
    )
    capital = actor(doc, "Ibu Kota Sukamaju")
    assert capital.type == "place" and "IKS" in capital.aliases
    assert actor(doc, "Otorita IKS").type == "organization"
    assert held(doc, "Bimo Adi Wiryanto")[1] == "Otorita IKS"
    assert actor(doc, "Rina Wati").type == "person"  # (the address alone still is one)


def test_a_common_given_name_opens_the_holder_after_a_body_s_short_name():
    # "Basuki" is frequent in the language's word lists but a given name here (first_names)
    doc = actors_of("Rapat itu selesai. Kepala Otorita IKS Basuki Wiryanto menyampaikan hal itu.")
    assert held(doc, "Basuki Wiryanto") == ("Kepala Otorita IKS", "Otorita IKS")


def test_a_state_title_with_no_state_named_is_held_for_the_state_acting_not_where_things_are():
    doc = actors_of(
        "President Tom Harlan condemned the attacks on embassies in Kenya and in Tanzania. "
        "Aid teams landed in Kenya on Friday, and more will be at work in Kenya. The United "
        "States will not retreat, Harlan said. The United States will rebuild them."
    )
    assert held(doc, "Tom Harlan") == ("President", "United States")


def test_a_task_force_and_a_holding_are_bodies():
    doc = actors_of(
        "Rapat itu selesai. Kepala Satuan Tugas Koordinasi dan Supervisi KPK Wilayah II Rina "
        "Wulandari menyampaikan hal itu. Salah satunya adalah Dimas Santoso, pendiri Tarvex "
        "Holding, perusahaan tambang. Data itu dirilis Pusat Riset Iklim dan Atmosfer."
    )
    assert held(doc, "Rina Wulandari")[1] == "Satuan Tugas Koordinasi dan Supervisi KPK Wilayah II"
    assert held(doc, "Dimas Santoso") == ("pendiri", "Tarvex Holding")
    assert actor(doc, "Pusat Riset Iklim dan Atmosfer").type == "organization"


def test_a_name_before_unit_is_a_company():
    doc = actors_of(
        "The sale was expected. Orvex expects to use $2 billion from the sale of its Tarvo "
        "Kesk unit."
    )
    assert actor(doc, "Tarvo Kesk").type == "organization"


def test_nouns_naming_a_unit_before_a_title_closing_the_apposition_keep_the_title():
    doc = actors_of(
        "Orvex Corp. posted a loss. James E. Harlan, computer products group president, said "
        "costs fell. Tom Varga, whose brother was president, said nothing."
    )
    assert held(doc, "James E. Harlan")[0] == "president"
    assert held(doc, "Tom Varga")[0] is None  # (a clause, no title)


def test_a_title_with_words_before_it_and_what_it_is_of_closes_the_apposition():
    doc = actors_of(
        "The man was arrested, said Dana Reyes, junior minister for local government. Tom "
        "Varga, youngest son of a farmer, said nothing."
    )
    assert held(doc, "Dana Reyes")[0] == "junior minister"
    assert held(doc, "Tom Varga")[0] is None  # (no title word)


def test_a_dotted_short_form_keeps_its_last_stop_and_dotted_degrees_are_no_actors():
    doc = actors_of(
        "U.S. prosecutors dropped the charges on Tuesday. The U.N. said nothing. Kapolres "
        "Sukamaju AKBP Dedi Hartono, S.I.K., M.H., mengatakan kasus itu masih diselidiki."
    )
    assert {"U.S.", "U.N."} <= names(doc)
    assert not {"U.S", "U.N", "S.I.K.", "M.H.", "S.I.K", "M.H"} & names(doc)


def test_short_forms_of_a_case_s_papers_prices_and_ways_to_pay_are_no_actors():
    doc = actors_of(
        "Kasus KDRT itu dilaporkan ke Polres Sukamaju. Penyidik menyusun BAP pekan lalu. Harga "
        "beras melampaui HET, sementara pembeli memakai QR dan COD, kata Rina Wati."
    )
    assert not {"KDRT", "BAP", "HET", "QR", "COD"} & names(doc)
    assert {"Polres Sukamaju", "Rina Wati"} <= names(doc)


def test_a_lone_word_before_a_noun_only_a_company_has_is_a_company():
    doc = actors_of(
        "Kestrel said on Monday it would invest $1 billion. Analysts said Kestrel shares could "
        "rise. Chief executive Dana Reyes said the plan was sound. An Orvex spokesman declined "
        "to comment, and Orvex stayed silent."
    )
    assert actor(doc, "Kestrel").type == "organization"
    assert actor(doc, "Orvex").type == "organization"
    assert held(doc, "Dana Reyes")[1] == "Kestrel"


def test_bodies_the_press_names_without_a_head_are_organizations():
    doc = actors_of(
        "Dana Reyes called for reform of the United Nations and the World Bank. The Pentagon "
        "said it would send more troops. UN officials agreed."
    )
    assert actor(doc, "United Nations").type == "organization"
    assert "UN" in actor(doc, "United Nations").aliases
    assert actor(doc, "Pentagon").type == "organization"


def test_short_forms_of_fertilizers_units_permits_and_tasks_are_no_actors():
    doc = actors_of(
        "Harga pupuk turun. Harga pupuk NPK dan ZA dipangkas, kata Budi Santoso. Kapasitas "
        "pembangkit itu 40 megawatt (MW). Namun masih ada PR yang harus dikerjakan Polda Jatim. "
        "Empat perusahaan dicabut IUP-nya dan SK pencabutan belum terbit."
    )
    assert not {"NPK", "ZA", "MW", "PR", "IUP", "SK"} & names(doc)
    assert "Polda Jatim" in names(doc)


def test_a_body_named_on_its_own_before_ends_where_its_holder_s_name_starts():
    doc = actors_of(
        "Bank Orvania Syariah menandatangani perjanjian pembiayaan. Direktur Bisnis Bank Orvania "
        "Syariah Wiryo Pradipta Kusumo (Oney) menyampaikan, kerja sama itu strategis."
    )
    assert held(doc, "Wiryo Pradipta Kusumo") == ("Direktur Bisnis", "Bank Orvania Syariah")


def test_an_acronym_opening_a_company_s_name_is_that_company_not_a_body_s_unit():
    doc = actors_of(
        "ORX Nabisco Inc. agreed to sell its candy unit. ORX expects to use the money to pay "
        "down debt. The FBI said the FBI Foundation would fund the lab."
    )
    assert "ORX" in actor(doc, "ORX Nabisco Inc").aliases
    assert actor(doc, "FBI") is not actor(doc, "FBI Foundation")


def test_a_body_s_name_with_inner_words_as_initials_is_the_same_body():
    doc = actors_of(
        "Kasus itu dilaporkan ke Komnas Perlindungan Anak Sukamaju. Ketua Komnas PA Sukamaju "
        "Budi Santoso mengatakan kasus itu ditangani."
    )
    body = actor(doc, "Komnas Perlindungan Anak Sukamaju")
    assert "Komnas PA Sukamaju" in body.aliases
    assert held(doc, "Budi Santoso")[1] == "Komnas Perlindungan Anak Sukamaju"


def test_a_country_s_government_capitalised_is_the_state_acting():
    doc = actors_of(
        "Usulan itu dibahas. Pemerintah Indonesia menolak usulan itu. Indonesia meminta dialog. "
        "Pemerintah Kota Sukamaju mendukungnya."
    )
    assert actor(doc, "Indonesia").type == "country"
    assert "Pemerintah Indonesia" not in names(doc)
    assert actor(doc, "Pemerintah Kota Sukamaju").type == "organization"
    doc = actors_of("The talks ended. The Government of Indonesia rejected the proposal.")
    assert actor(doc, "Indonesia").type == "country"


def test_a_body_s_generic_name_is_the_body_the_text_names():
    doc = actors_of(
        "Rupiah menguat. Bank Indonesia menahan suku bunga. Bank Sentral juga memantau pasar."
    )
    assert "Bank Sentral" in actor(doc, "Bank Indonesia").aliases
    doc = actors_of("Rupiah menguat. Bank Sentral memantau pasar.")
    assert actor(doc, "Bank Sentral").type == "organization"  # (no body named: itself)


@pytest.mark.parametrize(
    ("text", "name", "role", "party"),
    [
        (
            "Liberal Democrat Dana Reyes told researchers she was shocked.",
            "Dana Reyes",
            None,
            "Liberal Democrat",
        ),
        ("Labour's Tom Harlan said the plan was sound.", "Tom Harlan", None, "Labour"),
        ("Lib Dem leader Tom Harlan began a tour on Monday.", "Tom Harlan", "leader", "Lib Dem"),
        (
            "Former Liberal Democrat MP Dana Reyes recalled the remarks.",
            "Dana Reyes",
            "MP",
            "Liberal Democrat",
        ),
        ("Republican Dana Reyes voted against the bill.", "Dana Reyes", None, "Republican"),
    ],
)
def test_a_party_named_by_its_members_word_before_a_name_is_the_person_s_party(
    text, name, role, party
):
    doc = actors_of(text)
    assert held(doc, name) == (role, party)
    assert actor(doc, party).type == "organization"


def test_the_words_for_a_party_s_members_name_one_party():
    doc = actors_of(
        "Tory chairman Tom Harlan spoke after the Tories lost. The Conservative Party said "
        "the Lib Dems had gained, and Lib Dem leader Dana Reyes agreed."
    )
    tories = actor(doc, "Conservative Party")
    assert {"Tory", "Tories"} <= set(tories.aliases)
    assert actor(doc, "Lib Dems") == actor(doc, "Lib Dem")
    assert held(doc, "Tom Harlan") == ("chairman", "Conservative Party")


def test_a_conjunction_after_an_organization_s_head_opens_no_name():
    doc = actors_of("White House and Republican sources said the chief of staff would stay.")
    assert names(doc) == {"White House", "Republican"}


def test_an_apposition_of_lower_case_words_alone_may_take_one_more_before_its_title():
    doc = actors_of("Dana Reyes, the most recent female MP to be elected, told researchers so.")
    assert actor(doc, "Dana Reyes").role == "MP"
    # (not past capitalised words: "Aplikasi Sukamaju Desa, sebuah sistem Real Time
    # Monitoring yang memungkinkan kepala desa ...": no village head's title for the app)
    doc = actors_of(
        "Kejaksaan meluncurkan Aplikasi Sukamaju Desa, sebuah sistem Real Time Monitoring "
        "Village Management yang memungkinkan kepala desa melaporkan permasalahan dana desa."
    )
    assert all(a.role is None for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kestrel Media now owns 8% of Orvex and is one of the biggest investors in Orvex.",
            "Orvex",
        ),
        ("It will book the sale of its stake in Tarvo Europe as a loss.", "Tarvo Europe"),
        ("Its profits offset a profit dip at Harlan Bros and fewer users.", "Harlan Bros"),
        (
            "Rina Wati, an analyst at the Gulf Research Center in Geneva, said so.",
            "Gulf Research Center",
        ),
    ],
)
def test_a_company_held_in_or_a_name_closed_by_its_head_is_no_place(text, name):
    doc = actors_of(text)
    assert actor(doc, name).type == "organization"


def test_a_building_named_before_its_organization_stays_a_place_where_heads_open_names():
    doc = actors_of("Acara digelar di Gedung Aneka Bakti Kemensos, Jakarta, Senin.")
    assert actor(doc, "Gedung Aneka Bakti Kemensos").type == "place"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Seorang pejabat mengatakan kepada AFP pada Jumat bahwa rencana itu batal.", "AFP"),
        ("Dana Reyes said in an interview with the BBC that she supported the plan.", "BBC"),
        ("Tom Harlan and Rina Wati spoke to ABC's weekly programme on Sunday.", "ABC"),
    ],
)
def test_an_outlet_known_by_name_is_media(text, outlet):
    assert actor(actors_of(text), outlet).type == "media"


def test_a_dateline_outlet_in_brackets_is_no_other_name_of_the_place_or_of_a_person():
    doc = actors_of(
        "The vote was close. OAK HOLLOW (AP) -- Also on Friday, Mayor Alan Porter and Mayor "
        "Joe Carollo met. Porter said the talks went well."
    )
    assert doc.outlet == "AP"  # (the dateline after a summary sentence is the story's source)
    assert actor(doc, "Alan Porter").type == "person"
    assert "AP" not in actor(doc, "Alan Porter").aliases


def test_a_title_that_is_a_name_too_named_after_a_place_preposition_is_a_place_s_name():
    doc = actors_of(
        "Raja Sukamaju merupakan wilayah konservasi. Tambang nikel di Raja Sukamaju tidak "
        "mengganggu wisata, kata Rina Wati."
    )
    assert actor(doc, "Raja Sukamaju").type == "place"
    assert [a.name for a in doc.actors if a.type == "person"] == ["Rina Wati"]
    # (a king named with no place preposition anywhere stays a king)
    doc = actors_of("Raja Salman bertemu Presiden di Riyadh, kata Rina Wati.")
    assert actor(doc, "Salman").role == "Raja"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Hal itu disampaikan CEO Orvex Tengku Muhammad Rahmat dalam pengarahan di Jakarta.",
            "Tengku Muhammad Rahmat",
            "CEO",
            "Orvex",
        ),
        (
            "Sementara itu, Direktur Usaha PT Aneka Sukamaju Tbk I Dewa Wiranata mengatakan "
            "perusahaan patuh.",
            "I Dewa Wiranata",
            "Direktur Usaha",
            "PT Aneka Sukamaju Tbk",
        ),
    ],
)
def test_a_title_of_birth_or_a_legal_form_ends_the_office_before_its_holder(
    text, name, role, affiliation
):
    assert held(actors_of(text), name) == (role, affiliation)


def test_malay_titles_of_honour_open_a_person_s_name():
    doc = actors_of(
        "Perdana Menteri Malaysia Datuk Seri Rahman Ibrahim menyatakan PHK melibatkan pekerja."
    )
    assert held(doc, "Datuk Seri Rahman Ibrahim") == ("Perdana Menteri", "Malaysia")
    assert [a.name for a in doc.actors if a.type == "organization"] == []


def test_a_holder_named_before_a_conjunction_ends_the_title_s_run():
    doc = actors_of(
        "Presiden AS Donald Trump menyebut Menteri Keuangan Scott Bessent akan memimpin "
        "delegasi AS, didampingi Menteri Perdagangan Howard Lutnick dan Perwakilan Dagang AS "
        "Jamieson Greer."
    )
    assert held(doc, "Howard Lutnick")[0] == "Menteri Perdagangan"
    assert held(doc, "Jamieson Greer") == ("Perwakilan Dagang", "AS")
    assert all(a.type != "organization" for a in doc.actors)


def test_a_country_s_name_alone_after_a_titled_person_named_so_is_the_surname():
    doc = actors_of(
        "The letter went to Lee County Judge Sadie Holland. Earlier this month, Holland went "
        "to work and learned of it. Officials in Holland were not told."
    )
    assert "Holland" in actor(doc, "Sadie Holland").aliases
    assert [a.name for a in doc.actors if a.type == "country"] == ["Holland"]


def test_a_member_s_place_and_party_in_an_apposition_give_the_party_and_codes_are_no_actors():
    doc = actors_of(
        "Jan Harlowsky, an Ohio Democrat, said Sunday the United States must act. Sen. Tom "
        "Varga , R-S.C., agreed, and Rep. Dana Reyes, R-Mich., did not."
    )
    assert held(doc, "Jan Harlowsky") == (None, "Democrat")
    assert names(doc) >= {"Jan Harlowsky", "Tom Varga", "Dana Reyes"}
    assert not any("-" in a.name for a in doc.actors)


def test_an_event_named_like_a_person_is_no_actor():
    doc = actors_of("Raising the specter of the bomb at the Dana Marathon, Varga said so.")
    assert "Dana Marathon" not in names(doc)


def test_a_month_that_is_a_given_name_opens_a_name_before_its_apposition():
    doc = actors_of("Jan Harlowsky, a lawmaker from Ohio, said the talks end on Jan. 5.")
    assert actor(doc, "Jan Harlowsky").type == "person"


def test_a_short_title_with_its_stop_after_a_comma_is_the_next_person_s():
    doc = actors_of(
        "The letters went to President Tom Harlan, Sen. Dana Reyes of Ohio and a judge. "
        "They were sent to Harlan, U.S. Sen. Rina Kesk and others."
    )
    assert held(doc, "Tom Harlan")[0] == "President"
    assert held(doc, "Dana Reyes")[0] == "Sen"
    assert held(doc, "Rina Kesk")[0] == "Sen"


def test_a_state_of_a_country_is_a_place_and_the_country_s_where_no_country_is_named():
    doc = actors_of(
        "The letters were sent last week to President Tom Harlan, Sen. Dana Reyes of Kestrel "
        "County and a Mississippi judge, Rina Kesk. Officials in Mississippi said so."
    )
    assert actor(doc, "Mississippi").type == "place"
    assert held(doc, "Tom Harlan") == ("President", "United States")
    # the state after a titled name is where the title is held
    doc = actors_of("Elian was taken from Cuba. Governor Tom Varga of North Carolina spoke.")
    assert held(doc, "Tom Varga") == ("Governor", "North Carolina")


def test_a_title_written_after_the_name_is_its_role():
    doc = actors_of(
        "Britain's parliament met. Prof Rina Kesk, who led the study with the help of Dana "
        "Reyes MP and a team of journalists, said she was shocked."
    )
    assert held(doc, "Dana Reyes") == ("MP", "United Kingdom")


def test_a_list_s_line_of_a_title_and_a_name_gives_the_role():
    doc = actors_of(
        "PT Sinar Wiratama Tbk (SNWR) menetapkan susunan direksi baru, Senin.\n\n"
        "Presiden Komisaris: Edwin Wiratmaja\n\nPresiden Direktur: Iwan Dewantoro\n\n"
        "Foto: Dok Humas"
    )
    assert actor(doc, "Edwin Wiratmaja").role == "Presiden Komisaris"
    assert actor(doc, "Iwan Dewantoro").role == "Presiden Direktur"
    assert "SNWR" in actor(doc, "PT Sinar Wiratama Tbk").aliases
    assert "Dok Humas" not in {a.name for a in doc.actors if a.type == "person"}


def test_a_short_form_in_brackets_after_a_legal_form_is_the_company_s():
    doc = actors_of(
        "PT Sinar Resources Indonesia Tbk (SRIN) menetapkan susunan direksi baru. Manajemen "
        "SRIN menyetujui hal itu."
    )
    company = actor(doc, "SRIN")
    assert company.type == "organization" and company.name.startswith("PT Sinar Resources")


def test_a_country_s_name_that_two_titled_people_bear_as_surname_is_neither_s_nor_the_state():
    doc = actors_of(
        "The letter went to Lee County Judge Sadie Holland. Holland said in an interview that "
        "she was shocked. She had run against her son, state Rep. Steve Holland, a Democrat. "
        "Earlier, Holland went to work and learned of it. He had a connection to Holland."
    )
    assert {"Sadie Holland", "Steve Holland"} <= names(doc)
    assert "Steve Holland" not in actor(doc, "Sadie Holland").aliases
    assert all(a.type != "country" for a in doc.actors)


def test_a_word_shaped_like_a_verb_is_no_name_even_opening_a_sentence():
    doc = actors_of(
        "Rapat digelar Senin. Diberitakan, pimpinan DPR memberikan izin untuk menggelar rapat "
        "pada saat reses, kata Rina Wati."
    )
    people = {a.name for a in doc.actors if a.type == "person"}
    assert people == {"Rina Wati"}


def test_a_retired_officer_s_bracketed_mark_is_no_person():
    doc = actors_of(
        "Pekerjaan rumah itu harus dituntaskan Dirjen Bea Cukai Letnan Jenderal (Purn) Budi "
        "Santosa, kata Rina Wati."
    )
    assert {a.name for a in doc.actors if a.type == "person"} == {"Budi Santosa", "Rina Wati"}


@pytest.mark.parametrize(
    "text",
    [
        "Trump berselisih dengan Rina Wati (53), yang sebelumnya menjabat sebagai Kepala Badan "
        "Efisiensi Pemerintah.",
        "Trump berselisih dengan Rina Wati, yang juga dikenal sebagai Kepala Badan Efisiensi "
        "Pemerintah.",
    ],
)
def test_a_relative_clause_with_an_adverb_still_introduces_the_role(text):
    assert held(actors_of(text), "Rina Wati")[0] == "Kepala Badan Efisiensi Pemerintah"


def test_a_name_after_saham_is_a_company():
    doc = actors_of(
        "Akibat pertikaian itu, saham Orvex anjlok 14 persen pada Kamis, kata Rina Wati."
    )
    assert actor(doc, "Orvex").type == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "In his opening today, attorney Tom Harlan, who is representing Rina Kesk in her "
            "suit, spoke.",
            "Tom Harlan",
            "attorney",
            "Rina Kesk",
        ),
        (
            "Dana Reyes, the lawyer representing Orvex Live, told jurors in her opening.",
            "Dana Reyes",
            "lawyer",
            "Orvex Live",
        ),
        (
            '"It matters," ORVX anchor Dana Reyes told viewers on Monday.',
            "Dana Reyes",
            "anchor",
            "ORVX",
        ),
    ],
)
def test_a_lawyer_s_client_named_after_representing_and_an_occupation_s_owner(
    text, name, role, affiliation
):
    assert held(actors_of(text), name) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Rina Wati menyampaikan "
            "bahwa musim hujan tiba. Rina memperingatkan warga.",
            "Rina Wati",
            "Kepala Badan Meteorologi, Klimatologi, dan Geofisika",
            "Badan Meteorologi, Klimatologi, dan Geofisika",
        ),
        (
            "Bank itu mengikuti arahan Menteri Perumahan dan Kawasan Permukiman (PKP) Budi "
            "Santoso untuk menaikkan target.",
            "Budi Santoso",
            "Menteri Perumahan dan Kawasan Permukiman",
            None,
        ),
    ],
)
def test_the_words_a_bracketed_short_form_spells_are_the_office_s_not_a_holder_s(
    text, name, role, body
):
    doc = actors_of(text)
    assert actor(doc, name).role == role
    assert [a.name for a in doc.actors if a.type == "person"] == [name]
    if body:
        assert "BMKG" in actor(doc, body).aliases


def test_an_occupation_before_a_name_of_two_rare_words_is_the_role():
    doc = actors_of("Acara amal itu dihadiri artis Rinjani Wardhana pada Sabtu malam.")
    assert actor(doc, "Rinjani Wardhana").role == "artis"


def test_a_surname_two_people_share_is_the_nearest_one_s_and_a_nickname_is_the_name():
    doc = actors_of(
        "Rina Harlowe sued Orvex over the death of her son. Tom Harlowe died in 2009; Harlowe "
        "was 50. Her lawyer said Rina Harlowe wanted answers."
    )
    assert {"Rina Harlowe", "Tom Harlowe"} <= names(doc)
    assert "Rina Harlowe" not in actor(doc, "Tom Harlowe").aliases
    doc = actors_of(
        "Senator Charles Kestrel met voters. Chuck Kestrel, as he is known, spoke first. "
        "Kestrel said the vote was close."
    )
    assert len([a for a in doc.actors if a.type == "person"]) == 1


def test_names_listed_after_an_occupation_each_hold_it_but_an_apposition_does_not():
    doc = actors_of(
        "Acara itu dihadiri artis Rinjani Wardhana, Aulia Massani, dan Bening Tsarina. "
        "Polisi menangkap penipu ayah artis Sekar Wulandari, Rahmat Wulandari."
    )
    for name in ("Rinjani Wardhana", "Aulia Massani", "Bening Tsarina"):
        assert actor(doc, name).role == "artis"
    assert actor(doc, "Rahmat Wulandari").role != "artis"


def test_a_person_of_a_name_the_text_makes_an_organization_elsewhere_works_for_it():
    doc = actors_of(
        "Last month Orvexbunker, a Dutch company housed in a bunker, did not take credit. "
        '"This is the community pushing back," Tom Harlan of Orvexbunker told reporters.'
    )
    assert held(doc, "Tom Harlan") == (None, "Orvexbunker")
    # (a place preposition says where, not whom for)
    doc = actors_of(
        "Sidang digelar di Pengadilan Negeri Sukamaju. Rina Wati di Pengadilan Negeri "
        "Sukamaju menangis."
    )
    assert actor(doc, "Rina Wati").affiliation is None


def test_a_one_word_title_after_a_prefix_and_a_dash_is_still_a_title():
    doc = actors_of("The case rests on an e-mail Orvex Live Co-CEO Tom Harlan wrote in June.")
    assert actor(doc, "Tom Harlan").role == "Co-CEO"


def _from_outlet(outlet: str, body: str) -> Document:
    text = f"Talks stall\n2013-04-26\n{outlet} — https://example.org/a\n\n{body}"
    doc, language = build_document(read_bytes(text.encode(), "x.txt", "txt"))
    find_actors(doc, language)
    return doc


PRESS_STORY = (
    "Moldova's government denied the report, and Moldovan officials said Moldova would not "
    "sign. President Dana Whitfield said the pressure on Moldova would grow."
)


def test_a_bare_title_in_a_national_paper_is_its_own_state_s_not_the_state_named_most():
    # the outlet's state, from the outlet list's data ("The New York Times | US")
    assert actor(_from_outlet("The New York Times", PRESS_STORY), "Dana Whitfield").country == "US"
    assert actor(_from_outlet("Kyodo", PRESS_STORY), "Dana Whitfield").country == "JP"
    # a dateline in the outlet's state keeps it ("WASHINGTON" is a US state's name)
    doc = _from_outlet("The New York Times", "WASHINGTON — " + PRESS_STORY)
    assert actor(doc, "Dana Whitfield").country == "US"
    # an outlet writing for the world, or none known: the state the text names most, as before
    assert actor(_from_outlet("Reuters", PRESS_STORY), "Dana Whitfield").country == "MD"
    assert actor(_from_outlet("Orvex Daily", PRESS_STORY), "Dana Whitfield").country == "MD"


def test_a_correspondent_s_dateline_abroad_leaves_the_bare_title_to_the_state_named_most():
    for dateline in ("CHISINAU, Moldova (AP) — ", "BEIRUT — "):
        doc = _from_outlet("AP", dateline + PRESS_STORY)
        assert actor(doc, "Dana Whitfield").country == "MD"


COMPANY_STORY = (
    "PT Sinar Orvex Tbk (SNOR) menetapkan perubahan susunan direksi dalam rapat umum pemegang "
    "saham hari ini. Rapat itu digelar di Jakarta. Para pemegang saham hadir. Laba perseroan "
    "naik. Dividen dibagikan pekan depan. Saham perseroan menguat. Posisi itu kini ditempati "
    "oleh Wiratmo Hadisaputro, yang sebelumnya menjabat sebagai Direktur. Rapat juga menetapkan "
    "Komisaris Independen Larasati Pramudya. "
)


def test_a_company_title_far_from_the_only_company_named_is_held_in_it():
    doc = actors_of(COMPANY_STORY)
    assert held(doc, "Wiratmo Hadisaputro") == ("Direktur", "PT Sinar Orvex Tbk")
    assert held(doc, "Larasati Pramudya") == ("Komisaris Independen", "PT Sinar Orvex Tbk")


def test_no_company_is_guessed_for_what_one_is_nor_where_two_companies_are_named():
    # a lecturer teaches elsewhere: an occupation, not a company's title
    doc = actors_of(COMPANY_STORY + "Hal itu dikatakan dosen Hartono Wibisono.")
    assert held(doc, "Hartono Wibisono") == ("dosen", None)
    doc = actors_of("PT Kencana Maju Tbk ikut rapat. " + COMPANY_STORY)
    assert held(doc, "Larasati Pramudya") == ("Komisaris Independen", None)


def test_a_head_that_closes_the_name_after_its_conjunction_stays_in_it():
    doc = actors_of("The Department of Health and Human Services opened an inquiry on Friday.")
    assert [a.name for a in doc.actors] == ["Department of Health and Human Services"]
    # a head opening the words after the conjunction is another body's ("... dan Kodim")
    doc = actors_of("Tim gabungan Satreskrim Polres Sukamaju dan Kodim Sukamaju menangkap pelaku.")
    assert "Satreskrim Polres Sukamaju dan Kodim Sukamaju" not in names(doc)


def test_one_word_and_a_body_s_name_before_a_title_are_the_body_the_title_is_held_in():
    doc = actors_of("In 2011, Health and Human Services Secretary Dana Reyes overruled it.")
    assert held(doc, "Dana Reyes") == ("Secretary", "Health and Human Services")


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Hal itu dijelaskan Juru Bicara Presiden Wiratmo Hadi kemarin.",
            "Wiratmo Hadi",
            "Juru Bicara Presiden",
        ),
        (
            "Hal itu dijelaskan Staf Khusus Menteri Keuangan Tono Hartanto kemarin.",
            "Tono Hartanto",
            "Staf Khusus Menteri Keuangan",
        ),
        (
            "Staf Khusus Gubernur Sukamaju, Larasati Pramudya mengatakan, tenda telah didirikan.",
            "Larasati Pramudya",
            "Staf Khusus Gubernur",
        ),
        # a described envoy, unnamed: the name is the principal's ("utusan khusus" in lower case)
        (
            "Hadir pula utusan khusus Perdana Menteri Jepang Kenji Sato di Jakarta.",
            "Kenji Sato",
            "Perdana Menteri",
        ),
        # the aide named after a comma: the name before it is the principal's
        (
            "Utusan Khusus Perdana Menteri Jepang Kenji Sato, Hiro Tanaka, tiba di Kairo.",
            "Kenji Sato",
            "Perdana Menteri",
        ),
    ],
)
def test_an_aide_s_title_before_another_title_is_the_name_s_whole_title(text, person, role):
    assert actor(actors_of(text), person).role == role


def test_an_office_inside_a_title_with_no_place_named_is_the_affiliation():
    doc = actors_of("Kepala Dinas Pariwisata Larasati Pramudya menegaskan hal itu.")
    assert held(doc, "Larasati Pramudya") == ("Kepala Dinas Pariwisata", "Dinas Pariwisata")
    # one listed title is no office named ("Ketua Majelis Hakim"): the state, as before
    doc = actors_of("Ketua Majelis Hakim Wiratmo Hadi membacakan putusan.")
    assert held(doc, "Wiratmo Hadi") == ("Ketua Majelis Hakim", "Indonesia")


def test_a_body_named_for_its_subject_is_no_thing_though_the_subject_ends_like_one():
    doc = actors_of("It was said by Tom Harlan, an analyst at the Center for the Study of War.")
    assert held(doc, "Tom Harlan") == ("analyst", "Center for the Study of War")
    # (a thing's name still names no actor: "the Affordable Care Act")
    assert names(actors_of("The Affordable Care Act passed on Friday.")) == set()


def test_a_relative_named_in_an_apposition_holds_the_title_written_there():
    doc = actors_of("She ran against her son, state Rep. Tom Harlan, a Democrat, in 2010.")
    assert held(doc, "Tom Harlan") == ("state Rep", "Democrat")


def test_a_name_listed_before_a_title_s_holder_is_a_person_not_the_title_s_owner():
    doc = actors_of(
        "A letter was sent to President Tom Harlan this month. Letters addressed to Harlan and "
        "Senator Dana Reyes, a Wyoming Republican, were retrieved."
    )
    assert actor(doc, "Tom Harlan").type == "person"
    assert held(doc, "Dana Reyes") == ("Senator", "Republican")


def test_a_lone_word_opening_a_sentence_and_introduced_to_a_title_is_a_person():
    doc = actors_of(
        "Warga datang. Wiratmoko, selaku Kabag Umum PT Sinar Maju, menyampaikan hal itu."
    )
    assert held(doc, "Wiratmoko") == ("Kabag Umum", "PT Sinar Maju")
    # a place so introduced is none ("Sukamaju selaku tuan rumah": no title after it)
    assert "Sukamaju" not in names(actors_of("Sukamaju selaku tuan rumah menyiapkan acara."))


def test_an_occupation_and_its_field_in_lower_case_before_a_name_are_its_role():
    doc = actors_of("Menurut pengamat otomotif Wiratmo Hadisaputro, ada sejumlah faktor.")
    assert held(doc, "Wiratmo Hadisaputro") == ("pengamat otomotif", None)
    doc = actors_of("Menurut pakar hukum pidana Wiratmo Hadisaputro, ada sejumlah faktor.")
    assert held(doc, "Wiratmo Hadisaputro") == ("pakar hukum pidana", None)
    # (a word about the holder ends the field: "penyerang anyar mereka")
    doc = actors_of("Gol dicetak penyerang anyar mereka Wiratmo Hadisaputro.")
    assert held(doc, "Wiratmo Hadisaputro") == ("penyerang", None)
    # a verb between a title and a name makes the name no holder ("menunjuk")
    doc = actors_of("Presiden menunjuk Wiratmo Hadisaputro sebagai duta.")
    assert actor(doc, "Wiratmo Hadisaputro").role != "Presiden"
    # nor does a common word or a short form after the field open a person's name
    assert "Dikpora" not in names(actors_of("Sejumlah guru honorer Dikpora menggelar unjuk rasa."))


def test_a_negotiator_is_a_title():
    doc = actors_of("Ketua juru runding Kolombia Diego Ortega menuduh negara produsen minyak.")
    assert held(doc, "Diego Ortega") == ("juru runding", "Kolombia")


def test_an_occupation_its_field_and_its_body_after_dari_before_the_name():
    doc = actors_of(
        "Menurut pengamat otomotif dari Institut Teknologi Sukamaju, Wiratmo Hadisaputro, ada "
        "sejumlah faktor."
    )
    assert held(doc, "Wiratmo Hadisaputro") == ("pengamat otomotif", "Institut Teknologi Sukamaju")


def test_an_office_between_a_title_and_a_holder_opened_by_a_form_of_address():
    doc = actors_of("Direktur Utama BPJS Kesehatan, Prof. Larasati Pramudya, menjelaskan hal itu.")
    assert held(doc, "Larasati Pramudya") == ("Direktur Utama", "BPJS Kesehatan")
    assert actor(doc, "BPJS Kesehatan").type == "organization"


def test_a_technical_agency_s_hall_is_an_organization_a_city_hall_a_place():
    doc = actors_of(
        "Kepala Balai Pelaksanaan Jalan Nasional (BPJN) Aceh, Wiratmo Hadi mengatakan jalan rusak. "
        "Warga berkumpul di Balai Kota Sukamaju."
    )
    assert held(doc, "Wiratmo Hadi") == (
        "Kepala Balai Pelaksanaan Jalan Nasional",
        "Balai Pelaksanaan Jalan Nasional Aceh",  # (the region after its short form closes it)
    )
    assert actor(doc, "Balai Kota Sukamaju").type == "place"


def test_a_title_s_term_in_years_stands_between_the_title_and_its_holder():
    doc = actors_of(
        "Tersangka lainnya adalah Dirut PT Sinar Orvex tahun 2018-2022 Wiratmo Hadi (WH)."
    )
    assert held(doc, "Wiratmo Hadi") == ("Dirut", "PT Sinar Orvex")


def test_a_body_between_a_title_and_the_comma_closing_the_holder_s_apposition_is_its_office():
    doc = actors_of(
        "Wiratmo Hadi, mantan Ketua Kelompok Tani Harapan Baru, mengatakan panen gagal."
    )
    assert held(doc, "Wiratmo Hadi") == (
        "mantan Ketua Kelompok Tani Harapan Baru",
        "Kelompok Tani Harapan Baru",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"Kami siap," kata Wiratmo Hadi, kepada wartawan, Senin.', "Wiratmo Hadi"),
        ('"We are ready," said Tom Varga, to reporters gathered outside.', "Tom Varga"),
    ],
)
def test_a_phrase_about_the_act_after_a_name_s_comma_is_no_role(text, name):
    assert held(actors_of(text), name) == (None, None)


@pytest.mark.parametrize(
    ("body", "short"),
    [("Ikatan Persaudaraan Haji Sukamaju", "IPHS"), ("Federasi Serikat Guru Sukamaju", "FSGS")],
)
def test_a_form_of_address_or_title_inside_a_name_its_short_form_spells_stays_in_it(body, short):
    doc = actors_of(f"Ketua Umum {body} ({short}), Wiratmo Hadi, menyesalkan kekacauan itu.")
    assert held(doc, "Wiratmo Hadi") == ("Ketua Umum", body)
    assert short in actor(doc, body).aliases


def test_a_meeting_its_short_form_spells_keeps_its_title_word_out_of_any_actor():
    doc = actors_of("Bank Sentral Sukamaju memangkas bunga pada Rapat Dewan Gubernur (RDG) Mei.")
    assert not any("Gubernur" in a.name or "RDG" in a.aliases for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "role", "body"),
    [
        (
            "kata Kepala Dinas Kependudukan dan Pencatatan Sipil (Dukcapil) Kota Sukamaju, "
            "Wiratmo Hadi, kemarin.",
            "Kepala Dinas Kependudukan dan Pencatatan Sipil",
            "Dinas Kependudukan dan Pencatatan Sipil Kota Sukamaju",
        ),
        (
            "kata Direktur Jenderal Mineral dan Batu Bara (Minerba) Kementerian ESDM, "
            "Wiratmo Hadi, kemarin.",
            "Direktur Jenderal Mineral dan Batu Bara",
            "Kementerian ESDM",
        ),
    ],
)
def test_the_words_a_short_form_spells_by_syllables_are_the_title_s_not_a_person(text, role, body):
    doc = actors_of(text)
    assert held(doc, "Wiratmo Hadi") == (role, body)
    assert [a.name for a in doc.actors if a.type == "person"] == ["Wiratmo Hadi"]


def test_a_nickname_a_person_s_name_spells_by_syllables_stays_the_person_s():
    doc = actors_of("Presiden Joko Widodo (Jokowi) meresmikan jalan itu. Jokowi lalu pulang.")
    assert "Jokowi" in actor(doc, "Joko Widodo").aliases


def test_a_company_named_between_its_title_and_the_holder_is_the_holder_s_company():
    doc = actors_of(
        "Harga saham Orvana naik tajam. Kata CEO Orvana Dewi Kartikasari, permintaan tumbuh."
    )
    assert held(doc, "Dewi Kartikasari") == ("CEO", "Orvana")
    assert actor(doc, "Orvana").type == "organization"


def test_a_company_after_a_lower_case_title_with_no_holder_is_no_person():
    doc = actors_of("Trump menyebut hubungannya dengan bos Orvana itu tamat. Orvana diam saja.")
    assert actor(doc, "Orvana").type == "organization"


def test_a_given_name_after_a_company_title_is_no_company():
    doc = actors_of(
        "Kata Dirut Kestrel Wiranata, laba naik. Menurut Dirut Kestrel, itu hasil efisiensi."
    )
    assert actor(doc, "Kestrel Wiranata").type == "person"
    assert not any(a.type == "organization" and a.name == "Kestrel" for a in doc.actors)


@pytest.mark.parametrize("tail", ["pertama", "nonaktif"])
def test_a_word_closing_a_title_before_the_holder_s_comma_is_no_part_of_it(tail):
    doc = actors_of(f"Ketua Dewan Kestrel {tail}, Wiratmo Hadi, berkelakar soal itu.")
    assert held(doc, "Wiratmo Hadi") == ("Ketua Dewan Kestrel", "Dewan Kestrel")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Jalannya gelap," kata Rangga, pengendara asal Sukamaju, Selasa.',
            "Rangga",
            "pengendara",
        ),
        ('"Harga naik," kata Wiryo, salah satu pedagang, Senin.', "Wiryo", "pedagang"),
        (
            "Dewi Kartikasari, mahasiswa magang di Orvana, mengatakan itu.",
            "Dewi Kartikasari",
            "mahasiswa magang",
        ),
    ],
)
def test_a_noun_of_what_one_is_ending_an_apposition_is_the_role(text, name, role):
    assert actor(actors_of(text), name).role == role


def test_a_noun_read_only_in_an_apposition_makes_no_person_of_the_name_after_it():
    doc = actors_of("Ia kuliah di kampus itu sebagai mahasiswa Perikanan sejak 2020.")
    assert not any(a.type == "person" for a in doc.actors)


def test_a_place_after_a_place_preposition_then_a_clause_is_no_person():
    doc = actors_of("Puluhan anak dilarikan ke Puskesmas Kestrel Baru, siswa lain dipulangkan.")
    assert not any(a.type == "person" for a in doc.actors)


def test_an_office_named_in_english_up_to_its_short_form_and_the_holder_s_comma_is_no_person():
    doc = actors_of(
        "Direktur Orvana Global Research and Analysis Team (OGRAT), Dewi Kartikasari, "
        "mengatakan ajang ini penting."
    )
    assert actor(doc, "Dewi Kartikasari").role.startswith("Direktur Orvana Global Research")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dewi Kartikasari"]


def test_an_english_portfolio_joined_by_and_stays_in_the_title():
    doc = actors_of(
        "Sementara itu, Manajer Public and Government Affairs (PGA) Orvana, Dewi Kartikasari, "
        "menyatakan hal itu."
    )
    assert held(doc, "Dewi Kartikasari") == ("Manajer Public and Government Affairs", "Orvana")


@pytest.mark.parametrize("portfolio", ["dewan", "dewan direksi"])
def test_a_lower_case_title_s_portfolio_before_its_body_and_the_holder_s_comma(portfolio):
    doc = actors_of(f"Namun, ketua {portfolio} Orvana, Dewi Kartikasari menegaskan hal itu.")
    assert held(doc, "Dewi Kartikasari") == (f"ketua {portfolio}", "Orvana")


def test_a_verb_after_a_lower_case_title_is_no_portfolio():
    doc = actors_of("Para ketua mengunjungi Orvana, Dewi Kartikasari menyambut mereka.")
    assert held(doc, "Dewi Kartikasari") == (None, None)


@pytest.mark.parametrize("office", ["Disdikbud Sukamaju", "Kemahasiswaan Orvana"])
def test_two_rare_words_after_an_office_title_before_the_holder_s_comma_are_the_office(office):
    doc = actors_of(f"Kepala {office}, Dewi Kartikasari enggan memberikan keterangan.")
    assert held(doc, "Dewi Kartikasari") == (f"Kepala {office}", office)
    assert actor(doc, office).type == "organization"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Kami takut," kata Wiryo Hadi, warga Desa Sukamaju, kepada wartawan.',
            "Wiryo Hadi",
            "warga Desa Sukamaju",
        ),
        (
            "Dewi Kartikasari, pedagang Pasar Kestrel, mengeluhkan harga.",
            "Dewi Kartikasari",
            "pedagang Pasar Kestrel",
        ),
    ],
)
def test_the_name_closing_an_apposition_after_its_noun_is_part_of_the_role(text, name, role):
    assert actor(actors_of(text), name).role == role


def test_a_line_of_three_capitalised_words_is_a_heading_not_a_longer_name():
    doc = actors_of(
        "Presiden Budi Hartanto menerima usulan itu di Istana.\nBudi Sedang Pelajari\n"
        "Budi mengatakan usulan itu masih dikaji."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Budi Hartanto"]


@pytest.mark.parametrize(
    "line",
    [
        "Pelaku Menghilang",  # two capitalised words with no stop
        'Kasus Dokter Dikeroyok di Sukamaju Selesai lewat "Restorative Justice"',
    ],
)
def test_a_title_case_line_is_a_heading_though_short_or_closed_by_a_quoted_phrase(line):
    doc = actors_of(
        f"{line}\nPolisi menangkap Budi Hartanto di Sukamaju, kata Kapolres Dedi Wiratmo.\n"
        "Budi mengaku menyesal."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Budi Hartanto", "Dedi Wiratmo"]


def test_a_body_after_a_lower_case_title_in_an_apposition_and_the_place_after_it():
    doc = actors_of(
        "Menurut Dewi Kartikasari, pemilik Kestrel Home Cleaning di Sukamaju, Jawa Barat, "
        "wadah kaca lebih awet."
    )
    assert held(doc, "Dewi Kartikasari") == ("pemilik", "Kestrel Home Cleaning")
    assert actor(doc, "Kestrel Home Cleaning").type == "organization"
    assert all(a.role is None for a in doc.actors if a.name != "Dewi Kartikasari")


def test_a_person_after_a_lower_case_title_in_an_apposition_stays_a_person():
    doc = actors_of("Menurut Tomas Varga, asisten Patrick Kesselring, tim sudah siap.")
    assert actor(doc, "Patrick Kesselring").type == "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Ibu Negara Prancis Colette Varenne mengaku lelah.", "Colette Varenne", "Ibu Negara"),
        ("Paus Leo XV menyerukan perdamaian di Kestrel.", "Leo XV", "Paus"),
        ("Kaisar Jepang Hiroto Sanada menerima tamu negara.", "Hiroto Sanada", "Kaisar"),
    ],
)
def test_a_head_of_state_s_spouse_a_pope_and_an_emperor_are_titled(text, name, role):
    assert actor(actors_of(text), name).role == role


def test_a_lawyer_s_title_and_the_words_of_whom_it_acts_for_before_the_comma():
    doc = actors_of(
        "Sementara itu, kuasa hukum keluarga korban, Dewi Kartikasari, mengapresiasi putusan."
    )
    assert actor(doc, "Dewi Kartikasari").role == "kuasa hukum"


def test_two_titles_joined_before_a_name_are_no_lawyer_s_client_description():
    doc = actors_of("Rina Wati. Advokat dan Mahasiswa Magister Hukum Sukamaju.")
    assert not any(a.name.startswith("Mahasiswa") for a in doc.actors)


def test_an_office_s_name_goes_on_past_each_of_its_conjunctions():
    doc = actors_of(
        "Kepala Badan Pengendalian dan Pengawasan Mutu Hasil Kelautan dan Perikanan Dewi "
        "Kartikasari mengatakan, sertifikasi ini sesuai."
    )
    body = "Badan Pengendalian dan Pengawasan Mutu Hasil Kelautan dan Perikanan"
    assert held(doc, "Dewi Kartikasari") == (f"Kepala {body}", body)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Direktur Utama Orvana Prof.Dewi Kartikasari MSc, PhD, mengatakan itu.",
            "Dewi Kartikasari",
        ),
        ("Menurut dr.Wiryo Santoso, demam berdarah meningkat.", "Wiryo Santoso"),
    ],
)
def test_a_form_of_address_glued_by_its_stop_to_the_name_after_it(text, name):
    doc = actors_of(text)
    assert actor(doc, name).type == "person"
    assert not any(a.name in ("PhD", "MSc") or "." in a.name for a in doc.actors)


def test_a_relative_of_a_titled_person_named_before_the_comma_is_that_relative():
    doc = actors_of(
        "PARIS - Putri tiri Presiden Prancis Lucien Varenne, Colette Varenne, menyampaikan "
        "kesaksiannya di pengadilan."
    )
    assert held(doc, "Colette Varenne") == ("Putri tiri", "Lucien Varenne")
    assert actor(doc, "Lucien Varenne").role == "Presiden"


def test_a_noun_after_an_article_then_the_name_after_its_comma_is_the_role():
    doc = actors_of("Salah satu terdakwa, Colette Varenne, mengunggah tuduhan itu ke media sosial.")
    assert actor(doc, "Colette Varenne").role == "terdakwa"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dua terdakwa, Colette Varenne dan Dedi Hartono, divonis bersalah.", "terdakwa"),
        ("Dua terdakwa lain, Colette Varenne dan Dedi Hartono, divonis bersalah.", "terdakwa"),
        (
            "Polisi menangkap tiga terdakwa lainnya, Colette Varenne dan Dedi Hartono, pada Senin.",
            "terdakwa",
        ),
        (
            "The judge sentenced both defendants, Colette Varenne and Dedi Hartono, on Monday.",
            "defendant",
        ),
    ],
)
def test_a_count_or_a_tail_word_with_the_noun_then_the_names_listed_after_its_comma(text, role):
    doc = actors_of(text)
    assert held(doc, "Colette Varenne") == (role, None)
    assert held(doc, "Dedi Hartono") == (role, None)


@pytest.mark.parametrize(
    ("text", "listed", "held_by_each"),
    [
        # one-word names, listed after a count and a noun read only before a name counted
        (
            "Polisi menangkap tiga pelaku, Sanawi, Kestrel, dan Jajang di rumahnya.",
            ["Sanawi", "Kestrel", "Jajang"],
            ("pelaku", None),
        ),
        # ... and after a count, a title and its body
        (
            "Polisi menangkap dua anggota Kelompok Tani Sukamaju, Sanawi dan Jajang, kemarin.",
            ["Sanawi", "Jajang"],
            ("anggota Kelompok Tani Sukamaju", "Kelompok Tani Sukamaju"),
        ),
    ],
)
def test_names_of_one_word_listed_after_a_count_and_its_noun_each_hold_it(
    text, listed, held_by_each
):
    doc = actors_of(text)
    people = [a for a in doc.actors if a.type == "person"]
    assert [(a.name, a.role, a.affiliation) for a in people] == [
        (name, *held_by_each) for name in listed
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Tiga terdakwa, Colette Varenne, Wiratmo Hadi dan Dedi Hartono, divonis.", "terdakwa"),
        (
            "Sementara tiga terdakwa lainnya, Colette Varenne, Wiratmo Hadi, dan Dedi Hartono "
            "dituntut lebih ringan.",
            "terdakwa",
        ),
        (
            "Tiga terdakwa lainnya yakni Colette Varenne, Wiratmo Hadi, dan Dedi Hartono "
            "dituntut lebih ringan.",
            "terdakwa",
        ),
        (
            "Three defendants, Colette Varenne, Wiratmo Hadi and Dedi Hartono, were jailed.",
            "defendant",
        ),
    ],
)
def test_every_name_of_a_longer_list_after_a_count_and_its_noun_holds_the_noun(text, role):
    assert roles_of(text) == {"Colette Varenne": role, "Wiratmo Hadi": role, "Dedi Hartono": role}


def test_names_listed_after_a_name_without_a_title_hold_none():
    text = "Menurut Colette Varenne, Wiratmo Hadi dan Dedi Hartono hadir di sana."
    assert roles_of(text) == {"Colette Varenne": None, "Wiratmo Hadi": None, "Dedi Hartono": None}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Kata budayawan Dedi Hartono, tradisi itu hampir punah.", "budayawan"),
        ("Polisi menangkap pelaku Dedi Hartono di rumahnya.", "pelaku"),
        ("Gol itu dicetak pesepakbola Dedi Hartono pada menit ke-80.", "pesepakbola"),
        ("Menurut sosiolog Dedi Hartono, angka itu mengkhawatirkan.", "sosiolog"),
    ],
)
def test_a_profession_right_before_the_name_is_the_role(text, role):
    assert roles_of(text) == {"Dedi Hartono": role}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Seorang warga, Dedi Hartono (45), mengatakan banjir datang tiba-tiba.", "warga"),
        ("Salah seorang mahasiswa, Dedi Hartono, mengaku kecewa.", "mahasiswa"),
    ],
)
def test_a_noun_read_after_names_is_the_role_before_one_after_an_article_and_a_comma(text, role):
    assert roles_of(text) == {"Dedi Hartono": role}


def test_a_case_s_noun_then_a_name_closing_an_apposition_is_its_role():
    assert roles_of("Polisi menangkap pelaku, Dedi Hartono (30), di rumahnya.") == {
        "Dedi Hartono": "pelaku"
    }
    assert roles_of("Untuk pelaku, Dedi Hartono meminta hukuman berat.") == {"Dedi Hartono": None}


@pytest.mark.parametrize("title", ["Wali Kota", "Kepala Desa"])
def test_a_title_s_own_place_head_makes_no_place_of_the_holder_s_first_name(title):
    doc = actors_of(f"Kemarin, {title} Dedi Hartono meninjau lokasi banjir.")
    assert actor(doc, "Dedi Hartono").role == title
    assert not any(a.type == "place" for a in doc.actors)


@pytest.mark.parametrize("title", ["GM", "ABK"])
def test_a_company_s_or_a_crew_s_short_title_guesses_no_state(title):
    doc = actors_of(f"Kemarin, {title} Dedi Hartono mengatakan hal itu kepada wartawan.")
    assert held(doc, "Dedi Hartono") == (title, None)


def test_a_place_after_an_office_s_bracketed_short_form_then_a_given_name_opens_the_holder():
    doc = actors_of(
        "Kepala Kejaksaan Negeri (Kejari) Lembata Dedi Hartono meninjau lokasi itu di Lembata."
    )
    assert held(doc, "Dedi Hartono") == ("Kepala Kejaksaan Negeri", "Kejaksaan Negeri Lembata")
    # (a name after the short form, its words written as no place, stays whole)
    doc = actors_of("Rektor Universitas Islam Negeri (UIN) Maulana Malik Ibrahim hadir di sana.")
    assert "Maulana Malik Ibrahim" in names(doc)


def test_a_common_word_opening_the_headline_cuts_no_body_s_name_where_it_recurs():
    doc = actors_of(
        "Anggaran Kestrel Naik\nDirektur Sistem Penganggaran Direktorat Jenderal Anggaran "
        "Kementerian Keuangan (Kemenkeu) Dedi Hartono mengatakan, angka tersebut naik."
    )
    assert held(doc, "Dedi Hartono") == (
        "Direktur Sistem Penganggaran",
        "Direktorat Jenderal Anggaran Kementerian Keuangan",
    )
    # (a name used alone elsewhere still ends the office's run: "... Bayu Hartono ... Bayu")
    doc = actors_of("Sekretaris Kementerian Kestrel Bayu Hartono hadir. Bayu menjelaskan hal itu.")
    assert actor(doc, "Bayu Hartono").role.startswith("Sekretaris")


def test_a_committee_s_chair_is_one_title():
    doc = actors_of("Kemarin, Ketua panitia Dedi Hartono membuka acara itu.")
    assert actor(doc, "Dedi Hartono").role == "Ketua panitia"


def test_a_noun_ending_a_phrase_before_the_sentence_s_subject_is_no_role_of_it():
    assert roles_of("Sedangkan untuk pegawai lain, Dedi Hartono meminta mereka bersabar.") == {
        "Dedi Hartono": None
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kedua hakim baru tersebut adalah Colette Varenne dan Dedi Hartono dari Surabaya.",
        "Diketahui, dua hakim yang akan bertugas itu adalah Colette Varenne dan Dedi Hartono.",
    ],
)
def test_names_listed_after_a_noun_with_a_tail_word_or_a_clause_and_a_demonstrative(text):
    assert roles_of(text) == {"Colette Varenne": "hakim", "Dedi Hartono": "hakim"}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Terdakwa Dedi Hartono dituntut lima tahun penjara.", "Terdakwa"),
        ("Kemarin, Pelaku Dedi Hartono ditangkap di rumahnya.", "Pelaku"),
        ("Kemarin, Hakim Dedi Hartono menunda putusan itu.", "Hakim"),
        ("Sidang itu dipimpin Jaksa Dedi Hartono.", "Jaksa"),
    ],
)
def test_a_capitalised_noun_of_what_a_person_is_opening_a_sentence_or_after_a_comma(text, role):
    assert roles_of(text) == {"Dedi Hartono": role}


def test_a_capitalised_english_noun_of_what_a_person_is_opening_a_sentence():
    assert roles_of("Bishop Henry Kestrel led the service.") == {"Henry Kestrel": "Bishop"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menurut Lukman Hakim Saifuddin, hal itu wajar.", "Lukman Hakim Saifuddin"),
        ("Victor Miranda said the plan was sound.", "Victor Miranda"),
        ("Sir Dedi Hartono said the plan was sound.", "Dedi Hartono"),
    ],
)
def test_a_name_s_word_or_an_address_that_is_also_a_noun_of_a_trade_is_no_role(text, name):
    assert roles_of(text) == {name: None}


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        (
            "Dedi Hartono, warga Sukamaju yang tinggal di tepi sungai, mengatakan banjir datang.",
            "warga Sukamaju",
            "Sukamaju",
        ),
        (
            "Dedi Hartono, siswa SMAN 2 Sukamaju, mengatakan hal itu.",
            "siswa SMAN 2 Sukamaju",
            "SMAN 2 Sukamaju",
        ),
        ("Pak Dedi Hartono, dua budayawan asal Sukamaju, hadir.", "budayawan", None),
        # (whatever the clause is about: it is where the person trades)
        ("Dedi Hartono, pedagang Pasar Kestrel yang terbakar, mengeluh.", "pedagang Pasar", None),
    ],
)
def test_an_apposition_s_name_before_a_clause_or_with_a_number_and_a_count_before_it(
    text, role, affiliation
):
    role_held, affiliation_held = held(actors_of(text), "Dedi Hartono")
    assert role_held.startswith(role)
    assert affiliation_held == affiliation


def test_a_count_before_a_clause_after_a_name_s_comma_opens_no_role():
    text = "Dalam perjalanan ke rumah Dedi Hartono, dua sahabat itu bertengkar hebat."
    assert roles_of(text) == {"Dedi Hartono": None}


@pytest.mark.parametrize("opener", [" yakni", ":", " ---", " -"])
def test_names_listed_after_a_noun_and_a_clause_about_it_hold_the_noun(opener):
    text = (
        f"Tiga anggota baru yang dilantik{opener} Colette Varenne, Wiratmo Hadi, dan Dedi "
        "Hartono mulai bertugas."
    )
    assert roles_of(text) == {
        "Colette Varenne": "anggota",
        "Wiratmo Hadi": "anggota",
        "Dedi Hartono": "anggota",
    }


def test_a_dash_after_a_clause_about_no_noun_of_people_opens_no_list():
    text = "Warga yang datang - Colette Varenne dan Dedi Hartono - membawa bekal."
    assert roles_of(text) == {"Colette Varenne": None, "Dedi Hartono": None}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Dedi Hartono, pemilik warung makan di Sukamaju, mengatakan hal itu.",
            "pemilik warung makan",
        ),
        ("Dedi Hartono, guru honorer di SMPN 2 Sukamaju, mengatakan hal itu.", "guru honorer"),
        (
            "Dedi Hartono, guru besar psikologi klinis, mengatakan hal itu.",
            "guru besar psikologi klinis",
        ),
        ("Dedi Hartono, tokoh adat Sukamaju, mengatakan hal itu.", "tokoh adat Sukamaju"),
        # (a verb before the apposition closes: a clause, no field)
        ("Dedi Hartono, pemilik toko menjelaskan kronologi kejadian itu.", "pemilik"),
    ],
)
def test_an_apposition_s_lower_case_title_and_its_field(text, role):
    assert roles_of(text) == {"Dedi Hartono": role}


def test_a_tail_word_after_the_noun_alone_names_one_more_of_them():
    doc = actors_of("Menurut terdakwa lain, Dedi Hartono, vonis itu keliru.")
    assert held(doc, "Dedi Hartono") == ("terdakwa", None)


@pytest.mark.parametrize("bracket", ["", " (Persero)"])
def test_a_closing_legal_form_ends_the_company_before_the_holder_s_name(bracket):
    doc = actors_of(
        f"Direktur Utama PT Bank Sinar Indonesia{bracket} Tbk Wiratmo Hadi menjelaskan laba naik."
    )
    assert actor(doc, "Wiratmo Hadi").role == "Direktur Utama"
    assert "Bank Sinar Indonesia" in actor(doc, "Wiratmo Hadi").affiliation
    assert not any("Wiratmo" in a.name and a.type == "organization" for a in doc.actors)


def test_a_closing_legal_form_stays_in_a_company_named_alone():
    doc = actors_of("Saham PT Orvana Sentosa Tbk naik tajam pekan ini.")
    assert actor(doc, "PT Orvana Sentosa Tbk").type == "organization"


def test_a_word_used_alone_after_a_verb_of_saying_opens_the_holder_after_an_office_word():
    doc = actors_of(
        'Direktur Eksekutif Kestrelia Wiratmo Hadi menyebut ekonomi melambat. "Permintaan lesu,"'
        " kata Wiratmo."
    )
    assert held(doc, "Wiratmo Hadi") == ("Direktur Eksekutif", "Kestrelia")
    assert actor(doc, "Kestrelia").type == "organization"


@pytest.mark.parametrize("later", ['"Kami siap," kata Dedi.', "Menurut Dedi Hartono, semua siap."])
def test_a_name_used_alone_opens_the_holder_after_an_office_s_short_name_and_its_place(later):
    doc = actors_of(f"Kemarin, Ketua Bawaslit Sumenep Dedi Hartono mengatakan hal itu. {later}")
    assert held(doc, "Dedi Hartono") == ("Ketua Bawaslit Sumenep", "Bawaslit Sumenep")


def test_a_whole_name_written_alone_elsewhere_opens_the_holder_after_an_office_word():
    doc = actors_of(
        "Kemarin, ekonom Kestrelia Dedi Hartono menyebut ekonomi melambat. Menurut Dedi "
        "Hartono, permintaan lesu."
    )
    assert held(doc, "Dedi Hartono") == ("ekonom", "Kestrelia")


@pytest.mark.parametrize(
    "text",
    [
        # a name's own first word (a given name the lexicon knows)
        'Menteri Koperasi Muhammad Wiratmo Hadi hadir. "Kita bekerja," kata Wiratmo.',
        # a jurisdiction's place
        'Wali Kota Sukamaju Wiratmo Hadi hadir. "Kita bekerja," kata Wiratmo.',
        "Menteri Koperasi Muhammad Dedi Hartono hadir. Menurut Dedi Hartono, kita bekerja.",
    ],
)
def test_a_name_used_alone_does_not_split_a_given_name_or_a_jurisdiction_from_it(text):
    doc = actors_of(text)
    assert not any(a.type == "organization" for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Laga itu dimenangi berkat kiper Wiratmo Hadi.", "Wiratmo Hadi", "kiper"),
        ("Gelandang Wiratmo Hadi mencetak gol lagi.", "Wiratmo Hadi", "Gelandang"),
        ("Wiratmo Hadi, bek Persikat, cedera.", "Wiratmo Hadi", "bek"),
    ],
)
def test_a_footballer_s_position_is_the_role(text, name, role):
    assert actor(actors_of(text), name).role.startswith(role)


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Waketum Partai Kestrel", "Waketum"),
        ("Sekdes Sukamaju", "Sekdes"),
        ("Perbekel Sukamaju", "Perbekel"),
        ("Kepala Ekonom Bank Kestrel", "Kepala Ekonom"),
        ("Juru Kampanye Partai Kestrel", "Juru Kampanye"),
        ("PPK Satker Jalan Sukamaju", "PPK"),
        ("GM PT Kestrel Abadi", "GM"),
        # heads and commanders named by a prefix glued to their office's short name
        ("Kabidhumas Polda Sukamaju", "Kabidhumas"),
        ("Danlanal Sukamaju", "Danlanal"),
        ("Wawali Sukamaju", "Wawali"),
    ],
)
def test_posts_of_a_party_a_village_and_a_bank_are_titles(title, role):
    doc = actors_of(f"Kemarin, {title} Dedi Hartono meninjau sekolah itu.")
    assert actor(doc, "Dedi Hartono").role.startswith(role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Kemarin, Plt Kepala Dinas Pendidikan Dedi Hartono meninjau sekolah itu.",
            "Plt Kepala Dinas Pendidikan",
        ),
        ("Dedi Hartono, Plh Direktur Utama PT Kestrel Abadi, hadir.", "Plh Direktur Utama"),
        ("Kemarin, Pj Bupati Sukamaju Dedi Hartono meninjau sekolah itu.", "Pj Bupati"),
    ],
)
def test_the_title_of_one_acting_in_a_post_is_part_of_the_role(text, role):
    assert roles_of(text) == {"Dedi Hartono": role}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Komandan Kodim 0501 Sukamaju, Dedi Hartono, hadir.", "Komandan Kodim 0501 Sukamaju"),
        ("Pada 2020 Dedi Hartono hadir di Sukamaju.", None),
    ],
)
def test_a_number_of_four_digits_opening_with_a_zero_is_in_a_body_s_name_never_a_year(text, role):
    assert roles_of(text) == {"Dedi Hartono": role}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dedi Hartono juga menjadi saksi dalam perkara itu.", "saksi"),
        ("Dedi Hartono kini menjadi Ketua Umum Partai Kestrel.", "Ketua Umum"),
        ("Dedi Hartono menjadi lebih baik setelah dirawat.", None),
    ],
)
def test_a_role_introduced_by_menjadi(text, role):
    assert roles_of(text) == {"Dedi Hartono": role}


@pytest.mark.parametrize(
    "text",
    [
        "Kemarin, Ketua DPD Partai Kestrel terpilih Dedi Hartono meninjau lokasi.",
        "Ketua DPD Partai Kestrel setempat adalah Dedi Hartono.",
        "Ketua DPD Partai Kestrel setempat tersebut adalah Dedi Hartono.",
    ],
)
def test_a_title_s_tail_word_right_before_its_holder_or_an_introducer(text):
    assert actor(actors_of(text), "Dedi Hartono").role.startswith("Ketua DPD")


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Wiratmo Hadi, yang kini menjabat Kepala Dinas Pendidikan Kota Sukamaju, sekolah"
        " ditutup.",
        "Wiratmo Hadi juga menjabat Kepala Dinas Pendidikan Kota Sukamaju sejak 2020.",
        "Wiratmo Hadi menjabat Kepala Dinas Pendidikan Kota Sukamaju selama tiga tahun.",
    ],
)
def test_a_role_introduced_by_menjabat_with_no_sebagai(text):
    assert actor(actors_of(text), "Wiratmo Hadi").role.startswith("Kepala Dinas Pendidikan")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ayah korban, Wiratmo Hadi, meminta polisi mengusut kasus itu.", "Ayah korban"),
        ("Wiratmo Hadi, ibu korban, menangis di lokasi.", "ibu korban"),
        ("Sementara itu, kakak tersangka, Wiratmo Hadi, enggan berkomentar.", "kakak tersangka"),
    ],
)
def test_a_relative_s_noun_and_the_noun_of_whom_make_the_role(text, role):
    assert actor(actors_of(text), "Wiratmo Hadi").role == role


def test_a_dean_is_titled_by_faculty_and_university():
    doc = actors_of(
        "Dekan Fakultas Ekonomi Universitas Sukamaju, Wiratmo Hadi, menyebut biaya kuliah naik."
    )
    assert held(doc, "Wiratmo Hadi") == ("Dekan Fakultas Ekonomi", "Universitas Sukamaju")


def test_an_occupation_s_field_ending_in_a_portfolio_word_before_the_comma():
    doc = actors_of("Menurut pakar hukum tata negara, Wiratmo Hadi, putusan itu cacat.")
    assert actor(doc, "Wiratmo Hadi").role.startswith("pakar hukum")


@pytest.mark.parametrize(
    "text",
    [
        "Perlu diapresiasi, retret pengusaha yang digagas oleh Kestrel Indonesia adalah inisiatif.",
        "Ia peneliti utama untuk proyek Kestrelia, Orvana and Tarvex di Eropa.",
    ],
)
def test_a_clause_or_a_relation_after_an_occupation_is_no_field_of_it(text):
    assert all(a.role is None for a in actors_of(text).actors)


def test_a_body_after_a_title_s_office_and_from_ends_in_its_holder_s_name():
    doc = actors_of("Anggota DPR dari Fraksi Partai Kestrel Dedi Hartono menyebut rapat ditunda.")
    assert held(doc, "Dedi Hartono") == ("Anggota DPR", "DPR")
    assert actor(doc, "Fraksi Partai Kestrel").type == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Ia dinonaktifkan sebagai Anggota DPR dari Fraksi Partai Kestrel, terhitung sejak Senin.",
        "Kata Direktur Utama PT Orvana Sentosa Wiratmo Hadi di Kestrelton Raya, Selasa.",
    ],
)
def test_a_body_after_from_or_a_place_after_at_holds_no_person(text):
    doc = actors_of(text)
    assert not any(a.type == "person" and "Kestrel" in a.name for a in doc.actors)


def test_the_un_s_short_name_is_an_actor_and_a_title_s_body():
    doc = actors_of(
        "Kemarin, PBB menyerukan gencatan senjata. Sekjen PBB Wiratmo Hadi mengecam serangan itu."
    )
    assert actor(doc, "PBB").type == "organization"
    assert held(doc, "Wiratmo Hadi") == ("Sekjen", "PBB")


def test_a_title_after_an_institution_s_name_is_its_holder_s_not_the_name_s():
    doc = actors_of("Di sidang umum PBB Presiden Wiratmo Hadi sampaikan target itu.")
    assert actor(doc, "Wiratmo Hadi").type == "person"


def test_a_form_of_address_after_the_comma_opens_the_holder_s_name_not_the_office_s():
    doc = actors_of(
        "Guru Besar Fakultas Hukum Universitas Gadjah Mada, Prof. Wiratmo Hadi, mengkritik"
        " putusan itu."
    )
    assert held(doc, "Wiratmo Hadi") == ("Guru Besar Fakultas Hukum", "Universitas Gadjah Mada")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Wiratmo Hadi"]


def test_an_owner_named_by_what_one_owns_before_the_comma():
    doc = actors_of("Menurut pemilik warung, Wiratmo Hadi, omzet turun separuh.")
    assert actor(doc, "Wiratmo Hadi").role.casefold().startswith("pemilik")


def test_a_rank_after_an_office_s_short_name_closes_it_before_the_holder():
    doc = actors_of("Kepala Basarnas Marsdya TNI Wiratmo Hadi meninjau lokasi banjir.")
    assert held(doc, "Wiratmo Hadi") == ("Kepala Basarnas", "Basarnas")


def test_a_place_after_a_glued_head_s_title_and_before_a_rank_stays_a_place():
    doc = actors_of("Kapolsek Sukamaju Kompol Wiratmo Hadi mengungkapkan kronologi kejadian.")
    assert not any(a.type == "organization" and a.name == "Sukamaju" for a in doc.actors)
    assert actor(doc, "Wiratmo Hadi").role == "Kapolsek"


def test_a_military_rank_written_with_its_service_is_one_rank_of_the_army():
    doc = actors_of("Acara itu dihadiri Kolonel Inf Wiratmo Hadi dan para tamu.")
    assert held(doc, "Wiratmo Hadi") == ("Kolonel Inf", "TNI")


def test_a_regional_secretary_is_one_title():
    doc = actors_of("Sekretaris Daerah Provinsi Jawa Barat Dedi Hartono hadir dalam rapat.")
    assert actor(doc, "Dedi Hartono").role == "Sekretaris Daerah"


@pytest.mark.parametrize(
    "text", ["Labour MP Dana Reyes criticised the plan.", "Labour leader Dana Reyes spoke first."]
)
def test_a_party_that_also_names_a_portfolio_before_a_member_s_title_is_the_party(text):
    doc = actors_of(text)
    assert actor(doc, "Dana Reyes").affiliation == "Labour"
    assert actor(doc, "Labour").type == "organization"


def test_a_portfolio_before_a_minister_s_title_stays_the_portfolio():
    doc = actors_of("Labour Minister Dana Reyes criticised the plan.")
    assert actor(doc, "Dana Reyes").role == "Labour Minister"


def test_a_climber_is_an_occupation():
    doc = actors_of("Swiss climber Tom Harlan said he was attacked.")
    assert held(doc, "Tom Harlan") == ("Swiss climber", "Switzerland")


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Pesawat itu diterbangkan Mayor Pnb Wiratmo Hadi dari Halim.", "Mayor Pnb"),
        ("Upacara dipimpin Laksda TNI Wiratmo Hadi di dermaga.", "Laksda TNI"),
    ],
)
def test_a_rank_with_its_corps_after_it_is_one_rank_of_its_body(text, rank):
    assert held(actors_of(text), "Wiratmo Hadi") == (rank, "TNI")


def test_a_place_closes_the_office_s_name_before_the_holder_s_after_a_title():
    doc = actors_of("Direktur Eksekutif Kestrelia Indonesia Wiratmo Hadi menilai survei itu sahih.")
    assert held(doc, "Wiratmo Hadi") == ("Direktur Eksekutif", "Kestrelia Indonesia")


def test_a_currency_code_the_press_uses_for_a_body_is_that_body():
    doc = actors_of("Kemarin, PLN menambah daya. Dirut PLN Wiratmo Hadi meninjau gardu.")
    assert held(doc, "Wiratmo Hadi") == ("Dirut", "PLN")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Calon Gubernur Sukamaju Wiratmo Hadi menyapa warga.", "Calon Gubernur"),
        ("Cagub Jakarta Wiratmo Hadi menyapa warga.", "Cagub"),
    ],
)
def test_a_candidate_s_title_is_the_role(text, role):
    assert actor(actors_of(text), "Wiratmo Hadi").role == role


def test_the_chair_of_a_board_of_commissioners_is_one_title():
    doc = actors_of("Ketua Dewan Komisioner OJK Wiratmo Hadi menyebut kredit tumbuh.")
    assert actor(doc, "Wiratmo Hadi").role == "Ketua Dewan Komisioner"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Perkara itu disidangkan di Pengadilan Negeri (PN) Kestrelton pada Senin.",
            "Pengadilan Negeri Kestrelton",
        ),
        (
            "Dinas Pendidikan (Disdik) Jawa Barat menutup sekolah itu.",
            "Dinas Pendidikan Jawa Barat",
        ),
    ],
)
def test_the_place_after_an_office_s_bracketed_short_form_closes_its_name(text, office):
    assert actor(actors_of(text), office).type == "organization"


def test_an_office_s_name_closed_after_its_short_form_holds_the_title_after_the_comma():
    doc = actors_of(
        "Kepala Kejaksaan Negeri (Kejari) Kestrelton, Wiratmo Hadi, menahan tersangka. Kejari"
        " Kestrelton menyita mobil."
    )
    assert held(doc, "Wiratmo Hadi") == ("Kepala Kejaksaan Negeri", "Kejaksaan Negeri Kestrelton")
    assert "Kejari Kestrelton" in actor(doc, "Kejaksaan Negeri Kestrelton").aliases


def test_a_name_after_a_state_university_s_short_form_is_no_place():
    doc = actors_of("Dosen Universitas Islam Negeri (UIN) Maulana Wiratmo Hadi hadir.")
    assert actor(doc, "Universitas Islam Negeri").type == "organization"


def test_a_dashed_short_form_spells_the_whole_name_past_a_country_s():
    doc = actors_of("Partai Demokrasi Indonesia Perjuangan (PDI-P) menggelar kongres di Bali.")
    assert "PDI-P" in actor(doc, "Partai Demokrasi Indonesia Perjuangan").aliases


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Kepala desa setempat, Wiratmo Hadi, membenarkan kejadian itu.", "Kepala desa"),
        ("Menurut Kapolsek setempat, AKP Wiratmo Hadi, korban tewas di lokasi.", "Kapolsek"),
        ("Wiratmo Hadi, petugas pemadam kebakaran, memadamkan api.", "petugas"),
    ],
)
def test_a_local_official_and_a_worker_named_in_an_apposition(text, role):
    assert actor(actors_of(text), "Wiratmo Hadi").role.startswith(role)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's short name and the place it serves name the body, at a sentence's start too
        (
            "BPBD Jawa Barat mengerahkan petugas ke lokasi banjir.",
            [("BPBD Jawa Barat", "organization")],
        ),
        (
            "Pada Senin, DPRD Jawa Timur menggelar rapat paripurna.",
            [("DPRD Jawa Timur", "organization")],
        ),
        ("KPU Kota Bandung menetapkan hasil pemilu.", [("KPU Kota Bandung", "organization")]),
        (
            "Rapat itu digelar DPRD Kabupaten Bandung Barat kemarin.",
            [("DPRD Kabupaten Bandung Barat", "organization")],
        ),
        # the special capital region is a place; a region's output is a figure, no body
        ("DKI Jakarta dilanda banjir sejak pagi.", [("DKI Jakarta", "place")]),
        ("Pada 2024, PDRB Jawa Tengah tumbuh lima persen.", [("Jawa Tengah", "place")]),
    ],
)
def test_a_body_short_name_with_its_place_is_an_organization(text, expected):
    doc = actors_of(text)
    assert [(a.name, a.type) for a in doc.actors] == expected


def test_a_body_short_name_with_its_place_is_the_body_the_text_spelled_out():
    doc = actors_of(
        "Ketua Umum Ikatan Persaudaraan Haji Indonesia (IPHI) Jawa Barat, Dedi Hartono, menyesali "
        "kekacauan itu. IPHI Jawa Barat menegaskan komitmennya. BPBD Jawa Barat mengerahkan "
        "petugas. Kepala Badan Penanggulangan Bencana Daerah (BPBD) Jawa Timur Rina Wati datang."
    )
    orgs = {a.name: a.aliases for a in doc.actors if a.type == "organization"}
    assert orgs == {
        "Ikatan Persaudaraan Haji Indonesia Jawa Barat": ["IPHI", "IPHI Jawa Barat"],
        "BPBD Jawa Barat": [],  # another place: another body
        "Badan Penanggulangan Bencana Daerah Jawa Timur": ["BPBD"],
    }


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        ("Koordinator ICW Dedi Hartono menilai vonis terlalu ringan.", "Koordinator", "ICW"),
        (
            "Kalaksa BPBD Jawa Barat Dedi Hartono mengatakan banjir surut.",
            "Kalaksa",
            "BPBD Jawa Barat",
        ),
        (
            "Asisten Deputi Bidang Ekonomi Kemenko Perekonomian Dedi Hartono datang.",
            "Asisten Deputi Bidang Ekonomi",
            "Kemenko Perekonomian",
        ),
        (
            "Dedi Hartono selaku Ketua Pansus DPRD Jawa Timur mengatakan rapat ditunda.",
            "Ketua Pansus",
            "DPRD Jawa Timur",
        ),
        # a coordinating ministry keeps its whole name though "Koordinator" is a title
        (
            "Sekretaris Kementerian Koordinator Bidang Perekonomian Dedi Hartono datang.",
            "Sekretaris Kementerian Koordinator Bidang Perekonomian",
            "Kementerian Koordinator Bidang Perekonomian",
        ),
        # a party's cadre or legislator, lower-case or opening the sentence, before its short name
        ("Menurut kader PDI-P Dedi Hartono, partai itu solid.", "kader", "PDI-P"),
        ("Legislator PKS Dedi Hartono meminta tarif ditunda.", "Legislator", "PKS"),
        # a title's short form in brackets is no part of the office it names
        (
            "Kepala Staf Angkatan Darat (KSAD) Jenderal Dedi Hartono meninjau pasukan.",
            "Kepala Staf Angkatan Darat",
            "Angkatan Darat",
        ),
    ],
)
def test_coordinators_deputies_chairs_cadres_and_chiefs_of_staff(text, role, affiliation):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dedi Hartono"]
    assert held(doc, "Dedi Hartono") == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bupati Cianjur Herman Suherman datang ke lokasi.", "Cianjur"),
        ("Kepala Dinas Kesehatan Surabaya Dedi Hartono datang ke lokasi.", "Surabaya"),
    ],
)
def test_a_jurisdiction_named_with_a_common_word_is_still_a_place(text, place):
    # a city's name the word lists know well is the title's place, not a body
    doc = actors_of(text)
    assert (place, "place") in [(a.name, a.type) for a in doc.actors]
    assert not [a for a in doc.actors if a.type == "organization" and a.name == place]


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a unit named by its number belongs to the title and is the holder's office, in the
        # place named after it ("Dinas Pendidikan Sukamaju" so)
        (
            "Ketua RT 18 RW 14 Klaster Melati, Dedi Hartono, mengatakan warga mengungsi.",
            "Ketua RT 18 RW 14",
            "RT 18 RW 14 Klaster Melati",
        ),
        ("Ketua RW 07 Dedi Hartono mengatakan banjir setinggi satu meter.", "Ketua RW 07", "RW 07"),
    ],
)
def test_a_neighbourhood_head_is_titled_with_the_unit_number(text, role, affiliation):
    person = actor(actors_of(text), "Dedi Hartono")
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_numbered_unit_outside_a_title_is_no_actor():
    # (a guard: the unit's number is read only after a title's word)
    doc = actors_of("Pada Senin, warga Kampung Muara RT 08 RW 06 mengungsi ke masjid.")
    assert [(a.name, a.type) for a in doc.actors] == [("Kampung Muara", "place")]


@pytest.mark.parametrize(
    "text",
    [
        # the short forms of what a text is about, not of who acts in it
        "Pemerintah menyiapkan SDM unggul untuk industri baru.",
        "Kasus ISPA meningkat di kota itu. Menurut dinas, ISPA menyerang anak-anak.",
        "Warga diminta tidak membagikan kode OTP kepada siapa pun.",
        "Beras SPHP dijual di pasar. Harga beras SPHP stabil.",
        "Petugas memasang garis polisi di TKP. Polisi menyisir TKP.",
    ],
)
def test_short_forms_of_resources_diseases_codes_and_scenes_are_no_actors(text):
    assert [a.name for a in actors_of(text).actors] == []


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # a bare short name beside the one body of that name and place is that body
        (
            "BPBD Kota Salatiga mengerahkan petugas. Menurut BPBD, banjir sudah surut.",
            "BPBD Kota Salatiga",
            "BPBD",
        ),
        # a city's short name spelled out is the same office
        (
            "Polres Metro Jakarta Utara menangkap pelaku. Polres Metro Jakut menahan dua orang.",
            "Polres Metro Jakarta Utara",
            "Polres Metro Jakut",
        ),
        # a legal form before a company's initials is the company
        (
            "Ia meminta PT Anugerah Pratama Inspirasi bertanggung jawab. PT API belum menjawab.",
            "PT Anugerah Pratama Inspirasi",
            "PT API",
        ),
    ],
)
def test_short_names_of_a_body_named_in_full_are_that_body(text, name, alias):
    orgs = {a.name: a.aliases for a in actors_of(text).actors if a.type == "organization"}
    assert orgs == {name: [alias]}


def test_a_bare_short_name_beside_a_body_of_its_own_stays_apart():
    # (a guard: "ASEAN" is no "ASEAN Council", nor one regional body of two)
    doc = actors_of(
        "BPBD Jawa Barat dan BPBD Jawa Timur bersiaga. BPBD meminta warga waspada. "
        "Menurut ASEAN Council, ASEAN menyepakati kerja sama itu."
    )
    orgs = sorted(a.name for a in doc.actors if a.type == "organization")
    assert orgs == ["ASEAN", "ASEAN Council", "BPBD", "BPBD Jawa Barat", "BPBD Jawa Timur"]


@pytest.mark.parametrize(
    ("text", "name", "alias", "kind"),
    [
        # a ministry's name with its short form in brackets, then the country's
        (
            "Sapi itu bantuan Kementerian Pertanian (Kementan) RI. Kasus bermula saat kelompok "
            "tani menerima bantuan dari Kementerian Pertanian.",
            "Kementerian Pertanian RI",
            "Kementerian Pertanian",
            "organization",
        ),
        # "atau" between two names of one family name: one person
        (
            "Rapat menyetujui Wiratmo Hadi atau Dedi Hadi menjadi komisaris. Dedi Hadi "
            "menggantikan posisi itu.",
            "Wiratmo Hadi",
            "Dedi Hadi",
            "person",
        ),
        # an initial that opens the same words
        (
            "Rapat mengangkat M. Rina Wati Kestrel sebagai direktur. Mohammad Rina Wati Kestrel "
            "diberhentikan dari posisi lamanya.",
            "M. Rina Wati Kestrel",
            "Mohammad Rina Wati Kestrel",
            "person",
        ),
        # a kingdom is its state
        (
            "Jemaah mengikuti aturan Kerajaan Arab Saudi. Arab Saudi juga menolak usulan itu.",
            "Arab Saudi",
            None,
            "country",
        ),
    ],
)
def test_two_forms_of_one_name_are_one_actor(text, name, alias, kind):
    found = [(a.name, a.aliases) for a in actors_of(text).actors if a.type != "place"]
    assert len(found) == 1
    assert [a.type for a in actors_of(text).actors if a.type != "place"] == [kind]
    assert found[0][0] == name or name in found[0][1]
    if alias:
        assert alias in [found[0][0], *found[0][1]]


def test_two_people_named_with_atau_stay_apart_unless_one_family_name():
    # (a guard: "atau" between two people of different names)
    doc = actors_of("Posisi itu akan diisi Wiratmo Hadi atau Rina Sari Kestrel.")
    assert sorted(a.name for a in doc.actors) == ["Rina Sari Kestrel", "Wiratmo Hadi"]


@pytest.mark.parametrize(
    "text",
    [
        # a unit after a measure with a fraction or a degree sign
        "Pusat gempa berada pada koordinat 0,11° LS dan 123,13° BT, di laut.",
        # degrees after a name, between commas
        "Hal itu disampaikan dokter anak Rina Wati, Sp.A, MPH, dalam webinar.",
        # a placeholder left in scraped text
        "Gugatan itu dianggap komedi hukum.[DIRECT_SENTENCE] Ia menolak berkomentar.",
    ],
)
def test_units_degrees_and_placeholders_are_no_actors(text):
    assert [a.name for a in actors_of(text).actors if a.type != "person"] == []


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a police rank written out is no company commissioner's title
        (
            "Kanit Gakkum Polresta Sukamaju Kota Ajun Komisaris Rina Wati menjelaskan kronologi.",
            "Rina Wati",
            "Kanit Gakkum",
            "Polresta Sukamaju Kota",
        ),
        # a regional office's portfolio by its short form belongs to the title
        (
            "Hadir mantan Kepala Dinas PUPR Pemprov Sumut, Dedi Hartono, dalam sidang itu.",
            "Dedi Hartono",
            "mantan Kepala Dinas PUPR",
            "Pemprov Sumut",
        ),
        # the office of a glued title's head and its portfolio, in the place named after it
        (
            "Hadir mantan Kadis PUPR Sumut Dedi Hartono dalam sidang itu.",
            "Dedi Hartono",
            "mantan Kadis PUPR",
            "Dinas PUPR Sumut",
        ),
        # after a jurisdiction's place under its head, a given name opens the holder's
        (
            "Hadir Kepala Dinas Pendidikan Kota Sukamaju Ahmad dalam sidang itu.",
            "Ahmad",
            "Kepala Dinas Pendidikan",
            "Dinas Pendidikan Kota Sukamaju",
        ),
        # a city's fire service is a body
        (
            "Api cepat menjalar, kata Kepala Seksi Operasi Sudin Gulkarmat Jakarta Utara, "
            "Dedi Hartono.",
            "Dedi Hartono",
            "Kepala Seksi Operasi",
            "Sudin Gulkarmat Jakarta Utara",
        ),
    ],
)
def test_regional_offices_and_police_ranks_give_the_holder_title_and_office(
    text, name, role, affiliation
):
    doc = actors_of(text)
    assert held(doc, name) == (role, affiliation)
    assert [a.type for a in doc.actors if a.name == affiliation] in ([], ["organization"])


def test_no_name_opens_with_a_conjunction():
    doc = actors_of(
        "Standar yang ditetapkan oleh pasar utama seperti Uni Eropa dan AS sering menjadi "
        "hambatan bagi negara berkembang."
    )
    assert sorted((a.name, a.type) for a in doc.actors) == [
        ("AS", "country"),
        ("Uni Eropa", "organization"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a body's short form by syllables is the body, not the holder's first name
        (
            "Badan Pangan Nasional (Bapanas) memastikan stok aman. Stok aman, kata Sekretaris "
            "Utama Bapanas Dedi Hartono di Jakarta.",
            "Dedi Hartono",
            "Sekretaris Utama",
            "Badan Pangan Nasional",
        ),
        # "Haji" of a portfolio is no form of address
        (
            "Dirjen Penyelenggaraan Haji dan Umrah Wiratmo Hadi menjelaskan jadwalnya.",
            "Wiratmo Hadi",
            "Dirjen Penyelenggaraan Haji dan Umrah",
            "Indonesia",
        ),
        # a resident's place is the affiliation
        (
            "Dedi Hartono, warga Desa Sukamaju, mengatakan bahwa kabar itu memicu kemarahan.",
            "Dedi Hartono",
            "warga Desa Sukamaju",
            "Desa Sukamaju",
        ),
    ],
)
def test_short_forms_portfolios_and_residences_give_the_affiliation(text, name, role, affiliation):
    assert held(actors_of(text), name) == (role, affiliation)


def test_a_ministry_named_with_a_pilgrimage_stays_whole():
    doc = actors_of("Menteri itu berkunjung ke Kementerian Haji dan Umrah Arab Saudi kemarin.")
    assert [a.name for a in doc.actors if a.type == "organization"] == [
        "Kementerian Haji dan Umrah Arab Saudi"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a club named with its bracketed short form, then the holder after a comma
        (
            "Kiper baru Kestrel United (KU), Dedi Hartono, mengaku banyak belajar.",
            {"Dedi Hartono": ("Kiper", "Kestrel United")},
        ),
        # an apposition after two names joined by "dan" is what both are
        (
            "Keduanya adalah Wiratmo Hadi Kestrel dan Dedi Hartono, aktivis yang tak kembali.",
            {"Wiratmo Hadi Kestrel": ("aktivis", None), "Dedi Hartono": ("aktivis", None)},
        ),
        # a relative before a noun of what someone is, then a listed name
        (
            "Pemilik klinik menemui ibu korban, yakni Rina Wati dan meminta uang.",
            {"Rina Wati": ("ibu korban", None)},
        ),
    ],
)
def test_roles_through_short_forms_joined_names_and_relatives(text, expected):
    people = {a.name: (a.role, a.affiliation) for a in actors_of(text).actors if a.type == "person"}
    assert people == expected


def test_an_apposition_after_a_body_and_a_name_is_the_name_s_only():
    # (a guard: a body joined to a person takes no role from the person's apposition)
    doc = actors_of("Polisi memeriksa PT Sinar Jaya dan Dedi Hartono, pedagang pasar.")
    roles = {a.name: a.role for a in doc.actors}
    assert roles == {"PT Sinar Jaya": None, "Dedi Hartono": "pedagang pasar"}


@pytest.mark.parametrize(
    "text",
    [
        # a direction and a destination are places
        "Kendaraan dari arah Sukamaju Hilir tersendat sejak pagi.",
        "Iring-iringan jenazah bergerak menuju Loji Kestrelan.",
        # a state of a country whose press names its states bare, after a city
        "Rina Wati, pemilik toko di Houston, Texas, AS, juga menunjukkan wadah kaca.",
    ],
)
def test_directions_destinations_and_states_are_places(text):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "place"] != []
    assert all(a.type != "person" or a.name == "Rina Wati" for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a group named as a body, with its initials
        (
            "Sebelas napi merupakan anggota Kelompok Kriminal Bersenjata (KKB), yang lain bukan.",
            ["Kelompok Kriminal Bersenjata"],
        ),
        # a body's premises and the side one speaks for open the body's name
        (
            "Hal itu disampaikan Dedi di Media Center Badan Pengawas Kestrel (Bawaskes), Jakarta.",
            ["Badan Pengawas Kestrel"],
        ),
        (
            "Pihak BPJS Kesehatan cabang Sukamaju memberikan klarifikasi kepada wartawan.",
            ["BPJS Kesehatan"],
        ),
        # the body's field after its bracketed short form closes its name; the short form and
        # the field name it again
        (
            "Badan Penyelenggara Jaminan Kestrel (BPJK) Kesehatan mencatat kasus. Menurut "
            "BPJK Kesehatan, data itu benar.",
            ["Badan Penyelenggara Jaminan Kestrel Kesehatan"],
        ),
    ],
)
def test_bodies_named_with_groups_premises_and_fields(text, orgs):
    assert [a.name for a in actors_of(text).actors if a.type == "organization"] == orgs


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # heads of English names written as they are in Indonesian text
        (
            "Observasi itu berasal dari Kestrel Propulsion Laboratory di California.",
            "Kestrel Propulsion Laboratory",
            "organization",
        ),
        (
            "Perusahaan itu bernama Hatsudoki Kestrel Co sebelum berganti nama.",
            "Hatsudoki Kestrel Co",
            "organization",
        ),
        # a cue for news outlets is no outlet's before a person's full name
        (
            "Observasi dilaporkan oleh Davide Kestrel, insinyur navigasi, kemarin.",
            "Davide Kestrel",
            "person",
        ),
    ],
)
def test_english_names_and_reports_by_people_are_typed_right(text, name, kind):
    assert [(a.name, a.type) for a in actors_of(text).actors if a.type != "place"] == [(name, kind)]


def test_a_lone_name_closing_a_title_elsewhere_is_the_body_of_the_title():
    doc = actors_of(
        "Program itu dikembangkan bersama Pertamina sejak 2023. Program ini patut menjadi "
        "model, ucap Komisaris Utama Pertamina Dedi Hartono."
    )
    found = {(a.name, a.type, a.role, a.affiliation) for a in doc.actors}
    assert found == {
        ("Pertamina", "organization", None, None),
        ("Dedi Hartono", "person", "Komisaris Utama Pertamina", "Pertamina"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lawyer's client called by one word of a name the text writes in full
        (
            "Kuasa hukum Rina, Dedi Hartono, mengatakan pihaknya siap. Rina Kestrelwati hadir.",
            {"Rina Kestrelwati": (None, None), "Dedi Hartono": ("Kuasa hukum", "Rina Kestrelwati")},
        ),
        # a noun of what a person is before a word introducing the name
        (
            "Seperti salah satu warga bernama Dedi Hartono (26) yang mengaku sering mendengar.",
            {"Dedi Hartono": ("warga", None)},
        ),
    ],
)
def test_clients_by_one_name_and_introduced_nouns(text, expected):
    found = {a.name: (a.role, a.affiliation) for a in actors_of(text).actors if a.type == "person"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case title before two names joined by "dan": both hold it
        (
            "Acara itu dihadiri anggota Kongres Rina Wati Kestrel dan Dedi Hartono.",
            {"Rina Wati Kestrel": "anggota Kongres", "Dedi Hartono": "anggota Kongres"},
        ),
        # a title of two words whose last carries a pronoun's ending
        (
            "Pihak keluarga melalui kuasa hukumnya Dedi Hartono menyatakan siap menggugat.",
            {"Dedi Hartono": "kuasa hukumnya"},
        ),
        # (a capitalised title is one person's)
        (
            "Dukungan datang dari Menteri Keuangan Rina Wati Kestrel dan Dedi Hartono.",
            {"Rina Wati Kestrel": "Menteri Keuangan", "Dedi Hartono": None},
        ),
    ],
)
def test_titles_listed_and_with_a_pronoun_s_ending(text, expected):
    assert roles_of(text) == expected


def test_a_role_written_in_full_elsewhere_is_the_full_one():
    doc = actors_of(
        "Pada susunan dewan komisaris, Dedi Hartono diangkat kembali. Kini Wakil Presiden "
        "Komisaris Dedi Hartono menolak berkomentar."
    )
    assert actor(doc, "Dedi Hartono").role == "Wakil Presiden Komisaris"


def test_an_occupation_and_its_field_before_a_body_cue_its_holder():
    doc = actors_of(
        "Menurut pakar hukum pidana Universitas Kestrel Dedi Hartono, kasus itu janggal."
    )
    found = {(a.name, a.type, a.role, a.affiliation) for a in doc.actors}
    assert found == {
        ("Universitas Kestrel", "organization", None, None),
        ("Dedi Hartono", "person", "pakar hukum pidana", "Universitas Kestrel"),
    }


def test_javanese_royal_titles_open_a_person_s_name():
    doc = actors_of("Menurut adik raja, KGPHA Kestrelkusumo, rombongan akan tiba sore ini.")
    assert [(a.name, a.type) for a in doc.actors] == [("KGPHA Kestrelkusumo", "person")]


def test_a_name_prefix_opens_the_holder_after_an_office_s_short_form():
    doc = actors_of(
        "Mereka di antaranya, Gubernur Riau Wiratmo Hadi, Kepala Dinas PUPR-PKPP Muhammad "
        "Rina Kestrel, Sekretaris Dinas PUPR-PKPP Dedi Hartono, dan warga lain."
    )
    people = {a.name: a.role for a in doc.actors if a.type == "person"}
    assert people["Muhammad Rina Kestrel"].startswith("Kepala Dinas")
    assert not [a.name for a in doc.actors if a.name == "Muhammad"]


def test_a_lawyer_s_client_named_among_lower_case_words_is_not_the_lawyer():
    doc = actors_of(
        "Rina Kestrelwati menggugat. Pengacara keluarga Kestrelwati, Dedi Hartono, mengatakan "
        "bahwa mereka akan mengajukan bukti."
    )
    found = {a.name: (a.role, a.affiliation) for a in doc.actors if a.type == "person"}
    assert found == {
        "Rina Kestrelwati": (None, None),
        "Dedi Hartono": ("Pengacara keluarga", "Rina Kestrelwati"),
    }


def test_a_titled_holder_listed_last_but_one_after_a_titled_person_is_a_person():
    doc = actors_of(
        "Mereka di antaranya, Kepala Dinas PUPR-PKPP Dedi Hartono, Sekretaris Dinas PUPR-PKPP "
        "Wiratmo Kestrel, dan Rina Wati."
    )
    assert held(doc, "Dedi Hartono") == ("Kepala Dinas PUPR-PKPP", "Dinas PUPR-PKPP")
    assert held(doc, "Wiratmo Kestrel") == ("Sekretaris Dinas PUPR-PKPP", "Dinas PUPR-PKPP")
    assert not [a.name for a in doc.actors if a.type == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a secretary's title says little without its office, written with it
        (
            "Sekretaris Kementerian Pariwisata Dedi Hartono mengatakan hal itu.",
            ("Sekretaris Kementerian Pariwisata", "Kementerian Pariwisata"),
        ),
        # a regional office's secretary, by the short form too
        (
            "Sekdis PUPR Kota Sukamaju Dedi Hartono mengatakan hal itu.",
            ("Sekdis PUPR", "Dinas PUPR Kota Sukamaju"),
        ),
    ],
)
def test_a_secretary_s_title_with_its_office(text, expected):
    assert held(actors_of(text), "Dedi Hartono") == expected


def test_an_organization_s_head_that_is_a_given_name_opens_a_holder_after_a_title_s_comma():
    doc = actors_of(
        'Apple mencatat rekor. "Kami bangga," kata CEO Apple, Tim Kestrelby dalam keterangan '
        'resmi. "Kami senang," ujar Tim Kestrelby. Tim Hukum Orvana menolak berkomentar.'
    )
    assert held(doc, "Tim Kestrelby") == ("CEO", "Apple")
    assert actor(doc, "Apple").type == "organization"
    assert actor(doc, "Tim Hukum Orvana").type == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak lima Warga Negara Indonesia (WNI) ditangkap. Para WNI itu bekerja di Orvana.",
        "Hal itu dituang dalam Surat Edaran (SE) Wali Kota Orvana Nomor 400/12/2025.",
        # plans, systems, prices named like bodies, and their short forms wherever written
        "Harga Eceran Tertinggi (HET) beras naik. Pedagang menjual di atas HET itu.",
        "Rencana Usaha Penyediaan Tenaga Listrik (RUPTL) disahkan. RUPTL memuat proyek baru.",
        # a bank's ratios and ratings, a currency with its country
        "Rasio NPL turun, NIM naik, dan analis memberi rekomendasi BUY. Dolar AS menguat.",
        # units named in general, none by its number
        "Keamanan dibangun di tingkat RT, RW, hingga kelurahan.",
        "Warga memilih pengurus baru. Ketua RW dipilih langsung oleh ketua RT.",  # (its last word)
        # the language's own words before a thing's head
        "Hal itu diatur dalam Perpres tentang Pemutakhiran Rencana Kerja Pemerintah Tahun 2025.",
    ],
)
def test_things_named_like_bodies_and_their_short_forms_are_no_actors(text):
    assert not [a.name for a in actors_of(text).actors if a.type == "organization"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field's noun by its shape, however rare, is the title's portfolio before the office
        (
            "Ketua Program Studi Keperawatan Universitas Kestrel, Dedi Hartono, mengatakan itu.",
            ("Ketua Program Studi Keperawatan", "Universitas Kestrel"),
        ),
        (
            "Direktur Penegakan Pidana Kementerian ESDM Dedi Hartono mengatakan itu.",
            ("Direktur Penegakan Pidana", "Kementerian ESDM"),
        ),
        # what the writer knows of the person introduces the title after the name
        (
            "Dedi Hartono diketahui merupakan dosen Universitas Kestrel.",
            ("dosen", "Universitas Kestrel"),
        ),
    ],
)
def test_a_field_s_noun_before_the_office_and_a_title_the_writer_knows(text, expected):
    doc = actors_of(text)
    assert held(doc, "Dedi Hartono") == expected
    assert [a.name for a in doc.actors if a.type == "organization"] == [expected[1]]


def test_names_listed_after_a_lower_case_title_of_a_body_and_termasuk_hold_it():
    doc = actors_of(
        "Ia mendapat dukungan dari sejumlah anggota Kongres, termasuk Elise Kestrelby dan Mike "
        "Varenne."
    )
    assert held(doc, "Elise Kestrelby") == ("anggota Kongres", "Kongres")
    assert held(doc, "Mike Varenne") == ("anggota Kongres", "Kongres")


def test_a_name_closing_an_apposition_after_an_occupation_is_the_workplace():
    doc = actors_of("Avi Kestrelby, astronom Harvard, menjelaskan bahwa percepatan itu aneh.")
    assert held(doc, "Avi Kestrelby") == ("astronom Harvard", "Harvard")
    assert actor(doc, "Harvard").type == "organization"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a body named between the noun and the word introducing the name
        (
            "KPK memproses mantan pejabat Orvana bernama Dedi Hartono. PT Orvana menolak.",
            "Dedi Hartono",
            ("pejabat", "PT Orvana"),
        ),
        # initials after the noun and a bracketed short form, opening the sentence
        (
            "Mahasiswa Universitas Kestrel (Unkes) berinisial TAS tewas.",
            "TAS",
            ("Mahasiswa", "Universitas Kestrel"),
        ),
        # (a thing or a field named there is no body)
        ("Polisi menangkap pengemudi Pajero berinisial AR.", "AR", (None, None)),
    ],
)
def test_a_noun_and_its_body_before_a_word_introducing_the_name(text, name, expected):
    assert held(actors_of(text), name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KPK menetapkan Dedi Hartono sebagai tersangka pada Senin.", "tersangka"),
        ("Dedi Hartono ditetapkan sebagai tersangka kasus itu.", "tersangka"),
        ("Polisi memeriksa Dedi Hartono sebagai saksi.", "saksi"),
    ],
)
def test_a_status_in_a_case_after_a_word_introducing_a_role_is_the_role(text, expected):
    assert held(actors_of(text), "Dedi Hartono") == (expected, None)


def test_a_lower_case_title_of_an_actor_with_its_qualifier_before_the_name():
    doc = actors_of(
        "Pemutaran itu dihadiri sutradara Dedi Hartono, produser Rina Wati, dan pemeran utama "
        "Sheila Kestrelby."
    )
    assert held(doc, "Sheila Kestrelby") == ("pemeran utama", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials listed after a noun of a case's person, pointed back to, and "adalah"
        (
            "Sembilan tersangka itu adalah MAM, NN, VS, dan MA.",
            {"MAM": "tersangka", "NN": "tersangka", "VS": "tersangka", "MA": "tersangka"},
        ),
        # a title with a pronoun's ending, and a colon opening the list
        (
            "Ketua Orvana, Wiratmo Hadi, beserta dua anggotanya, yaitu: Dedi Hartono dan Rina "
            "Wati, hadir.",
            {"Wiratmo Hadi": "Ketua Orvana", "Dedi Hartono": "anggota", "Rina Wati": "anggota"},
        ),
    ],
)
def test_names_and_initials_listed_after_a_noun_and_an_introducer(text, expected):
    found = roles_of(text)
    assert found == expected


def test_short_forms_listed_after_a_title_stay_bodies():
    doc = actors_of("Anggota koalisi terdiri atas KPK, BPK, dan Polri.")
    assert not [a.name for a in doc.actors if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KPK menetapkan Dedi Hartono dan Rina Wati sebagai tersangka.",
            {"Dedi Hartono": "tersangka", "Rina Wati": "tersangka"},
        ),
        (
            "PT Orvana Tbk memberhentikan Dedi Hartono, Rina Wati, dan Wiratmo Hadi dari posisi "
            "Direktur.",
            {"Dedi Hartono": "Direktur", "Rina Wati": "Direktur", "Wiratmo Hadi": "Direktur"},
        ),
        # (a name listed before another's own introduced title, by a comma only, holds none;
        # nor do titles held one each)
        (
            "Rapat dihadiri Dedi Hartono, Rina Wati selaku Bendahara, dan lainnya.",
            {"Dedi Hartono": None, "Rina Wati": "Bendahara"},
        ),
        (
            "Dedi Hartono dan Rina Wati dilantik menjadi Presiden dan Wakil Presiden.",
            {"Dedi Hartono": None, "Rina Wati": "Presiden dan Wakil Presiden"},
        ),
    ],
)
def test_names_listed_before_a_role_s_introducer_hold_the_last_one_s_role(text, expected):
    assert roles_of(text) == expected


def test_a_shareholders_meeting_is_no_company_whose_title_one_leaves():
    doc = actors_of(
        "PT Orvana Tbk menggelar rapat. Dalam RUPST ditetapkan pemberhentian Dedi Hartono dari "
        "posisi Wakil Presiden Direktur."
    )
    assert held(doc, "Dedi Hartono") == ("Wakil Presiden Direktur", "PT Orvana Tbk")
    assert "RUPST" not in names(doc)


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        # a body in a person's apposition after a lower-case title is whole, no holder in it
        (
            "Menurut Dedi Hartono, dosen Universitas Kestrel Raya, kasus itu janggal.",
            "Universitas Kestrel Raya",
        ),
        # where heads come first, a unit's common words before a head and a name
        (
            "Menurut Dedi Hartono, dosen Fakultas Hukum Universitas Kestrel, kasus itu janggal.",
            "Universitas Kestrel",
        ),
        # ... rarer words of the language too (unit_zipf): "Keperawatan" is the unit's
        (
            "Menurut Dedi Hartono, dosen Keperawatan Universitas Kestrel, kasus itu janggal.",
            "Universitas Kestrel",
        ),
    ],
)
def test_a_body_named_in_an_apposition_after_a_lower_case_title(text, affiliation):
    doc = actors_of(text)
    assert held(doc, "Dedi Hartono") == ("dosen", affiliation)
    assert [a.name for a in doc.actors if a.type == "organization"] == [affiliation]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # common words of the language before a head that ends the run name no body
        ("Ia dibawa ke Rumah Dinas pada Senin. Putusan Mahkamah itu final.", []),
        ("Hal itu disampaikan Pegawai Pemerintah pada Senin.", []),
        ("Ia ditemui di kantor Pusat Kemenkeu, Jakarta, Selasa.", ["Kemenkeu"]),
        (
            "Laboratorium Perumahan dan Permukiman Institut Teknologi Kestrel sudah siap.",
            ["Institut Teknologi Kestrel"],
        ),
        # ... and before a head with words after it, a word about the body named from its head
        (
            "TNI menghormati Putusan Mahkamah Konstitusi itu. Kampus Institut Teknologi Kestrel "
            "menjadi tuan rumah.",
            ["TNI", "Mahkamah Konstitusi", "Institut Teknologi Kestrel"],
        ),
        # (a name written in a language whose heads close names stays whole)
        ("Pinjaman itu datang dari Asian Development Bank.", ["Asian Development Bank"]),
        ("Lahan itu dikelola Musim Mas Group sejak lama.", ["Musim Mas Group"]),
    ],
)
def test_common_words_before_a_closing_head_name_no_body(text, bodies):
    assert [a.name for a in actors_of(text).actors if a.type == "organization"] == bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bracketed short forms add no length to the title phrase before its holder
        (
            "Direktur Perlindungan Warga Negara Indonesia (WNI) dan Badan Hukum Indonesia "
            "Kementerian Luar Negeri (Kemlu) RI, Dedi Hartono, mengatakan hal itu.",
            ("Direktur Perlindungan Warga Negara Indonesia", "Kementerian Luar Negeri RI"),
        ),
        # a capitalised resident's noun inside a portfolio names no residence ("Negara")
        (
            "Direktur Perlindungan Warga Negara Indonesia (WNI) Kementerian Luar Negeri (Kemlu) "
            "RI, Dedi Hartono, mengatakan hal itu. Korsel menuduh warga negara Indonesia mencuri "
            "data.",
            ("Direktur Perlindungan Warga Negara Indonesia", "Kementerian Luar Negeri RI"),
        ),
        # a police directorate's director by the glued short form of the title
        (
            "Dirtipidter Bareskrim Polri Brigjen Dedi Hartono mengatakan hal itu.",
            ("Dirtipidter", "Bareskrim Polri"),
        ),
        # an English chief's title in Indonesian text, with its company
        (
            "Chief of Public Affairs Orvana Indonesia Dedi Hartono mengungkapkan, saat ini "
            "pihaknya masih fokus.",
            ("Chief of Public Affairs", "Orvana Indonesia"),
        ),
    ],
)
def test_long_and_english_titles_before_the_holder_s_name(text, expected):
    assert held(actors_of(text), "Dedi Hartono") == expected


def test_a_person_s_name_holding_a_thing_s_head_stays_a_person():
    doc = actors_of("Hal itu disampaikan Budi Hari Santoso kepada wartawan.")
    assert [(a.name, a.type) for a in doc.actors] == [("Budi Hari Santoso", "person")]


def test_a_country_s_short_form_after_a_thing_named_with_it_stays_the_country():
    doc = actors_of(
        "Rupiah menguat terhadap Dolar Amerika Serikat (AS). Presiden AS Donald Trump diam."
    )
    assert held(doc, "Donald Trump") == ("Presiden", "AS")


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        # a rank after the comma names the holder there: the words before it, though they read
        # as given names ("Metro", "Jaya"), are the office's name
        (
            "Kabid Humas Polda Metro Jaya, Kombes Dedi Hartono, mengatakan hal itu.",
            "Polda Metro Jaya",
        ),
        (
            "Kasat Reskrim Polres Metro Bekasi, Kompol Dedi Hartono, menjelaskan kronologinya.",
            "Polres Metro Bekasi",
        ),
    ],
)
def test_a_rank_after_the_comma_leaves_the_office_its_whole_name(text, affiliation):
    doc = actors_of("Rapat itu berlangsung lama dan berakhir malam. " + text)
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dedi Hartono"]
    assert actor(doc, "Dedi Hartono").affiliation == affiliation
    assert actor(doc, affiliation).type == "organization"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a member's title with a demonstrative after its body points back to a person named
        # before: the word between is the body, a mixed-case party name as much as an acronym
        (
            "Dedi Hartono berkonsultasi dengan para ulama. Hal itu dijelaskan Politisi Golkar itu.",
            "Golkar",
        ),
        (
            "Dedi Hartono berkonsultasi dengan para ulama. Menurut politikus Gerindra tersebut, "
            "aturan itu sudah jelas.",
            "Gerindra",
        ),
    ],
)
def test_a_members_title_pointing_back_names_the_body_not_a_person(text, body):
    doc = actors_of(text)
    assert names(doc) == {"Dedi Hartono", body}
    assert actor(doc, body).type == "organization"


def test_a_name_given_as_a_source_later_opens_the_holder_after_a_company():
    # "Menurut Wiratmo," writes the holder's short name alone: the company's name ends before it
    doc = actors_of(
        "Layanan itu dievaluasi oleh PT Kestrel Transit. Direktur Utama PT Kestrel Transit "
        "Wiratmo Yuza menyebutkan, respons warga baik. Menurut Wiratmo, rute baru dikaji."
    )
    person = actor(doc, "Wiratmo Yuza")
    assert (person.type, person.role, person.affiliation) == (
        "person",
        "Direktur Utama",
        "PT Kestrel Transit",
    )


def test_a_media_cue_closed_by_a_comma_cites_no_outlet():
    doc = actors_of(
        "Wakil Ketua DPR Dedi Hartono bertemu para menteri. Dalam foto yang diunggah, Hartono "
        "tampak hadir bersama mereka."
    )
    assert [a.type for a in doc.actors if a.type == "media"] == []
    assert "Hartono" in actor(doc, "Dedi Hartono").aliases


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a name opened by an initial and its stop: a person's, whose first word after the
        # initial is the short name; a cabinet ministry's portfolio stays the title's
        (
            "Wakil Ketua DPRD M. Taufik Kestrelwan hadir. Taufik mengatakan hal itu.",
            "M. Taufik Kestrelwan",
            "Wakil Ketua DPRD",
        ),
        (
            '"Kami harus memperbaiki cara kerja pegawai," kata M. Iftitah Kestrelwan di '
            "kantornya. Iftitah mengatakan program itu penting.",
            "M. Iftitah Kestrelwan",
            None,
        ),
        (
            "Hal itu disampaikan Menteri Transmigrasi M. Iftitah Kestrelwan di kantornya.",
            "M. Iftitah Kestrelwan",
            "Menteri Transmigrasi",
        ),
    ],
)
def test_a_name_opened_by_an_initial_is_one_person_with_its_short_name(text, name, role):
    doc = actors_of(text)
    assert [(a.name, a.role) for a in doc.actors if a.type == "person"] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "body", "affiliation_of"),
    [
        # a currency's code the press does not write alone for money is a body's short name
        # unless an amount stands next to it ("BGN" is Badan Gizi Nasional, not the lev)
        (
            "Kepala BGN Dedi Hartono mengatakan program itu berjalan. BGN akan mengevaluasi dapur.",
            "BGN",
            "Dedi Hartono",
        ),
        ("Hal itu dikatakan Wakil Ketua MKD Dedi Hartono kepada wartawan.", "MKD", "Dedi Hartono"),
    ],
)
def test_a_currency_code_alone_that_money_is_not_written_with_is_a_body(text, body, affiliation_of):
    doc = actors_of(text)
    assert actor(doc, body).type == "organization"
    assert actor(doc, affiliation_of).affiliation == body


def test_a_code_next_to_an_amount_or_written_alone_for_money_is_no_actor():
    doc = actors_of("Wisma itu mengenakan biaya ISK 600 per kamar. Kurs USD melemah sore ini.")
    assert not names(doc) & {"ISK", "USD"}


def test_a_region_after_a_governors_title_is_the_place_though_a_body_holds_it():
    # "Pemprov Jateng" makes "Jateng" a word after an office's head; after "Gubernur" it is
    # still the region the title is held for
    doc = actors_of(
        "Pemprov Jateng mendukung program itu. Ia mendorong Gubernur Jateng Dedi Hartono."
    )
    person = actor(doc, "Dedi Hartono")
    assert (person.role, person.affiliation) == ("Gubernur", "Jateng")


@pytest.mark.parametrize(
    ("dateline", "affiliation"),
    [
        # a town's title named with no place, in a story datelined in that town, is the town's;
        # with no such dateline it stays the state's
        ("SUKAMAJU, KOMPAS.com - ", "Sukamaju"),
        ("", "Indonesia"),
    ],
)
def test_a_towns_title_with_no_place_belongs_to_the_datelined_town(dateline, affiliation):
    doc = actors_of(
        f"{dateline}Dinas Pekerjaan Umum Sukamaju mendapat instruksi dari Wali Kota Dedi Hartono "
        "untuk mempercepat proyek itu.",
        title="Proyek banjir dipercepat",
    )
    person = actor(doc, "Dedi Hartono")
    assert (person.role, person.affiliation) == ("Wali Kota", affiliation)


def test_a_bodys_short_name_after_a_title_is_the_body_though_another_body_holds_it():
    # "Rutan KPK" writes KPK after a body's head; after "Juru Bicara" it is still the body the
    # title is held in, not a portfolio of the title
    doc = actors_of(
        "KPK menahan lima tersangka. Mereka ditahan di Rutan KPK, kata Juru Bicara KPK Dedi "
        "Hartono melalui keterangan tertulis."
    )
    person = actor(doc, "Dedi Hartono")
    assert person.role == "Juru Bicara"
    assert actor(doc, "KPK").name == person.affiliation  # (the body KPK, however it is named)


def test_a_number_inside_a_bodys_name_after_a_listed_portfolio_keeps_the_name_whole():
    only_person(
        "Wakasek Sarana dan Prasarana SMPN 2 Sukamaju, Dedi Hartono, menjelaskan hal itu.",
        "Dedi Hartono",
        "Wakasek Sarana dan Prasarana",
        "SMPN 2 Sukamaju",
    )


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        # a hamlet's head, the civil service police's head with its unit's short form, and a
        # project manager: whole titles
        (
            "Hal itu dikatakan Kepala Dusun Krajan Dedi Hartono kepada wartawan.",
            "Kepala Dusun",
            "Krajan",
        ),
        (
            "Hal itu dikatakan Kasatpol PP Kecamatan Senen, Dedi Hartono, kepada wartawan.",
            "Kasatpol PP",
            "Satpol PP Kecamatan Senen",
        ),
    ],
)
def test_heads_of_hamlets_and_of_the_civil_service_police_keep_their_whole_title(
    text, role, affiliation
):
    person = actor(actors_of(text), "Dedi Hartono")
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_portfolio_listed_with_an_ampersand_belongs_to_the_title():
    only_person(
        "Area Manager Communications, Relations & CSR PT Kestrel Niaga, Dedi Hartono, "
        "menjelaskan hal itu.",
        "Dedi Hartono",
        "Area Manager Communications, Relations & CSR",
        "PT Kestrel Niaga",
    )


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a given name that is a common word too opens a sentence as a person's name when the
        # apposition after it says what the person is; an adverb before a noun does not
        ("Siswa belajar di tenda. Budi, salah satu pedagang, mengaku khawatir.", ["Budi"]),
        ("Siswa belajar di tenda. Namun, pedagang mengaku khawatir.", []),
    ],
)
def test_a_sentence_opening_name_described_after_its_comma_is_a_person(text, persons):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "person"] == persons


def test_a_town_datelined_in_another_state_is_that_states():
    doc = actors_of(
        "NEW YORK, KOMPAS.com - Warga New York mendapat instruksi dari Wali Kota Dedi Hartono "
        "untuk mempercepat proyek itu.",
        title="Proyek banjir dipercepat",
    )
    person = actor(doc, "Dedi Hartono")
    assert (person.affiliation, person.country) == ("New York", "US")


@pytest.mark.parametrize("legal_form", ["Tbk", "Tbk."])
def test_a_tickers_code_in_brackets_after_a_legal_form_and_its_stop_is_the_companys(legal_form):
    doc = actors_of(
        f"Emiten PT Kestrel Surya Energi {legal_form} (KSEN) masuk indeks. "
        "Investor memburu KSEN pekan ini."
    )
    company = actor(doc, "PT Kestrel Surya Energi Tbk")
    assert "KSEN" in company.aliases
    assert names(doc) & {"KSEN", "Kestrel Surya Energi"} == set()


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "Wakil Ketua DPR Sufrandi Dasmoro Ahmad menegaskan hal itu. Menurut Dasmoro, "
            'anggaran cukup. "Kami siap," kata Dasmoro.',
            "Sufrandi Dasmoro Ahmad",
            "DPR",
        ),
        (
            "Presiden PKS Al Sukmaraga Yusuf menegaskan, partainya resmi bergabung. "
            '"Kita mendoakan semua," ungkap Sukmaraga dalam sambutannya.',
            "Al Sukmaraga Yusuf",
            "PKS",
        ),
    ],
)
def test_a_holder_called_by_a_middle_name_keeps_the_whole_name_after_a_bodys_short_name(
    text, person, body
):
    doc = actors_of(text)
    holder = actor(doc, person)
    assert holder.affiliation == body
    assert [a.name for a in doc.actors if a.type == "person"] == [person]


def test_a_middle_name_next_to_a_verb_of_saying_is_the_titled_person_so_named():
    doc = actors_of(
        "Presiden Partai Hijau Rudi Kestrelman Yusuf menilai proyek itu gagal. "
        "Menurut Kestrelman, kritik itu konstruktif. "
        '"Kami menolak sejak awal," ungkap Kestrelman dalam sambutannya. '
        "Kestrelman menekankan sikap partainya."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Rudi Kestrelman Yusuf"]


def test_a_two_word_place_before_a_rank_is_whole_though_its_first_word_is_placed_alone():
    only_person(
        "Wakapolresta Sukamaju Lampung AKBP Dedi Wiratmo menjelaskan, korban ditemukan. "
        '"Korban adalah mantan istri pelaku," kata Dedi di Sukamaju, Minggu.',
        "Dedi Wiratmo",
        "Wakapolresta",
        "Polresta Sukamaju Lampung",
    )


def test_a_units_name_ends_with_its_bodys_whole_name_the_text_writes_alone():
    doc = actors_of(
        "Polda Kartika Jaya sebelumnya menaikkan status kasus itu. Subdit Keamanan Negara "
        "Direktorat Reserse Kriminal Umum Polda Kartika Jaya kini menangani enam laporan."
    )
    assert not [a for a in doc.actors if a.type == "person"]
    assert "Subdit Keamanan Negara Direktorat Reserse Kriminal Umum Polda Kartika Jaya" in names(
        doc
    )


@pytest.mark.parametrize(
    "premises", ["Mapolsek Sukamaju", "Mako Polsek Sukamaju", "Markas Polsek Sukamaju"]
)
def test_an_offices_headquarters_is_the_office_itself(premises):
    doc = actors_of(
        f"Banjir menggenangi {premises} pada Kamis. Kapolsek Sukamaju AKP Dedi Wiratmo "
        "mengatakan anggota Polsek Sukamaju tetap siaga."
    )
    assert [a.name for a in doc.actors if a.type == "organization"] == ["Polsek Sukamaju"]
    assert actor(doc, "Dedi Wiratmo").affiliation == "Polsek Sukamaju"


def test_a_title_then_its_offices_short_name_and_place_before_the_holders_comma():
    doc = actors_of(
        "Dinas Pariwisata (Dispar) Kabupaten Sukamaju memastikan biaya masuk gratis. "
        "Sekretaris Dispar Kabupaten Sukamaju, Rina Wati, menjelaskan keputusan itu."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Rina Wati"]
    assert actor(doc, "Kabupaten Sukamaju").type == "place"


def test_a_village_head_called_kuwu_holds_the_title_for_the_village():
    only_person(
        "Pelaku bertemu Kuwu Sukamaju, Tarli, di kantor polisi. Tarli mengaku bersyukur.",
        "Tarli",
        "Kuwu",
        "Sukamaju",
    )


def test_a_short_name_after_a_place_preposition_is_a_body_not_a_place():
    doc = actors_of("Before joining Orvex, Dana Reyes held positions at KSTL and at home.")
    assert actor(doc, "KSTL").type == "organization"


def test_english_companies_named_for_what_they_do_close_their_names():
    doc = actors_of(
        "Kestrel Mutual and Orbela Worldwide, two large home loan lenders, saw shares fall. "
        "Orbela Worldwide made a statement this week."
    )
    assert {"Kestrel Mutual", "Orbela Worldwide"} <= {
        a.name for a in doc.actors if a.type == "organization"
    }


def test_a_provinces_short_form_spelling_a_longer_name_is_a_place_and_wards_are_no_actors():
    doc = actors_of(
        "Korban dilarikan ke IGD dan dirawat di ICU. Ketua MPBI DIY Irsyad Ade Irawan "
        "mengatakan upah di DIY rendah."
    )
    person = actor(doc, "Irsyad Ade Irawan")
    assert (person.role, person.affiliation) == ("Ketua MPBI DIY", "MPBI DIY")
    assert not names(doc) & {"IGD", "ICU"}
    assert actor(doc, "DIY").type == "place"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Sari (45), penjual minuman di dekat pasar, mengaku ikut terkena razia.",
            "Sari",
            "penjual minuman",
        ),
        ('Wiratmo (67) menambahkan, "Ya, bukan ide bagus."', "Wiratmo", None),
        (
            "Wiratmo (35), salah satu jukir di kawasan pasar, mengaku tetap bekerja.",
            "Wiratmo",
            "jukir",
        ),
    ],
)
def test_a_sentence_opening_word_with_an_age_in_brackets_is_a_person(text, person, role):
    assert held(actors_of(text), person) == (role, None)


def test_an_age_makes_no_person_of_a_law_s_article_nor_initials_of_a_place():
    doc = actors_of(
        "Ia dijerat Pasal 55 Ayat (1) KUHP. Bullying masih terjadi di dunia pendidikan Tanah "
        "Air. Siswa SD di Sukamaju, TA (9), tewas. Polisi memeriksa TA."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["TA"]


def test_a_common_word_a_bracketed_short_form_spells_stays_in_the_name():
    doc = actors_of("PT Sinar Kita Jaya (SKJ) menambah armada. SKJ membeli 20 bus.")
    company = actor(doc, "PT Sinar Kita Jaya")
    assert "SKJ" in company.aliases
    assert [a.name for a in doc.actors if a.type == "person"] == []


def test_a_sentence_opening_common_word_described_as_one_of_some_people_is_a_person():
    doc = actors_of(
        "Sampah bertambah setiap hari. Hari, salah satu wali murid, mengaku semakin khawatir. "
        "Puskesmas, salah satu fasilitas kesehatan, tetap buka."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Hari"]


def test_english_interjections_and_dotted_title_short_forms_are_no_actors():
    doc = actors_of(
        "\"You know it's going to be OK,\" Dana Reyes said. As Orvex's C.E.O., Reyes would "
        "be the first to say so."
    )
    assert not names(doc) & {"OK", "C.E.O"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The study was led by a scholar at the Center for Strategic and International "
            "Studies in Kestrelton.",
            "Center for Strategic and International Studies",
        ),
        (
            "The Ministry of Foreign Affairs and International Cooperation of Orvania said it.",
            "Ministry of Foreign Affairs and International Cooperation",
        ),
    ],
)
def test_a_head_s_word_inside_a_name_after_its_conjunction_closes_nothing(text, body):
    names = [a.name for a in actors_of(text).actors if a.type == "organization"]
    assert body in names
    assert "International Studies" not in names and "International Cooperation" not in names


def test_an_outlet_cited_by_a_name_the_text_also_writes_in_lower_case_is_the_outlet():
    # "antara" is also a common word ("between"); cited after "dikutip dari", the news agency
    doc = actors_of(
        'Rapat digelar antara pemerintah dan DPR. "Jemaah mulai masuk asrama," kata Rina Wati, '
        "dikutip dari Antara, Rabu (5/11/2025)."
    )
    assert actor(doc, "Antara").type == "media"


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Hal itu disampaikan dalam Rapat Paripurna DPR RI, Selasa.", ["DPR RI"]),
        (
            "Hal itu disampaikan dalam Rapat Kerja Komisi XI DPR RI di Sukamaju.",
            ["Komisi XI DPR RI"],
        ),
        # a meeting's own short form in brackets stays no actor
        (
            "Hal itu disampaikan dalam Rapat Dengar Pendapat (RDP) bersama Komisi X DPR.",
            ["Komisi X DPR"],
        ),
    ],
)
def test_the_body_holding_a_meeting_named_with_it_is_an_actor(text, bodies):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "organization"] == bodies


def test_two_names_each_closed_by_its_head_and_joined_by_a_conjunction_are_two_bodies():
    doc = actors_of(
        "Emas itu dibeli dari Tokyo Gold Exchange dan Tokyo Futures Exchange, baik langsung "
        "maupun tidak."
    )
    names = [a.name for a in doc.actors if a.type == "organization"]
    assert names == ["Tokyo Gold Exchange", "Tokyo Futures Exchange"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Pasar itu ramai. Rina Wati yang merupakan seorang pedagang mengaku rugi.", "pedagang"),
        ("Pasar itu ramai. Rina Wati selaku pedagang mengaku rugi.", "pedagang"),
        # a noun read only ending an apposition too: no field can follow the introducer
        (
            "Kampus itu sepi. Rina Wati yang merupakan mahasiswa Universitas Kestrel hadir.",
            "mahasiswa",
        ),
        # a bare participle after "is" is no occupation: "accused of"
        ("The court met. Rina Wati, who is accused of fraud, denied it.", None),
    ],
)
def test_an_occupation_introduced_after_a_name_is_its_role(text, role):
    assert actor(actors_of(text), "Rina Wati").role == role


@pytest.mark.parametrize("rank", ["Maj. Gen.", "Brig. Gen.", "Lt. Gen."])
def test_a_general_officer_s_rank_written_short_is_the_whole_role(rank):
    doc = actors_of(f"Troops moved in. Army {rank} Dana Reyes said they would stay.")
    assert actor(doc, "Dana Reyes").role == rank
    assert not [a for a in doc.actors if a.type == "organization" and "Maj" in a.name]


def test_a_country_s_people_in_the_plural_are_the_country_where_the_text_names_it():
    doc = actors_of(
        "The Russians told the agency about him. Russia intercepted a call. The Russians also "
        "said it."
    )
    assert actor(doc, "Russia").type == "country"
    assert "Russians" not in [a.name for a in doc.actors]
    # ... and no actor where it does not: people, not a body named again and again
    doc = actors_of("Americans are worried. Americans said so in a poll.")
    assert doc.actors == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Orvex Corp. said it would cut jobs. Later, Orvex Corporation denied it.",
            "Orvex Corporation",
        ),
        (
            "Rapat digelar. Kestrel Seizo Co. berdiri pada 1907 dan menjadi Kestrel Seizo Company.",
            "Kestrel Seizo Company",
        ),
    ],
)
def test_two_legal_forms_of_one_company_name_one_company(text, name):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "organization"] == [name]


def test_a_teacher_s_title_before_a_body_and_the_holder_after_its_comma():
    doc = actors_of("Rapat digelar. Pengajar Universitas Kestrel, Rina Wati, mengatakan hal itu.")
    assert held(doc, "Rina Wati") == ("Pengajar", "Universitas Kestrel")


def test_a_lone_common_word_named_again_is_an_organization_only_when_it_owns_something():
    doc = actors_of(
        "The firm wants a 21st Century model for the arts. Critics say the Century idea is "
        "vague, and the Century label is old."
    )
    assert doc.actors == []
    doc = actors_of("Critics like Apple's new phone. Apple's shares rose on Monday.")
    assert actor(doc, "Apple").type == "organization"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Pagi itu, Sekolah Dasar (SD) Kestrel Raya 01 ikut terendam air.",
            "Sekolah Dasar Kestrel Raya 01",
        ),
        (
            "Siswa Sekolah Dasar Negeri (SDN) Kestrel 2 di tenda darurat mengeluh.",
            "Sekolah Dasar Negeri Kestrel 2",
        ),
    ],
)
def test_a_body_s_number_after_its_name_past_its_short_form_is_its_own(text, body):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "organization"] == [body]
    assert not [a for a in doc.actors if a.type == "person"]


def test_a_hospital_named_by_its_short_form_is_a_body():
    doc = actors_of(
        "Pasien dirujuk ke RSUD Sukamaju pada Senin. Direktur RS Kestrel Medika, Rina Wati, "
        "menyatakan pasien stabil. Sudah ada kesepakatan antara RS Kestrel Medika dan FK Unkes."
    )
    assert actor(doc, "RSUD Sukamaju").type == "organization"
    assert held(doc, "Rina Wati")[1] == "RS Kestrel Medika"
    assert "RS" not in [a.name for a in doc.actors]
    assert not [a for a in doc.actors if "dan" in a.name.split()]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Polisi menangkap tersangka berinisial RS di rumahnya. RS mengaku menyesal.", "RS"),
        ("Polisi menangkap tersangka berinisial SD di rumahnya. SD mengaku menyesal.", "SD"),
        ("Polisi menangkap RS (34) di rumahnya pada Senin.", "RS"),
    ],
)
def test_initials_a_body_s_short_head_spells_are_a_person_where_the_text_says_so(text, initials):
    assert actor(actors_of(text), initials).type == "person"


def test_a_body_named_after_a_date_keeps_the_month_in_its_name():
    doc = actors_of("Sejarawan Universitas Sebelas Maret (UNS), Dedi Hartono, menjelaskan itu.")
    assert [a.name for a in doc.actors if a.type == "organization"] == ["Universitas Sebelas Maret"]
    doc = actors_of("Data Bank Indonesia Januari 2025 menunjukkan kenaikan harga.")
    assert [a.name for a in doc.actors] == ["Bank Indonesia"]  # (a date after a body's name)


def test_a_school_written_with_its_level_s_short_form_is_one_school():
    doc = actors_of(
        "Siswa SMA Negeri 1 Sukamaju hadir. Kepala SMAN 1 Sukamaju, Rina Wati, membenarkan."
    )
    assert [a.name for a in doc.actors if a.type == "organization"] == ["SMA Negeri 1 Sukamaju"]
    assert held(doc, "Rina Wati")[1] == "SMA Negeri 1 Sukamaju"


@pytest.mark.parametrize(
    "text",
    [
        "Dedi Hartono, mantan Kapolres Sukamaju, memikirkan hal lain.",
        "Dedi Hartono (70), Kapolres Sukamaju, memikirkan hal lain.",
        "Dedi Hartono (70), mantan Kapolres Sukamaju, memikirkan hal lain.",
    ],
)
def test_a_place_after_a_title_in_a_person_s_apposition_is_the_title_s_not_a_second_holder(text):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dedi Hartono"]
    assert held(doc, "Dedi Hartono")[1] == "Polres Sukamaju"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Dedi Hartono (70), mantan petugas kepolisian yang dulu bertugas di Sukamaju, diam.",
            "mantan petugas kepolisian",
        ),
        (
            "Dedi Hartono, mantan pengemudi ojek online, memikirkan hal lain.",
            "mantan pengemudi ojek online",
        ),
        (
            "Polisi menyita aset milik Dedi Hartono, taipan yang diduga mengoperasikan kamp itu.",
            "taipan",
        ),
    ],
)
def test_a_described_role_keeps_the_word_qualifying_it(text, role):
    assert held(actors_of(text), "Dedi Hartono")[0] == role


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("Perdana Menteri Tom Harlan menyampaikan doa.", None),
        ("Ratu Rina Wati menyampaikan doa di Madrid, Spanyol, Senin.", "Spanyol"),
        ("Kanselir Dedi Hartono bertemu Presiden Prabowo di Berlin, Jerman.", "Jerman"),
    ],
)
def test_a_title_the_press_s_own_state_has_not_is_never_held_there(text, affiliation):
    doc = actors_of(text)
    person = next(
        a.name for a in doc.actors if a.name in ("Tom Harlan", "Rina Wati", "Dedi Hartono")
    )
    assert held(doc, person)[1] == affiliation
    if "Prabowo" in text:
        assert held(doc, "Prabowo")[1] == "Indonesia"  # (the home state's own office)


def test_a_described_role_s_body_keeps_its_bracketed_short_form_inside():
    doc = actors_of("Dedi Hartono, hakim Pengadilan Negeri (PN) Sukamaju, menegaskan hal itu.")
    assert held(doc, "Dedi Hartono") == (
        "hakim Pengadilan Negeri Sukamaju",
        "Pengadilan Negeri Sukamaju",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Direktur PT Orvex Karya Nusantara, Dedi Hartono, ditahan penyidik.",
        "Direktur PT Orvex Jaya Lestari Tahun 2021-2022, Dedi Hartono, ditahan penyidik.",
    ],
)
def test_a_company_s_name_runs_to_the_comma_its_title_s_holder_follows(text):
    doc = actors_of(text)
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dedi Hartono"]
    assert held(doc, "Dedi Hartono")[1].startswith("PT Orvex")
    assert held(doc, "Dedi Hartono")[1].split()[-1] in ("Nusantara", "Lestari")


def test_a_portfolio_named_as_affairs_is_part_of_the_title():
    doc = actors_of(
        "Hal itu disampaikan Menteri Urusan Dalam Negeri Singapura Rina Wati di parlemen."
    )
    assert held(doc, "Rina Wati") == ("Menteri Urusan Dalam Negeri", "Singapura")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Rina Wati"]


def test_a_party_s_body_after_another_body_s_short_name_is_a_body_of_its_own():
    doc = actors_of("MKD menonaktifkan anggota DPR Fraksi Partai Karsindo Rina Wati, Rabu.")
    organizations = [a.name for a in doc.actors if a.type == "organization"]
    assert "DPR" in organizations and "Fraksi Partai Karsindo" in organizations
    assert held(doc, "Rina Wati") == ("anggota DPR", "DPR")
    doc = actors_of("Ketua DPP Partai Karsindo Rina Wati hadir.")  # (the party's own body)
    assert held(doc, "Rina Wati")[1] == "DPP Partai Karsindo"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dedi Hartono, salah satu wali murid mengaku semakin khawatir.", "wali murid"),
        ("Polisi menembak Dedi Hartono, seorang rapper berusia 32 tahun yang ikut demo.", "rapper"),
        ("Menurut Dedi Hartono, pelaku datang seorang diri.", None),  # (a clause of its own)
    ],
)
def test_an_apposition_after_an_article_ends_at_the_verb_its_comma_was_left_out_before(text, role):
    assert held(actors_of(text), "Dedi Hartono")[0] == role


def test_a_body_s_name_after_its_short_form_runs_to_the_comma_its_title_s_holder_follows():
    doc = actors_of(
        "Proyek itu dikelola di bawah Ketua Umum Dewan Pengurus Pusat (DPP) Gerak Minang, "
        "Dedi Hartono."
    )
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dedi Hartono"]
    assert held(doc, "Dedi Hartono") == ("Ketua Umum", "Dewan Pengurus Pusat Gerak Minang")
    doc = actors_of("Kepala Badan Karsa Nasional (BKN) Dedi Hartono, Rina Wati, dan Joko hadir.")
    assert held(doc, "Dedi Hartono")[1] == "Badan Karsa Nasional"  # (names listed)


@pytest.mark.parametrize(
    "later", ["Darwati dengan tegas membantahnya.", '"Tidak ada," kata Darwati.']
)
def test_a_name_after_a_numbered_body_that_the_text_writes_alone_is_the_holder_s(later):
    doc = actors_of(
        "Siswa SMPN 33 Sukamaju dilarikan ke puskesmas. "
        f"Namun, Kepala Sekolah SMPN 33 Darwati membantah hal tersebut. {later}"
    )
    assert held(doc, "Darwati") == ("Kepala Sekolah", "SMPN 33")
    doc = actors_of("Kepala SMPN 33 Sukamaju membantah. Warga Sukamaju resah.")
    assert not [a for a in doc.actors if a.type == "person"]  # (a place's name, never alone)


@pytest.mark.parametrize("name", ["Orvex Resources", "Orvex Holdings"])
def test_a_company_named_with_an_english_head_in_indonesian_text_is_an_organization(name):
    doc = actors_of(f"Kenaikan harga itu dicatat {name}.")
    assert actor(doc, name).type == "organization"


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Ketiga, tersangka BS dijerat dengan Pasal 45 UU ITE.", "BS"),
        ("Polisi menangkap tersangka RP di rumahnya pada Senin.", "RP"),  # (no rupiah)
        ("Kemudian, tersangka A dijerat Pasal 160 KUHP tentang penghasutan.", "A"),
    ],
)
def test_initials_after_a_case_s_person_noun_are_that_person_with_that_role(text, initials):
    found = actor(actors_of(text), initials)
    assert (found.type, found.role) == ("person", "tersangka")


def test_capitals_after_a_case_s_person_noun_that_are_no_initials_stay_out():
    doc = actors_of("Pemerintah mendorong pelaku UMKM naik kelas. Harga naik menjadi Rp 5.000.")
    assert not [a for a in doc.actors if a.type == "person"]


def test_the_fed_is_the_central_bank_though_no_given_name():
    doc = actors_of("Analysts expect the Fed to cut rates again, Dana Reyes said.")
    assert actor(doc, "Fed").type == "organization"


def test_an_apposition_closed_by_an_address_ending_in_a_region_still_describes_the_name():
    doc = actors_of(
        "Senada, Dedi Hartono, Kepala Dusun IV Kestrel Indah, Bekasi, Jawa Barat, menyebut "
        "permasalahan itu."
    )
    assert held(doc, "Dedi Hartono") == ("Kepala Dusun IV", "Kestrel Indah")
    assert [a.name for a in doc.actors if a.type == "person"] == ["Dedi Hartono"]  # (no Bekasi)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Menteri Dedi Hartono membahas penerapan PP Nomor 28 Tahun 2025 soal perizinan.", "PP"),
        ("The council adopted EO No. 14 on Monday, Dana Reyes said.", "EO"),
        ("Polisi menyebut tiga LP sudah naik ke tahap penyidikan.", "LP"),
        ("Polisi menyebut 3 LP sudah naik ke tahap penyidikan.", "LP"),
        ("Petugas Sukamaju mendatangi beberapa UPT pada pekan lalu.", "UPT"),
        ("Timnas akan tampil di SEA Games 2025 di Thailand.", "SEA"),
    ],
)
def test_a_short_form_naming_things_counted_or_numbered_is_no_actor(text, short):
    assert short not in names(actors_of(text))


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Forum Guru Sukamaju menegaskan putusan MK Nomor 3/PUU-XXII/2024 soal biaya sekolah.",
            "MK",
        ),
        ("The court upheld the FCC order No. 12, Dana Reyes said.", "FCC"),
    ],
)
def test_a_short_form_before_a_ruling_s_number_stays_its_author(text, short):
    assert short in names(actors_of(text))


def test_spellings_of_a_name_differing_in_a_doubled_letter_are_one_person_written_as_most():
    doc = actors_of(
        "Komisi Pemilihan Umum (KPU) menggelar rapat. Ketua KPU Wirattama hadir dalam rapat "
        'itu. Wiratama mengatakan rapat digelar. "Kami sudah memutuskan," kata Wiratama.'
    )
    people = [a for a in doc.actors if a.type == "person"]
    assert [(a.name, a.role) for a in people] == [("Wiratama", "Ketua KPU")]


def test_names_differing_in_a_roman_number_stay_two_people():
    doc = actors_of("Raja Hamengku Buwono II dan Raja Hamengku Buwono III hadir.")
    people = {a.name for a in doc.actors if a.type == "person"}
    assert people == {"Hamengku Buwono II", "Hamengku Buwono III"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dinas Kesehatan Kabupaten Sukamaju menggelar rapat. Dinas Kesehatan Sukamaju "
            "menyebut 20 anak dirawat.",
            "Dinas Kesehatan Kabupaten Sukamaju",
        ),
        (
            "Polres Metro Jakarta Barat menangkap Dedi Hartono. Polres Jakarta Barat menyebut ia "
            "ditahan.",
            "Polres Metro Jakarta Barat",
        ),
        (
            "Dinas Perhubungan Jakarta menilai rute itu aman. Dishub DKI Jakarta menyebut rute "
            "dialihkan.",
            "Dinas Perhubungan Jakarta",
        ),
        (
            "Polres Tangerang Selatan menangkap Dedi Hartono. Polres Tangsel menyebut ia ditahan.",
            "Polres Tangerang Selatan",
        ),
    ],
)
def test_a_body_named_with_and_without_its_jurisdiction_s_level_is_one_body(text, body):
    bodies = [a for a in actors_of(text).actors if a.type == "organization"]
    assert [a.name for a in bodies] == [body]


def test_bodies_of_one_place_at_two_levels_stay_apart():
    doc = actors_of(
        "Pemerintah Kota Sukamaju dan Pemerintah Kabupaten Sukamaju menggelar rapat. "
        "Pemerintah Sukamaju menolak usulan itu."
    )
    bodies = {a.name for a in doc.actors if a.type == "organization"}
    assert {"Pemerintah Kota Sukamaju", "Pemerintah Kabupaten Sukamaju"} <= bodies


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rapat digelar di kantor Orvex, Menteng, Jakarta Pusat, Selasa (16/9/2025).",
            "Jakarta Pusat",
        ),
        ("Dedi Hartono ditangkap di Jakarta Timur pada Senin.", "Jakarta Timur"),
    ],
)
def test_a_region_s_part_named_after_it_is_one_place(text, place):
    doc = actors_of(text)
    assert place in names(doc)
    assert not {"Pusat", "Timur"} & names(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Aturan itu tindak lanjut dari Undang-Undang Nomor 7 Tahun 2021, kata Dedi Hartono.",
        "Menteri-Menteri hadir dalam rapat itu, kata Dedi Hartono.",
        'Presiden Dedi Hartono hadir. "Ini tahun kedua pemerintahan Bapak Dedi-Rina," kata '
        "Menteri Rina Wati.",
    ],
)
def test_a_doubled_word_or_a_pair_of_people_with_a_dash_is_no_actor(text):
    assert not [a for a in actors_of(text).actors if "-" in a.name]


def test_two_places_joined_by_a_dash_stay_a_route():
    doc = actors_of("Kereta cepat Jakarta-Bandung diresmikan, kata Dedi Hartono.")
    assert actor(doc, "Jakarta-Bandung").type == "place"


def test_a_country_s_part_named_after_it_is_a_place_not_the_state():
    doc = actors_of("Harga semen di Indonesia Timur kini lebih murah, kata Dedi Hartono.")
    assert actor(doc, "Indonesia Timur").type == "place"
    assert "Indonesia" not in names(doc)


def test_a_place_after_its_preposition_before_a_subject_verb_stays_a_place():
    doc = actors_of("Fishermen in Kestrelton will now appeal the ruling, Dana Reyes said.")
    assert actor(doc, "Kestrelton").type == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Terdakwa I Dedi Hartono dan terdakwa II Rina Wati hadir dalam sidang itu.",
        "DKPP memeriksa Teradu I Dedi Hartono dan Teradu II Rina Wati dalam sidang itu.",
    ],
)
def test_a_case_party_s_number_is_no_part_of_the_name_and_the_noun_is_the_role(text):
    doc = actors_of(text)
    people = sorted((a.name, (a.role or "").lower()) for a in doc.actors if a.type == "person")
    assert [name for name, _ in people] == ["Dedi Hartono", "Rina Wati"]
    assert all(role in ("terdakwa", "teradu") for _, role in people)


def test_a_balinese_name_after_a_case_s_noun_keeps_its_first_word():
    doc = actors_of("Polisi memeriksa saksi I Wayan Sudana di Denpasar pada Senin.")
    assert held(doc, "I Wayan Sudana") == ("saksi", None)


def test_an_english_logistics_company_s_name_in_indonesian_text_is_an_organization():
    doc = actors_of("Direktur Operasional Orvex Logistics tahun 2021-2024 Dedi Hartono diperiksa.")
    assert actor(doc, "Orvex Logistics").type == "organization"
    assert held(doc, "Dedi Hartono") == ("Direktur Operasional", "Orvex Logistics")


def test_a_central_bank_department_s_portfolio_past_a_conjunction_stays_in_its_name():
    doc = actors_of(
        "Menurut Direktur Departemen Kebijakan Ekonomi dan Moneter BI Dedi Hartono, inflasi "
        "masih rendah."
    )
    assert held(doc, "Dedi Hartono")[1] == "Departemen Kebijakan Ekonomi dan Moneter BI"
    assert "Moneter" not in names(doc)
