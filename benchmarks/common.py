"""Shared by the benchmark scripts: data location, the scrapinghub body metric, the trafilatura-eval loader and
metrics, timing and memory."""
from __future__ import annotations

import gzip
import html
import json
import os
import re
import resource
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("STORYLINE_SHARED_DATA", ROOT.parent / "shared" / "data"))
_WORD = re.compile(r"\w+")


def scrapinghub_html(page_id: str) -> bytes:
    """A scrapinghub page's HTML, as crawled."""
    return gzip.decompress((DATA / "scrapinghub" / "html" / f"{page_id}.html.gz").read_bytes())


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text or "")
    return {tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1))}


def body_scores(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float, float]:
    """The scrapinghub benchmark metric: 4-token shingles, P and R averaged over pages, F1 of the averages."""
    precisions, recalls = [], []
    for page_id, gold in truth.items():
        got, want = shingles(predicted.get(page_id, "")), shingles(gold)
        tp = len(got & want)
        precisions.append(tp / len(got) if got else (1.0 if not want else 0.0))
        recalls.append(tp / len(want) if want else (1.0 if not got else 0.0))
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def timed(fn: Callable[[], dict]) -> tuple[dict, float]:
    """Result of fn and the CPU seconds it took (this process)."""
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def flattened(text: str) -> str:
    """A text dump as a renderer that indents nothing writes it (the same lines, each at the left margin)."""
    return "\n".join(line.lstrip() for line in text.splitlines())


def wrapped(text: str, width: int = 78) -> str:
    """A text dump as a renderer that wraps at `width` columns writes it (html2text's 78): each line broken
    greedily between words, its pieces at its indent."""
    return "\n".join("\n".join(textwrap.wrap(line, width, subsequent_indent=line[:len(line) - len(line.lstrip())],
                                             break_on_hyphens=False)) or "" for line in text.splitlines())


def lines_as_html(text: str) -> str:
    """A text dump as minimal HTML (one <p> per line) so that HTML extractors can run on it."""
    body = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def print_table(title: str, header: list[str], rows: list[list]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    print(f"\n{title}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(x).ljust(w) for x, w in zip(row, widths)) + " |")


def load_trafilatura_eval(limit):
    gold = json.loads((DATA / "trafilatura-eval" / "evaldata.json").read_text(encoding="utf-8"))
    folder = DATA / "trafilatura-eval" / "html"
    pages, truth = {}, {}
    for url, item in sorted(gold.items())[:limit]:
        path = folder / item["file"]
        data = path.read_bytes() if path.exists() else gzip.decompress((folder / f"{item['file']}.gz").read_bytes())
        pages[url] = data
        truth[url] = {**item, "url": url}
    return pages, truth


# ---- trafilatura-eval metrics ----

def article_fields(article) -> dict:
    """An extracted Article as the metrics read it: body text, title, authors in one string, date."""
    return {"text": article.text, "title": article.title, "author": "; ".join(article.authors),
            "date": article.published}


def one_spaced(text):
    """The text with each run of white space one space, as the trafilatura-eval metrics compare it."""
    return " ".join((text or "").split())


def snippet_scores(predicted, truth):
    tp = fp = fn = 0
    for i, gold in truth.items():
        text = one_spaced(predicted.get(i, {}).get("text"))
        for snippet in gold["with"]:
            tp, fn = (tp + 1, fn) if one_spaced(snippet) in text else (tp, fn + 1)
        fp += sum(1 for snippet in gold["without"] if one_spaced(snippet) in text)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _same_author(got, want):
    def names(s):
        s = "; ".join(s) if isinstance(s, list) else (s or "")
        # a list of names in any of the data set's languages: "A; B", "A, B", "A and B", "A und B", "A y B", "A et B"
        return sorted(n.strip().lower() for n in re.split(r";|,| and | und | y | et ", s) if n.strip())
    return names(got) == names(want)


def field_accuracy(predicted, truth, field):
    """Exact match over the pages whose gold value is not empty; None for a system that gives no such field."""
    pages = [i for i, g in truth.items() if g.get(field)]
    if not pages or not any(field in predicted.get(i, {}) for i in pages):
        return None
    hits = 0
    for i in pages:
        got, want = predicted.get(i, {}).get(field), truth[i][field]
        if field == "author":
            hits += _same_author(got, want)
        elif field == "date":
            hits += (got or "")[:10] == want[:10]
        else:
            hits += one_spaced(got) == one_spaced(want)
    return hits / len(pages)
