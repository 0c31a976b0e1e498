"""Quotes stage: quotation marks paired, speakers found through speech verbs on either side.

Documents are built by the real segmenter; actor mentions are filled in by name (`cast`), as the
actors stage would leave them, so each rule is tested apart from actor detection. The sentences
are invented for these tests."""

from __future__ import annotations

import re

import pytest

from generator.extract import quotes
from generator.extract.dates import find_dates
from generator.extract.segment import segment
from generator.language import load
from generator.model import Actor, Document, Mention
from generator.reading import Block


def make_doc(paragraphs: list[str], code: str, people: dict[str, str] | None = None) -> Document:
    """A segmented document whose actors are `people` (name -> type), mentioned wherever the name
    or its last word appears."""
    doc = Document(path="test.txt", text="", language=code)
    segment(doc, [Block("paragraph", p) for p in paragraphs], load(code))
    cast(doc, people or {})
    return doc


def cast(doc: Document, people: dict[str, str]) -> None:
    forms = []
    for number, (name, kind) in enumerate(people.items()):
        doc.actors.append(Actor(f"a{number}", name, kind))  # type: ignore[arg-type]
        forms += [(name, f"a{number}"), (name.split()[-1], f"a{number}")]
    taken: list[tuple[int, int]] = []
    for form, actor in sorted(forms, key=lambda f: -len(f[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc.text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append((m.start(), m.end()))
            sentence = doc.sentence_at(m.start())
            doc.mentions.append(Mention(m.start(), m.end(), form, sentence.id, actor))
    doc.mentions.sort(key=lambda m: m.start)


def run(doc: Document) -> list[tuple[str | None, str]]:
    quotes.find_quotes(doc, load(doc.language))
    return [(q.speaker, q.text) for q in doc.quotes]


# --- attribution after the quotation -------------------------------------------------------------


def test_a_sentence_of_its_own_after_the_attribution_is_a_quotation_of_its_own():
    doc = make_doc(
        [
            '"We expect a short process," Dana Reyes said, "People will be able to buy cars." '
            '"Alliances do not work," Tom Harlan said, "even though they look good on paper."'
        ],
        "en",
        {"Dana Reyes": "person", "Tom Harlan": "person"},
    )
    assert run(doc) == [
        ("Dana Reyes", "We expect a short process"),
        ("Dana Reyes", "People will be able to buy cars."),
        ("Tom Harlan", "Alliances do not work, even though they look good on paper."),
    ]


def test_a_describer_with_an_apposition_before_the_verb_is_the_speaker():
    doc = make_doc(
        [
            'Tom Harlan, the chief executive of Orvex, described the plan as "comprehensive, '
            'responsive and flexible". Dana Reyes called it "a bold move".'
        ],
        "en",
        {"Tom Harlan": "person", "Dana Reyes": "person", "Orvex": "organization"},
    )
    assert run(doc) == [
        ("Tom Harlan", "comprehensive, responsive and flexible"),
        ("Dana Reyes", "a bold move"),
    ]


def test_a_long_quotation_opening_its_sentence_needs_no_comma_before_its_tag():
    doc = make_doc(
        [
            'Dana Reyes spoke on Monday. "The funding has helped Orvex secure the largest project '
            'ever undertaken in Kestrel" she said. The "coalition of the willing" said it would '
            "meet."
        ],
        "en",
        {"Dana Reyes": "person", "Orvex": "organization"},
    )
    assert run(doc) == [
        (
            "Dana Reyes",
            "The funding has helped Orvex secure the largest project ever undertaken in Kestrel",
        )
    ]


def test_a_closing_mark_the_writer_left_unopened_does_not_turn_the_quotes_after_it_inside_out():
    doc = make_doc(
        [
            'Tom Harlan spoke for Orvex. She saw doctors treat Dana Reyes on tour," he said. '
            '"The truth is Dana Reyes fooled everyone," Tom Harlan said about Dana Reyes\'s '
            'habits. "She kept those who might have helped her at a distance."'
        ],
        "en",
        {"Tom Harlan": "person", "Dana Reyes": "person", "Orvex": "organization"},
    )
    assert run(doc) == [
        ("Tom Harlan", "The truth is Dana Reyes fooled everyone"),
        ("Tom Harlan", "She kept those who might have helped her at a distance."),
    ]
    assert len(doc.sentences) == 4  # (the sentences after the lone mark are split as usual)


def test_indonesian_speech_verb_after_the_quote_names_the_speaker():
    doc = make_doc(
        ['"Kami akan membuka pendaftaran pada bulan depan," kata Budi Santoso kepada wartawan.'],
        "id",
        {"Budi Santoso": "person"},
    )
    assert run(doc) == [("Budi Santoso", "Kami akan membuka pendaftaran pada bulan depan")]
    assert doc.quotes[0].speaker_id == "a0"
    assert doc.quotes[0].sentence == "s1"


def test_a_place_or_an_event_after_the_verb_is_no_speaker():
    doc = make_doc(
        [
            '"Kami masih melihat ruang untuk penurunan suku bunga," kata dalam Konferensi Pers '
            "Rapat Berkala Dewan Stabilitas di Jakarta, Senin."
        ],
        "id",
        {"Konferensi Pers Rapat Berkala Dewan Stabilitas": "organization"},
    )
    assert [speaker for speaker, _text in run(doc)] == [None]
    doc = make_doc(
        ['"The plant will close in March," said at a news conference in Ohio on Monday.'],
        "en",
        {"Ohio": "organization"},
    )
    assert [speaker for speaker, _text in run(doc)] == [None]


def test_enclitic_speaker_is_who_spoke_last_not_who_was_named_last():
    doc = make_doc(
        [
            "Budi Santoso menjelaskan rencana itu di Jakarta. Begitu pula Menteri Rina Wati.",
            '"Semua berkas sudah lengkap dan siap dikirim ke daerah," ujarnya.',
        ],
        "id",
        {"Budi Santoso": "person", "Rina Wati": "person"},
    )
    assert run(doc) == [("Budi Santoso", "Semua berkas sudah lengkap dan siap dikirim ke daerah")]


def test_the_holder_after_a_long_title_after_the_verb_is_the_speaker():
    doc = make_doc(
        [
            '"Semua teknisi sudah pulang ke Indonesia," kata Direktur Perlindungan Warga Negara '
            "Indonesia (WNI) dan Badan Hukum Indonesia Kementerian Luar Negeri (Kemlu) RI, Rina "
            "Wati, kepada wartawan."
        ],
        "id",
        {"Rina Wati": "person", "Kementerian Luar Negeri RI": "organization"},
    )
    assert [speaker for speaker, _text in run(doc)] == ["Rina Wati"]


def test_an_enclitic_after_an_organization_that_spoke_is_the_organization():
    doc = make_doc(
        [
            '"Kami segera berkoordinasi dengan kepolisian setempat," jelas pihak Kedutaan Besar '
            "Sukamaju dalam keterangannya.",
            "Otoritas setempat menyebut para pekerja itu akan segera dipulangkan.",
            '"Kami akan terus mengawal perkembangan kasus tersebut," tutupnya.',
        ],
        "id",
        {"Kedutaan Besar Sukamaju": "organization"},
    )
    assert [speaker for speaker, _text in run(doc)] == ["Kedutaan Besar Sukamaju"] * 2


def test_a_sentence_of_background_names_no_one_who_just_spoke():
    doc = make_doc(
        [
            "Budi Santoso menilai kasus itu sudah benar. Sebagaimana diketahui, Rina Wati "
            "melaporkan Dedi Hartono ke polisi bulan lalu.",
            '"Kami mendukung polisi," ungkapnya.',
        ],
        "id",
        {"Budi Santoso": "person", "Rina Wati": "person", "Dedi Hartono": "person"},
    )
    assert [speaker for speaker, _text in run(doc)] == ["Budi Santoso"]


def test_who_gives_an_opinion_or_a_forecast_speaks_the_quotation_after_it():
    doc = make_doc(
        [
            '"Mata uang itu cenderung menguat saat pasar tertekan," kata Rina Wati.',
            "Sebelumnya, Tarno Wiryo, ekonom di Kestrel Economics, memperkirakan suku bunga turun.",
            '"Ada risiko bank sentral bertindak lebih jauh tahun depan," katanya.',
        ],
        "id",
        {"Rina Wati": "person", "Tarno Wiryo": "person"},
    )
    assert run(doc)[-1] == (
        "Tarno Wiryo",
        "Ada risiko bank sentral bertindak lebih jauh tahun depan",
    )


def test_who_voices_a_hope_speaks_the_quotation_opening_the_next_paragraph():
    doc = make_doc(
        [
            '"Dapurnya sudah kami periksa," kata Rina Wati.',
            "Sementara itu, Tarno Wiryo berharap insiden serupa tak terulang.",
            '"Untuk kokinya tolong lebih hati-hati dan perhatikan kebersihan."',
        ],
        "id",
        {"Rina Wati": "person", "Tarno Wiryo": "person"},
    )
    assert run(doc)[-1] == (
        "Tarno Wiryo",
        "Untuk kokinya tolong lebih hati-hati dan perhatikan kebersihan.",
    )


def test_inverted_pronoun_after_the_verb():
    doc = make_doc(
        ["Rina Wati mengatakan anggaran sudah disetujui.", '"Dananya cair pekan ini," tegas dia.'],
        "id",
        {"Rina Wati": "person"},
    )
    assert run(doc) == [("Rina Wati", "Dananya cair pekan ini")]


def test_english_speaker_after_the_verb_prefers_the_person_over_the_organization():
    doc = make_doc(
        ['"It is the right call for our workers," said the head of the Steel Union, Mary Cole.'],
        "en",
        {"Steel Union": "organization", "Mary Cole": "person"},
    )
    assert run(doc) == [("Mary Cole", "It is the right call for our workers")]


def test_pronoun_before_the_verb_resolves_to_the_previous_speaker_not_the_object():
    doc = make_doc(
        [
            '"The plant stays open," said Mary Cole. '
            '"I am glad the company listened to us at last," she told the Daily Post.'
        ],
        "en",
        {"Mary Cole": "person", "Daily Post": "media"},
    )
    assert [speaker for speaker, _ in run(doc)] == ["Mary Cole", "Mary Cole"]


def test_quoted_as_saying_names_the_quoted_person_not_the_outlet():
    doc = make_doc(
        ['"We do not need new aircraft this year," the Daily Post quoted Omar Haddad as saying.'],
        "en",
        {"Daily Post": "media", "Omar Haddad": "person"},
    )
    assert run(doc) == [("Omar Haddad", "We do not need new aircraft this year")]


def test_outlet_relaying_the_words_is_not_the_speaker():
    doc = make_doc(
        [
            '"Bandara ditutup sementara karena cuaca buruk," demikian dilaporkan Kantor Berita '
            "Nusantara, seperti dilansir Harian Pagi, Senin (3/3)."
        ],
        "id",
        # The outlet wrongly typed as a person must still not win.
        {"Kantor Berita Nusantara": "media", "Harian Pagi": "person"},
    )
    assert run(doc) == [("Kantor Berita Nusantara", "Bandara ditutup sementara karena cuaca buruk")]


# --- attribution before the quotation ------------------------------------------------------------


def test_speaker_before_the_quote_with_a_colon():
    doc = make_doc(
        ['Omar Haddad told reporters in the capital: "The border will reopen on Monday."'],
        "en",
        {"Omar Haddad": "person"},
    )
    assert run(doc) == [("Omar Haddad", "The border will reopen on Monday.")]


def test_indonesian_speaker_before_the_quote_with_bahwa():
    doc = make_doc(
        ['Rina Wati mengatakan bahwa "pembangunan jembatan itu selesai sebelum musim hujan".'],
        "id",
        {"Rina Wati": "person"},
    )
    assert run(doc) == [("Rina Wati", "pembangunan jembatan itu selesai sebelum musim hujan")]


def test_role_phrase_speaker_when_the_name_is_only_a_modifier():
    doc = make_doc(
        ['The governor of the northern province of Lakeland remarked that "the plan is reckless."'],
        "en",
        {"Lakeland": "person"},  # mistyped by an actor stage: it follows "of", so it is no speaker
    )
    speaker, text = run(doc)[0]
    assert speaker == "The governor of the northern province of Lakeland"
    assert text.startswith("the plan is reckless")


# --- shapes of quotations ------------------------------------------------------------------------


def test_quote_split_by_its_attribution_is_joined():
    doc = make_doc(
        [
            "Anna Berg announced the new round of talks on Friday.",
            '"We hope the talks succeed," she said, "but nothing is certain yet."',
        ],
        "en",
        {"Anna Berg": "person"},
    )
    assert run(doc) == [("Anna Berg", "We hope the talks succeed, but nothing is certain yet.")]


def test_two_quotes_around_an_attribution_stay_apart_when_the_first_ends_a_sentence():
    doc = make_doc(
        ['"The plant stays open." said Mary Cole. "Nobody will lose a job this winter."'],
        "en",
        {"Mary Cole": "person"},
    )
    assert run(doc) == [
        ("Mary Cole", "The plant stays open."),
        ("Mary Cole", "Nobody will lose a job this winter."),
    ]


def test_unattributed_quote_continues_the_previous_speaker():
    doc = make_doc(
        [
            '"Stability comes first for all of us here," Anna Berg said. '
            '"The market should get every support it needs."'
        ],
        "en",
        {"Anna Berg": "person"},
    )
    assert [s for s, _ in run(doc)] == ["Anna Berg", "Anna Berg"]


def test_multi_sentence_quote_keeps_its_opening_sentence_and_spans():
    doc = make_doc(
        [
            '"Harga beras turun minggu ini. Stok di gudang masih cukup sampai akhir tahun," '
            "ungkap Rina Wati."
        ],
        "id",
        {"Rina Wati": "person"},
    )
    run(doc)
    quote = doc.quotes[0]
    assert quote.text.startswith("Harga beras turun minggu ini. Stok di gudang")
    assert quote.sentence == "s1" and quote.sentences[0] == "s1"


def test_quote_running_over_sentences_lists_each_of_them():
    doc = Document(path="t", text="", language="en")
    segment(doc, [Block("paragraph", "Mary Cole spoke.")], load("en"))
    cast(doc, {"Mary Cole": "person"})
    # A quotation the segmenter split (it is longer than a sentence may be): work on offsets.
    doc.text += ' "First part of a long statement. Second part of it," said Mary Cole.'
    from generator.model import SentenceSpan

    base = len("Mary Cole spoke.") + 1
    doc.sentences.append(SentenceSpan("s2", base, base + 34, doc.text[base : base + 34]))
    doc.sentences.append(SentenceSpan("s3", base + 35, len(doc.text), doc.text[base + 35 :]))
    cast(doc, {})
    doc.mentions.append(Mention(len(doc.text) - 10, len(doc.text) - 1, "Mary Cole", "s3", "a0"))
    run(doc)
    assert doc.quotes[0].sentences == ["s2", "s3"]
    assert doc.quotes[0].speaker == "Mary Cole"


@pytest.mark.parametrize(
    "text",
    [
        "“Prices will fall next year,” Lena Ortiz told reporters.",
        "‘Prices will fall next year,’ Lena Ortiz told reporters.",
        "'Prices will fall next year,' Lena Ortiz told reporters.",
        "«Prices will fall next year», Lena Ortiz told reporters.",
    ],
)
def test_curly_single_and_guillemet_quotes(text):
    doc = make_doc([text], "en", {"Lena Ortiz": "person"})
    assert run(doc) == [("Lena Ortiz", "Prices will fall next year")]


# --- not quotations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", 'The so-called "coalition of the willing" met in Paris on Tuesday.'),
        ("en", "GM's plan and the workers' union's reply were both published on Monday."),
        ("en", 'She called the result "a surprise" and left the room.'),
        ("id", 'Badan itu menyebut pria tersebut dihukum atas "terorisme".'),
        ("id", 'Rencana itu disusun oleh "koalisi negara-negara yang bersedia".'),
        ("id", 'Film "Jalan Pulang Menuju Rumah Kita" diputar di bioskop mulai Kamis.'),
    ],
)
def test_scare_quotes_apostrophes_and_titles_are_not_quotations(code, text):
    doc = make_doc([text], code, {})
    assert run(doc) == []


def test_headline_quotes_are_skipped():
    doc = Document(path="t", text="", language="id", title='Menteri: "Harga Turun Bulan Depan"')
    segment(doc, [Block("paragraph", "Harga beras diperkirakan turun.")], load("id"))
    assert run(doc) == []


# --- without actors ------------------------------------------------------------------------------


def test_without_actor_mentions_the_name_after_the_verb_is_the_speaker():
    doc = make_doc(['"Kami belum menerima surat resmi dari kementerian," kata Dewi Lestari.'], "id")
    assert run(doc) == [("Dewi Lestari", "Kami belum menerima surat resmi dari kementerian")]
    assert doc.quotes[0].speaker_id is None


def test_pairing_marks_skips_apostrophes_inside_double_quotes():
    spans = quotes.quote_spans("\"It's the union's call,\" he said. 'Yes,' she said.")
    inner = [
        "\"It's the union's call,\" he said. 'Yes,' she said."[s.inner_start : s.inner_end]
        for s in spans
    ]
    assert inner == ["It's the union's call,", "Yes,"]


def _pipeline(tmp_path, body: str, lang: str) -> Document:
    """A seed file run through every stage, the real actors stage included."""
    from generator.extract.pipeline import build_document, run_stages
    from generator.reading import read_seed

    seed = tmp_path / "a.md"
    seed.write_text(f"---\ntitle: A test\nlanguage: {lang}\n---\n\n{body}\n", encoding="utf-8")
    doc, language = build_document(read_seed(seed))
    run_stages(doc, language)
    return doc


def test_runs_in_the_pipeline_with_the_real_actors_stage(tmp_path):
    doc = _pipeline(
        tmp_path,
        "Menteri Perindustrian Rina Wati mengunjungi pabrik itu pada Senin.\n\n"
        '"Pabrik ini tidak akan ditutup dan semua pekerja tetap bekerja," kata Rina Wati.',
        "id",
    )
    assert [q.text for q in doc.quotes] == [
        "Pabrik ini tidak akan ditutup dan semua pekerja tetap bekerja"
    ]
    assert doc.quotes[0].speaker and "Rina Wati" in doc.quotes[0].speaker


def test_a_phrase_put_before_the_subject_is_no_part_of_the_speaker():
    doc = make_doc(
        [
            'In a statement, Norvia said that "the delays are down to production issues '
            'at the plant".',
            'In a statement on its website, the company said "the fix is on its way to us".',
        ],
        "en",
        {"Norvia": "organization"},
    )
    speakers = [speaker for speaker, _text in run(doc)]
    assert speakers[0] == "Norvia"
    assert all(s is None or not s.startswith("In a statement") for s in speakers)


def test_a_verb_of_enthusing_names_the_speaker_after_it():
    doc = make_doc(
        [
            '"We plan to grow," says Kenji Tanaka. "We are rolling out the first jet," '
            "enthused Scott Danvers."
        ],
        "en",
        {"Kenji Tanaka": "person", "Scott Danvers": "person"},
    )
    speakers = dict((text[:10], speaker) for speaker, text in run(doc))
    assert speakers == {"We plan to": "Kenji Tanaka", "We are rol": "Scott Danvers"}


# --- describing verbs and closing remarks ---------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'The new tablet was praised by Mary Cole as " the best device we have built in years. "',
        'Mary Cole called the new software " the most complete system of its kind in the world. "',
        'Mary Cole described the deal as "a turning point for everyone who works here."',
        # what is described may be any phrase, the quotation short, opened by an article
        'Cole described Amir as an "original thinker," as well as a liar.',
        'Mary Cole calls extending the alliance into the east "a wrong turn."',
    ],
)
def test_a_describing_verb_names_who_is_quoted(paragraph):
    doc = make_doc(["The launch drew a crowd.", paragraph], "en", {"Mary Cole": "person"})
    assert [speaker for speaker, _ in run(doc)] == ["Mary Cole"]


