"""Building and serving the site with MkDocs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path


def build_site(config_file: Path) -> bool:
    """`mkdocs build --strict`, whose hooks also write the aggregate pages, the feed and the
    Pagefind index (theme/hooks.py); True when all of it succeeded."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    log = logging.getLogger("briefings")
    try:
        config = load_config(str(config_file), strict=True)
        build(config)
    except MkDocsException as exc:  # includes the hooks' PluginError (e.g. Pagefind failed)
        log.error("site build failed: %s", exc)
        return False
    except Exception as exc:  # a template or hook error: still a failed build, not a traceback
        log.error("site build failed: %s: %s", type(exc).__name__, exc)
        return False
    return True


def serve(
    config_file: Path,
    dev_addr: str,
    regenerate: Callable[[], object],
    seeds_dir: Path = Path("seeds"),
) -> None:
    """MkDocs' live-reloading server, plus a watcher that regenerates briefings when a seed
    changes; MkDocs then sees the briefing change and reloads the browser."""
    from mkdocs.commands.serve import serve as mkdocs_serve
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    lock = threading.Lock()
    timer: list[threading.Timer] = []

    def later() -> None:
        with lock:
            regenerate()

    class OnSeedChange(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if event.event_type in {"opened", "closed_no_write"}:
                return
            for t in timer:
                t.cancel()
            timer[:] = [threading.Timer(0.3, later)]  # debounce editors' save bursts
            timer[0].start()

    observer = Observer()
    seeds_dir.mkdir(exist_ok=True)
    observer.schedule(OnSeedChange(), str(seeds_dir), recursive=True)
    observer.start()
    try:
        mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)
    finally:
        observer.stop()
        observer.join()
