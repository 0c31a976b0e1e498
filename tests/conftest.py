"""Shared test fixtures: throwaway projects on disk, the real CLI, a real MkDocs build, a local
HTTP server and Debian's Chromium driven by playwright-core (tests/browser/*.mjs)."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
BROWSER_DIR = REPO / "tests" / "browser"
# Debian's chromium; CHROMIUM may name another Chromium build (e.g. a CI runner's Chrome).
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"


def pytest_collection_modifyitems(config, items):
    skip_shared = pytest.mark.skip(reason=f"{SHARED} is absent (development data)")
    for item in items:
        if "shared" in item.keywords and not SHARED.is_dir():
            item.add_marker(skip_shared)


# --- projects -----------------------------------------------------------------------------------


def make_project(root: Path, seeds: dict[str, str | bytes] | None = None) -> Path:
    """A project folder like a user's: mkdocs.yml, theme/, seeds/ (given), empty briefings/."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "theme", root / "theme", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "seeds").mkdir(exist_ok=True)
    (root / "briefings").mkdir(exist_ok=True)
    for name, content in (seeds or {}).items():
        path = root / "seeds" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def run_cli(
    *args: str, cwd: Path, check: bool = False, timeout: float = 600
) -> subprocess.CompletedProcess:
    """The real command line, in a subprocess, as a user runs it."""
    env = dict(os.environ, PYTHONPATH=str(REPO), NO_COLOR="1", COLUMNS="200")
    result = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"briefings {' '.join(args)} exited {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result


@pytest.fixture
def project(tmp_path: Path):
    """A factory: project(seeds) -> a fresh project folder."""
    return functools.partial(make_project, tmp_path / "project")


# --- serving and the browser --------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (a free port); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def browser_available() -> str | None:
    """None when the browser tests can run, else the reason they cannot."""
    if not Path(CHROMIUM).exists():
        return "Debian's chromium is not installed (run `make browser`)"
    if not (BROWSER_DIR / "node_modules" / "playwright-core").is_dir():
        return "playwright-core is not installed (run `make browser`)"
    if not shutil.which("node"):
        return "node is not installed"
    return None


def run_browser(script: str, params: dict, timeout: float = 300) -> dict:
    """Run tests/browser/SCRIPT.mjs with PARAMS (JSON on stdin); it prints one JSON object."""
    reason = browser_available()
    if reason:
        pytest.skip(reason)
    env = dict(os.environ, CHROMIUM=CHROMIUM)
    result = subprocess.run(
        ["node", str(BROWSER_DIR / script)],
        input=json.dumps(params),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=BROWSER_DIR,
    )
    if result.returncode != 0:
        raise AssertionError(
            f"{script} failed ({result.returncode}):\n{result.stderr}\n{result.stdout}"
        )
    return json.loads(result.stdout)