def test_a_describing_verb_after_a_common_noun_names_no_speaker():
    doc = make_doc(['The launch drew a crowd. The company called the plan "reckless".'], "en")
    assert [speaker for speaker, _ in run(doc) if speaker] == []


def test_a_closing_remark_verb_with_its_enclitic():
    doc = make_doc(
        [
            "Rina Wati menambahkan, pelabuhan itu terus dikembangkan.",
            '"Targetnya sudah ada, tapi belum bisa kami umumkan sekarang," tutupnya.',
        ],
        "id",
        {"Rina Wati": "person"},
    )
    assert run(doc) == [("Rina Wati", "Targetnya sudah ada, tapi belum bisa kami umumkan sekarang")]


def test_a_name_glued_inside_a_word_is_no_speaker():
    doc = make_doc(
        [
            '"Silakan sampaikan aspirasi dengan tertib dan aman," ujar salah satu petugas melalui '
            "pengeras suara, seperti dalam keterangan yang diterimadetikSukamaju."
        ],
        "id",
    )
    assert [speaker for speaker, _ in run(doc)] == ["petugas"]  # described; "Sukamaju" never


@pytest.mark.parametrize(
    ("code", "paragraph", "speaker"),
    [
        (
            "en",
            '"We are worried and closely watching the market," said a Sukamaju parts supplier.',
            "Sukamaju parts supplier",
        ),
        (
            "id",
            '"Silakan sampaikan aspirasi dengan tertib dan aman," ujar salah satu petugas '
            "negosiator melalui pengeras suara.",
            "petugas negosiator",
        ),
    ],
)
def test_a_speaker_described_not_named(code, paragraph, speaker):
    doc = make_doc(["The text opens here.", paragraph], code)
    assert [s for s, _ in run(doc)] == [speaker]


