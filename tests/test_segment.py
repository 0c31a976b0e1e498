"""Segmentation: clean text and numbered sentences from messy article text."""

from __future__ import annotations

import pytest

from generator.extract.pipeline import build_document
from generator.extract.segment import split_glued_heading
from generator.reading import read_bytes


def doc_of(text: str, name: str = "a.txt"):
    doc, _ = build_document(read_bytes(text.encode("utf-8"), name, "txt"))
    return doc


def test_glued_heading_is_split_from_the_next_sentence():
    doc = doc_of(
        "Menteri itu tiba di kota.\n"
        "Rapat Besar di BandungPada 3 Maret, para menteri bertemu di Bandung.\n"
    )
    kinds = [(s.kind, s.text) for s in doc.sentences]
    assert ("heading", "Rapat Besar di Bandung") in kinds
    assert ("sentence", "Pada 3 Maret, para menteri bertemu di Bandung.") in kinds


def test_ordinary_camel_case_words_are_not_headings():
    assert split_glued_heading("Dia membeli iPhone baru kemarin.") == (
        None,
        "Dia membeli iPhone baru kemarin.",
    )
    # A long clause in lower case before the glue is a sentence, not a heading.
    text = "menurut laporan yang dilansirKantor Berita itu, rapat batal."
    assert split_glued_heading(text)[0] is None
    # A title-case start with a one-letter prefix glued so by name is no heading either.
    text = "When Orbela CEO Dana Fox first introduced iPhone 4, he praised its design."
    assert split_glued_heading(text) == (None, text)


@pytest.mark.parametrize(
    "text",
    [
        "CEO VinOrva Indonesia, Dewi Kartikasari, mengatakan peluncuran ditunda.",
        "Ketua DPW NasDem Sukamaju Budi Santoso hadir di acara itu.",
    ],
)
def test_a_brand_or_party_of_two_humps_is_no_glued_heading(text):
    assert split_glued_heading(text) == (None, text)


def test_a_name_with_an_inner_capital_the_text_writes_again_is_no_glued_heading():
    doc = doc_of(
        "Direktur Eksekutif KestrelMiner Institute, Dewi Kartikasari, mengatakan gas penting.\n"
        "Hal itu tertulis dalam catatan Kestrelminer pekan ini.\n"
    )
    assert [s.kind for s in doc.sentences] == ["sentence", "sentence"]
    assert doc.sentences[0].text.startswith("Direktur Eksekutif KestrelMiner Institute")


def test_boilerplate_lines_are_dropped():
    doc = doc_of(
        "Presiden meresmikan jembatan baru.\nSCROLL TO CONTINUE WITH CONTENT\n"
        "Baca juga: Berita lain yang tidak terkait\nJembatan itu panjangnya dua kilometer.\n"
    )
    texts = [s.text for s in doc.sentences]
    assert texts == [
        "Presiden meresmikan jembatan baru.",
        "Jembatan itu panjangnya dua kilometer.",
    ]


def test_dateline_outlet_becomes_the_source_not_text():
    doc = doc_of("Kabarku - Gubernur Jawa Barat meninjau banjir di Bekasi.\nWarga mengungsi.\n")
    assert doc.outlet == "Kabarku"
    assert doc.sentences[0].text.startswith("Gubernur Jawa Barat")
    doc = doc_of("JAKARTA, Harian.com - Polisi menutup jalan.\nLalu lintas dialihkan.\n")
    assert doc.outlet == "Harian.com"


def test_a_newswire_dateline_on_a_line_of_its_own_is_no_sentence():
    doc = doc_of("PORTVILLE, Norland (NWS) _\nThe harbour reopened on Friday after the storm.\n")
    assert doc.outlet == "NWS"
    assert [s.text for s in doc.sentences] == ["The harbour reopened on Friday after the storm."]
    # glued to the text that follows it
    doc = doc_of("PORTVILLE (NWS)_ The harbour reopened on Friday after the storm.\n")
    assert doc.outlet == "NWS"
    assert [s.text for s in doc.sentences] == ["The harbour reopened on Friday after the storm."]


