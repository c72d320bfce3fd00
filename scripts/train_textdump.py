"""Train the text-dump line classifier and write src/storyline/extract/models/textdump_lines.json.

Data: the rendered scrapinghub pages (../shared/data/textdump/txt) with their gold bodies. A line is "body"
when most of its 4-token shingles are in the gold body. The regularisation strength is chosen by
cross-validation grouped by site (no site in both training and test folds); the script reports nested
cross-validation (the strength chosen inside each training fold) with the page-level metric of DESIGN.md,
then fits on all pages.
    .venv/bin/python scripts/train_textdump.py [--data DIR] [--folds 5]
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
from common import body_scores, shingles  # noqa: E402

from storyline.extract.line_features import NAMES  # noqa: E402
from storyline.extract.textdump import MODEL_PATH, page_lines, read_page, select_body  # noqa: E402

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


def load(data: Path):
    truth = json.loads((data / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        text = (data / "textdump" / "txt" / f"{page_id}.txt").read_text(encoding="utf-8")
        lines, features = page_lines(read_page(text))
        site = urlparse(truth[page_id]["url"]).netloc.removeprefix("www.")
        pages.append({"id": page_id, "site": site, "lines": lines, "X": features,
                      "y": gold_labels(lines, truth[page_id]["articleBody"]), "gold": truth[page_id]["articleBody"]})
    return pages


# inverse regularisation strengths tried; the features are correlated (a line's and its neighbours'), and
# weak regularisation lets the model lean on page-layout accidents of the training sites
STRENGTHS = (1.0, 0.1, 0.01, 0.003, 0.001, 0.0003)


def fit(pages, strength: float) -> dict:
    """Logistic regression over the line features; each line weighs by its share of the page's words, as
    in the page metric (a long paragraph counts more than a menu entry)."""
    X = np.vstack([p["X"] for p in pages])
    y = np.concatenate([p["y"] for p in pages])
    weights = []
    for p in pages:
        words = np.asarray([len(_WORD.findall(line)) + 1 for line in p["lines"].texts], dtype=np.float64)
        weights.append(words / words.sum() * len(words) if len(words) else words)
    mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-6
    model = LogisticRegression(C=strength, max_iter=3000)
    model.fit((X - mean) / scale, y, sample_weight=np.concatenate(weights))
    return {"features": NAMES, "mean": mean.tolist(), "scale": scale.tolist(), "coef": model.coef_[0].tolist(),
            "intercept": float(model.intercept_[0])}


def evaluate(model: dict, pages) -> tuple[float, float, float]:
    predicted = {p["id"]: select_body(p["lines"], p["X"], model) for p in pages}
    return body_scores(predicted, {p["id"]: p["gold"] for p in pages})


def grouped_cv(pages, folds: int, strength=None) -> tuple[float, float, float]:
    """Mean P/R/F1 over folds grouped by site; with no `strength`, each training fold picks its own (nested)."""
    sites = [p["site"] for p in pages]
    scores = []
    for train, test in GroupKFold(n_splits=folds).split(pages, groups=sites):
        training = [pages[i] for i in train]
        chosen = strength if strength is not None else choose_strength(training, folds - 1)
        scores.append(evaluate(fit(training, chosen), [pages[i] for i in test]))
    return tuple(float(np.mean([s[k] for s in scores])) for k in range(3))


def choose_strength(pages, folds: int, report: bool = False) -> float:
    f1 = {strength: grouped_cv(pages, folds, strength)[2] for strength in STRENGTHS}
    if report:
        print("cross-validation by site, F1 per C: " + ", ".join(f"{c:g}: {f:.3f}" for c, f in f1.items()))
    return max(f1, key=f1.get)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    pages = load(args.data)
    p, r, f = grouped_cv(pages, args.folds)
    print(f"nested cross-validation by site ({args.folds} folds, {len({pg['site'] for pg in pages})} sites, "
          f"{len(pages)} pages): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    oracle = body_scores({pg["id"]: "\n".join(compress(pg["lines"].texts, pg["y"]))
                          for pg in pages}, {pg["id"]: pg["gold"] for pg in pages})
    print(f"per-line oracle with these labels: F1 {oracle[2]:.3f}")
    strength = choose_strength(pages, args.folds, report=True)
    model = fit(pages, strength)
    MODEL_PATH.write_text(json.dumps(model, indent=0))
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} (C={strength}, fit on all pages: F1 {evaluate(model, pages)[2]:.3f})")


if __name__ == "__main__":
    main()
