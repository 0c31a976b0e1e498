"""The dates stage: values at the precision written, qualifiers, relative dates, year inference,
and the numbers that are not dates. Every article here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.extract import dates
from generator.extract.pipeline import build_document
from generator.language import load
from generator.reading import read_bytes, read_seed

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def run(body: str, lang: str, published: str | None = None):
    """The document after segmentation and the dates stage, from a seed with front matter."""
    front = (
        f"---\nlanguage: {lang}\n" + (f"published: {published}\n" if published else "") + "---\n"
    )
    doc, language = build_document(read_bytes((front + body).encode(), "x.txt", "txt"))
    dates.find_dates(doc, language)
    return doc


def values(body: str, lang: str, published: str | None = None) -> dict[str, str]:
    """Text as written -> ISO value."""
    return {d.text: d.value for d in run(body, lang, published).dates}


# --- explicit dates at the precision written ---------------------------------------------------


def test_numeric_dates_are_day_first_in_indonesian():
    got = values("Rapat kabinet digelar pada Kamis (1/2/2024) di Bogor.", "id")
    assert got == {"Kamis (1/2/2024)": "2024-02-01"}


def test_the_numeric_date_wins_over_a_weekday_that_disagrees():
    # 1 February 2024 was a Thursday, not a Monday.
    got = values("Rapat kabinet digelar pada Senin (1/2/2024) di Bogor.", "id")
    assert list(got.values()) == ["2024-02-01"]


def test_numeric_date_without_year_takes_the_year_of_publication():
    got = values("Gubernur meresmikan jembatan itu, Minggu (19/10).", "id", "2025-10-20")
    assert got == {"Minggu (19/10)": "2025-10-19"}


def test_every_written_form_of_a_weekday_is_one():
    # CLDR writes "Jumat", the data file adds "Jum'at": both are Friday; "Sen" shortens "Senin"
    got = values(
        "Sidang digelar Jumat (17/10). Rapat lanjutan pada Jum'at (10/10). Sen itu kecil.",
        "id",
        "2025-10-20",
    )
    assert got == {"Jumat (17/10)": "2025-10-17", "Jum'at (10/10)": "2025-10-10"}


def test_month_and_year_stay_at_month_precision():
    got = values("Pada Desember 2025, parlemen mengesahkan undang-undang baru.", "id")
    assert got == {"Desember 2025": "2025-12"}


def test_a_day_with_a_fixed_date_is_that_day_when_its_year_is_written():
    got = values("Tarif turun selama libur Natal 2025 dan Tahun Baru 2026. Tahun baru ramai.", "id")
    assert got == {"Natal 2025": "2025-12-25", "Tahun Baru 2026": "2026-01-01"}
    got = values("Stores closed early on Christmas Eve 2008, and sales fell.", "en")
    assert got == {"Christmas Eve 2008": "2008-12-24"}


def test_bare_years_need_a_cue():
    got = values("Kelompok itu berdiri pada tahun 1998 dan aktif sejak 2001.", "id")
    assert set(got.values()) == {"1998", "2001"}
    got = values("The bank has not seen such a crisis since 1989.", "en")
    assert list(got.values()) == ["1989"]


def test_a_year_after_a_name_is_the_year_of_what_it_names_unless_it_is_a_number():
    got = values(
        "Timnas gagal ke Piala Dunia 2026 dan mengejar Piala Asia 2027. Anggaran APBN 2025 "
        "naik. Hal itu diatur UUD 1945; harganya Rp 2000 per lembar, Pasal 2019 tidak ada.",
        "id",
    )
    assert sorted(got.values()) == ["2025", "2026", "2027"]
    got = values("Spain won Euro 2024 as the Russell 2000 index fell 3 percent.", "en")
    assert list(got.values()) == ["2024"]


def test_a_part_of_a_year_or_month_with_no_shift_is_of_this_one():
    doc = run(
        "Kajian itu ditargetkan rampung hingga akhir tahun. Harga naik sejak awal bulan. "
        "Setiap akhir tahun harga naik. Pada akhir tahun 2024 harga turun.",
        "id",
        "2025-10-20",
    )
    got = {(d.text, d.value, d.qualifier) for d in doc.dates}
    assert got == {
        ("akhir tahun", "2025", "late"),
        ("awal bulan", "2025-10", "early"),
        ("akhir tahun 2024", "2024", "late"),
    }
    doc = run(
        "The deal should close by the end of the year. Prices fell in the middle of the month.",
        "en",
        "1989-10-27",
    )
    assert {(d.text, d.value, d.qualifier) for d in doc.dates} == {
        ("the end of the year", "1989", "late"),
        ("the middle of the month", "1989-10", "mid"),
    }


def test_english_month_day_and_day_month():
    got = values("The board met on March 3, 2019 and again on 14 April 2019.", "en")
    assert set(got.values()) == {"2019-03-03", "2019-04-14"}


def test_year_range_gives_both_years():
    got = values("The drought of 2014-2015 ruined the harvest.", "en")
    assert set(got.values()) == {"2014", "2015"}


@pytest.mark.parametrize(
    ("body", "lang", "years"),
    [
        # two years joined by a dash need no cue ...
        ("Dana itu untuk rencana pembangunan jangka menengah 2025-2029.", "id", {"2025", "2029"}),
        ("Ia menjabat sekretaris pada 1995-1998 dan pensiun.", "id", {"1995", "1998"}),
        # ... but a wide span is a count, and so is a number after "as many as"
        ("Sebanyak 2000-3000 orang hadir di alun-alun.", "id", set()),
        ("Rapat itu ramai. Sebanyak 2000 orang hadir.", "id", set()),
    ],
)
def test_a_span_of_years_with_no_cue_and_counts_that_look_like_years(body, lang, years):
    assert set(values(body, lang).values()) == years


@pytest.mark.parametrize(
    ("body", "lang", "years"),
    [
        (
            "Kerugian terjadi pada tahun 2020, 2023, dan 2024 menurut jaksa.",
            "id",
            {"2020", "2023", "2024"},
        ),
        ("Losses rose in 2019, 2020 and 2021, the company said.", "en", {"2019", "2020", "2021"}),
        # no list word before the last item: a count after the comma, not a year
        ("In 2010, 2000 people came to the square.", "en", {"2010"}),
        ("Sejak 2020, 3000 orang hadir di alun-alun.", "id", {"2020"}),
    ],
)
def test_years_listed_after_a_dated_year(body, lang, years):
    assert set(values(body, lang).values()) == years


# --- qualifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "published", "value", "qualifier"),
    [
        (
            "Sebelumnya, pada akhir November, menteri itu berkunjung.",
            "id",
            "2025-12-10",
            "2025-11",
            "late",
        ),
        ("Harga beras naik sejak awal tahun 2025.", "id", None, "2025", "early"),
        ("Proyek itu rampung pada pertengahan Maret 2023.", "id", None, "2023-03", "mid"),
        ("The plant will close by mid-2024, the company said.", "en", None, "2024", "mid"),
        ("Talks stalled in late November, officials said.", "en", "2023-12-05", "2023-11", "late"),
        ("Investors have fled since early August.", "en", "2008-09-18", "2008-08", "early"),
    ],
)
def test_qualifiers_do_not_change_precision(body, lang, published, value, qualifier):
    found = run(body, lang, published).dates
    assert [(d.value, d.qualifier) for d in found] == [(value, qualifier)]


# --- relative dates against the publication date ----------------------------------------------


def test_indonesian_relative_days_units_and_months():
    # Published on a Sunday.
    body = (
        "Kemarin polisi menangkap dua tersangka. Sidang perdana digelar besok. "
        "Anggaran tahun ini lebih besar dari tahun lalu. Harga naik sejak bulan lalu. "
        "Para pakar sudah memperingatkan hal itu pada April lalu. "
        "Kebijakan serupa berlaku pada Oktober lalu."
    )
    got = values(body, "id", "2025-10-19")
    assert got == {
        "Kemarin": "2025-10-18",
        "besok": "2025-10-20",
        "tahun ini": "2025",
        "tahun lalu": "2024",
        "bulan lalu": "2025-09",
        "April lalu": "2025-04",
        "Oktober lalu": "2024-10",  # "last October" said in October is a year back
    }


def test_indonesian_weekday_follows_the_tense():
    got = run("Bantuan itu akan cair mulai hari Senin.", "id", "2025-10-19").dates
    assert [d.value for d in got] == ["2025-10-20"]  # the day after a Sunday
    got = run("Menteri itu sudah meninjau lokasi pada hari Senin.", "id", "2025-10-19").dates
    assert [d.value for d in got] == ["2025-10-13"]
    # Published on a Monday, a future Monday is that day: the next one is "Senin depan".
    got = run("Bantuan itu akan cair mulai hari Senin.", "id", "2025-10-20").dates
    assert [d.value for d in got] == ["2025-10-20"]


def test_a_repeated_bare_weekday_is_the_same_day():
    body = "Pencairan dimulai Senin besok. Warga sudah bisa mengambil uangnya hari Senin itu."
    got = {d.value for d in run(body, "id", "2025-10-19").dates}
    assert got == {"2025-10-20"}


def test_english_weekdays_past_and_future():
    # Published on a Thursday.
    body = (
        "The minister resigned on Wednesday. Markets will stay closed until Friday. "
        "The central bank said yesterday that it would act. Parliament will vote on Monday."
    )
    got = values(body, "en", "2008-09-18")
    assert got["Wednesday"] == "2008-09-17"
    assert got["Friday"] == "2008-09-19"
    assert got["yesterday"] == "2008-09-17"
    assert got["Monday"] == "2008-09-22"


def test_english_shifted_units_and_months():
    body = "Sales fell last year. The law passed last May. The summit is next month."
    got = values(body, "en", "2013-03-22")
    assert got == {"last year": "2012", "last May": "2012-05", "next month": "2013-04"}


def test_a_day_before_counts_from_the_date_just_given():
    body = (
        "The firm announced the cuts on Wednesday. A day before the announcement, it sold a plant."
    )
    got = values(body, "en", "2009-11-05")
    assert set(got.values()) == {"2009-11-04", "2009-11-03"}


def test_a_week_is_its_month_when_it_lies_in_one_and_a_count_of_units_is_counted_back():
    # published Sunday 19 October 2025: last week is 6-12 October, next week 20-26 October
    got = values(
        "Harga turun pekan lalu. Pasar dibuka lagi pekan depan, segera.", "id", "2025-10-19"
    )
    assert got == {"pekan lalu": "2025-10", "pekan depan": "2025-10"}
    got = values(
        "The ban was issued two weeks ago, ten days ago, or very soon.", "en", "2025-10-19"
    )
    assert got == {"two weeks ago": "2025-10-05", "ten days ago": "2025-10-09"}
    got = values("Perang meletus tiga bulan yang lalu dan 20 tahun silam.", "id", "2025-10-19")
    assert got == {"tiga bulan yang lalu": "2025-07", "20 tahun silam": "2005"}
    # a week across two months is no date; this week (6-12 October) is its month
    doc = run("Prices fell last week and rose this week.", "en", "2025-10-08")
    assert [(d.text, d.value) for d in doc.dates] == [("this week", "2025-10")]


# --- a missing year ---------------------------------------------------------------------------


def test_narrative_without_publication_date_moves_forward_and_steps_back():
    body = (
        "Pada Desember 2025, juru bicara itu memberi pernyataan.\n\n"
        "Pada 6 Januari, para pemimpin bertemu di Roma.\n\n"
        "Sebelumnya, pada akhir November, komisi itu mengumumkan rencananya."
    )
    doc = run(body, "id")
    got = {d.text: (d.value, d.qualifier) for d in doc.dates}
    assert got == {
        "Desember 2025": ("2025-12", None),
        "6 Januari": ("2026-01-06", None),
        "akhir November": ("2025-11", "late"),
    }
    assert doc.reference_date is not None and doc.reference_date.startswith("2026")


@pytest.mark.parametrize(
    ("body", "lang", "published", "value"),
    [
        ("A review was held in Brussels on November 28.", "en", "2007-12-20", "2007-11-28"),
        ("Rapat itu berlangsung pada 28 Desember.", "id", "2026-01-05", "2025-12-28"),
        ("Pemilu ulang akan digelar pada 10 Januari.", "id", "2025-12-20", "2026-01-10"),
        ("Starting on October 1 regulators will lower the duty.", "en", "2008-09-18", "2008-10-01"),
        # a past-tense sentence naming a date just after the publication: this year's, not one
        # eleven months back (a deadline moved, an event set)
        ("The offer was extended to Nov. 16.", "en", "1989-10-30", "1989-11-16"),
        (
            "Sebelumnya, dia memperkirakan cuaca panas bertahan sampai awal November.",
            "id",
            "2025-10-21",
            "2025-11",
        ),
        # ... but a day back stays back, and "last year" after the day says which year
        ("The vote was held on Oct. 2.", "en", "1989-10-30", "1989-10-02"),
        ("The plant closed on Nov. 3 last year.", "en", "1989-10-30", "1988-11-03"),
        ("Pabrik itu ditutup pada 3 November tahun lalu.", "id", "2025-10-21", "2024-11-03"),
        ("It opens on March 3 of next year.", "en", "1989-10-30", "1990-03-03"),
    ],
)
def test_day_and_month_take_the_year_nearest_the_publication(body, lang, published, value):
    assert [d.value for d in run(body, lang, published).dates] == [value]


def test_reference_date_is_the_publication_date_when_given():
    doc = run("Rapat berlangsung pada 28 Desember.", "id", "2026-01-05")
    assert doc.reference_date == "2026-01-05"


# --- not dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Bantuan Rp 300.000 diberikan kepada 35,04 juta keluarga di desil 1-4.", "id"),
        ("Program itu berjalan 3 bulan dan akan diperpanjang setahun lagi.", "id"),
        ("Rapat dimulai pukul 10.00 WIB dan dihadiri 2000 orang berusia 45 tahun.", "id"),
        ("Inflasi naik 4,5 persen, sementara nilai tukar melemah 30%.", "id"),
        ("The fund lost US$5.5 billion in two years, or 30% of its value.", "en"),
        ("Flight 574 crashed with 102 people on board; 1989 passengers were rebooked.", "en"),
        ("Prime Minister Theresa May said she may resign.", "en"),
    ],
)
def test_numbers_that_are_not_dates(body, lang):
    assert run(body, lang, "2025-10-19").dates == []


# --- provenance -------------------------------------------------------------------------------


def test_each_sentence_gets_its_own_mention_and_no_duplicates():
    body = (
        "Kemarin, Senin (20/10), presiden tiba. Hari Senin itu ia bertemu menteri.\n\n"
        "Pertemuan lanjutan digelar Senin (20/10) malam."
    )
    doc = run(body, "id", "2025-10-21")
    pairs = [(d.value, d.sentence) for d in doc.dates]
    assert len(pairs) == len(set(pairs))
    sentences = {s for v, s in pairs if v == "2025-10-20"}
    assert len(sentences) == 3
    for mention in doc.dates:
        holder = next(s for s in doc.sentences if s.id == mention.sentence)
        assert mention.text in holder.text


def test_no_publication_and_no_anchor_gives_no_relative_dates():
    doc = run("Kemarin dia pergi. Hari Senin dia kembali.", "id")
    assert doc.dates == []
    assert doc.reference_date is None


def test_cue_words_come_from_the_language_data():
    # A language file's words are the only source: the English rules do not read Indonesian cues.
    assert values("Harga naik tahun lalu.", "en", "2025-10-19") == {}
    assert load("id").section("dates")["shift_after"]


# --- the development set ----------------------------------------------------------------------


@pytest.mark.shared
def test_dev_set_dates_f1_and_anchoring():
    gold_dir = SHARED / "eval" / "gold"
    tp = fp = fn = anchored = total = 0
    for gold_path in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        seed = SHARED / "eval" / "articles" / gold["article"]
        if not seed.exists():
            seed = SHARED / "seeds" / gold["article"]
        doc, language = build_document(read_seed(seed))
        dates.find_dates(doc, language)
        want = {str(d["value"]) for d in gold["dates"]}
        got = {d.value for d in doc.dates}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
        for item in gold["dates"]:
            total += 1
            holders = {s.id for s in doc.sentences if item["evidence"] in s.text}
            anchored += any(
                d.value == str(item["value"]) and d.sentence in holders for d in doc.dates
            )
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert 2 * precision * recall / (precision + recall) >= 0.9
    assert anchored / total >= 0.9


def test_a_weekday_before_a_calendar_date_takes_that_date():
    got = run("Pada sidang Senin, 23 Desember 2024, hakim membacakan putusan.", "id", "2025-10-20")
    assert [d.value for d in got.dates] == ["2024-12-23"]


def test_the_year_of_a_numbered_document_is_not_an_event_date():
    body = "KPU mencabut Keputusan Nomor 731 Tahun 2025 dan merujuk Undang-Undang No 7 Tahun 2014."
    assert run(body, "id", "2025-10-20").dates == []


def test_counted_and_repeated_spans_are_not_dates():
    body = "Perang meletus beberapa tahun lalu. Setiap hari Rabu polisi berpatroli sejak 1980-an."
    assert run(body, "id", "2025-10-20").dates == []
    assert run("Every Monday, several years ago, the club met.", "en", "2025-10-20").dates == []


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        # a cue before a month lets a capitalised word follow it; "since" looks back
        ("Since December Zentrix and Orvana have received loans.", "en", {"December": "2024-12"}),
        ("Sejak Desember, harga beras naik.", "id", {"Desember": "2024-12"}),
        # a month's name after a capitalised word that is no cue is a name's part
        ("Theresa Mayfield met Marta. Julia May said no.", "en", {}),
        # "may" in lower case is a verb, also after "this"
        ('He said, "The plant is old. This may be a short reprieve."', "en", {}),
        # a year compared against, and a year ago
        ("Sales fell only 17 percent compared to 2008.", "en", {"2008": "2008"}),
        ("Penjualan naik 5 persen dibandingkan 2023.", "id", {"2023": "2023"}),
        ("The plan was first floated as early as a year ago.", "en", {"a year ago": "2024"}),
    ],
)
def test_months_after_cues_and_names_years_compared_and_ago(body, lang, expected):
    assert values(body, lang, "2025-10-20") == expected


def test_a_weekday_that_fits_the_publication_year_corrects_a_slipped_year():
    # 7 October 2025 was a Tuesday; 7 October 2024 a Monday; 7 October 2023 a Saturday.
    got = values("Hal itu diungkapkan Rina, Selasa (7/10/2024).", "id", "2025-10-22")
    assert got == {"Selasa (7/10/2024)": "2025-10-07"}
    # the weekday fits neither: the date as written
    got = values("Hal itu diungkapkan Rina, Rabu (7/10/2024).", "id", "2025-10-22")
    assert got == {"Rabu (7/10/2024)": "2024-10-07"}
    # far from the publication: as written
    got = values("Hal itu diungkapkan Rina, Selasa (7/10/2024).", "id", "2025-03-02")
    assert got == {"Selasa (7/10/2024)": "2024-10-07"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Rapat digelar pada 19 dan 20 Agustus 2025 di Jakarta.",
            "id",
            ["2025-08-19", "2025-08-20"],
        ),
        ("Rapat pada 19-20 Agustus 2025 memutuskan hal itu.", "id", ["2025-08-19", "2025-08-20"]),
        ("The board met on August 19 and 20, 2025 in Denver.", "en", ["2025-08-19", "2025-08-20"]),
        ("Tekanan terjadi pada periode Juli-September 2025.", "id", ["2025-07", "2025-09"]),
        ("Prices rose between June and August 2025.", "en", ["2025-06", "2025-08"]),
    ],
)
def test_two_days_or_months_written_together_are_both_dates(text, lang, expected):
    assert [d.value for d in run(text, lang, "2025-10-22").dates] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Inflasi naik dibandingkan Juli tahun lalu sebesar 2,13 persen.",
            "id",
            {"Juli tahun lalu": "2024-07"},
        ),
        ("Proyek itu selesai Maret tahun depan.", "id", {"Maret tahun depan": "2026-03"}),
        (
            "The index hit its high in September last year.",
            "en",
            {"September last year": "2024-09"},
        ),
        ("Prices rose in May of last year.", "en", {"May of last year": "2024-05"}),
        ("Sales start in March next year.", "en", {"March next year": "2026-03"}),
    ],
)
def test_a_month_of_a_year_named_from_the_publication(text, lang, expected):
    assert values(text, lang, "2025-08-01") == expected


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # Published before the range: the opening day alone would be read as this year's.
        (
            "Program ini berlangsung mulai 14 Oktober hingga 14 November 2025.",
            "id",
            "2026-01-10",
            ["2025-10-14", "2025-11-14"],
        ),
        (
            "The fair ran from December 3 to January 8, 2025.",
            "en",
            "2025-06-01",
            ["2024-12-03", "2025-01-08"],
        ),
        (
            "Pendaftaran dibuka 3 Maret - 5 April 2027.",
            "id",
            "2025-10-01",
            ["2027-03-03", "2027-04-05"],
        ),
        # A date of its own after a year-less one is no range: the first keeps its own year.
        (
            "Rapat pada 14 Oktober. Pada 14 November 2023 ia pergi.",
            "id",
            "2025-10-22",
            ["2025-10-14", "2023-11-14"],
        ),
    ],
)
def test_a_range_s_opening_date_takes_the_year_written_at_its_close(
    text, lang, published, expected
):
    assert [d.value for d in run(text, lang, published).dates] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Untuk kuartal IV-2025, proyeksi pertumbuhan masih sama.",
        "Laba semester I 2025 naik tipis.",
        "Pada triwulan 2/2025 ekonomi tumbuh.",
    ],
)
def test_a_numbered_part_of_a_year_is_dated_by_its_year(text):
    assert [d.value for d in run(text, "id", "2025-10-22").dates] == ["2025"]


def test_a_weekday_with_a_day_and_month_far_from_publication_picks_the_year_it_fits():
    # published Wednesday 22 October 2025: 2 December 2025 is a Tuesday, 2 December 2024 a Monday
    got = values("KPK menahan tersangka pada Senin (2/12), kata juru bicara.", "id", "2025-10-22")
    assert got == {"Senin (2/12)": "2024-12-02"}
    # a day right before the publication keeps its year though the weekday slipped
    got = values("Bupati bertemu investor pada Sabtu (19/10).", "id", "2025-10-20")
    assert got == {"Sabtu (19/10)": "2025-10-19"}


def test_as_of_a_date_and_a_fiscal_year_range_are_dates():
    got = values(
        "Realisasi belanja tercatat per akhir Mei 2025. Proyek tahun anggaran 2021-2023 diusut. "
        "Harga naik per hari.",
        "id",
        "2025-10-22",
    )
    assert got == {"akhir Mei 2025": "2025-05", "2021": "2021", "2023": "2023"}


def test_the_end_of_this_week_is_its_month_without_the_qualifier():
    doc = run(
        "Saya harapkan akhir minggu ini sistem sudah siap. Harga naik minggu ini.",
        "id",
        "2025-10-22",
    )
    assert [(d.text, d.value, d.qualifier) for d in doc.dates] == [
        ("akhir minggu ini", "2025-10", None),
        ("minggu ini", "2025-10", None),
    ]


def test_a_season_with_a_shift_is_a_part_of_its_year_and_supposed_to_looks_ahead():
    doc = run(
        "The surge began last fall. They will march this summer. "
        "The talks are supposed to conclude by May.",
        "en",
        "2025-10-14",
    )
    assert [(d.text, d.value, d.qualifier) for d in doc.dates] == [
        ("last fall", "2024", "late"),
        ("this summer", "2025", "mid"),
        ("May", "2026-05", None),
    ]


def test_a_year_or_month_earlier_counts_back_from_the_publication_a_day_does_not():
    got = values(
        "Net rose to $5 million, up from $4 million a year earlier. Sales fell from a month "
        "earlier. He had left three days earlier. The season began two months earlier than "
        "usual.",
        "en",
        "2025-10-14",
    )
    assert got == {"a year earlier": "2024", "a month earlier": "2025-09"}


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a part of a year is dated by its year, the first part early and the last late
        (
            "Orvex reported a third-quarter loss. Its fourth-quarter results will suffer.",
            "1989-10-26",
            [("third-quarter", "1989", None), ("fourth-quarter", "1989", "late")],
        ),
        # ahead in a future tense: the first quarter still to come; one just over is reported
        (
            "Orvex expects to close the sale in the first quarter. It will report third-quarter "
            "results soon.",
            "1989-10-26",
            [("first quarter", "1990", "early"), ("third-quarter", "1989", None)],
        ),
        # in a past tense, the latest begun: last year's fourth quarter in February
        ("Orvex posted a fourth-quarter loss.", "1990-02-10", [("fourth-quarter", "1989", "late")]),
        (
            "Earnings fell in the last half of 1989 and may rise in next year's first quarter.",
            "1989-10-26",
            [("last half of 1989", "1989", "late"), ("next year's first quarter", "1990", "early")],
        ),
        # a half with no year is as likely a match's
        ("Tarvo Kesk scored in the first half of the game.", "1989-10-26", []),
    ],
)
def test_a_part_of_a_year_named_by_its_ordinal_is_dated_by_its_year(body, published, expected):
    found = [d for d in run(body, "en", published).dates if d.text != published]
    assert [(d.text, d.value, d.qualifier) for d in found] == expected


def test_an_indonesian_part_named_by_its_ordinal_is_dated_by_its_year():
    found = run(
        "Laba kuartal ketiga naik. Bunga turun di paruh kedua tahun ini.", "id", "2025-10-26"
    )
    assert [(d.text, d.value) for d in found.dates] == [
        ("kuartal ketiga", "2025"),
        ("paruh kedua tahun ini", "2025"),
    ]


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        # published on a Wednesday: Friday of next week, not the Friday two days on
        (
            "Rapat lanjutan digelar pada Jumat pekan depan di Bogor.",
            "id",
            {"Jumat pekan depan": "2025-06-13"},
        ),
        ("Kesepakatan itu diteken Senin pekan lalu.", "id", {"Senin pekan lalu": "2025-05-26"}),
        (
            "The talks resume on Friday next week in London.",
            "en",
            {"Friday next week": "2025-06-13"},
        ),
        ("They met on Monday last week.", "en", {"Monday last week": "2025-05-26"}),
    ],
)
def test_a_weekday_of_the_week_before_or_after_is_that_week_s(body, lang, expected):
    assert values(body, lang, "2025-06-04") == expected


def test_a_past_cue_before_a_future_one_makes_it_past():
    # "sudah mulai": begun already; "mulai" alone looks ahead
    body = "Bansos itu sudah mulai disalurkan oleh Menteri Sosial per akhir 31 Mei."
    assert values(body, "id", "2025-06-02") == {"akhir 31 Mei": "2025-05-31"}
    body = "Bansos itu mulai disalurkan pada 31 Mei."
    assert values(body, "id", "2025-06-02") == {"31 Mei": "2026-05-31"}


def test_with_no_publication_date_relative_dates_name_no_date():
    body = (
        "Orvex restated its 2003 results. Last year, demand fell. The board met on Monday "
        "and two weeks ago. Emergency food requirements for 2005 rose."
    )
    assert values(body, "en") == {"2003": "2003", "2005": "2005"}
    # with one, they do
    got = values(body, "en", "2005-02-04")
    assert got["Last year"] == "2004" and got["Monday"] == "2005-01-31"


def test_a_month_that_recurs_is_no_date():
    body = (
        "Puncak musim hujan biasanya Desember-Januari atau Januari-Februari, kata dia. Rapat "
        "evaluasi digelar Desember."
    )
    assert values(body, "id", "2025-11-01") == {"Desember": "2025-12"}
    assert values(
        "The fair is held every January. The vote is in January.", "en", "2025-11-01"
    ) == {"January": "2026-01"}


def test_a_fiscal_year_is_a_year():
    body = "Dividen tahun buku 2024 dibagikan kepada pemegang saham pada Juni."
    assert values(body, "id", "2025-06-02")["2024"] == "2024"


@pytest.mark.parametrize(
    "body",
    [
        "Banjir melanda Kampung Lembur Tengah RT 03/02/01 RW 01 di Desa Sukamaju.",
        "Surat Nomor 12/3/2025 itu dikirim ke kantor desa.",
    ],
)
def test_a_number_after_a_unit_s_or_a_document_s_word_is_no_date(body):
    assert values(body, "id", "2025-08-01") == {}


@pytest.mark.parametrize(
    ("body", "lang", "written"),
    [
        ("Kejadiannya tadi malam sekitar pukul 22.00 WIB di Sukamaju.", "id", "tadi malam"),
        ("The fire broke out last night near the harbour, police said.", "en", "last night"),
    ],
)
def test_last_night_is_the_day_before_publication(body, lang, written):
    assert values(body, lang, "2025-08-01") == {written: "2025-07-31"}
