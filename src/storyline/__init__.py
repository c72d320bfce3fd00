"""Storyline: raw crawled news pages to clean articles, coded events and story timelines.

    import storyline
    articles = storyline.extract(["page.html", "dump.txt"])
    with storyline.open_store("storyline.db") as store:
        storyline.Pipeline(store).ingest(["crawl/"])
        for story in store.stories(): ...
"""
from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat
from typing import TYPE_CHECKING

# The subpackage storyline.extract is loaded before the function `extract` below is defined: loaded later,
# it would rebind the name `storyline.extract` to itself and hide the function.
import storyline.extract as _extract_stage  # noqa: F401
from storyline.errors import StoreError, StorylineError, UnreadableInput
from storyline.model import Article, Document, Entity, Event, Story

if TYPE_CHECKING:
    from storyline.run import Pipeline
    from storyline.store import open_store

__version__ = "0.1.0"


def __getattr__(name: str):
    # the pipeline and the store pull in heavy libraries: load them on first use, not on `import storyline`
    if name == "Pipeline":
        from storyline.run import Pipeline
        return Pipeline
    if name == "open_store":
        from storyline.store import open_store
        return open_store
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")


def extract(paths: Iterable[str] | str, enrich: bool = False) -> list[Article]:
    """Articles of the files and directories in `paths` (raises UnreadableInput on a bad file, or on a document whose
    extraction fails)."""
    from storyline.extract import SiteLines
    from storyline.read import read_paths
    from storyline.run.local import batches, safe_process

    site_lines, articles = SiteLines(), []
    # a site's pages are read beside each other (SiteLines), a batch at a time
    for batch in batches(read_paths([paths] if isinstance(paths, str) else paths), 256):
        for article in map(safe_process, batch, site_lines.shared(batch), repeat(enrich)):
            if isinstance(article, UnreadableInput):
                raise article
            articles.append(article)
    return articles


__all__ = ["Article", "Document", "Entity", "Event", "Pipeline", "Story", "StoreError", "StorylineError",
           "UnreadableInput", "extract", "open_store"]
