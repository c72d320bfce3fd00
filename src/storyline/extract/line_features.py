"""Features of the lines of a text dump, for the learned body/chrome line classifier.

Language-independent where possible: shape (length, bullets, indentation, punctuation, capitals, digits),
position, neighbours, repetition inside the page, and the rule labels of textdump.py. Shared by the
extractor and scripts/train_textdump.py, so that training and use see the same numbers.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")
SENTENCE_PUNCT = re.compile(r"[.!?。！？][\s»”\"')]|[.!?。！？]$")
# function words of the languages most common in news; their share tells prose from labels and names
STOPWORDS = frozenset("""
the a an and or of to in on at for with by from as is are was were be been has have had that this it its
he she they we you his her their our not but if than then so also will would said says after before about
der die das und oder ist sind war nicht mit von zu den dem des ein eine einer im auf für sich auch es
le la les et ou est sont était pas avec de du des un une dans sur pour que qui il elle ils au aux
el los las y o es son fue con por para que en una un del al se lo como más
il lo gli e è sono con per che di da una un nel della
""".split())
# counted with one C-level findall each instead of a Python loop over characters or words
DIGIT = re.compile(r"\d")
CAPITALISED = re.compile(r"(?<!\S)[\"'“‘(«]?[A-ZÀ-ÖØ-ÞА-ЯЁ]")
STOPWORD = re.compile(r"(?<!\w)(?:" + "|".join(sorted(STOPWORDS, key=len, reverse=True)) + r")(?!\w)")

BASE = ["log_words", "log_chars", "ends_sentence", "inner_sentences", "bullet", "indent", "comma_rate",
        "capital_rate", "digit_rate", "stopword_rate", "cjk_rate", "repeated", "blank_before", "blank_after",
        "position", "rule_prose", "rule_chrome", "rule_meta", "in_dense_run", "words_vs_page", "bullet_run",
        "bullet_words"]
CONTEXT = ["log_words", "ends_sentence", "bullet", "stopword_rate", "rule_prose", "in_dense_run"]
OFFSETS = (-2, -1, 1, 2)
NAMES = BASE + [f"{name}@{off:+d}" for off in OFFSETS for name in CONTEXT] + ["window_prose", "window_bullets"]


def line_matrix(texts: list[str], raws: list[str], labels: list[str], blank_before: list[bool],
                blank_after: list[bool], dense: list[bool]) -> np.ndarray:
    """One row of NAMES per non-blank line of a page."""
    n = len(texts)
    counts = Counter(texts)
    rows = []
    for i, (text, raw, label) in enumerate(zip(texts, raws, labels)):
        words = text.split()
        cjk = len(CJK.findall(text))
        n_words = len(words) + cjk // 2
        n_chars = len(text)
        rows.append([
            math.log1p(n_words), math.log1p(n_chars),
            1.0 if SENTENCE_PUNCT.search(text[-3:]) else 0.0,
            min(len(SENTENCE_PUNCT.findall(text)), 10) / 10,
            1.0 if label == "list" else 0.0,
            min((len(raw) - len(raw.lstrip())) / 4, 3.0),
            text.count(",") / (n_words or 1),
            len(CAPITALISED.findall(text)) / (len(words) or 1),
            len(DIGIT.findall(text)) / (n_chars or 1),
            len(STOPWORD.findall(text.lower())) / (len(words) or 1),
            cjk / (n_chars or 1),
            1.0 if counts[text] > 1 else 0.0,
            1.0 if blank_before[i] else 0.0, 1.0 if blank_after[i] else 0.0,
            i / (n - 1) if n > 1 else 0.0,
            1.0 if label == "prose" else 0.0,
            1.0 if label in ("boilerplate", "caption", "credit") else 0.0,
            1.0 if label in ("date", "short") else 0.0,
            1.0 if dense[i] else 0.0,
            0.0, 0.0,  # words_vs_page and bullet_run, below
            math.log1p(n_words) if label == "list" else 0.0,
        ])
    base = np.asarray(rows, dtype=np.float32).reshape(n, len(BASE))
    if n:
        base[:, BASE.index("words_vs_page")] = base[:, 0] - np.median(base[:, 0])
        base[:, BASE.index("bullet_run")] = np.log1p(_run_lengths(base[:, BASE.index("bullet")]))
    idx = [BASE.index(c) for c in CONTEXT]
    parts = [base]
    for off in OFFSETS:
        shifted = np.zeros((n, len(idx)), dtype=np.float32)
        if off < 0 and n > -off:
            shifted[-off:] = base[:off, idx]
        elif off > 0 and n > off:
            shifted[:-off] = base[off:, idx]
        parts.append(shifted)
    prose = base[:, BASE.index("rule_prose")]
    bullets = base[:, BASE.index("bullet")]
    parts.append(_window_mean(prose, 7)[:, None])
    parts.append(_window_mean(bullets, 7)[:, None])
    return np.hstack(parts)


def _run_lengths(flags: np.ndarray) -> np.ndarray:
    """For each line, the length of the run of equal flags it belongs to (0 outside runs of 1s)."""
    out = np.zeros(len(flags), dtype=np.float32)
    start = 0
    for i in range(1, len(flags) + 1):
        if i == len(flags) or flags[i] != flags[start]:
            if flags[start]:
                out[start:i] = i - start
            start = i
    return out


def _window_mean(values: np.ndarray, width: int) -> np.ndarray:
    """Mean over a centred window, zero-padded at the page edges."""
    half = width // 2
    return (np.convolve(values, np.ones(width, dtype=np.float32), mode="full")[half:half + len(values)] / width
            ).astype(np.float32)
