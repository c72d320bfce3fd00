"""`storyline ...`: extract, ingest, stories, events, search, export, serve, cluster, code-events.

Results go to stdout, logs and progress to stderr; `--format json` wherever a table is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline.errors import StorylineError, UnreadableInput

out = Console(soft_wrap=True)  # a line stays whole when piped (a table still fits the width)
err = Console(stderr=True, soft_wrap=True)  # log lines stay whole


def _print_json(obj) -> None:
    from storyline.read.utf8 import LONE_SURROGATE

    text = json.dumps(obj, ensure_ascii=False)
    if LONE_SURROGATE.search(text):  # read from a JSON escape ("\\ud83d"): no UTF-8 holds it, the escape does
        text = json.dumps(obj)
    sys.stdout.write(text + "\n")


def _report(error: UnreadableInput) -> None:
    err.print(f"[yellow]skipped[/] {escape(str(error))}", markup=True, highlight=False)


def _pipeline(args, store=None):
    """The pipeline of `--executor`: local processes, or Ray (on the cluster RAY_ADDRESS names, else here)."""
    if args.executor == "ray":
        from storyline.run.ray import RayPipeline

        return RayPipeline(store, workers=args.workers)
    from storyline.run import Pipeline

    return Pipeline(store, workers=args.workers or 1)


def cmd_extract(args) -> int:
    articles = [a.summary() for a in _pipeline(args).extract(args.paths, _report)]
    if args.format == "json":
        _print_json(articles)
    else:
        for a in articles:
            _print_json(a)
    return 0


def cmd_ingest(args) -> int:
    from storyline.store import open_store

    with open_store(args.db) as store, Progress(
        SpinnerColumn(), TextColumn("ingesting"), BarColumn(), TextColumn("{task.completed} documents"),
        TimeElapsedColumn(), console=err, transient=False, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("ingest", total=None)
        report = _pipeline(args, store).ingest(args.paths, lambda n: progress.advance(task, n))
        for error in report.errors:
            _report(error)
        counts = store.counts()
    summary = {"added": report.added, "duplicates": report.duplicates, "unchanged": report.unchanged,
               "without_body": report.empty, "errors": len(report.errors), "store": str(store.path), **counts}
    if args.format == "json":
        _print_json(summary)
    else:
        out.print(f"added {report.added}, duplicates {report.duplicates}, already stored {report.unchanged}, "
                  f"errors {len(report.errors)} -> {escape(str(store.path))} ({counts['articles']} articles, "
                  f"{counts['stories']} stories, {counts['events']} events)", highlight=False)
    return 0


def cmd_stories(args) -> int:
    from storyline.store import open_store

    with open_store(args.db) as store:
        if args.id is not None:
            story = store.story(args.id)
            if story is None:
                err.print(f"no story {args.id} in {escape(str(store.path))}")
                return 1
            if args.format == "json":
                _print_json(story.to_dict())
                return 0
            out.print(f"[bold]{escape(story.label)}[/] (story {story.id}, thread {story.thread_id})", highlight=False)
            for entry in story.timeline:
                back = f"  (refers back to {entry.refers_to})" if entry.refers_to else ""
                out.print(f"  {entry.when.label():24} {escape(entry.label)}{back}", highlight=False)
                out.print(f"  {'':24} [dim]{escape(entry.evidence)}[/]", highlight=False)
            return 0
        stories = store.stories(limit=args.limit)
        if args.format == "json":
            _print_json([s.to_dict() for s in stories])
            return 0
        table = Table("id", "thread", "articles", "dates", "label")
        for s in stories:
            table.add_row(str(s.id), str(s.thread_id), str(len(s.article_ids)),  # "-" below: no day or week told
                          f"{s.first_date}..{s.last_date}" if s.first_date else "-", escape(s.label))
        out.print(table)
    return 0


def cmd_events(args) -> int:
    from storyline.store import open_store

    with open_store(args.db) as store:
        events = store.events(type=args.type, country=args.country, status=args.status, limit=args.limit)
    if args.format == "json":
        _print_json([e.to_dict() for e in events])
        return 0
    table = Table("date", "type", "status", "countries", "place", "evidence")
    for e in events:
        table.add_row(e.when.label() if e.when else "", e.type, e.status, ",".join(e.countries),
                      escape(e.place.name) if e.place else "", escape(e.evidence.sentence[:90]))
    out.print(table)
    return 0


def cmd_search(args) -> int:
    from storyline.store import open_store
    from storyline.store.sqlite import HIT_END, HIT_START

    with open_store(args.db) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.format == "json":
        _print_json(hits)
        return 0
    for h in hits:
        out.print(f"[bold]{escape(h['title'] or h['id'])}[/] {h['published'] or ''} story {h['story_id']}",
                  highlight=False)
        out.print("  " + h["snippet"].replace(HIT_START, "[").replace(HIT_END, "]"), markup=False, highlight=False)
    return 0


def cmd_export(args) -> int:
    from storyline.store import export, open_store
    from storyline.store.parquet import write_parquet

    path = Path(args.output)
    fmt = args.format or {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet"}.get(path.suffix)
    if fmt is None:
        err.print(f"{escape(str(path))}: say --format csv|jsonl|parquet (no known extension)")
        return 2
    part = path.with_name(f".{path.name}.part")  # written whole, then renamed: no half-written export
    try:
        with open_store(args.db) as store:
            rows = export.event_rows(store) if args.what == "events" else export.article_rows(store)
            columns = export.EVENT_COLUMNS if args.what == "events" else export.ARTICLE_COLUMNS
            if fmt == "csv":
                n = export.write_csv(rows, columns, part)
            elif fmt == "jsonl":
                n = export.write_jsonl(rows, part)
            else:
                n = write_parquet(rows, columns, part)
        os.replace(part, path)
    except OSError as exc:
        err.print(f"error: {escape(str(path))}: cannot write: {escape(str(exc.strerror or exc))}", highlight=False)
        return 1
    finally:
        part.unlink(missing_ok=True)
    err.print(f"{n} {args.what} -> {escape(str(path))}")
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from storyline.api import create_app
    from storyline.store import open_store

    store = open_store(args.db)
    err.print(f"Storyline on http://{args.host}:{args.port}  (store {escape(str(store.path))})")
    uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning")
    return 0


def _read_jsonl(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as exc:
                    raise UnreadableInput(f"{path}:{lineno}", f"invalid JSON: {exc}") from exc
    return rows


def _articles_of(rows: list[dict], path: str):
    from storyline.enrich import enrich_article
    from storyline.extract.metadata import detect_language, input_date
    from storyline.model import Article

    for i, row in enumerate(rows, 1):
        if "text" not in row or "id" not in row:
            raise UnreadableInput(f"{path}:{i}", "each line needs 'id' and 'text'")
        published = row.get("published") and input_date(str(row["published"]))
        if row.get("published") and not published:
            raise UnreadableInput(f"{path}:{i}", f"'published' is no date: {row['published']!r}")
        if not isinstance(row.get("language") or "", str):  # null stands for absent
            raise UnreadableInput(f"{path}:{i}", f"'language' is no ISO 639-1 code: {row['language']!r}")
        # the language picks the stop words of story terms, and whether events are coded: its ISO 639-1 code
        # ("en-US" -> "en")
        language = (row.get("language") or "").replace("_", "-").split("-")[0].lower() or detect_language(row["text"])
        yield row, enrich_article(Article(id=str(row["id"]), source=path, text=row["text"], title=row.get("title"),
                                          published=published, language=language))


def cmd_cluster(args) -> int:
    from storyline.link.stream import StreamLinker

    linker = StreamLinker()
    for row, article in _articles_of(_read_jsonl(args.file), args.file):
        story = linker.add(article)
        _print_json({"id": row["id"], "story": story.id, "thread": story.thread_id})
        for moved, story_id in linker.take_moved().items():  # a story split in two: a later line replaces the first
            _print_json({"id": moved, "story": story_id, "thread": linker.index.stories[story_id].thread_id})
    return 0


def cmd_recluster(args) -> int:
    from storyline.store import open_store

    with open_store(args.db) as store:
        before, after = store.recluster()
    err.print(f"re-clustered {escape(str(store.path))}: {before} stories before, {after} after")
    return 0


def cmd_code_events(args) -> int:
    for row, article in _articles_of(_read_jsonl(args.file), args.file):
        _print_json({"id": row["id"], "events": [e.to_dict() for e in article.events]})
    return 0


def _at_least(low: int, high: int | None = None):
    """An argparse type: an integer from `low` (to `high`), else a usage error naming the range."""
    def integer(value: str) -> int:
        number = int(value)
        if number < low or high is not None and number > high:
            raise argparse.ArgumentTypeError(f"{value} is not in {low}..{high}" if high is not None
                                             else f"{value} is less than {low}")
        return number
    return integer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storyline", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p):
        p.add_argument("--db", help="store file (default: $STORYLINE_DB or ./storyline.db)")
        return p

    def with_format(p, choices=("table", "json")):
        p.add_argument("--format", choices=choices, default=choices[0])
        return p

    def with_executor(p):
        p.add_argument("--executor", choices=("local", "ray"), default="local",
                       help="where documents are read, extracted and enriched: local processes, or Ray workers (the "
                            "cluster that RAY_ADDRESS names, else a Ray instance started here)")
        p.add_argument("--workers", type=_at_least(1),
                       help="local: processes (default 1); ray: CPUs of a Ray instance started here (default all)")
        return p

    p = with_executor(with_format(sub.add_parser("extract", help="print the article of each document"),
                                  ("jsonl", "json")))
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_extract)

    p = with_executor(with_format(with_db(sub.add_parser("ingest", help="extract, enrich, link and store documents"))))
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_ingest)

    p = with_format(with_db(sub.add_parser("stories", help="list stories, or one story's timeline")))
    p.add_argument("id", nargs="?", type=int)
    p.add_argument("--limit", type=_at_least(0), default=100)
    p.set_defaults(func=cmd_stories)

    p = with_format(with_db(sub.add_parser("events", help="coded events")))
    p.add_argument("--type")
    p.add_argument("--country", help="ISO3 code")
    p.add_argument("--status", choices=("reported", "mentioned", "planned", "negated"))
    p.add_argument("--limit", type=_at_least(0), default=1000)
    p.set_defaults(func=cmd_events)

    p = with_format(with_db(sub.add_parser("search", help="full-text search")))
    p.add_argument("query")
    p.add_argument("--limit", type=_at_least(0), default=20)
    p.set_defaults(func=cmd_search)

    p = with_db(sub.add_parser("export", help="write articles or events as CSV, JSONL or Parquet"))
    p.add_argument("what", choices=("events", "articles"))
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--format", choices=("csv", "jsonl", "parquet"))
    p.set_defaults(func=cmd_export)

    p = with_db(sub.add_parser("serve", help="web UI and REST API"))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_at_least(0, 65535), default=8000)
    p.set_defaults(func=cmd_serve)

    p = with_db(sub.add_parser("recluster", help="re-link all stored articles into stories and threads in bulk"))
    p.set_defaults(func=cmd_recluster)

    p = sub.add_parser("cluster", help="assign {id, text, title?, published?} lines to stories and threads "
                              "(an id printed again has moved: its story was split)")
    p.add_argument("file")
    p.set_defaults(func=cmd_cluster)

    p = sub.add_parser("code-events", help="coded events of {id, text, published?} lines")
    p.add_argument("file")
    p.set_defaults(func=cmd_code_events)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except StorylineError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        return 1
    except BrokenPipeError:  # `storyline ... | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