@pytest.mark.parametrize(
    "tag",
    [
        "demikian keterangan Polri yang dikutip, Jumat (17/10/2025).",
        "demikian laporan tertulis Polri, Jumat (17/10/2025).",
    ],
)
def test_a_statement_closed_by_whose_statement_it_is(tag):
    doc = make_doc(
        [
            "Polri membangun dapur.",
            f'"Sebanyak 73 dapur sudah beroperasi di Jawa Tengah," {tag}',
        ],
        "id",
        {"Polri": "organization"},
    )
    assert [s for s, _ in run(doc)] == ["Polri"]


@pytest.mark.parametrize(
    ("code", "paragraph", "speaker", "text"),
    [
        (
            "id",
            '"Kami siap bekerja sama," Budi Santoso memposting di akun media sosialnya.',
            "Budi Santoso",
            "Kami siap bekerja sama",
        ),
        (
            "en",
            'Dana Reyes spoke about the outage: "We are still checking the logs."',
            "Dana Reyes",
            "We are still checking the logs.",
        ),
    ],
)
def test_posts_and_talks_report_speech(code, paragraph, speaker, text):
    doc = make_doc([paragraph], code, {speaker: "person"})
    assert run(doc) == [(speaker, text)]


@pytest.mark.parametrize("verb", ["urainya", "usulnya", "keluhnya", "kenangnya"])
def test_more_bare_speech_verbs_with_the_enclitic_name_the_last_speaker(verb):
    doc = make_doc(
        ["Budi Santoso hadir di rapat itu.", f'"Kami akan terus memantau harga," {verb}.'],
        "id",
        {"Budi Santoso": "person"},
    )
    assert run(doc) == [("Budi Santoso", "Kami akan terus memantau harga")]


