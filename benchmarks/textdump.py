"""Text-dump extraction benchmark: ours beside jusText and trafilatura (run on the same lines), in one run.

Data: ../shared/data/textdump/txt (the 181 scrapinghub pages rendered to text), gold bodies from
../shared/data/scrapinghub/ground-truth.json; metric as in DESIGN.md. Prints P/R/F1 and documents per CPU-second:
ours as a crawl runs it (each page beside the other pages of its site, 110 of the 181 pages having one; see
extract/site_lines.py) and each page alone,
then the same for the dumps with their indentation taken out and for the dumps wrapped at 78 columns, and for the
pages' HTML rendered by other renderers: html2text (Markdown, as crawlers write it for language models), and lynx
and w3m where they are installed (Debian packages: apt-get install lynx w3m). Last, the 990 pages of
../shared/data/trafilatura-eval rendered as the dumps were (inscriptis): snippet P/R/F1 (as benchmarks/extraction.py
counts them) and exact title, author and date from the text.
    python benchmarks/textdump.py [--limit N] [--passes 3]
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (DATA, article_fields, body_scores, field_accuracy, flattened, lines_as_html,  # noqa: E402
                    load_trafilatura_eval, print_table, scrapinghub_html, snippet_scores, timed, wrapped)


PAGE_URLS: dict[str, str] = {}  # page id -> its URL, which names its site (load and trafilatura_eval_section fill it)


def load(limit: int | None) -> tuple[dict[str, str], dict[str, str]]:
    truth = json.loads((DATA / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    PAGE_URLS.update({i: truth[i]["url"] for i in ids})
    texts = {i: (DATA / "textdump" / "txt" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
    return texts, {i: truth[i]["articleBody"] for i in ids}


CHARSET = re.compile(r"<meta[^>]+charset[^>]*>", re.IGNORECASE)


def rendered(ids: list[str], renderer: str) -> dict[str, str]:
    """The pages' HTML as `renderer` writes it as text: "html2text" (Markdown, wrapped at 78), "lynx" or "w3m"."""
    from storyline.extract.html_input import decode_page

    pages = {i: decode_page(scrapinghub_html(i))[0] for i in ids}
    if renderer == "html2text":
        import html2text

        return {i: html2text.html2text(page) for i, page in pages.items()}
    command = {"lynx": ["lynx", "-dump", "-nolist", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8"],
               "w3m": ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]}[renderer]
    out = {}
    with tempfile.TemporaryDirectory() as folder:
        for i, page in pages.items():
            path = Path(folder) / f"{i}.html"
            # written in UTF-8, so it says so in place of the charset it declared
            path.write_text('<meta charset="utf-8">' + CHARSET.sub("", page), encoding="utf-8")
            out[i] = subprocess.run([*command, str(path)], capture_output=True, check=True).stdout.decode("utf-8",
                                                                                                       "replace")
    return out


def inscriptis_dumps(pages: dict[str, bytes]) -> dict[str, str]:
    """Pages rendered as text as the 181 dumps were: inscriptis, list items as "• " lines, trailing spaces cut."""
    import inscriptis.model.tag.list_tag as list_tag
    from inscriptis import get_text

    from storyline.extract.html_input import decode_page

    list_tag.UL_COUNTER = ("• ",) * 4  # inscriptis's bullets by depth are "* ", "+ ", "o ", "- "
    return {i: "\n".join(line.rstrip() for line in get_text(decode_page(page)[0]).splitlines())
            for i, page in pages.items()}


def ours_with_metadata(texts, alone: bool = False, urls: bool = True):
    """Each page read beside the other pages of its site, as a crawl reads them (SiteLines, timed with the rest), or
    `alone`; without the pages' URLs for `urls=False` (a dump's file alone)."""
    from storyline.extract import SiteLines
    from storyline.extract.textdump import extract_textdump
    from storyline.model import Document

    docs = [Document(i, t.encode("utf-8"), "text", url=PAGE_URLS.get(i) if urls else None) for i, t in texts.items()]
    shared = [frozenset()] * len(docs) if alone else SiteLines().shared(docs)
    return {doc.source: article_fields(extract_textdump(doc, site_lines)) for doc, site_lines in zip(docs, shared)}


