"""Train the text-dump line classifier and write src/storyline/extract/models/textdump_lines.json.

Data: the rendered scrapinghub pages (../shared/data/textdump/txt) with their gold bodies. A line is "body"
when most of its 4-token shingles are in the gold body. Two logistic regressions: the first over the line
features, the second over the first's probabilities in context (line_features.verdict_matrix), learnt from
out-of-fold probabilities. Each stage's regularisation strength is chosen by cross-validation grouped by site
(no site in both training and test folds); the script reports nested cross-validation (the strengths chosen
inside each training fold) with the page-level metric of DESIGN.md, then fits on all pages. It does so twice: on
the dumps as rendered (indented by box) and on the same dumps with the indentation taken out, for pages from a
renderer that indents nothing (textdump.is_flat picks the model). The bodies scored are extract_textdump's: each page
read beside the other pages of its site (site_lines.SiteLines), whose shared lines it drops.

Last, the title: a logistic regression over the candidate lines' features (textdump.title_candidates), fit on the
even half (by URL) of trafilatura-eval's pages rendered as text as the dumps were, its strength chosen by
cross-validation by site there; the odd half stays held out (benchmarks/textdump.py reports both). A second one
leaves out the words the line shares with the page's URL, for a dump whose URL is not known. --title-only fits
both again beside the line models already written.
    .venv/bin/python scripts/train_textdump.py [--data DIR] [--folds 5] [--title-only]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import compress
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import body_scores, flattened, load_trafilatura_eval, one_spaced, shingles  # noqa: E402
from textdump import inscriptis_dumps  # noqa: E402

from storyline.extract.line_features import NAMES, SECOND  # noqa: E402
from storyline.extract.metadata import slug_words  # noqa: E402
from storyline.extract.site_lines import SiteLines, site_of  # noqa: E402
from storyline.extract.textdump import (MODEL_PATH, TITLE_FEATURES, URL_FEATURES, body_mask, body_start,  # noqa: E402
                                        header_rows, logistic, page_lines, read_page, second_probabilities, select_body,
                                        title_candidates, verdicts)
from storyline.model import Document  # noqa: E402

_WORD = re.compile(r"\w+")


def gold_labels(lines, gold: str) -> np.ndarray:
    gold_shingles = shingles(gold)
    gold_words = " " + " ".join(_WORD.findall(gold)) + " "
    labels = []
    for line in lines.texts:
        tokens = _WORD.findall(line)
        if len(tokens) >= 4:
            own = shingles(line)
            labels.append(len(own & gold_shingles) / len(own) >= 0.5)
        else:
            labels.append(bool(tokens) and f" {' '.join(tokens)} " in gold_words)
    return np.asarray(labels, dtype=np.int8)


def load(data: Path, flat: bool = False):
    """The rendered pages with their gold labels; `flat`: with the indentation taken out (models["flat"])."""
    truth = json.loads((data / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    texts = [(data / "textdump" / "txt" / f"{page_id}.txt").read_text(encoding="utf-8") for page_id in ids]
    texts = [flattened(text) if flat else text for text in texts]
    # each page read beside the other pages of its site, as a crawl reads them: a site's pages are in one fold, and
    # the lines they share (SiteLines) take no labels
    shared = SiteLines().shared([Document(page_id, text.encode("utf-8"), "text", url=truth[page_id]["url"])
                                 for page_id, text in zip(ids, texts)])
    pages = []
    for page_id, text, site_lines in zip(ids, texts, shared):
        page = read_page(text)
        lines, features = page_lines(page)
        pages.append({"id": page_id, "site": site_of(truth[page_id]["url"]), "site_lines": site_lines, "page": page,
                      "lines": lines, "X": features,
                      "y": gold_labels(lines, truth[page_id]["articleBody"]), "gold": truth[page_id]["articleBody"]})
    return pages


# inverse regularisation strengths tried; the features are correlated (a line's and its neighbours'), and
# weak regularisation lets the model lean on page-layout accidents of the training sites
STRENGTHS = (1.0, 0.1, 0.01, 0.003, 0.001, 0.0003)
SECOND_STRENGTHS = (1.0, 0.3, 0.1, 0.03, 0.01, 0.003)


def _weights(page) -> np.ndarray:
    """Each line weighs by its share of the page's words, as in the page metric (a long paragraph counts more
    than a menu entry)."""
    words = np.asarray([len(_WORD.findall(line)) + 1 for line in page["lines"].texts], dtype=np.float64)
    return words / words.sum() * len(words) if len(words) else words


def _logistic_fit(X: np.ndarray, pages, strength: float) -> dict:
    return _logistic(X, np.concatenate([p["y"] for p in pages]), strength,
                     np.concatenate([_weights(p) for p in pages]))


def _logistic(X: np.ndarray, y: np.ndarray, strength: float, weights: np.ndarray | None = None) -> dict:
    mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-6
    model = LogisticRegression(C=strength, max_iter=3000)
    model.fit((X - mean) / scale, y, sample_weight=weights)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": model.coef_[0].tolist(),
            "intercept": float(model.intercept_[0])}


def fit_first(pages, strength: float) -> dict:
    """The first stage: logistic regression over the line features."""
    return {"features": NAMES, **_logistic_fit(np.vstack([p["X"] for p in pages]), pages, strength)}


def fit_second(pages, first: dict, strength: float) -> dict:
    """The second stage, over the first stage's probabilities `first` (page id -> array) read in context."""
    X = np.vstack([verdicts(p["X"], p["lines"].words, first[p["id"]]) for p in pages])
    return {"features": SECOND, **_logistic_fit(X, pages, strength)}


