"""The site: pages built from all briefings together (home, actors, timeline, open questions,
tags), the feed and the search index. `theme/hooks.py` is the thin MkDocs adapter that calls this
package; everything here is plain Python, testable without MkDocs.

    data.py      briefings/.data/*.json -> light records (no sentence list: it stays on disk)
    actors.py    one page per person or organization across briefings (conservative merging)
    index.py     the aggregates: briefings newest first, actors, timeline, questions, tags
    dates.py     a date shown at the precision it was written ("late March 2025", never a day)
    pages.py     aggregate pages drawn with the theme's Jinja environment after the MkDocs build
    feed.py      the Atom feed (full content of the latest briefings)
    search.py    Pagefind, run on the built site
"""