def test_a_speaker_s_apposition_between_the_quotation_and_the_verb():
    doc = make_doc(
        ['"Hiring remains soft," Dana Reyes, chief economist at Kestrel Bank, said.'],
        "en",
        {"Dana Reyes": "person", "Kestrel Bank": "organization"},
    )
    assert run(doc) == [("Dana Reyes", "Hiring remains soft")]
    # no person before the verb: no speaker guessed after it
    doc = make_doc(['"Hiring remains soft," the bank, which lost money, said on Monday.'], "en")
    assert [speaker for speaker, _ in run(doc)] in ([], [None])


def test_a_long_title_phrase_between_the_quotation_and_the_speaker_s_name():
    doc = make_doc(
        [
            "Mayor Tom Harlan opened the session.",
            '"The harbour stays shut," Friends of the Coast executive director Nora Blake said. '
            '"We will not stop," angry local delegate Paul Miller said.',
        ],
        "en",
        {
            "Tom Harlan": "person",
            "Friends of the Coast": "organization",
            "Nora Blake": "person",
            "Paul Miller": "person",
        },
    )
    assert run(doc) == [
        ("Nora Blake", "The harbour stays shut"),
        ("Paul Miller", "We will not stop"),
    ]
    # the name is not right before the verb: no speaker is taken from so far away
    doc = make_doc(
        ['"The harbour stays shut," Nora Blake of the coast group and her many friends said.'],
        "en",
        {"Nora Blake": "person"},
    )
    assert [speaker for speaker, _ in run(doc)] != ["Nora Blake"]


