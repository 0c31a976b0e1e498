"""The site's language setting (mkdocs.yml theme.locale) decides the briefings' labels."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

from generator.settings import site_language

ARTICLE = (
    "Menteri Keuangan Sri Mulyani menyatakan anggaran akan naik tahun depan.\n"
    '"Kami akan menjaga defisit tetap rendah," katanya.\n'
)


def set_locale(root: Path, locale: str) -> None:
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    lines = [
        f"  locale: {locale}" if line.startswith("  locale:") else line
        for line in text.splitlines()
    ]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_site_language_is_read_from_the_theme_locale(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: x\ntheme:\n  name: null\n  locale: id_ID\n"
        "extra:\n  secret: !ENV [SOME_VAR, fallback]\n",
        encoding="utf-8",
    )
    assert site_language(config) == "id"
    config.write_text("theme:\n  locale: fr\n", encoding="utf-8")
    assert site_language(config) is None  # no labels for it: each briefing keeps its own
    assert site_language(tmp_path / "missing.yml") is None


def test_labels_follow_the_site_language_and_a_change_makes_briefings_stale(project):
    root = project({"anggaran.txt": ARTICLE})
    set_locale(root, "en")
    run_cli("generate", cwd=root, check=True)
    text = next((root / "briefings").glob("*.md")).read_text(encoding="utf-8")
    assert "## Open questions" in text and "## Pertanyaan terbuka" not in text
    assert run_cli("check", cwd=root).returncode == 0

    set_locale(root, "id")
    stale = run_cli("check", cwd=root)
    assert stale.returncode == 1 and "generator changed" in stale.stdout
    run_cli("generate", cwd=root, check=True)
    text = next((root / "briefings").glob("*.md")).read_text(encoding="utf-8")
    assert "## Pertanyaan terbuka" in text and "## Open questions" not in text
