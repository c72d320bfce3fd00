"""Lines that a site writes on many of its pages: menus, footers, newsletter and cookie prompts, the blurb about the
author. An article's own lines are on no other page of its site, so a text dump's line that another page of the
same site also has is page furniture (textdump.extract_textdump drops it from the body).

The memory counts, per site (the URL's host without "www."), the pages that have each line (as a hash) among the
site's last PAGES_KEPT pages, for the SITES_KEPT sites read most recently: it stays bounded however large the crawl
(a page's hashes take about 6 KB: 60 MB at most). Reading a page's lines here costs about a sixth of extracting
it (benchmarks/textdump.py: 877 -> 748 docs/CPU-s).
"""
from __future__ import annotations

from collections import Counter, OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat

from storyline.extract.hard_wrap import unwrapped
from storyline.extract.metadata import site_of
from storyline.extract.textdump import bounded_text
from storyline.model import Document

PAGES_KEPT = 20  # per site
SITES_KEPT = 500


@dataclass(slots=True)
class _Site:
    pages: deque = field(default_factory=deque)  # (page key, its lines' hashes), oldest first
    counts: Counter = field(default_factory=Counter)  # line hash -> pages in `pages` that have the line


def _lines(doc: Document) -> list[str]:
    """The dump's distinct lines, stripped, each wrapped paragraph on one line: read_page's lines, but for Markdown
    dumps (whose lines here keep their link markup, so that nothing is shared; rendering them costs more than the
    whole extraction of a plain dump)."""
    lines = set(map(str.strip, unwrapped(bounded_text(doc.content)[0].splitlines())))
    lines.discard("")
    return list(lines)


class SiteLines:
    """`SiteLines().shared(batch)`: for each text dump of a batch, its lines that another page of its site has, among
    the pages of the batch and the ones read before it. A page read twice (the same bytes) counts once."""

    def __init__(self, pages_kept: int = PAGES_KEPT, sites_kept: int = SITES_KEPT):
        self.pages_kept, self.sites_kept = pages_kept, sites_kept
        self._sites: OrderedDict[str, _Site] = OrderedDict()

    def shared(self, docs: Sequence[Document]) -> list[frozenset[str]]:
        read = []
        for doc in docs:
            site = site_of(doc.url) if doc.kind == "text" else None
            lines = _lines(doc) if site else []
            hashes = list(map(hash, lines))
            read.append((self._add(site, hash(doc.content), hashes) if site else None, lines, hashes))
        # the whole batch is counted first, so that a page learns from the ones after it too; it counts itself once
        return [frozenset(compress(lines, map(int.__lt__, repeat(1), map(site.counts.get, hashes, repeat(0)))))
                if site else frozenset() for site, lines, hashes in read]

    def _add(self, name: str, page: int, hashes: list[int]) -> _Site:
        site = self._sites.pop(name, None) or _Site()
        self._sites[name] = site  # now the most recent
        if len(self._sites) > self.sites_kept:
            self._sites.popitem(last=False)
        if all(key != page for key, _ in site.pages):
            if len(site.pages) == self.pages_kept:  # the oldest page leaves, and its lines' counts with it
                for line in site.pages.popleft()[1]:
                    if site.counts[line] > 1:
                        site.counts[line] -= 1
                    else:
                        del site.counts[line]
            site.pages.append((page, hashes))
            site.counts.update(hashes)
        return site