def test_a_dateline_after_a_summary_sentence_is_no_text():
    doc = doc_of(
        "A Kestrel citizen has been arrested.\nPORTVILLE, Norland — A Kestrel citizen has been "
        "arrested in Norland. THE SPIT, Norland — The harbour stayed open.\n"
    )
    assert [s.text for s in doc.sentences] == [
        "A Kestrel citizen has been arrested.",
        "A Kestrel citizen has been arrested in Norland.",
        "THE SPIT, Norland — The harbour stayed open.",  # (one dateline per story)
    ]
    assert doc.dateline == ["PORTVILLE", "Norland"]


def test_words_in_capitals_glued_before_a_sentence_in_quotes_or_before_a_colon_are_a_heading():
    doc = doc_of(
        "His lawyer said more. 'MISSING PIECES' Suspicion fell on Varga. PHOTOS: Orvex case "
        "Harlan said more. GOODY PRODUCTS Inc. said it would buy Orvex. FBI agents left.\n"
    )
    assert [(s.kind, s.text) for s in doc.sentences] == [
        ("sentence", "His lawyer said more."),
        ("heading", "'MISSING PIECES'"),
        ("sentence", "Suspicion fell on Varga."),
        ("heading", "PHOTOS:"),
        ("sentence", "Orvex case Harlan said more."),
        ("sentence", "GOODY PRODUCTS Inc. said it would buy Orvex."),
        ("sentence", "FBI agents left."),
    ]


def test_sentences_split_but_not_at_abbreviations_initials_or_inside_quotes():
    doc = doc_of(
        "Dr. Budi tiba pukul 10.30 di Jl. Merdeka. Ia disambut J. Smith dari PT Maju. "
        '"Kami senang. Semua berjalan baik," kata Budi. Acara selesai.\n'
    )
    assert [s.text for s in doc.sentences] == [
        "Dr. Budi tiba pukul 10.30 di Jl. Merdeka.",
        "Ia disambut J. Smith dari PT Maju.",
        '"Kami senang. Semua berjalan baik," kata Budi.',
        "Acara selesai.",
    ]


def test_sentences_glued_by_a_lost_space_are_split():
    doc = doc_of(
        "Dana itu sesuai anggarannya.Hal itu disampaikan Budi Santoso.Budi menyambut baik. "
        "Harga naik!Warga kaget. Kata dr.Rina, situs www.Contoh.com dan detik.com melaporkannya.\n"
    )
    assert [s.text for s in doc.sentences] == [
        "Dana itu sesuai anggarannya.",
        "Hal itu disampaikan Budi Santoso.",
        "Budi menyambut baik.",
        "Harga naik!",
        "Warga kaget.",
        "Kata dr.Rina, situs www.Contoh.com dan detik.com melaporkannya.",
    ]


def test_a_sentence_before_a_brand_is_no_glued_heading():
    doc = doc_of("Rumors grew. The site ZentriInsider reported that sources have seen it.\n")
    assert [s.kind for s in doc.sentences] == ["sentence", "sentence"]
    assert "ZentriInsider" in doc.text


def test_english_sentences_and_offsets_point_into_the_text():
    doc = doc_of("Mr. Brown said the U.S. economy grew. Prices rose 2.5 percent. Markets fell.\n")
    assert [s.text for s in doc.sentences] == [
        "Mr. Brown said the U.S. economy grew.",
        "Prices rose 2.5 percent.",
        "Markets fell.",
    ]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert doc.sentence_at(s.start) is s


def test_header_lines_give_title_date_outlet_and_url():
    doc = doc_of(
        "Harga Beras Naik Lagi\n2025-03-04\nKoranKita — https://example.org/beras\n\n"
        "Harga beras naik di pasar.\n"
    )
    assert (doc.title, doc.published, doc.outlet, doc.url) == (
        "Harga Beras Naik Lagi",
        "2025-03-04",
        "KoranKita",
        "https://example.org/beras",
    )
    assert doc.sentences[0].id == "s0" and doc.sentences[0].kind == "title"
    assert doc.sentences[1].id == "s1"


def test_a_headline_that_asks_a_question_is_still_the_header_s_title():
    doc = doc_of(
        "Harga Beras Naik Lagi, Sampai Kapan?\n2025-03-04\nKoranKita — https://example.org/beras"
        "\n\nHarga beras naik di pasar.\n"
    )
    assert (doc.title, doc.published) == ("Harga Beras Naik Lagi, Sampai Kapan?", "2025-03-04")
    assert "2025-03-04" not in doc.text


