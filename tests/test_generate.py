"""generator/generate.py through the real CLI: bad input is reported and harms nothing else,
nothing the analyst wrote is lost, writes are atomic, output is deterministic."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_cli

from generator.generate import DATA_DIR, TMP_SUFFIX, content_hash
from generator.render import NOTES_MARKER

TOPICS = ["water", "roads", "schools", "power", "housing", "rail", "ports", "clinics", "parks"]


def article(n: int, title: str | None = None) -> str:
    topic = TOPICS[n % len(TOPICS)]
    return (
        f"{title or f'Council {n} approves the {topic} plan'}\n\n"
        f"Mayor Lena Ortiz said on {1 + n % 27} June 2025 that council {n} approved the {topic} "
        "plan.\n"
        f'"This helps every household," Ortiz told reporters about the {topic} budget.\n'
        f"The regional office warned in May 2025 that {topic} costs could rise by {n} percent.\n"
        "It is unclear when the work will start.\n"
    )


def briefings(root: Path) -> dict[str, str]:
    return {
        p.name: p.read_text(encoding="utf-8") for p in sorted((root / "briefings").glob("*.md"))
    }


def front(text: str) -> dict:
    assert text.startswith("---\n")
    return yaml.safe_load(text[4 : text.index("\n---\n")])


def errors(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def by_seed(root: Path) -> dict[str, str]:
    """Seed path -> briefing file name (of the briefings the generator wrote)."""
    return {
        front(text)["source"]["path"]: name
        for name, text in briefings(root).items()
        if text.startswith("---\n")
    }


# --- bad input ----------------------------------------------------------------------------------


def test_each_bad_input_is_one_error_line_and_the_rest_is_generated(project, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text(article(90), encoding="utf-8")
    root = project(
        {
            "good.txt": article(1),
            "empty.txt": b"",
            "blank.md": b"  \n\t\r\n",
            "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
            "bad-front.md": "---\ntitle: [unclosed\n---\n" + article(2),
            "list-front.md": "---\n- a\n- b\n---\n" + article(3),
            "legacy.txt": article(4).replace("Mayor", "Maire Hélène").encode("cp1252"),
            "bom.txt": b"\xef\xbb\xbf" + article(5).encode(),
            "crlf.txt": article(6).replace("\n", "\r\n").encode(),
            "cr.md": article(7).replace("\n", "\r").encode(),
            "with space.txt": article(8),
            "ñandú café.txt": article(9),
            ".hidden.txt": article(10),
            "scan.pdf": b"%PDF-1.4",
        }
    )
    (root / "seeds" / "escape.txt").symlink_to(outside)
    (root / "seeds" / "loop.txt").symlink_to(root / "seeds" / "loop.txt")
    (root / "seeds" / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    result = run_cli("generate", cwd=root)
    assert result.returncode == 1

    reasons = {
        "empty.txt": "empty file",
        "blank.md": "empty file",
        "image.txt": "binary file",
        "bad-front.md": "malformed front matter at line 3",
        "list-front.md": "front matter must be a mapping",
        "escape.txt": "refused, symlink points outside seeds/",
        "loop.txt": "refused, symlink loop",
    }
    lines = errors(result)
    assert len(lines) == len(reasons), result.stderr
    for name, reason in reasons.items():
        (line,) = [x for x in lines if x.startswith(f"error: seeds/{name}: ")]
        assert reason in line
    assert "note: seeds/scan.pdf: skipped, unsupported file type '.pdf'" in result.stderr
    assert "note: seeds/elsewhere: skipped, a symlinked folder is not followed" in result.stderr
    assert "seeds/legacy.txt: not valid UTF-8; decoded as cp1252" in result.stderr

    generated = by_seed(root)
    handled = ["good.txt", "legacy.txt", "bom.txt", "crlf.txt", "cr.md", "with space.txt",
               "ñandú café.txt", ".hidden.txt"]  # fmt: skip
    assert sorted(generated) == sorted(f"seeds/{n}" for n in handled)
    texts = briefings(root)
    legacy = texts[generated["seeds/legacy.txt"]]
    assert "Maire Hélène" in legacy
    for name in ("bom.txt", "crlf.txt", "cr.md"):
        text = texts[generated[f"seeds/{name}"]]
        n = {"bom.txt": 5, "crlf.txt": 6, "cr.md": 7}[name]
        assert front(text)["title"] == f"Council {n} approves the {TOPICS[n % 9]} plan"
        assert "\r" not in text and "\ufeff" not in text
    assert f"summary: {len(handled)} generated" in "summary: " + result.stdout


def test_missing_seeds_folder(tmp_path):
    result = run_cli("generate", cwd=tmp_path)
    assert result.returncode == 1
    assert errors(result) == ["error: seeds: seeds folder not found"]
    check = run_cli("check", cwd=tmp_path)
    assert check.returncode == 1 and "seeds: seeds folder not found" in check.stdout


def test_missing_named_seed(project):
    root = project({"good.txt": article(1)})
    result = run_cli("generate", "seeds/nope.txt", "seeds/good.txt", cwd=root)
    assert result.returncode == 1
    assert errors(result) == ["error: seeds/nope.txt: no such file or folder"]
    assert list(by_seed(root)) == ["seeds/good.txt"]


@pytest.mark.timeout(600)
def test_huge_article_and_huge_line_complete(project):
    paragraph = "Kalimat ke-{0} tentang anggaran dan subsidi energi di kota {0}. " * 4
    big = "\n\n".join(paragraph.format(i) for i in range(20_000))
    assert len(big.encode()) > 5_000_000
    line = "Satu kalimat panjang " + "tanpa titik dan tanpa jeda " * 7_500 + "berakhir di sini."
    assert len(line) > 200_000
    root = project({"big.txt": big, "line.md": line, "good.txt": article(1)})
    result = run_cli("generate", "-j", "2", cwd=root, timeout=560)
    assert result.returncode == 0, result.stderr
    generated = by_seed(root)
    assert len(generated) == 3
    text = briefings(root)[generated["seeds/big.txt"]]
    assert text.count(".sentence data-n=") >= 20_000
    assert content_hash(text) == front(text)["content_sha256"]


def test_oversized_seed_is_refused(project):
    root = project({"good.txt": article(1)})
    with (root / "seeds" / "huge.txt").open("wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse
    result = run_cli("generate", cwd=root)
    assert result.returncode == 1
    (line,) = errors(result)
    assert line.startswith("error: seeds/huge.txt: file too large (64.0 MB")


# --- slugs --------------------------------------------------------------------------------------


def test_same_title_keeps_both_with_stable_names(project):
    title = "Council approves the water plan"
    root = project({"b.txt": article(1, title), "c.txt": article(2, title)})
    run_cli("generate", cwd=root, check=True)
    first = by_seed(root)
    assert first["seeds/b.txt"] == "council-approves-the-water-plan.md"
    assert re.fullmatch(r"council-approves-the-water-plan-[0-9a-f]{6}\.md", first["seeds/c.txt"])
    # A third seed with the same title arrives, sorted first: the others keep their names.
    (root / "seeds" / "a.txt").write_text(article(3, title), encoding="utf-8")
    run_cli("generate", cwd=root, check=True)
    second = by_seed(root)
    assert {k: v for k, v in second.items() if k != "seeds/a.txt"} == first
    assert len(set(second.values())) == 3
    # Regenerating everything changes no name.
    run_cli("generate", "--force", cwd=root, check=True)
    assert by_seed(root) == second
    # Each briefing holds its own seed's text.
    for seed, name in second.items():
        n = {"seeds/b.txt": 1, "seeds/c.txt": 2, "seeds/a.txt": 3}[seed]
        assert f"council {n} approved" in briefings(root)[name]


def test_reserved_and_foreign_names_are_not_taken(project):
    root = project({"a.txt": article(1, "Actors"), "b.txt": article(2, "My own page")})
    foreign = "# My own page\n\nWritten by hand.\n"
    (root / "briefings" / "my-own-page.md").write_text(foreign, encoding="utf-8")
    (root / "briefings" / ".mine.tmp").write_text("not ours", encoding="utf-8")
    run_cli("generate", cwd=root, check=True)
    names = by_seed(root)
    assert re.fullmatch(r"actors-[0-9a-f]{6}\.md", names["seeds/a.txt"])
    assert re.fullmatch(r"my-own-page-[0-9a-f]{6}\.md", names["seeds/b.txt"])
    assert (root / "briefings" / "my-own-page.md").read_text(encoding="utf-8") == foreign
    assert (root / "briefings" / ".mine.tmp").read_text(encoding="utf-8") == "not ours"
    # Nothing the generator did not write is ever removed, even with --prune --force.
    shutil.rmtree(root / "seeds")
    (root / "seeds").mkdir()
    run_cli("generate", "--prune", "--force", cwd=root, check=True)
    assert sorted(p.name for p in (root / "briefings").iterdir()) == [
        ".data",
        ".mine.tmp",
        "my-own-page.md",
    ]


# --- nothing lost -------------------------------------------------------------------------------


def test_notes_are_kept_verbatim_and_hand_edits_reported(project):
    root = project({"a.txt": article(1)})
    run_cli("generate", cwd=root, check=True)
    (name,) = briefings(root)
    page = root / "briefings" / name
    notes = "\nMy note with <b>html</b>, {{ jinja }} and\n\n---\n| a | table |\n"
    page.write_text(page.read_text(encoding="utf-8") + notes, encoding="utf-8")
    assert run_cli("check", cwd=root).returncode == 0, "notes are not a hand edit"

    (root / "seeds" / "a.txt").write_text(article(1) + "A new sentence.\n", encoding="utf-8")
    run_cli("generate", cwd=root, check=True)
    text = page.read_text(encoding="utf-8")
    assert "A new sentence." in text
    assert text.endswith(NOTES_MARKER + "\n" + notes) and text.count(NOTES_MARKER) == 1

    edited = text.replace("Mayor Lena Ortiz", "Mayor L. Ortiz", 1)
    page.write_text(edited, encoding="utf-8")
    check = run_cli("check", cwd=root)
    assert check.returncode == 1
    assert f"briefings/{name}: edited by hand outside the notes section" in check.stdout
    assert "move it below the notes marker or into seeds/a.yml" in check.stdout

    (root / "seeds" / "a.txt").write_text(article(1) + "Another one.\n", encoding="utf-8")
    result = run_cli("generate", cwd=root)
    assert result.returncode == 1 and "not overwritten" in errors(result)[0]
    assert page.read_text(encoding="utf-8") == edited

    run_cli("generate", "--force", cwd=root, check=True)
    text = page.read_text(encoding="utf-8")
    assert "Another one." in text and "L. Ortiz" not in text and text.endswith(notes)
    assert run_cli("check", cwd=root).returncode == 0


def test_orphans_are_reported_and_removed_only_with_prune(project):
    root = project({"a.txt": article(1), "b.txt": article(2)})
    run_cli("generate", cwd=root, check=True)
    names = by_seed(root)
    page_b = root / "briefings" / names["seeds/b.txt"]
    page_b.write_text(page_b.read_text(encoding="utf-8") + "\nkeep me\n", encoding="utf-8")
    (root / "seeds" / "a.txt").unlink()
    (root / "seeds" / "b.txt").unlink()

    result = run_cli("generate", cwd=root, check=True)
    assert "orphaned: briefings/" in result.stderr and len(briefings(root)) == 2
    check = run_cli("check", cwd=root)
    assert check.returncode == 1 and check.stdout.count("orphaned, its seed") == 2

    result = run_cli("generate", "--prune", cwd=root, check=True)
    assert list(briefings(root)) == [names["seeds/b.txt"]], "notes are not pruned silently"
    assert "not pruned, it holds notes" in result.stderr
    assert not (
        root / "briefings" / DATA_DIR / names["seeds/a.txt"].replace(".md", ".json")
    ).exists()
    run_cli("generate", "--prune", "--force", cwd=root, check=True)
    assert briefings(root) == {}


def test_unchanged_seed_is_not_rewritten_and_check_sees_a_stale_one(project):
    root = project({"a.txt": article(1)})
    run_cli("generate", cwd=root, check=True)
    (page,) = (root / "briefings").glob("*.md")
    before = page.stat().st_mtime_ns
    result = run_cli("generate", cwd=root, check=True)
    assert "0 generated, 1 unchanged" in result.stdout and page.stat().st_mtime_ns == before
    (root / "seeds" / "a.yml").write_text("tags: [water]\n", encoding="utf-8")
    check = run_cli("check", cwd=root)
    assert check.returncode == 1 and "stale, override file changed" in check.stdout


def test_data_left_by_a_run_killed_before_its_page_is_removed(project):
    root = project({"a.txt": article(1)})
    run_cli("generate", cwd=root, check=True)
    # what a run killed between a briefing's data file and its page leaves (the title changed)
    stray = root / "briefings" / ".data" / "a-title-that-never-got-its-page.json"
    stray.write_text("{}", encoding="utf-8")
    (root / "seeds" / "a.txt").write_text(article(1) + "One more sentence.\n", encoding="utf-8")
    run_cli("generate", cwd=root, check=True)
    pages = {p.stem for p in (root / "briefings").glob("*.md")}
    data = {p.stem for p in (root / "briefings" / ".data").glob("*.json")}
    assert data == pages and len(pages) == 1


# --- determinism --------------------------------------------------------------------------------


def _tree(root: Path) -> dict[str, bytes]:
    out = root / "briefings"
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}  # fmt: skip


def test_output_is_byte_identical_across_runs_and_job_counts(tmp_path):
    from conftest import make_project

    seeds = {f"s{n:02d}.txt": article(n) for n in range(12)}
    seeds["dup.txt"] = article(40, "Council 1 approves the roads plan")  # a slug collision
    trees = []
    for jobs in ("1", "2", "2"):
        root = make_project(tmp_path / f"j{jobs}-{len(trees)}", seeds)
        run_cli("generate", "-j", jobs, cwd=root, check=True)
        trees.append(_tree(root))
    assert len(trees[0]) == 2 * len(seeds)
    assert trees[0] == trees[1] == trees[2]
    # Regenerating in place (forced) gives the same bytes too.
    run_cli("generate", "--force", "-j", "2", cwd=root, check=True)
    assert _tree(root) == trees[0]


# --- atomic writes ------------------------------------------------------------------------------


def _complete(text: str) -> bool:
    """A briefing as the generator writes it: front matter with a digest that matches the body,
    and the notes marker at the end of the template."""
    try:
        meta = front(text)
    except (AssertionError, ValueError, yaml.YAMLError):
        return False
    return (
        isinstance(meta, dict)
        and meta.get("content_sha256") == content_hash(text)
        and NOTES_MARKER in text
    )


def _running_in(folder: Path) -> list[int]:
    """Processes whose working folder is `folder` (a killed run's workers), where /proc shows."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if Path(os.readlink(entry / "cwd")) == folder:
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _workers_end(folder: Path, patience: float = 20.0) -> bool:
    """True once no process runs in `folder` (workers notice their parent's death in about a
    second; the patience is only there so a loaded machine cannot fail the test)."""
    if not Path("/proc/self/cwd").exists():
        return True  # no /proc: nothing to look at
    deadline = time.monotonic() + patience
    while _running_in(folder.resolve()):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


@pytest.mark.timeout(600)
def test_killed_run_leaves_each_briefing_old_or_new(project):
    count = 40
    root = project({f"s{n:02d}.txt": article(n) for n in range(count)})
    env = dict(os.environ, PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "generator", "generate", "-j", "2", "-q"]
    start = time.monotonic()
    subprocess.run(command, cwd=root, env=env, check=True, capture_output=True)
    duration = time.monotonic() - start  # only to place the kills inside a run, never asserted

    for round_, fraction in enumerate((0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95)):
        old = briefings(root)
        for n in range(count):  # every seed changes; every other one's title, so files move
            title = f"Round {round_} title {n}" if n % 2 else None
            text = article(n, title) + f"Round {round_} sentence.\n"
            (root / "seeds" / f"s{n:02d}.txt").write_text(text, encoding="utf-8")
        process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        time.sleep(duration * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert _workers_end(root), f"round {round_}: the killed run's workers live on"
        for name, text in briefings(root).items():
            assert text == old.get(name) or _complete(text), f"round {round_}: {name} is torn"
        published = [p.name for p in (root / "briefings").iterdir() if not p.name.startswith(".")]
        assert all(name.endswith(".md") for name in published), published

    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    final = by_seed(root)
    assert len(final) == count and all(_complete(t) for t in briefings(root).values())
    leftovers = [p for p in (root / "briefings").rglob(f"*{TMP_SUFFIX}")]
    assert not leftovers
    data = {p.stem for p in (root / "briefings" / DATA_DIR).glob("*.json")}
    assert data == {Path(name).stem for name in final.values()}
    assert run_cli("check", cwd=root).returncode == 0
