"""MkDocs hooks: the pages built from all briefings together (home)."""

from __future__ import annotations

from mkdocs.structure.files import File


def on_files(files, config):
    import yaml

    from pathlib import Path

    docs = Path(config["docs_dir"])
    items = []
    for f in files.documentation_pages():
        if f.src_uri == "index.md":
            continue
        text = (docs / f.src_uri).read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("\n---\n", 1)[0][4:]) if text.startswith("---\n") else {}
        items.append((str(meta.get("date") or ""), meta.get("title") or f.src_uri, f.src_uri, meta.get("bottom_line") or ""))
    items.sort(key=lambda i: (i[0], i[2]), reverse=True)
    lines = ["# Briefings", ""]
    for date, title, uri, line in items:
        lines.append(f"- [{title}]({uri}) {date}: {line}")
    files.append(File.generated(config, "index.md", content="\n".join(lines) + "\n"))
    return files