def test_a_name_right_after_the_verb_comes_before_an_organization_named_later():
    doc = make_doc(
        ['"Berkas itu segera kami limpahkan," ujar Wiranegara di gedung utama Kejagung, Senin.'],
        "id",
        {"Kejagung": "organization"},
    )
    assert run(doc) == [("Wiranegara", "Berkas itu segera kami limpahkan")]


def test_a_speech_verb_after_the_quotation_and_a_conjunction_shares_the_sentence_s_subject():
    doc = make_doc(
        [
            "President Tom Harlan today denounced the “ruinous policies of war and plunder,” and "
            "said the Republic of Orvania is “striking a blow for the principle of the law.”"
        ],
        "en",
        {"Tom Harlan": "person", "Republic of Orvania": "country"},
    )
    assert [speaker for speaker, _ in run(doc)] == ["Tom Harlan", "Tom Harlan"]


def test_a_quotation_after_a_company_s_stop_opens_a_sentence_of_the_same_speaker():
    doc = make_doc(
        [
            '"The bar is full," said Tom Harlan, an analyst with Orvex Corp. "It is going to get '
            'bloody." He left with Dana Reyes of Kestrel Co. at noon.'
        ],
        "en",
        {"Tom Harlan": "person", "Dana Reyes": "person"},
    )
    assert [s.text for s in doc.sentences][1].startswith('"It is going')
    assert len(doc.sentences) == 3  # ("Co. at noon": no quotation, no new sentence)
    assert run(doc) == [
        ("Tom Harlan", "The bar is full"),
        ("Tom Harlan", "It is going to get bloody."),
    ]


def test_a_few_quoted_words_inside_a_sentence_whose_subject_speaks_are_a_quotation():
    doc = make_doc(
        [
            'Tom Harlan says the competition "broadens the base for us." Dana Reyes said the '
            '"reform plan" failed.'
        ],
        "en",
        {"Tom Harlan": "person", "Dana Reyes": "person"},
    )
    assert run(doc) == [("Tom Harlan", "broadens the base for us.")]


