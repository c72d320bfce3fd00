"""Train the text-dump line classifier and write src/storyline/extract/models/textdump_lines.json.

Data: the rendered scrapinghub pages (../shared/data/textdump/txt) with their gold bodies. A line is "body"
when most of its 4-token shingles are in the gold body. Reports cross-validation grouped by site (no site
is in both training and test folds) with the page-level metric of DESIGN.md, then fits on all pages.
    .venv/bin/python scripts/train_textdump.py [--data DIR] [--folds 5]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
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
    for line in lines:
        tokens = _WORD.findall(line.text)
        if len(tokens) >= 4:
            own = shingles(line.text)
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


def fit(pages) -> dict:
    """Logistic regression over the line features; each line weighs by its share of the page's words, as
    in the page metric (a long paragraph counts more than a menu entry)."""
    X = np.vstack([p["X"] for p in pages])
    y = np.concatenate([p["y"] for p in pages])
    weights = []
    for p in pages:
        words = np.asarray([len(_WORD.findall(line.text)) + 1 for line in p["lines"]], dtype=np.float64)
        weights.append(words / words.sum() * len(words) if len(words) else words)
    mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-6
    model = LogisticRegression(C=1.0, max_iter=3000)
    model.fit((X - mean) / scale, y, sample_weight=np.concatenate(weights))
    return {"features": NAMES, "mean": mean.tolist(), "scale": scale.tolist(), "coef": model.coef_[0].tolist(),
            "intercept": float(model.intercept_[0])}


def evaluate(model: dict, pages) -> tuple[float, float, float]:
    predicted = {p["id"]: select_body(p["lines"], p["X"], model) for p in pages}
    return body_scores(predicted, {p["id"]: p["gold"] for p in pages})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    pages = load(args.data)
    sites = [p["site"] for p in pages]
    scores = []
    for train, test in GroupKFold(n_splits=args.folds).split(pages, groups=sites):
        model = fit([pages[i] for i in train])
        scores.append(evaluate(model, [pages[i] for i in test]))
    p, r, f = (float(np.mean([s[k] for s in scores])) for k in range(3))
    print(f"cross-validation by site ({args.folds} folds, {len(set(sites))} sites, {len(pages)} pages): "
          f"P {p:.3f} R {r:.3f} F1 {f:.3f}")
    oracle = body_scores({pg["id"]: "\n".join(ln.text for ln, keep in zip(pg["lines"], pg["y"]) if keep)
                          for pg in pages}, {pg["id"]: pg["gold"] for pg in pages})
    print(f"per-line oracle with these labels: F1 {oracle[2]:.3f}")
    model = fit(pages)
    MODEL_PATH.write_text(json.dumps(model, indent=0))
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} (fit on all pages: F1 {evaluate(model, pages)[2]:.3f})")


if __name__ == "__main__":
    main()
