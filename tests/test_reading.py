"""generator/reading.py: bytes to clean text blocks, whatever a seed file holds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from generator.reading import MAX_BYTES, SeedError, decode, read_bytes, read_seed

BODY = "Rapat anggaran digelar di Jakarta pada Senin. Para menteri membahas subsidi energi.\n"


def read(tmp_path: Path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return read_seed(path)


def refused(tmp_path: Path, name: str, content: str | bytes) -> str:
    with pytest.raises(SeedError) as info:
        read(tmp_path, name, content)
    message = str(info.value)
    assert "\n" not in message, "an error is one line"
    assert message.startswith(str(tmp_path / name) + ": "), "an error names the file"
    return info.value.reason


# --- bytes --------------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", "\ufeff\u200b \n".encode()])
def test_empty_or_whitespace_only_is_refused(tmp_path, content):
    assert "empty" in refused(tmp_path, "blank.txt", content)


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        b"PK\x03\x04" + bytes(range(1, 32)) * 40,  # control bytes but no NUL
    ],
)
def test_binary_is_refused(tmp_path, content):
    assert "binary" in refused(tmp_path, "image.md", content)


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    text = "Président Núñez a dit “bonjour” – ça coûte 5 €.\n"
    source = read(tmp_path, "legacy.txt", text.encode("cp1252"))
    assert source.blocks[0].text == text.strip()
    assert any("cp1252" in w for w in source.warnings)


def test_latin1_is_decoded_with_a_warning(tmp_path):
    text = "Ça coûte cher, déclare le maître d'hôtel à Zürich; ½ prix pour l'élève.\n"
    source = read(tmp_path, "latin.txt", text.encode("latin-1"))
    assert source.blocks[0].text == text.strip()
    assert any("not valid UTF-8" in w for w in source.warnings)


def test_another_scripts_encoding_is_recognised(tmp_path):
    text = "Президент провёл совещание в Москве по вопросам энергетики и бюджета страны.\n"
    source = read(tmp_path, "ru.txt", text.encode("cp1251"))
    assert source.blocks[0].text == text.strip()


def test_utf8_bom_is_dropped(tmp_path):
    source = read(tmp_path, "bom.md", b"\xef\xbb\xbf# Judul\n\n" + BODY.encode())
    assert source.meta["title"] == "Judul"
    assert "\ufeff" not in "".join(b.text for b in source.blocks)


def test_utf16_with_bom_is_decoded(tmp_path):
    source = read(tmp_path, "wide.txt", BODY.encode("utf-16"))
    assert source.blocks[0].text == BODY.strip()


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\x85", "\u2028"])
def test_every_line_end_splits_lines(tmp_path, newline):
    text = newline.join(["Baris pertama.", "Baris kedua.", "Baris ketiga."])
    source = read(tmp_path, "lines.txt", text)
    assert [b.text for b in source.blocks] == ["Baris pertama.", "Baris kedua.", "Baris ketiga."]


def test_front_matter_after_crlf_and_bom(tmp_path):
    raw = "\ufeff---\r\ntitle: Judul\r\n---\r\n".encode() + BODY.encode()
    assert read(tmp_path, "fm.md", raw).meta["title"] == "Judul"


def test_mojibake_is_repaired(tmp_path):
    broken = "Président à côté".encode().decode("cp1252")
    source = read(tmp_path, "moji.txt", broken + " et la suite.\n")
    assert source.blocks[0].text.startswith("Président à côté")
    assert any("mojibake" in w for w in source.warnings)


def test_control_characters_become_spaces():
    text, _ = decode(b"Satu\x07dua\x1btiga.\n", "x.txt")
    assert text == "Satu dua tiga.\n"


# --- size ---------------------------------------------------------------------------------------


@pytest.mark.timeout(120)
def test_five_megabyte_article_is_read(tmp_path):
    paragraph = "Kalimat ke-{} tentang anggaran dan subsidi energi di Jakarta. " * 4
    text = "\n\n".join(paragraph.format(*(i,) * 4) for i in range(20_000))
    assert len(text) > 5_000_000
    source = read(tmp_path, "big.md", text)
    assert len(source.blocks) == 20_000


@pytest.mark.timeout(60)
def test_single_200k_character_line_is_read(tmp_path):
    line = ("kata " * 40_000).strip() + "."
    source = read(tmp_path, "line.txt", line)
    assert source.blocks[0].text == line


def test_oversized_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES * 4)  # sparse: costs no disk
        fh.seek(0)
        fh.write(BODY.encode())
    with pytest.raises(SeedError, match=r"too large \(32\.0 MB"):
        read_seed(path)


# --- front matter -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("title: [unclosed\n", "malformed front matter at line 3"),
        ("title: a\ntitle2: b: c\n", "malformed front matter"),
        ("- a\n- b\n", "must be a mapping, not list"),
        ("just words\n", "must be a mapping, not str"),
        ("? [a, b]\n: c\n", "malformed front matter"),
    ],
)
def test_malformed_front_matter_is_refused(tmp_path, front, reason):
    assert reason in refused(tmp_path, "fm.md", f"---\n{front}---\n{BODY}")


def test_front_matter_values_are_one_line_text(tmp_path):
    front = (
        "title: 'Judul: dengan #tanda & \"kutip\"'\n"
        "Source: Koran Kita\n"
        "published: 2024-03-05\n"
        "tags: ['energi', 'subsidi, anggaran', 7]\n"
        "unknown: x\n"
    )
    source = read(tmp_path, "fm.md", f"---\n{front}---\n{BODY}")
    assert source.meta == {
        "title": 'Judul: dengan #tanda & "kutip"',
        "outlet": "Koran Kita",
        "published": "2024-03-05",
        "tags": ["energi", "subsidi", "anggaran", "7"],
    }
    assert any("'unknown' is not used" in w for w in source.warnings)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>x</script>", "//evil.example", "ftp://x"]
)
def test_front_matter_url_must_be_http(tmp_path, url):
    source = read(tmp_path, "fm.md", f"---\nurl: '{url}'\n---\n{BODY}")
    assert "url" not in source.meta
    assert any("not an http(s) address" in w for w in source.warnings)


def test_front_matter_language_must_be_a_code(tmp_path):
    source = read(tmp_path, "fm.md", f"---\nlanguage: ../../etc/passwd\n---\n{BODY}")
    assert "language" not in source.meta


def test_front_matter_alias_bomb_is_refused_cheaply(tmp_path):
    # Each level doubles: str() of the title would be 2**40 items long.
    levels = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 41)]
    front = "\n".join([*levels, "title: *a40", "tags: *a40"]) + "\n"
    source = read(tmp_path, "bomb.md", f"---\n{front}---\n{BODY}")
    assert "title" not in source.meta and "tags" not in source.meta


def test_front_matter_without_body_is_refused(tmp_path):
    assert "no article text" in refused(tmp_path, "only.md", "---\ntitle: Judul\n---\n")


# --- formats ------------------------------------------------------------------------------------


def test_markdown_markup_is_not_article_text(tmp_path):
    md = (
        "# Judul\n\n<script>window.__pwned = 1</script>\n\n"
        "Teks <img src=x onerror=alert(1)> biasa <!-- komentar --> di sini.\n"
    )
    source = read(tmp_path, "m.md", md)
    text = " ".join(b.text for b in source.blocks)
    assert "script" not in text and "onerror" not in text and "komentar" not in text
    assert "Teks biasa di sini." in " ".join(text.split())


def test_plain_text_keeps_markup_as_text(tmp_path):
    source = read(tmp_path, "t.txt", "Teks <script>alert(1)</script> {{ 7*7 }} biasa.\n")
    assert source.blocks[0].text == "Teks <script>alert(1)</script> {{ 7*7 }} biasa."


def test_html_scripts_and_javascript_urls_are_dropped(tmp_path):
    html = (
        "<html><head><title>Judul</title>"
        '<link rel="canonical" href="javascript:alert(1)"></head><body><article>'
        "<p>Paragraf pertama yang panjang tentang rapat anggaran di Jakarta."
        "<script>window.__pwned = 1</script></p>"
        "<p>Paragraf kedua juga panjang tentang subsidi energi bagi rakyat.</p>"
        "</article></body></html>"
    )
    source = read(tmp_path, "page.html", html)
    text = " ".join(b.text for b in source.blocks)
    assert "__pwned" not in text and "Paragraf kedua" in text
    assert "url" not in source.meta


def test_deeply_nested_markdown_is_read(tmp_path):
    source = read(tmp_path, "deep.md", "> " * 5000 + "teks\n\n" + "[" * 20000 + "\n\n" + BODY)
    assert any("Rapat anggaran" in b.text for b in source.blocks)


# --- files --------------------------------------------------------------------------------------


def test_unsupported_suffix_is_refused(tmp_path):
    assert "unsupported file type '.pdf'" in refused(tmp_path, "doc.pdf", BODY)


@pytest.mark.parametrize(
    "name", ["nama dengan spasi.txt", "berita-ñandú-çà.txt", ".tersembunyi.txt"]
)
def test_unusual_file_names_are_read(tmp_path, name):
    assert read(tmp_path, name, BODY).blocks[0].text == BODY.strip()


def test_directory_and_fifo_are_refused(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(SeedError, match="is a directory"):
        read_seed(tmp_path / "folder.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(SeedError, match="not a regular file"):
        read_seed(tmp_path / "pipe.txt")


def test_read_bytes_hash_is_of_the_raw_bytes():
    import hashlib

    raw = BODY.encode("utf-16")
    assert read_bytes(raw, "x.txt", "txt").sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    "text",
    [
        "Plain first line.\nThe minister said: \u00e2\u20ac\u0153we will act\u00e2\u20ac\u009d.\n"
        "Last line.\n",
        "Caf\u00c3\u00a9 owners met.\nTom &amp; Jerry &lt;3 the show.\nSaf\u00c3\u00a9 again\n",
        "A <b>tag</b> here.\nCaf\u00c3\u00a9 &amp; bar.\n",
        "Only ASCII lines\nwithout any mojibake at all\n",
    ],
)
def test_mojibake_is_repaired_line_by_line_as_ftfy_repairs_the_whole_text(text):
    import ftfy

    from generator.reading import FTFY_OPTIONS, _ftfy_lines

    whole = ftfy.fix_text(text, **{**FTFY_OPTIONS, "normalization": "NFC"})
    assert _ftfy_lines(text) == whole


@pytest.mark.parametrize(
    "meta",
    [
        {"title": {"\x1f\uff3c": None}, "\u00c2\u00a0": None},  # a fullwidth backslash, mojibake
        {"title": "Caf\u00c3\u00a9 owners&#58; a meeting"},  # an entity that would be a colon
    ],
)
def test_mojibake_repair_adds_no_yaml_syntax_to_the_front_matter(tmp_path, meta):
    head = yaml.safe_dump(meta, allow_unicode=True)
    source = read(tmp_path, "seed.md", f"---\n{head}---\nThe vote will wait.\n")
    assert source.blocks[-1].text == "The vote will wait."


def test_typewriter_quotation_marks_are_read_as_quotation_marks(tmp_path):
    text = "``We will not give up,'' the mayor said. Her aide called it ``a long road.''\n"
    source = read(tmp_path, "wire.txt", text)
    assert source.blocks[0].text == (
        "“We will not give up,” the mayor said. Her aide called it “a long road.”"
    )
    # Markdown's `` opens code; a '' alone is left as it is
    assert "“" not in read(tmp_path, "code.md", "Use ``x`` and ''y'' here.\n").blocks[0].text
    assert read(tmp_path, "plain.txt", "It''s odd.\n").blocks[0].text == "It''s odd."


def test_mojibake_of_letters_beyond_latin_1_is_repaired(tmp_path):
    # transliterations and scripts whose UTF-8 was read as Latin-1: "Ä\x81" for "ā", "Å¼" for
    # "ż", "á¸¥" for "ḥ", "Ù\x8a" for an Arabic letter
    clean = "Ayat itu dibaca: walyumlilillażī 'alaihil-ḥaqqu kamā يَأَيُّهَا."
    source = read(tmp_path, "ayat.txt", clean.encode("utf-8").decode("latin-1") + "\n")
    assert source.blocks[0].text == clean
    assert any("mojibake" in w for w in source.warnings)
    # text that merely holds such letters, correctly written, is left as it is
    assert read(tmp_path, "ok.txt", "Café » Ärger über Élan.\n").blocks[0].text == (
        "Café » Ärger über Élan."
    )


def test_a_line_ftfy_would_turn_into_a_control_character_stays_as_written(tmp_path):
    # "CafÃ©" is mojibake of "Café"; "¬ç" is none, and ftfy's "fix" of it is the control
    # character U+008D, which YAML refuses: that line stays as written
    from generator.reading import _ftfy_lines

    raw = "---\ntitle: Caf\u00c3\u00a9 owners\nnote: \u00ac\u00e7\n---\nBody text here.\n"
    assert _ftfy_lines(raw) == raw.replace("Caf\u00c3\u00a9", "Caf\u00e9")
    assert read(tmp_path, "odd.md", raw).meta["title"] == "Caf\u00e9 owners"


@pytest.mark.parametrize("mark", ["\u0331", "\u00cc\u00b1", "\u0327"])  # "\u00cc\u00b1": mojibake
@pytest.mark.parametrize("escape", ["\\n", "\\x4C", "\\u004C", "\\U0001F30C"])
def test_a_combining_mark_after_a_yaml_escape_keeps_the_escape(mark, escape):
    raw = f'---\ntitle: "Banjir{escape}{mark}Sukamaju"\n---\nBanjir melanda Sukamaju.\n'.encode()
    seed = read_bytes(raw, "a.md", "md")
    assert seed.meta["title"].startswith("Banjir")


@pytest.mark.parametrize("char", ["\u1fef", "\u037e", "\u212a"])
def test_a_character_nfc_would_turn_into_ascii_stays_as_written(char):
    # U+1FEF becomes "`" under NFC, which cannot start a YAML value
    raw = f"---\ntitle: {char}\n---\nBanjir melanda Sukamaju.\n".encode()
    seed = read_bytes(raw, "a.md", "md")
    assert seed.meta["title"] == char


def test_a_line_broken_after_a_name_s_initial_is_one_paragraph():
    source = read_bytes(
        b"Judul\n\nRUPST memberhentikan Rina Wati, Dana P.\nReyes, dan Budi dari posisi Direktur.\n"
        b"Ia masuk golongan A.\nBerita lain.\n",
        "a.txt",
        "txt",
    )
    assert [b.text for b in source.blocks] == [
        "Judul",
        "RUPST memberhentikan Rina Wati, Dana P. Reyes, dan Budi dari posisi Direktur.",
        "Ia masuk golongan A.",
        "Berita lain.",
    ]