def test_a_quotation_left_open_at_a_paragraph_s_end_goes_on_in_the_next():
    doc = make_doc(
        [
            'In 1995, Tom Harlan said of the crossing: "We estimated it would take 100 days.',
            '"There was a great feeling of relief from everyone.',
            '"We were pleased that the news got home."',
            '"That is a new quotation of nobody named here, long enough to stand."',
        ],
        "en",
        {"Tom Harlan": "person"},
    )
    got = run(doc)
    assert got[0] == (
        "Tom Harlan",
        "We estimated it would take 100 days. There was a great feeling of relief from everyone. "
        "We were pleased that the news got home.",
    )
    assert doc.quotes[0].sentences == ["s1", "s2", "s3"]
    assert len(got) == 2  # (a closed quotation is no longer open: the next one stands apart)


@pytest.mark.parametrize(
    ("paragraphs", "code", "people", "speaker"),
    [
        (
            ['Orvex Corp. reported a profit. "We will grow next year," the company said.'],
            "en",
            {"Orvex Corp": "organization"},
            "Orvex Corp",
        ),
        (
            [
                "PT Sinar Maju mencatat laba. "
                '"Kami akan terus tumbuh tahun depan," tulis perseroan dalam keterangannya.'
            ],
            "id",
            {"PT Sinar Maju": "organization"},
            "PT Sinar Maju",
        ),
        (
            [
                "Orvex Corp. reported a profit. "
                '"We invested $8bn in the venture in 2003," the oil giant said.'
            ],
            "en",
            {"Orvex Corp": "organization"},
            "Orvex Corp",
        ),
        (
            ['Orvex Corp. reported a profit. It said it "expected to return the money to owners".'],
            "en",
            {"Orvex Corp": "organization"},
            "Orvex Corp",
        ),
        # a named organization speaks for itself, not for the one before
        (
            [
                "Orvex Corp. reported a profit. "
                'The State Department says the deal will "bring the two markets closer".'
            ],
            "en",
            {"Orvex Corp": "organization", "State Department": "organization"},
            "State Department",
        ),
        # its spokesman, named, speaks; so does its chief executive
        (
            [
                "Orvex Corp. reported a profit. "
                '"We will grow next year," said the company spokesman, Dana Reyes.'
            ],
            "en",
            {"Orvex Corp": "organization", "Dana Reyes": "person"},
            "Dana Reyes",
        ),
    ],
)
def test_a_noun_of_an_organization_s_kind_speaks_for_the_organization_named_before(
    paragraphs, code, people, speaker
):
    doc = make_doc(paragraphs, code, people)
    assert [s for s, _ in run(doc)] == [speaker]


def test_a_quotation_after_a_participle_and_another_quotation_is_the_sentence_subject_s():
    doc = make_doc(
        [
            'Tom Varga called the deal "a return home," saying: "It has been our destiny to '
            'rejoin those who share our values."'
        ],
        "en",
        {"Tom Varga": "person"},
    )
    assert [speaker for speaker, _text in run(doc)] == ["Tom Varga", "Tom Varga"]


def test_a_quotation_after_a_sentence_opening_verb_is_the_named_speaker_s():
    doc = make_doc(
        [
            'Says Tom Varga, chief investment officer of Kestrel Bank: "It is a time bomb just '
            'waiting to go off."'
        ],
        "en",
        {"Tom Varga": "person", "Kestrel Bank": "organization"},
    )
    assert run(doc) == [("Tom Varga", "It is a time bomb just waiting to go off.")]


@pytest.mark.parametrize(
    ("closing", "speaker"),
    [
        # a person described and pointed back to is the person spoken of
        ("ujar pria kelahiran Jawa Tengah ini.", "Rina Wati"),
        ("tegas mantan Ketua Dewan Pakar Partai Karsa tersebut.", "Rina Wati"),
        # a document, a source, a resident: no one named before
        ("tulis dokumen tersebut.", None),
        ("kata sumber itu.", None),
    ],
)
def test_a_speaker_described_and_pointed_back_to(closing, speaker):
    doc = make_doc(
        [
            "Menurut Rina Wati, skema itu sangat mungkin dilakukan.",
            f'"Pertama jumlah muridnya akan ditentukan, lalu dapurnya distandarkan," {closing}',
        ],
        "id",
        {"Rina Wati": "person", "Jawa Tengah": "place"},
    )
    assert [s for s, _ in run(doc)][-1] == speaker


