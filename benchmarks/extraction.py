"""HTML extraction benchmark: ours beside trafilatura, readability-lxml, resiliparse and jusText, in one run.

Data (DESIGN.md): ../shared/data/scrapinghub (181 pages, gold bodies; 4-shingle P/R averaged over pages) and
../shared/data/trafilatura-eval (990 annotated pages; snippets that must / must not be in the body, counted over
all pages as trafilatura's evaluation does; exact title, author and date where the gold value is not empty).
Each system runs in its own process: pages per CPU-second exclude imports and a warm-up page; peak memory is
that process's maximum resident set.
A third table ("charsets") re-encodes the pages of both sets whose text fits windows-1252 into it, with and
without a <meta charset> declaration, and counts the pages each system decodes back to the same text.
    python benchmarks/extraction.py [--limit N] [--systems storyline,trafilatura] [--datasets scrapinghub,charsets]
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (DATA, article_fields, body_scores, field_accuracy, load_trafilatura_eval, peak_rss_mb,  # noqa: E402
                    print_table, scrapinghub_html, snippet_scores, timed)


def load_scrapinghub(limit):
    truth = json.loads((DATA / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    pages = {i: scrapinghub_html(i) for i in ids}
    return pages, {i: {"body": truth[i]["articleBody"], "url": truth[i]["url"]} for i in ids}


DATASETS = {"scrapinghub": load_scrapinghub, "trafilatura-eval": load_trafilatura_eval}
CHARSET_TABLE = "charsets"


# ---- systems: each maps {id: html bytes} + truth (for urls) to {id: {"text", "title", "author", "date"}} ----

def sys_storyline(pages, truth):
    from storyline.extract import extract_html
    from storyline.model import Document

    out = {}
    for i, html in pages.items():
        out[i] = article_fields(extract_html(Document(i, html, "html", url=truth[i]["url"])))
    return out


def _trafilatura(pages, truth, **options):
    import trafilatura

    out = {}
    for i, html in pages.items():
        doc = trafilatura.bare_extraction(html, url=truth[i]["url"], with_metadata=True, **options)
        out[i] = ({"text": doc.text or "", "title": doc.title, "author": doc.author, "date": doc.date}
                  if doc else {"text": ""})
    return out


def sys_trafilatura(pages, truth):
    return _trafilatura(pages, truth)


def sys_trafilatura_precision(pages, truth):
    return _trafilatura(pages, truth, favor_precision=True)


def sys_readability(pages, truth):
    import lxml.html
    from readability import Document as ReadabilityDocument

    out = {}
    for i, html in pages.items():
        try:
            doc = ReadabilityDocument(html)
            summary = doc.summary(html_partial=True)
            text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
            out[i] = {"text": text, "title": doc.short_title()}
        except Exception:  # readability raises on some malformed pages: scored as empty
            out[i] = {"text": ""}
    return out


def sys_resiliparse(pages, truth):
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from resiliparse.parse.html import HTMLTree

    out = {}
    for i, html in pages.items():
        tree = HTMLTree.parse(bytes_to_str(html, detect_encoding(html)))
        out[i] = {"text": extract_plain_text(tree, main_content=True),
                  "title": tree.title or None}
    return out


# jusText needs the page's language: our language code -> jusText's stop-list name (English when it has none)
JUSTEXT_LANGUAGES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
                     "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "pl": "Polish", "sv": "Swedish",
                     "da": "Danish", "no": "Norwegian_Bokmal", "fi": "Finnish", "cs": "Czech", "tr": "Turkish",
                     "hu": "Hungarian", "ro": "Romanian", "el": "Greek", "uk": "Ukrainian", "id": "Indonesian"}


def sys_justext(pages, truth):
    import justext
    from trafilatura.utils import decode_file

    from storyline.extract.metadata import detect_language

    stoplists = {}
    out = {}
    for i, html in pages.items():
        language = JUSTEXT_LANGUAGES.get(detect_language(decode_file(html)[:5000]), "English")
        stop = stoplists.setdefault(language, justext.get_stoplist(language))
        try:
            paragraphs = justext.justext(html, stop)
            out[i] = {"text": "\n".join(p.text for p in paragraphs if not p.is_boilerplate)}
        except Exception:  # jusText fails on empty or undecodable documents
            out[i] = {"text": ""}
    return out


SYSTEMS = {"storyline": sys_storyline, "trafilatura": sys_trafilatura,
           "trafilatura (precision)": sys_trafilatura_precision, "readability-lxml": sys_readability,
           "resiliparse": sys_resiliparse, "jusText": sys_justext}


def _run_system(name, dataset, limit, queue):
    pages, truth = DATASETS[dataset](limit)
    system = SYSTEMS[name]
    first = next(iter(pages))
    system({first: pages[first]}, truth)  # warm-up: imports, model loading
    predicted, cpu = timed(lambda: system(pages, truth))
    queue.put((predicted, cpu, peak_rss_mb()))


def run_isolated(name, dataset, limit):
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_run_system, args=(name, dataset, limit, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


# ---- metrics -----------------------------------------------------------------------------------------

# ---- charsets: the same pages in windows-1252, declared and undeclared ---------------------------------

_META_CHARSET = re.compile(rb"<meta[^>]*charset=[\"']?[\w-]+[\"']?[^>]*>", re.IGNORECASE)
_HEAD = re.compile(rb"<head\b[^>]*>", re.IGNORECASE)


def legacy_pages(limit):
    """(declared, undeclared, text) for each page whose UTF-8 text is not ASCII and fits windows-1252."""
    out = []
    for load in DATASETS.values():
        for page in load(limit)[0].values():
            try:
                text = page.decode("utf-8")
                legacy = _META_CHARSET.sub(b"", text.encode("cp1252"))
            except (UnicodeDecodeError, UnicodeEncodeError):
                continue
            head = _HEAD.search(legacy)
            if head and not text.isascii():
                declared = legacy[:head.end()] + b'<meta charset="windows-1252">' + legacy[head.end():]
                out.append((declared, legacy))
    return out


def charset_scores(limit) -> tuple[int, dict[str, list[float]]]:
    """Pages re-encoded, and per system the share of declared and of undeclared ones decoded to their text."""
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    from trafilatura.utils import decode_file

    from storyline.extract.html_input import decode_page

    decoders = {"storyline": lambda b: decode_page(b)[0], "trafilatura": decode_file,
                "resiliparse (meta, then uchardet)": lambda b: bytes_to_str(b, detect_encoding(b, from_html_meta=True))}
    pages = legacy_pages(limit)
    return len(pages), {name: [sum(decode(page) == page.decode("cp1252") for page in kind) / len(pages)
                               for kind in zip(*pages)] for name, decode in decoders.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="first N pages of each data set")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--datasets", default=",".join([*DATASETS, CHARSET_TABLE]))
    args = parser.parse_args()
    fmt = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    for dataset in args.datasets.split(","):
        if dataset == CHARSET_TABLE:
            n, scores = charset_scores(args.limit)
            print_table(f"charsets: {n} pages in windows-1252, share decoded to their text",
                        ["system", "declared", "undeclared"], [[k, *map(fmt, v)] for k, v in scores.items()])
            continue
        _, truth = DATASETS[dataset](args.limit)
        rows = []
        for name in args.systems.split(","):
            predicted, cpu, rss = run_isolated(name, dataset, args.limit)
            if dataset == "scrapinghub":
                p, r, f = body_scores({i: v.get("text", "") for i, v in predicted.items()},
                                      {i: g["body"] for i, g in truth.items()})
            else:
                p, r, f = snippet_scores(predicted, truth)
            rows.append([name, fmt(p), fmt(r), fmt(f), *(fmt(field_accuracy(predicted, truth, k))
                                                          for k in ("title", "author", "date")),
                         f"{len(truth) / cpu:,.0f}" if cpu else "-", f"{rss:,.0f}"])
        print_table(f"{dataset}: {len(truth)} pages", ["system", "P", "R", "F1", "title", "author", "date",
                                                       "pages/CPU-s", "peak MB"], rows)


if __name__ == "__main__":
    main()