def _folds(pages, folds: int):
    for train, test in GroupKFold(n_splits=folds).split(pages, groups=[p["site"] for p in pages]):
        yield [pages[i] for i in train], [pages[i] for i in test]


def out_of_fold(pages, strength: float, folds: int) -> dict:
    """First-stage probabilities of each page from a model fit on the other sites' pages: what the second stage
    learns from must be as wrong as on unseen pages."""
    found = {}
    for training, held_out in _folds(pages, folds):
        model = fit_first(training, strength)
        found.update((p["id"], logistic(p["X"], model)) for p in held_out)
    return found


def scores(pages, probabilities: dict) -> tuple[float, float, float]:
    """The page metric of the bodies that `probabilities` (page id -> each line's) keep."""
    predicted = {p["id"]: "\n".join(compress(p["lines"].texts, body_mask(p["lines"], p["X"],
                                                                        probabilities=probabilities[p["id"]])))
                 for p in pages}
    return body_scores(predicted, {p["id"]: p["gold"] for p in pages})


def evaluate(model: dict, pages) -> tuple[float, float, float]:
    predicted = {p["id"]: select_body(p["page"], p["lines"], p["X"], model, p["site_lines"]) for p in pages}
    return body_scores(predicted, {p["id"]: p["gold"] for p in pages})


def _best(f1: dict, name: str, report: bool, metric: str = "F1") -> float:
    if report:
        print(f"{name}, cross-validation by site, {metric} per C: "
              + ", ".join(f"{c:g}: {f:.3f}" for c, f in f1.items()))
    return max(f1, key=f1.get)


def choose_first(pages, folds: int, report: bool = False) -> float:
    """The first stage's strength by cross-validation by site, the first stage alone deciding."""
    f1 = {}
    for strength in STRENGTHS:
        runs = []
        for training, held_out in _folds(pages, folds):
            model = fit_first(training, strength)
            runs.append(scores(held_out, {p["id"]: logistic(p["X"], model) for p in held_out})[2])
        f1[strength] = float(np.mean(runs))
    return _best(f1, "first stage", report)


def choose_second(pages, first: dict, folds: int, report: bool = False) -> float:
    """The second stage's strength by cross-validation by site, over the out-of-fold first stage `first`."""
    f1 = {}
    for strength in SECOND_STRENGTHS:
        runs = []
        for training, held_out in _folds(pages, folds):
            second = fit_second(training, first, strength)
            runs.append(scores(held_out, {p["id"]: second_probabilities(p["X"], p["lines"].words, first[p["id"]],
                                                                        second) for p in held_out})[2])
        f1[strength] = float(np.mean(runs))
    return _best(f1, "second stage", report)


def fit_model(pages, folds: int, report: bool = False) -> dict:
    """Both stages, each strength chosen by cross-validation by site on `pages`."""
    first_strength = choose_first(pages, folds, report)
    first = out_of_fold(pages, first_strength, folds)
    model = fit_first(pages, first_strength)
    model["second"] = fit_second(pages, first, choose_second(pages, first, folds, report))
    return model