@pytest.mark.parametrize(
    ("code", "paragraph", "speaker"),
    [
        # the stops inside a short form are part of the description
        (
            "en",
            '"It was definitely a bomb," said a U.S. Embassy official in Nairobi.',
            "U.S. Embassy official",
        ),
        # a description, then the name: the person named speaks
        (
            "en",
            '"The offensive is progressing well," said a buoyant Gen. Tom Harlan, commander '
            "of the forces.",
            "Tom Harlan",
        ),
        (
            "id",
            '"Saya merasa tidak bisa berdiam diri di rumah," ujar seorang lansia, Rina Wati '
            "(69), kepada wartawan.",
            "Rina Wati",
        ),
        # a date after the verb is no name
        ("en", '"He was told the handwriting was on the wall," the source said Monday.', None),
    ],
)
def test_a_described_speaker_a_name_after_the_description_and_no_date(code, paragraph, speaker):
    doc = make_doc(
        ["The text opens here.", paragraph], code, {"Tom Harlan": "person", "Rina Wati": "person"}
    )
    doc.published = "1991-06-12"
    find_dates(doc, load(code))  # (the dates stage runs before this one)
    assert [s for s, _ in run(doc)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a conjunction opening the subject is no part of it
        ('And Harlan said it was "a great day for Kestrel and for the world."', "Tom Harlan"),
        # a clause before the verb names no speaker
        ('Two men carried a banner that said "Please keep the boy in the United States."', None),
        (
            "In the filing, Orvex discloses the forecasts but says it views the rate "
            '"as a hoped-for goal of the company and not as a realistic basis for a forecast."',
            None,
        ),
    ],
)
def test_a_conjunction_opens_no_speaker_and_a_clause_is_none(paragraph, speaker):
    doc = make_doc(["Tom Harlan met the envoys.", paragraph], "en", {"Tom Harlan": "person"})
    assert [s for s, _ in run(doc)][-1:] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"We have heard nothing," an Orvex spokesman said.', "Orvex spokesman"),
        ('"It is possible, but highly unlikely," a company spokesman said.', "company spokesman"),
        # the organization itself still speaks for itself
        ('"We have heard nothing," Orvex Corp said.', "Orvex Corp"),
    ],
)
def test_a_person_described_by_what_they_are_speaks_not_the_organization_in_it(paragraph, speaker):
    doc = make_doc(
        ["Orvex Corp said it will cut jobs.", paragraph], "en", {"Orvex Corp": "organization"}
    )
    assert [s for s, _ in run(doc)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the subject of the sentence before speaks on in the quotation after it
        (
            "Mr. Harlan said restructuring would be a matter of strategy. \"We don't need the "
            'cash."',
            "Tom Harlan",
        ),
        # ... named with an apposition, opening the sentence
        (
            "Tom Harlan, chief market economist at Orvex Partners, commented on the market. "
            '"What we have seen here was one big margin call."',
            "Tom Harlan",
        ),
        # ... not a name inside a clause before the verb
        (
            "The men came in after the victim, Rina Wati, had finished her cleaning, detectives "
            'said. "It looks as though they panicked and ran away."',
            None,
        ),
    ],
)
def test_a_quotation_after_a_reported_statement_is_its_speaker_s(paragraph, speaker):
    doc = make_doc(
        ["Orvex posted a loss.", paragraph],
        "en",
        {"Tom Harlan": "person", "Rina Wati": "person"},
    )
    assert [s for s, _ in run(doc)] == [speaker]


@pytest.mark.parametrize("verb", ["saran", "sindir", "imbaunya"])
def test_suggesting_quipping_and_appealing_report_speech_after_the_quotation(verb):
    doc = make_doc(
        ["Budi Santoso hadir di sana.", f'"Pemerintah perlu segera bertindak," {verb} Santoso.'],
        "id",
        {"Budi Santoso": "person"},
    )
    assert [s for s, _ in run(doc)] == ["Budi Santoso"]


def test_a_mark_opening_after_a_stop_inside_a_quotation_opens_the_next_part_of_it():
    # two paragraphs of a quotation joined into one: the first part is left open (press
    # convention) and the mark after its stop opens the second, the same speaker's
    doc = make_doc(
        [
            'Rina Wati told researchers: "Lots of people say it is like a club. "I have always '
            'said it feels more like a school." Tom Harlan said he was shocked.'
        ],
        "en",
        {"Rina Wati": "person", "Tom Harlan": "person"},
    )
    assert run(doc) == [
        ("Rina Wati", "Lots of people say it is like a club."),
        ("Rina Wati", "I have always said it feels more like a school."),
    ]


@pytest.mark.parametrize("subject", ["I've always", "We would", "You"])
def test_a_first_or_second_person_before_a_speech_verb_is_no_speaker(subject):
    doc = make_doc(
        [f'{subject} said: "Nobody can stop a plan that is already this far along."'], "en"
    )
    assert [s for s, _ in run(doc)] in ([], [None])


def test_a_name_then_an_apposition_with_a_quoted_term_is_the_speaker():
    doc = make_doc(
        [
            'Rina Wati, one of the so-called "Class of 97" elected that year, told researchers: '
            '"I remember how the older members laughed whenever one of us stood up."'
        ],
        "en",
        {"Rina Wati": "person"},
    )
    assert run(doc)[-1][0] == "Rina Wati"


def test_a_described_subject_of_a_speech_verb_is_who_a_later_enclitic_points_to():
    doc = make_doc(
        [
            "Seorang pejabat senior kementerian mengatakan kepada wartawan pada Jumat, rencana "
            'itu masih dikaji. "Ya, kami sedang memikirkannya," ujarnya singkat. Rina Wati '
            "hadir di sana."
        ],
        "id",
        {"Rina Wati": "person"},
    )
    assert run(doc) == [("pejabat senior kementerian", "Ya, kami sedang memikirkannya")]


def test_according_to_a_name_with_dotted_initials_reads_past_their_stops():
    doc = make_doc(
        [
            "He faces charges of “knowingly developing and possessing a biological agent for use "
            "as a weapon,” according to the U.S. Orvex Office in Oxford."
        ],
        "en",
    )
    assert run(doc)[0][0] not in (None, "U")


def test_a_speech_verb_after_a_long_name_and_its_organization_still_names_the_speaker():
    doc = make_doc(
        [
            '"This is the community pushing back," Tom Olaf Harlanson of Orvex told reporters in '
            "March."
        ],
        "en",
        {"Tom Olaf Harlanson": "person"},
    )
    assert run(doc)[0][0] == "Tom Olaf Harlanson"


