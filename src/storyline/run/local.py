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
from storyline.extract import extract_document
from storyline.model import Article, Document
from storyline.read import read_paths
from storyline.store import Store, open_store


def process_document(doc: Document) -> Article:
    """The stateless per-document steps: extract, then enrich."""
    return enrich_article(extract_document(doc))


def _safe_process(doc: Document) -> Article | UnreadableInput:
    try:
        return process_document(doc)
    except Exception as exc:  # one bad page must not stop a crawl: it is reported by name
        return UnreadableInput(doc.source, f"extraction failed: {type(exc).__name__}: {exc}")


def _raise(error: UnreadableInput) -> None:
    raise error


def _batches(items: Iterable, size: int) -> Iterator[list]:
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

    def _articles(self, docs: Iterable[Document], report: Callable[[UnreadableInput], None]) -> Iterator[Article]:
        if self.workers == 1:
            results: Iterable = map(_safe_process, docs)
            yield from self._keep(results, report)
            return
        with ProcessPoolExecutor(self.workers) as pool:
            for batch in _batches(docs, self.batch_size * self.workers):
                yield from self._keep(pool.map(_safe_process, batch, chunksize=4), report)

    @staticmethod
    def _keep(results, report) -> Iterator[Article]:
        for result in results:
            if isinstance(result, UnreadableInput):
                report(result)
            else:
                yield result

    def extract(self, paths: Iterable[str], report: Callable[[UnreadableInput], None] | None = None) -> Iterator[Article]:
        """Articles of `paths`; a bad file or page goes to `report`, or is raised when none is given."""
        report = report or _raise
        yield from self._articles(read_paths(paths, report), report)

    def ingest(self, paths: Iterable[str], progress: Callable[[int], None] | None = None) -> IngestReport:
        self.store = self.store or open_store()
        report = IngestReport()
        articles = self._articles(read_paths(paths, report.errors.append), report.errors.append)
        for batch in _batches(articles, self.batch_size):
            result = self.store.ingest(batch)
            report.added += len(result.added)
            report.duplicates += len(result.duplicates)
            report.unchanged += len(result.unchanged)
            report.empty += sum(1 for a in batch if not a.text.strip() and a.id in result.added)
            if progress:
                progress(len(batch))
        return report