def trafilatura_eval_section(limit: int | None) -> None:
    """trafilatura-eval's pages rendered as text: snippet P/R/F1 of every system, and our title, author and date,
    also on the two halves by URL (the title model was fit and the header rules tuned on the even pages; the odd
    ones report)."""
    pages, truth = load_trafilatura_eval(limit)
    PAGE_URLS.update({url: url for url in pages})  # trafilatura-eval's pages go by URL
    texts = inscriptis_dumps(pages)
    rows = []
    for name, system in SYSTEMS.items():
        run = (ours_with_metadata if system is ours
               else lambda t, s=system: {i: {"text": x} for i, x in s(t).items()})
        predicted, cpu = timed(lambda r=run: r(texts))
        p, r, f = snippet_scores(predicted, truth)
        fields = [field_accuracy(predicted, truth, k) for k in ("title", "author", "date")]
        rows.append([name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", *("-" if v is None else f"{v:.3f}" for v in fields),
                     f"{len(texts) / cpu:,.0f}" if cpu else "-"])
        if system is ours:
            keys = sorted(truth)
            halves = {half: {k: truth[k] for k in keys[start::2]} for half, start in (("even", 0), ("odd", 1))}
            split = "; ".join(f"{half} pages " + " ".join(f"{k} {field_accuracy(predicted, gold, k):.3f}"
                                                          for k in ("title", "author", "date"))
                              for half, gold in halves.items())
    print_table(f"trafilatura-eval: {len(texts)} pages rendered as text by inscriptis (one pass)",
                ["system", "P", "R", "F1", "title", "author", "date", "docs/CPU-s"], rows)
    print(f"storyline by half (title model fit, header rules tuned on the even pages): {split}")
    # the title model reads the words a line shares with the page's URL; a dump read without one uses the other
    unnamed = ours_with_metadata(texts, urls=False)
    print("storyline without the pages' URLs: " + " ".join(f"{k} {field_accuracy(unnamed, truth, k):.3f}"
                                                           for k in ("title", "author", "date")))


def ours(texts):
    return {i: article["text"] for i, article in ours_with_metadata(texts).items()}


def ours_alone(texts):
    return {i: article["text"] for i, article in ours_with_metadata(texts, alone=True).items()}


def keep_everything(texts):
    return dict(texts)


def justext_lines(texts):
    import justext

    stop = justext.get_stoplist("English")
    out = {}
    for i, t in texts.items():
        paragraphs = justext.justext(lines_as_html(t).encode("utf-8"), stop)
        out[i] = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return out


def trafilatura_lines(texts):
    import trafilatura

    return {i: trafilatura.extract(lines_as_html(t)) or "" for i, t in texts.items()}


def near_duplicate_check(texts, dumped: dict[str, str]) -> tuple[float, int, int]:
    """Share of pages whose text-dump article and HTML article are judged the same (storyline's dedup),
    and the number of judged-same pairs of different pages."""
    from storyline.extract import extract_html
    from storyline.link.dedup import CONTAINMENT, containment, signature
    from storyline.model import Document

    html = {i: extract_html(Document(i, scrapinghub_html(i), "html")).text for i in texts}
    a = {i: signature(dumped[i]) for i in texts}
    b = {i: signature(html[i]) for i in texts}
    same = sum(containment(a[i], b[i]) >= CONTAINMENT for i in texts)
    false = sum(containment(a[i], b[j]) >= CONTAINMENT for i in texts for j in texts if i != j)
    return same / len(texts), false, len(texts) * (len(texts) - 1)


SYSTEMS = {"storyline": ours, "storyline, each page alone": ours_alone, "keep everything": keep_everything,
           "jusText (lines)": justext_lines,
           "trafilatura (lines)": trafilatura_lines}


def compare(title: str, texts: dict[str, str], truth: dict[str, str], passes: int) -> dict[str, dict]:
    """Every system on `texts`, one table; returns each system's bodies."""
    rows, outputs = [], {}
    for name, system in SYSTEMS.items():
        system(dict(list(texts.items())[:1]))  # warm-up: imports and model loading are not timed
        # the fastest of a few passes: one pass of ours takes a fifth of a second, about the size of the noise
        timings = [timed(lambda s=system: s(texts)) for _ in range(passes)]
        predicted, cpu = timings[0][0], min(seconds for _, seconds in timings)
        outputs[name] = predicted
        p, r, f = body_scores(predicted, truth)
        rows.append([name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{len(texts) / cpu:,.0f}" if cpu else "-"])
    print_table(title, ["system", "P", "R", "F1", "docs/CPU-s"], rows)
    return outputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="first N pages only")
    parser.add_argument("--passes", type=int, default=3, help="timed passes per system; the fastest counts")
    args = parser.parse_args()
    texts, truth = load(args.limit)
    outputs = compare(f"Text dumps: {len(texts)} pages (docs/CPU-s: the fastest of {args.passes} passes)", texts,
                      truth, args.passes)
    share, false, pairs = near_duplicate_check(texts, outputs["storyline"])
    print(f"\nnear-duplicates: text dump and HTML of the same page judged the same article for {share:.1%} of "
          f"{len(texts)} pages; {false} of {pairs:,} pairs of different pages judged the same")
    compare("The same dumps without indentation (each line at the left margin)",
            {i: flattened(t) for i, t in texts.items()}, truth, args.passes)
    compare("The same dumps wrapped at 78 columns", {i: wrapped(t) for i, t in texts.items()}, truth, args.passes)
    for renderer in ("html2text", "lynx", "w3m"):
        if renderer != "html2text" and not shutil.which(renderer):
            print(f"\n{renderer} is not installed: its table is left out")
            continue
        title = f"The pages' HTML rendered by {renderer}" + (" (Markdown)" if renderer == "html2text" else "")
        compare(title, rendered(list(texts), renderer), truth, args.passes)
    trafilatura_eval_section(args.limit)


if __name__ == "__main__":
    main()