@pytest.mark.parametrize("title", ["Tabungan Naik, Ayo Menabung!", "Banjir Surut, Asal..."])
def test_a_headline_that_calls_out_or_trails_off_is_still_the_header_s_title(title):
    doc = doc_of(f"{title}\n2025-03-04\nKoranKita — https://example.org/b\n\nHarga beras naik.\n")
    assert (doc.title, doc.published, doc.outlet) == (title, "2025-03-04", "KoranKita")
    assert "2025-03-04" not in doc.text


def test_overlong_runs_are_cut_so_every_stage_stays_linear():
    doc = doc_of(("kata " * 100_000).strip() + "\n")
    assert len(doc.sentences) > 100
    assert max(len(s.text) for s in doc.sentences) <= 1500


def test_language_is_detected_among_languages_with_data():
    assert doc_of("Pemerintah akan menaikkan harga bahan bakar minggu depan.\n").language == "id"
    assert doc_of("The government will raise fuel prices next week.\n").language == "en"


def test_an_opening_in_another_language_does_not_decide_the_language():
    # Detection reads two samples first; a text whose opening and body differ reads on.
    boilerplate = (
        "Read more: the latest updates from our newsroom, with analysis and background "
        "from our correspondents in the region. "
    )
    body = (
        "Pemerintah akan menaikkan harga bahan bakar minggu depan, kata menteri keuangan "
        "kepada wartawan di Kota Sukamaju. Kebijakan itu diambil setelah rapat kabinet yang "
        "berlangsung hingga malam hari. "
    )
    assert doc_of(boilerplate * 2 + body * 5).language == "id"
    assert doc_of(boilerplate * 9).language == "en"


def test_markers_of_embedded_videos_are_taken_out_of_the_text():
    doc = doc_of(
        "Rapat Komisi III digelar di Jakarta pada Senin (2/6/2025).\n\n"
        "[video.1] Meski begitu, Rina menegaskan belum ada satu pun fraksi yang menolak.\n\n"
        "[video.1]\n\n"
        "Pembahasan dilanjutkan pekan depan."
    )
    assert "[video" not in doc.text
    assert "Meski begitu, Rina menegaskan" in [s.text[:29] for s in doc.sentences]
    assert len(doc.sentences) == 3


def test_a_dateline_with_three_dashes_is_no_sentence():
    doc = doc_of(
        "WASHINGTON DC, KOMPAS.com --- Presiden Amerika Serikat akan menjual mobilnya.\n"
        "Kabar itu muncul pekan ini.\n"
    )
    assert doc.sentences[0].text.startswith("Presiden Amerika Serikat")


def test_a_newswire_copyright_and_reuse_notice_run_on_after_the_story_are_taken_out():
    doc = doc_of(
        "Orvex will appeal the ruling, its lawyer said. Copyright 2013 The Associated Press. "
        "All rights reserved. This material may not be published, broadcast, rewritten or "
        "redistributed.\n"
    )
    assert [s.text for s in doc.sentences] == ["Orvex will appeal the ruling, its lawyer said."]


def test_a_wire_credit_line_and_a_byline_before_the_dateline_are_taken_out():
    doc = doc_of(
        "By Rowan Pell KESTRELTON, Wyoming (Reuters) - Orvex will appeal the ruling, its lawyer "
        "said. The hearing is set for May. (Additional reporting by Dana Voss in Cheyenne; "
        "Writing by Milo Grant; Editing by Ann Kerr and Tom Hale)\n\n"
        "By Friday FBI agents had searched the office, Lena Ortiz said.\n"
    )
    texts = [s.text for s in doc.sentences]
    assert texts[:2] == [
        "Orvex will appeal the ruling, its lawyer said.",
        "The hearing is set for May.",
    ]
    assert not any(name in doc.text for name in ("Rowan", "Dana Voss", "Milo", "Ann Kerr"))
    # a sentence that starts with "By" and a capitalised word is no byline
    assert texts[2] == "By Friday FBI agents had searched the office, Lena Ortiz said."


@pytest.mark.parametrize(
    "byline", ["(Penulis: Kontributor Sukamaju, Rina Wati)", "(Reporter: Rina Wati | Editor: Budi)"]
)
def test_a_bracketed_byline_is_dropped(byline):
    doc = doc_of(f"Presiden meresmikan jembatan baru.\nJembatan itu panjang.\n{byline}\n")
    assert [s.text for s in doc.sentences] == [
        "Presiden meresmikan jembatan baru.",
        "Jembatan itu panjang.",
    ]
