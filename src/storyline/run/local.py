"""Local executor: read -> extract -> enrich per document (in a process pool when asked), then the
store links and writes each batch in one transaction."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from storyline.enrich import enrich_article
from storyline.errors import UnreadableInput
from storyline.extract import SiteLines, extract_document
from storyline.model import Article, Document
from storyline.read import read_paths
from storyline.store import Store, open_store


def process_document(doc: Document, site_lines: frozenset[str] = frozenset()) -> Article:
    """The stateless per-document steps: extract, then enrich (`site_lines`: SiteLines.shared's for the document)."""
    return enrich_article(extract_document(doc, site_lines))


def safe_process(doc: Document, site_lines: frozenset[str], enrich: bool = True) -> Article | UnreadableInput:
    """process_document (extract_document alone unless `enrich`), or the error that names the document."""
    try:
        return process_document(doc, site_lines) if enrich else extract_document(doc, site_lines)
    except Exception as exc:  # one bad page must not stop a crawl: it is reported by name
        return UnreadableInput(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


def _raise(error: UnreadableInput) -> None:
    raise error


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


@dataclass
class IngestReport:
    added: int = 0
    duplicates: int = 0
    unchanged: int = 0
    empty: int = 0  # documents with no article body (stored, with a note saying why)
    errors: list[UnreadableInput] = field(default_factory=list)


class Pipeline:
    """`Pipeline(store).ingest(paths)`; `Pipeline().extract(paths)` without a store."""

    def __init__(self, store: Store | None = None, workers: int = 1, batch_size: int = 64):
        self.store = store
        self.workers = max(1, workers or (os.cpu_count() or 1))
        self.batch_size = batch_size
        # the lines each site repeats across its pages, remembered over the whole run (the one stateful step: the
        # batches are read in this process, the documents processed anywhere)
        self.site_lines = SiteLines()

    def _processed(self, paths: Iterable[str], report: Callable[[UnreadableInput], None]) -> Iterator[Article]:
        """The articles of the documents under `paths`, in input order; what cannot be read goes to `report` (the
        step an executor replaces)."""
        docs = read_paths(paths, report)
        if self.workers == 1:
            for batch in batches(docs, self.batch_size):
                yield from self._keep(map(safe_process, batch, self.site_lines.shared(batch)), report)
            return
        with ProcessPoolExecutor(self.workers) as pool:
            for batch in batches(docs, self.batch_size * self.workers):
                results = pool.map(safe_process, batch, self.site_lines.shared(batch), chunksize=4)
                yield from self._keep(results, report)

    @staticmethod
    def _keep(results, report) -> Iterator[Article]:
        for result in results:
            if isinstance(result, UnreadableInput):
                report(result)
            else:
                yield result

    def extract(self, paths: Iterable[str], report: Callable[[UnreadableInput], None] | None = None) -> Iterator[Article]:
        """Articles of `paths`; a bad file or page goes to `report`, or is raised when none is given."""
        yield from self._processed(paths, report or _raise)

    def ingest(self, paths: Iterable[str], progress: Callable[[int], None] | None = None) -> IngestReport:
        self.store = self.store or open_store()
        report = IngestReport()
        for batch in batches(self._processed(paths, report.errors.append), self.batch_size):
            result = self.store.ingest(batch)
            report.added += len(result.added)
            report.duplicates += len(result.duplicates)
            report.unchanged += len(result.unchanged)
            report.empty += sum(1 for a in batch if not a.text.strip() and a.id in result.added)
            if progress:
                progress(len(batch))
        return report