def nested_cv(pages, folds: int) -> tuple[float, float, float]:
    """Mean P/R/F1 over folds grouped by site, each training fold choosing its own strengths."""
    runs = [evaluate(fit_model(training, folds - 1), held_out) for training, held_out in _folds(pages, folds)]
    return tuple(float(np.mean([r[k] for r in runs])) for k in range(3))


TITLE_STRENGTHS = (0.01, 0.1, 1.0, 10.0)


def title_pages(model: dict) -> list[dict]:
    """trafilatura-eval's pages with a gold title, rendered as text, with their title candidates under the line
    model `model` and which of them is the title; each with its half by URL (0: even, where the fit is)."""
    pages, truth = load_trafilatura_eval(None)
    found = []
    for number, (url, text) in enumerate(sorted(inscriptis_dumps(pages).items())):
        gold = one_spaced(truth[url].get("title"))
        page = read_page(text)
        lines, features = page_lines(page)
        keep = np.flatnonzero(body_mask(lines, features, model))
        if not gold or not len(keep):
            continue
        start = body_start(page, lines, keep)
        candidates, X = title_candidates(page, start, *header_rows(page, start)[:2], slug_words(url))
        found.append({"half": number % 2, "site": urlparse(url).netloc or url, "X": X,
                      "y": np.asarray([one_spaced(page.texts[k]) == gold for k in candidates], dtype=np.int8)})
    return found


def title_accuracy(weights: dict, pages) -> float:
    """Share of the pages whose best-scored candidate is the gold title (a page without candidates: a miss)."""
    return float(np.mean([len(p["y"]) > 0 and p["y"][int(np.argmax(logistic(p["X"], weights)))] for p in pages]))


def fit_title(pages, strength: float) -> dict:
    return {"features": TITLE_FEATURES, **_logistic(np.vstack([p["X"] for p in pages]),
                                                    np.concatenate([p["y"] for p in pages]), strength)}


def train_title(model: dict, folds: int) -> tuple[dict, dict]:
    """The title's weights for a page whose URL is known, and for one whose is not (fit without the URL's features:
    the others, fit beside them, lean on them)."""
    pages = title_pages(model)
    without_url = [{**p, "X": _without_url(p["X"])} for p in pages]
    return _title_weights(pages, folds, "with its URL"), _title_weights(without_url, folds, "without its URL")


def _without_url(X: np.ndarray) -> np.ndarray:
    X = X.copy()
    X[:, URL_FEATURES] = 0
    return X


def _title_weights(pages, folds: int, name: str) -> dict:
    even, odd = [p for p in pages if p["half"] == 0], [p for p in pages if p["half"] == 1]
    accuracy = {}
    for strength in TITLE_STRENGTHS:
        runs = [title_accuracy(fit_title(training, strength), held_out) for training, held_out in _folds(even, folds)]
        accuracy[strength] = float(np.mean(runs))
    title = fit_title(even, _best(accuracy, f"title {name} (even half)", True, "exact"))
    print(f"title {name}: fit on the even half ({len(even)} pages); exact on the odd half, held out ({len(odd)} pages "
          f"with a gold title and a body): {title_accuracy(title, odd):.3f}")
    return title


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--title-only", action="store_true", help="fit the title again, keep the line models")
    args = parser.parse_args()
    if args.title_only:
        model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        model["title"], model["title_without_url"] = train_title(model, args.folds)
        MODEL_PATH.write_text(json.dumps(model, indent=0))
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
        return
    kinds = {"indented": load(args.data), "flat": load(args.data, flat=True)}
    models = {}
    for kind, pages in kinds.items():
        p, r, f = nested_cv(pages, args.folds)
        print(f"{kind} pages: nested cross-validation by site ({args.folds} folds, {len({pg['site'] for pg in pages})} "
              f"sites, {len(pages)} pages): P {p:.3f} R {r:.3f} F1 {f:.3f}")
        oracle = body_scores({pg["id"]: "\n".join(compress(pg["lines"].texts, pg["y"]))
                              for pg in pages}, {pg["id"]: pg["gold"] for pg in pages})
        print(f"{kind} pages: per-line oracle with these labels: F1 {oracle[2]:.3f}")
        models[kind] = fit_model(pages, args.folds, report=True)
        print(f"{kind} pages: fit on all pages: F1 {evaluate(models[kind], pages)[2]:.3f}")
    model = {**models["indented"], "flat": models["flat"]}
    model["title"], model["title_without_url"] = train_title(model, args.folds)
    MODEL_PATH.write_text(json.dumps(model, indent=0))
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
