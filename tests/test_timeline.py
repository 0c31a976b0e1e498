"""The timeline and the extractive summary, on hand-built documents."""

from __future__ import annotations

from generator.extract.pipeline import build_document
from generator.extract.summary import bottom_line, key_points, tags
from generator.extract.timeline import build_timeline
from generator.model import Actor, DateMention, Mention, OpenQuestion
from generator.reading import read_bytes

TEXT = (
    "Dewan kota menyetujui anggaran baru senilai dua miliar rupiah untuk tahun depan.\n"
    "Rapat pertama digelar pada akhir Maret.\n"
    "Pada awal Maret, wali kota mengusulkan anggaran itu.\n"
    "Cuaca cerah sepanjang minggu.\n"
    "Anggaran berlaku mulai 2024.\n"
)


def document():
    doc, language = build_document(read_bytes(TEXT.encode(), "t.txt", "txt"))
    return doc, language


def test_events_are_in_date_order_with_qualifiers_and_their_actors():
    doc, language = document()
    s = {x.text.split()[0]: x.id for x in doc.sentences}
    doc.actors = [Actor("a1", "Dewan Kota", "organization", mentions=[s["Rapat"]])]
    start = doc.text.index("Rapat")
    doc.mentions = [Mention(start, start + 5, "Rapat", s["Rapat"], "a1")]
    doc.dates = [
        DateMention("akhir Maret", "2023-03", "late", s["Rapat"]),
        DateMention("awal Maret", "2023-03", "early", s["Pada"]),
        DateMention("2024", "2024", None, s["Anggaran"]),
        DateMention("2024", "2024", None, s["Anggaran"]),  # a repeat adds no event
    ]
    events = build_timeline(doc, language)
    assert [(e.date, e.qualifier, e.sentence) for e in events] == [
        ("2023-03", "early", s["Pada"]),
        ("2023-03", "late", s["Rapat"]),
        ("2024", None, s["Anggaran"]),
    ]
    assert events[1].actors == ["a1"]
    assert events[0].text.startswith("Pada awal Maret")


def test_summary_is_extractive_and_linked():
    doc, _ = document()
    line, used = bottom_line(doc)
    assert (
        line == "Dewan kota menyetujui anggaran baru senilai dua miliar rupiah untuk tahun depan."
    )
    assert used == [doc.sentences[0].id]
    # A lead too short (or only a quote) to stand alone takes the next sentence with it.
    doc.sentences[0].text = "Anggaran disetujui."
    assert bottom_line(doc)[1] == [doc.sentences[0].id, doc.sentences[1].id]
    doc.sentences[0].text = TEXT.splitlines()[0]
    weather = next(x.id for x in doc.sentences if x.text.startswith("Cuaca"))
    budget = next(x.id for x in doc.sentences if x.text.startswith("Anggaran"))
    doc.dates = [DateMention("2024", "2024", None, budget)]
    doc.open_questions = [OpenQuestion("Kapan?", "pending", [budget])]
    points = key_points(doc, set(used))
    texts = {x.id: x.text for x in doc.sentences}
    assert [p.sentences for p in points] == [[budget]]
    assert all(p.text == texts[p.sentences[0]] for p in points)
    assert weather not in {sid for p in points for sid in p.sentences}


def test_tags_prefer_given_tags_then_most_mentioned_bodies():
    doc, _ = document()
    doc.tags = ["anggaran"]
    doc.actors = [
        Actor("a1", "Dewan Kota", "organization", mentions=["s1", "s2"]),
        Actor("a2", "Budi", "person", mentions=["s1", "s2", "s3"]),
        Actor("a3", "Indonesia", "country", mentions=["s3"]),
    ]
    assert tags(doc) == ["anggaran", "Dewan Kota", "Indonesia"]
