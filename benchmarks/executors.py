"""Executor benchmark: the same WARC files read, extracted and enriched by the local executor (one process, and a
process pool) and by the Ray Data executor (a Ray instance started here with as many CPUs), in one run.

Data: the WARC files of ../shared/data/warc (289 pages, 181 of them in one archive; one file is broken on purpose).
Prints documents, errors, wall seconds and documents per wall-second (the work is spread over processes, so CPU
time of one process says nothing), and whether each executor gives the articles of the one-process run, in the
same order. Ray's row also says how long the Ray instance took to start (not counted in its seconds). Ray is for
a cluster (RAY_ADDRESS): on one machine it pays for its own processes beside the workers.
    python benchmarks/executors.py [--workers 2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, print_table  # noqa: E402


def run(pipeline, paths: list[str]) -> tuple[list[str], int, float]:
    """The articles (as JSON) of `paths`, the number of errors, and the wall seconds taken."""
    errors = []
    start = time.perf_counter()
    articles = [article.to_json() for article in pipeline.extract(paths, errors.append)]
    return articles, len(errors), time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="processes of the pool, CPUs of the Ray instance")
    args = parser.parse_args()
    import ray

    from storyline.run import Pipeline
    from storyline.run.ray import RayPipeline

    paths = [str(DATA / "warc")]
    start = time.perf_counter()
    ray.init(num_cpus=args.workers, include_dashboard=False, configure_logging=False, log_to_driver=False)
    ray_start = time.perf_counter() - start
    systems = {"local, one process": Pipeline(workers=1),
               f"local, {args.workers} processes": Pipeline(workers=args.workers),
               f"Ray Data, {args.workers} CPUs": RayPipeline()}
    rows, reference = [], None
    for name, pipeline in systems.items():
        articles, errors, seconds = run(pipeline, paths)
        reference = reference or articles
        rows.append([name, f"{len(articles)}", f"{errors}", f"{seconds:.1f}", f"{len(articles) / seconds:.1f}",
                     "yes" if articles == reference else "NO",
                     f"{ray_start:.1f}" if isinstance(pipeline, RayPipeline) else "-"])
    ray.shutdown()
    print_table(f"Executors on {paths[0]}", ["executor", "documents", "errors", "wall s", "docs/wall-s",
                                               "same articles", "start s"], rows)


if __name__ == "__main__":
    main()