def test_the_noun_of_a_role_points_back_to_the_person_named_with_it():
    doc = make_doc(
        [
            "Dana Reyes, a paramedic, told the panel about the scene. Tom Harlan listened.",
            '"He was pale, he was sweaty," the paramedic said of Harlan.',
        ],
        "en",
        {"Dana Reyes": "person", "Tom Harlan": "person"},
    )
    doc.actors[0].role = "paramedic"
    assert run(doc) == [("Dana Reyes", "He was pale, he was sweaty")]


def test_an_article_and_common_words_before_a_speech_verb_name_no_speaker():
    doc = make_doc(
        [
            "The ministry detained the man on Friday.",
            '"He even gave interviews from there to many outlets," The statement said.',
        ],
        "en",
    )
    assert [s for s, _ in run(doc)] in ([], [None])


def test_a_person_of_an_organization_describing_something_is_the_speaker(tmp_path):
    doc = _pipeline(
        tmp_path,
        'Aviation analyst Joost Van den Berk of Orvex Capital described the results as "pretty '
        'modest". Talmont Bank described them as "weak".',
        "en",
    )
    found = [(q.speaker, q.text) for q in doc.quotes]
    assert found == [("Joost Van den Berk", "pretty modest"), ("Talmont Bank", "weak")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a paraphrase by the speaker, then the quotation as a paragraph of its own
        [
            "Saksi Dedi Hartono mengatakan bahwa pelaku sering marah jika ditolak.",
            '"Kami enggak ngasih, dia mintanya maksa tapi malah ngamuk di pasar."',
        ],
        # a lead-in closing the paragraph before
        [
            "Pelaku diduga memeras pedagang. Dedi Hartono menambahkan,",
            '"Pelaku meminta uang dengan ancaman sambil membawa senjata tajam."',
        ],
        # an attribution opening its own sentence with a capital after an exclamation
        ['"Warga akan menggelar aksi unjuk rasa kedua bulan depan!" Ungkap Dedi Hartono.'],
    ],
)
def test_a_quotation_takes_its_speaker_from_a_lead_in_or_a_capitalised_tag(paragraphs):
    doc = make_doc(
        ["Warga berkumpul di balai desa.", *paragraphs], "id", {"Dedi Hartono": "person"}
    )
    assert [speaker for speaker, _ in run(doc)] == ["Dedi Hartono"]


def test_an_exclamation_then_a_sentence_without_a_verb_of_saying_is_unattributed():
    doc = make_doc(
        ['"Warga akan menggelar aksi unjuk rasa kedua bulan depan!" Dedi Hartono lalu pergi.'],
        "id",
        {"Dedi Hartono": "person"},
    )
    assert [speaker for speaker, _ in run(doc)] == [None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a closing remark ("tuntas X") and an appeal owned by its body ("demikian imbauan X")
        (
            '"Subsidi bukan hanya untuk warga miskin, tapi juga untuk yang butuh rumah," tuntas '
            "Hartono.",
            "Dedi Hartono",
        ),
        (
            '"Jangan beri kesempatan penipu untuk memancing datamu," demikian imbauan Bank '
            "Kestrel.",
            "Bank Kestrel",
        ),
    ],
)
def test_a_closing_remark_and_an_appeal_name_their_speaker(paragraph, speaker):
    people = {"Dedi Hartono": "person", "Bank Kestrel": "organization"}
    doc = make_doc(["Dedi Hartono hadir di acara itu.", paragraph], "id", people)
    assert [who for who, _ in run(doc)] == [speaker]


def test_one_said_to_have_stressed_a_point_is_not_who_speaks_next():
    # "X disebut menekankan": the speaker reports X; the next "pungkas dia" is the speaker's
    doc = make_doc(
        [
            "Dedi Hartono bertemu Wiratmo Hadi di Istana.",
            '"Pertemuan itu membahas stabilitas politik nasional," ujar Dedi Hartono.',
            "Wiratmo Hadi juga disebut menekankan pentingnya kerja sama lintas kementerian.",
            '"Pemerintah bertekad menjaga arah kebijakan ekonomi tetap stabil," pungkas dia.',
        ],
        "id",
        {"Dedi Hartono": "person", "Wiratmo Hadi": "person"},
    )
    assert [speaker for speaker, _ in run(doc)] == ["Dedi Hartono", "Dedi Hartono"]


def test_a_speaker_who_highlights_a_point_is_who_speaks_next():
    doc = make_doc(
        [
            '"Sejarah tidak boleh dilupakan oleh generasi muda," kata Wiratmo Hadi.',
            "Dedi Hartono juga menyoroti pola pikir lama yang masih bertahan.",
            '"Jadi tidak ada alasan untuk melupakan sejarah itu," imbuh dia.',
        ],
        "id",
        {"Dedi Hartono": "person", "Wiratmo Hadi": "person"},
    )
    assert [speaker for speaker, _ in run(doc)] == ["Wiratmo Hadi", "Dedi Hartono"]


def test_a_description_pointing_back_may_hold_a_number():
    doc = make_doc(
        [
            "Dedi Hartono mengatakan, kebakaran terjadi setelah istrinya pergi.",
            '"Waktu itu rumah dalam keadaan kosong dan semuanya habis," kata pria berusia 51 '
            "tahun itu.",
        ],
        "id",
        {"Dedi Hartono": "person"},
    )
    assert [speaker for speaker, _ in run(doc)] == ["Dedi Hartono"]
