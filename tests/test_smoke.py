"""End to end: a seed in, a briefing out, `check` agrees, the site builds."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, run_cli

SEED = (REPO / "seeds" / "000_8be0843181328ca6.txt").read_text(encoding="utf-8")


def test_generate_check_build(project):
    root: Path = project({"article.txt": SEED})
    result = run_cli("generate", cwd=root, check=True)
    assert "1 generated, 0 unchanged, 0 failed" in result.stdout
    briefings = sorted((root / "briefings").glob("*.md"))
    assert len(briefings) == 1
    assert run_cli("check", cwd=root).returncode == 0
    again = run_cli("generate", cwd=root, check=True)
    assert "0 generated, 1 unchanged, 0 failed" in again.stdout
    (root / "seeds" / "article.txt").write_text(SEED + "\nKalimat tambahan.\n", encoding="utf-8")
    stale = run_cli("check", cwd=root)
    assert stale.returncode == 1 and "stale, seed changed" in stale.stdout


def test_committed_briefings_match_their_seeds_and_the_generator():
    # CI fails on a stale briefings/: regenerate with `briefings generate` and commit.
    result = run_cli("check", cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr
