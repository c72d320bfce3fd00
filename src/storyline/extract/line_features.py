"""Features of the lines of a text dump, for the learned body/chrome line classifier.

Language-independent (no word lists): shape (length, bullets, indentation, punctuation, capitals, digits),
position, neighbours, repetition inside the page, and the rule labels of textdump.py. Shared by the
extractor and scripts/train_textdump.py, so that training and use see the same numbers.
"""
from __future__ import annotations

from collections import Counter

import numpy as np

BASE = ["log_words", "log_chars", "ends_sentence", "bullet", "indent", "comma_rate",
        "capital_rate", "digit_rate", "cjk_rate", "repeated", "blank_before", "blank_after",
        "position", "rule_prose", "rule_chrome", "rule_meta", "in_dense_run", "words_vs_page", "bullet_run",
        "bullet_words", "after_comments", "indent_vs_dense", "same_indent_as_dense", "box_log_words",
        "box_prose_share", "box_sentence_share", "box_log_words_per_line", "box_log_lines", "box_page_share"]
CONTEXT = ["log_words", "ends_sentence", "bullet", "rule_prose", "in_dense_run"]
OFFSETS = (-2, -1, 1, 2)
NAMES = BASE + [f"{name}@{off:+d}" for off in OFFSETS for name in CONTEXT] + ["window_prose", "window_bullets"]


# per-line counts, from whole-page passes (numpy over code points): the page has hundreds of lines
COUNTS = ["chars", "tokens", "cjk", "capitalised", "digits", "commas", "ends_sentence"]
# a line ends a sentence: a mark last, or a mark before a closing quote, bracket or space in its last three
# (lookup tables indexed by code point, the last entry standing for all above: np.isin sorts at each call)
_SPACE = np.zeros(0x3002, dtype=bool)  # the code points str.split() splits on: tokens == len(line.split())
_SPACE[[c for c in range(0x3001) if chr(c).isspace()]] = True
_SENTENCE_MARK = np.zeros(0xFF21, dtype=bool)
_SENTENCE_MARK[[ord(c) for c in ".!?。！？"]] = True
_CLOSER = np.zeros(0x201F, dtype=bool)
_CLOSER[[ord(c) for c in "»”\"')"]] = True


def count_lines(texts: list[str]) -> np.ndarray:
    """One row of COUNTS per line (the lines hold no newline)."""
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64)
    points = np.frombuffer(("\n".join(texts) + "\n").encode("utf-32-le"), dtype=np.uint32)
    space = _SPACE[np.minimum(points, len(_SPACE) - 1)]
    word_start = ~space & np.concatenate([[True], space[:-1]])
    cjk = (((points >= 0x3040) & (points <= 0x30FF)) | ((points >= 0x3400) & (points <= 0x9FFF))
           | ((points >= 0xAC00) & (points <= 0xD7AF)) | ((points >= 0xFF00) & (points <= 0xFFEF)))
    upper = (((points >= 65) & (points <= 90)) | ((points >= 0xC0) & (points <= 0xDE))
             | ((points >= 0x410) & (points <= 0x42F)))
    masks = np.column_stack([word_start, cjk, word_start & upper, (points >= 48) & (points <= 57), points == 44])
    counts = np.zeros((n, len(COUNTS)), dtype=np.float32)
    if n:
        counts[:, 0] = lengths
        counts[:, 1:-1] = np.add.reduceat(masks.astype(np.float32), starts, axis=0) * (lengths > 0)[:, None]
        counts[:, -1] = _ends_sentence(points, starts + lengths, lengths, space)
    return counts


def _ends_sentence(points: np.ndarray, ends: np.ndarray, lengths: np.ndarray, space: np.ndarray) -> np.ndarray:
    back = np.arange(3, 0, -1)  # the third-last, second-last and last character of each line
    at = np.maximum(ends[:, None] - back, 0)
    inside = lengths[:, None] >= back
    last = points[at]
    mark = _SENTENCE_MARK[np.minimum(last, len(_SENTENCE_MARK) - 1)] & inside
    close = (space[at] | _CLOSER[np.minimum(last, len(_CLOSER) - 1)]) & inside
    return mark[:, 2] | (mark[:, 1] & close[:, 2]) | (mark[:, 0] & close[:, 1])


def word_counts(counts: np.ndarray) -> np.ndarray:
    """Words per row of count_lines; two CJK characters count as one, so that Japanese/Korean prose scores like
    English."""
    return counts[:, COUNTS.index("tokens")] + counts[:, COUNTS.index("cjk")] // 2


def line_matrix(texts: list[str], indents: list[int], labels: list[str], blank_before: list[bool],
                blank_after: list[bool], dense: list[bool], after_comments: list[bool],
                counts: np.ndarray) -> np.ndarray:
    """One row of NAMES per non-blank line of a page; `counts` holds their rows of count_lines."""
    n = len(texts)
    if n == 0:
        return np.zeros((0, len(NAMES)), dtype=np.float32)
    lengths, tokens, cjk, capitalised, digits, commas, ends_sentence = counts.T
    n_words = word_counts(counts)
    chars = np.maximum(lengths, 1)
    per_word = np.maximum(tokens, 1)
    label_arr = np.asarray(labels)
    bullet = (label_arr == "list").astype(np.float32)
    repeated = Counter(texts)
    indent = np.asarray(indents, dtype=np.float32)
    base = np.column_stack([
        np.log1p(n_words), np.log1p(lengths),
        ends_sentence,
        bullet,
        np.minimum(indent / 4, 3.0),
        commas / np.maximum(n_words, 1),
        capitalised / per_word,
        digits / chars,
        cjk / chars,
        np.fromiter((1.0 if repeated[t] > 1 else 0.0 for t in texts), dtype=np.float32, count=n),
        np.asarray(blank_before, dtype=np.float32), np.asarray(blank_after, dtype=np.float32),
        np.arange(n, dtype=np.float32) / max(n - 1, 1),
        (label_arr == "prose").astype(np.float32),
        ((label_arr == "boilerplate") | (label_arr == "caption") | (label_arr == "credit")).astype(np.float32),
        ((label_arr == "date") | (label_arr == "short")).astype(np.float32),
        np.asarray(dense, dtype=np.float32),
        np.zeros(n), np.zeros(n),  # words_vs_page and bullet_run, below
        np.log1p(n_words) * bullet,
        np.asarray(after_comments, dtype=np.float32),
        *_indent_columns(indent, dense, n_words),
        *_box_columns(indent, n_words, label_arr == "prose", ends_sentence),
    ]).astype(np.float32)
    base[:, BASE.index("words_vs_page")] = base[:, 0] - np.median(base[:, 0])
    base[:, BASE.index("bullet_run")] = np.log1p(_run_lengths(bullet))
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


def _runs(values: np.ndarray) -> np.ndarray:
    """Which run of equal values each line belongs to: 0, 1, 2, ... down the page."""
    runs = np.zeros(len(values), dtype=np.int64)
    runs[1:] = np.cumsum(values[1:] != values[:-1])
    return runs


def _run_lengths(flags: np.ndarray) -> np.ndarray:
    """For each line, the length of the run of equal flags it belongs to (0 outside runs of 1s)."""
    runs = _runs(flags)
    return (np.bincount(runs)[runs] * flags).astype(np.float32)


def _box_columns(indent: np.ndarray, words: np.ndarray, prose: np.ndarray, ends_sentence: np.ndarray
                 ) -> list[np.ndarray]:
    """What the box a line sits in holds: a rendered page indents each box (menu, article, teaser list) by its
    depth, so a run of lines at one indent is one box. Its words, the share of them on prose lines and on lines
    that end a sentence, words per line, lines, and its share of the page's words tell an article that the
    renderer indented like a list from a menu (cross-validation by site .913 -> .922)."""
    box = _runs(indent)
    total = np.bincount(box, weights=words)
    lines = np.bincount(box)

    def share(flags: np.ndarray) -> np.ndarray:  # of the box's words
        return np.bincount(box, weights=words * flags) / np.maximum(total, 1)

    per_box = [np.log1p(total), share(prose), share(ends_sentence), np.log1p(total / lines), np.log1p(lines),
               total / max(words.sum(), 1)]
    return [column[box] for column in per_box]


def _window_mean(values: np.ndarray, width: int) -> np.ndarray:
    """Mean over a centred window, zero-padded at the page edges."""
    half = width // 2
    return (np.convolve(values, np.ones(width, dtype=np.float32), mode="full")[half:half + len(values)] / width
            ).astype(np.float32)


def _indent_columns(indent: np.ndarray, dense: list[bool], words: np.ndarray) -> list[np.ndarray]:
    """Indentation against the densest run of prose: a rendered page indents each box by its depth, so the
    article's paragraphs share one indent and comments or teasers sit at another."""
    in_run = np.asarray(dense, dtype=bool)
    if in_run.any():
        values, where = np.unique(indent[in_run], return_inverse=True)
        main = values[np.argmax(np.bincount(where, weights=words[in_run]))]
    else:
        main = np.median(indent)
    return [np.clip((indent - main) / 4, -3, 3), (indent == main).astype(np.float32)]
