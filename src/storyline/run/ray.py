"""Ray Data executor: the per-document steps of run/local.py on the workers of a Ray cluster, for crawls that one
machine cannot get through in time (`storyline ingest --executor ray`, or `RayPipeline(store).ingest(paths)`).

Workers read the input files (a task each: a WARC archive holds thousands of pages), then extract and enrich their
documents in small batches, so that one large archive is spread over the cluster too. The site memory
(extract/site_lines.py) is kept per file there, per run locally: a text dump learns its site's furniture from the
other pages of its file. The articles stream back in input order to this process, where the store links and writes
them batch by batch as with the local executor: linking needs what is already known, and the store is the only
writer.

Ray joins the cluster that RAY_ADDRESS names, else starts one on this machine. Every node needs storyline installed
and the input paths readable under the same absolute names (a shared file system).
"""
from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from storyline.errors import StorylineError, UnreadableInput
from storyline.extract import SiteLines
from storyline.model import Article, Document
from storyline.read.files import documents_of, input_files
from storyline.read.utf8 import source_name
from storyline.run.local import Pipeline, batches, safe_process

BATCH = 8  # documents whose processing is one task: few, so that the CPUs share an archive's pages evenly
SITE_BATCH = 64  # documents of a file whose lines SiteLines counts together, as in the local executor's batches


def _row(item: tuple[Document, frozenset[str]] | None = None, article: Article | None = None,
         error: UnreadableInput | None = None) -> dict:
    # one schema for every row, as Arrow blocks want; a document travels pickled with its site lines (its bytes need
    # not be UTF-8), an error as its two fields (the exception does not pickle back whole)
    return {"document": pickle.dumps(item) if item else b"", "article": article.to_json() if article else "",
            "path": error.path if error else "", "reason": error.reason if error else ""}


def file_documents(task: dict[str, str]) -> Iterator[dict]:
    """Ray Data flat_map, on a worker: the file `task["path"]` (absolute) to a row per document (with the lines it
    shares with other pages of its site in the file: SiteLines, as the local executor counts them over a run) or
    unreadable part, named by `task["name"]` (the path as the user gave it)."""
    errors: list[UnreadableInput] = []
    site_lines = SiteLines()
    for batch in batches(documents_of(Path(task["path"]), errors.append, task["name"]), SITE_BATCH):
        yield from (_row(error=error) for error in errors)
        errors.clear()
        yield from map(_row, zip(batch, site_lines.shared(batch)))
    yield from (_row(error=error) for error in errors)  # the file itself, or what followed its last document


def processed(batch: dict) -> dict[str, list]:
    """Ray Data map_batches, on a worker: documents to their articles (or the errors that name them); the rows of
    errors pass as they are."""
    rows = []
    for item, path, reason in zip(batch["document"], batch["path"], batch["reason"]):
        if not len(item):
            rows.append(_row(error=UnreadableInput(path, reason)))
            continue
        result = safe_process(*pickle.loads(item))
        rows.append(_row(error=result) if isinstance(result, UnreadableInput) else _row(article=result))
    return {column: [row[column] for row in rows] for column in ("article", "path", "reason")}


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401  (the Data library is an extra of the ray package)
    except ImportError as exc:
        raise StorylineError(f"the Ray executor needs Ray Data: pip install 'storyline[ray]' ({exc})") from exc
    return ray


class RayPipeline(Pipeline):
    """Pipeline whose documents are read and processed on Ray; `workers`: the CPUs of a Ray instance started here
    (default: all of them); a cluster has its own."""

    def __init__(self, store=None, workers: int | None = None, batch_size: int = 64):
        super().__init__(store, workers=1, batch_size=batch_size)
        self.cpus = workers

    def _processed(self, paths: Iterable[str], report: Callable[[UnreadableInput], None]) -> Iterator[Article]:
        ray = _ray()
        tasks = [{"path": str(path.resolve()), "name": source_name(path)} for path in input_files(paths, report)]
        if not tasks:
            return
        if not ray.is_initialized():
            own = {} if os.environ.get("RAY_ADDRESS") else {"num_cpus": self.cpus, "include_dashboard": False}
            ray.init(**own, configure_logging=False, log_to_driver=False)
            logging.getLogger("ray.data").setLevel(logging.WARNING)  # its progress lines: the CLI shows its own
        # a reader (a quarter CPU; its task lives as long as its file is being processed) feeds some 16 CPUs: reading
        # costs 2 ms a page, processing 60; each more worker process costs its imports, 2 CPU-s
        readers = max(1, round(ray.cluster_resources().get("CPU", 1) / 16))
        dataset = (ray.data.from_items(tasks, override_num_blocks=len(tasks))
                   .flat_map(file_documents, num_cpus=0.25, compute=ray.data.TaskPoolStrategy(size=readers))
                   .repartition(target_num_rows_per_block=BATCH)  # an archive's pages spread over the CPUs
                   .map_batches(processed, batch_size=BATCH, batch_format="numpy"))
        dataset.context.execution_options.preserve_order = True  # the store links them in input order, as locally
        try:
            for row in dataset.iter_rows():
                if row["reason"]:
                    report(UnreadableInput(row["path"], row["reason"]))
                else:
                    yield Article.from_json(row["article"])
        except ray.exceptions.RayError as exc:  # a lost node or worker: what was stored so far stays stored
            raise StorylineError(f"the Ray executor failed: {exc}") from exc
