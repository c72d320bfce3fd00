"""Features of the lines of a text dump, for the learned body/chrome line classifier.

Language-independent (no word lists): shape (length, bullets, indentation, punctuation, capitals, digits),
position, neighbours, repetition inside the page, and the rule labels of textdump.py. Shared by the
extractor and scripts/train_textdump.py, so that training and use see the same numbers.
"""
from __future__ import annotations

import re

import numpy as np

BASE = ["log_words", "log_chars", "ends_sentence", "bullet", "indent", "comma_rate",
        "capital_rate", "digit_rate", "cjk_rate", "repeated", "blank_before", "blank_after",
        "position", "rule_prose", "rule_chrome", "rule_meta", "in_dense_run", "words_vs_page", "bullet_run",
        "bullet_words", "after_comments", "indent_vs_dense", "same_indent_as_dense", "box_log_words",
        "box_prose_share", "box_sentence_share", "box_log_words_per_line", "box_log_lines", "box_page_share",
        "table_row", "table_run"]
CONTEXT = ["log_words", "ends_sentence", "bullet", "rule_prose", "in_dense_run"]
OFFSETS = (-2, -1, 1, 2)
NAMES = BASE + [f"{name}@{off:+d}" for off in OFFSETS for name in CONTEXT] + ["window_prose", "window_bullets"]
# a list item's mark, as a renderer writes it ("• ", "* ", "- ", "1. "; deeper levels: w3m's "□ " and "☆ ", lynx's
# "+ ")
BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙*□☆○■◆]|[-+](?=\s)|\d{1,2}[.)](?=\s))\s*")
LABELS = ("blank", "prose", "short", "list", "caption", "credit", "boilerplate", "date")  # textdump's rule labels
CODES = {label: code for code, label in enumerate(LABELS)}
_CHROME = np.isin(LABELS, ["boilerplate", "caption", "credit"])  # by label code: a lookup, not np.isin on each page
_META = np.isin(LABELS, ["date", "short"])


# per-line counts, from whole-page passes (numpy over code points): the page has hundreds of lines
COUNTS = ["chars", "tokens", "cjk", "capitalised", "digits", "commas", "ends_sentence", "gaps", "ends_colon"]
# one lookup table of character classes, a bit each, indexed by code point: one gather per page instead of a
# comparison per class
_SPACE, _CJK, _UPPER, _DIGIT, _COMMA, _MARK, _CLOSER = (1 << bit for bit in range(7))
_CLASSES = np.zeros(0x110000, dtype=np.uint8)
_CLASSES[[c for c in range(0x10000) if chr(c).isspace()]] |= _SPACE  # tokens == len(line.split())
for _low, _high in ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF), (0xFF00, 0xFFEF)):
    _CLASSES[_low:_high + 1] |= _CJK
for _low, _high in ((65, 90), (0xC0, 0xDE), (0x410, 0x42F)):
    _CLASSES[_low:_high + 1] |= _UPPER
_CLASSES[48:58] |= _DIGIT
_CLASSES[44] |= _COMMA
_CLASSES[[ord(c) for c in ".!?。！？"]] |= _MARK  # a line ends a sentence: a mark last, or a mark before a
# closing quote (German „…“ too, textdump.SENTENCE_END), bracket or space in its last three
_CLASSES[[ord(c) for c in "»”“‘«」\"')"]] |= _CLOSER

_SUMMED_COLUMNS = [COUNTS.index(name) for name in ("tokens", "cjk", "capitalised", "digits", "commas", "gaps")]
_SUMMED_BITS = np.asarray([1, _CJK, _UPPER, _DIGIT, _COMMA, 1], dtype=np.int32)[:, None]


def count_lines(texts: list[str], joined: str | None = None) -> np.ndarray:
    """One row of COUNTS per line (the lines hold no newline); `joined`: "\n".join(texts), if the caller has it."""
    n = len(texts)
    counts = np.zeros((n, len(COUNTS)), dtype=np.float32)
    if not n:
        return counts
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    starts = np.zeros(n, dtype=np.int64)  # each line's first character; a line's sums take in its newline, which
    starts[1:] = (lengths[:-1] + 1).cumsum()  # adds nothing to them
    joined = "\n".join(texts) if joined is None else joined
    points = np.frombuffer((joined + "\n").encode("utf-32-le"), dtype=np.uint32)
    classes = _CLASSES[points]
    space = (classes & _SPACE).astype(bool)
    word_start = ~space
    word_start[1:] &= space[:-1]
    # the summed classes, a row each (tokens as word starts, capitalised ones, gaps between cells as their starts):
    # one sum over the rows costs half the time of one per class
    summed = np.empty((len(_SUMMED_COLUMNS), len(points)), dtype=np.uint8)
    summed[0] = word_start
    for row, bit in ((1, _CJK), (2, _UPPER), (3, _DIGIT), (4, _COMMA)):
        np.bitwise_and(classes, bit, out=summed[row])
    summed[2] *= word_start
    # a gap between cells: two or more spaces inside a line (the lines are stripped), as a table renders
    summed[5, [0, -1]] = 0
    summed[5, 1:-1] = space[1:-1] & space[2:] & ~space[:-2] & (points[1:-1] != 10)
    counts[:, 0] = lengths
    counts[:, _SUMMED_COLUMNS] = (np.add.reduceat(summed, starts, axis=1, dtype=np.int32) // _SUMMED_BITS).T
    counts[:, COUNTS.index("ends_sentence")] = _ends_sentence(classes, starts + lengths, lengths)
    counts[:, COUNTS.index("ends_colon")] = (points[np.maximum(starts + lengths - 1, 0)] == ord(":")) & (lengths > 0)
    return counts


_BACK = np.arange(3, 0, -1)  # the third-last, second-last and last character of each line


def _ends_sentence(classes: np.ndarray, ends: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    last = classes[np.maximum(ends[:, None] - _BACK, 0)] * (lengths[:, None] >= _BACK)
    mark = (last & _MARK) > 0
    close = (last & (_SPACE | _CLOSER)) > 0
    return mark[:, 2] | (mark[:, 1] & close[:, 2]) | (mark[:, 0] & close[:, 1])


def word_counts(counts: np.ndarray) -> np.ndarray:
    """Words per row of count_lines; two CJK characters count as one, so that Japanese/Korean prose scores like
    English."""
    return counts[:, COUNTS.index("tokens")] + counts[:, COUNTS.index("cjk")] // 2


def line_matrix(repeated: np.ndarray, indents: np.ndarray, codes: np.ndarray, blank_before: np.ndarray,
                blank_after: np.ndarray, dense: np.ndarray, after_comments: np.ndarray,
                counts: np.ndarray) -> np.ndarray:
    """One row of NAMES per non-blank line of a page: their rule labels as indices into LABELS, flags as boolean
    arrays (`repeated`: whether the line's text is on another line of the page too); `counts` holds their rows of
    count_lines."""
    n = len(repeated)
    if n == 0:
        return np.zeros((0, len(NAMES)), dtype=np.float32)
    lengths, tokens, cjk, capitalised, digits, commas, ends_sentence, gaps, _ = counts.T
    # a table row: cells apart by runs of spaces; a run of them is a table, in an article (standings, prices) or
    # beside it (cross-validation by site .930 -> .931; autoracing.com.br's standings .11 -> .92)
    table = (gaps >= 2).astype(np.float32)
    n_words = word_counts(counts)
    chars = np.maximum(lengths, 1)
    per_word = np.maximum(tokens, 1)
    bullet = (codes == CODES["list"]).astype(np.float32)
    prose = codes == CODES["prose"]
    indent = np.asarray(indents, dtype=np.float32)
    # the rows filled in place, column by column, rather than stacked and copied (column_stack, astype, hstack)
    rows = np.zeros((n, len(NAMES)), dtype=np.float32)
    base = rows[:, :len(BASE)]
    for column, values in enumerate([
        np.log1p(n_words), np.log1p(lengths),
        ends_sentence,
        bullet,
        np.minimum(indent / 4, 3.0),
        commas / np.maximum(n_words, 1),
        capitalised / per_word,
        digits / chars,
        cjk / chars,
        repeated,
        blank_before, blank_after,
        np.arange(n, dtype=np.float32) / max(n - 1, 1),
        prose,
        _CHROME[codes],
        _META[codes],
        dense,
        0.0, 0.0,  # words_vs_page and bullet_run, below
        np.log1p(n_words) * bullet,
        after_comments,
        *_indent_columns(indent, dense, n_words),
        *_box_columns(indent, n_words, prose, ends_sentence),
        table, np.log1p(_run_lengths(table)),
    ]):
        base[:, column] = values
    base[:, BASE.index("words_vs_page")] = base[:, 0] - _median(base[:, 0])
    base[:, BASE.index("bullet_run")] = np.log1p(_run_lengths(bullet))
    context = base[:, _CONTEXT_COLUMNS]
    for at, off in enumerate(OFFSETS):
        shifted = rows[:, len(BASE) + at * len(CONTEXT):len(BASE) + (at + 1) * len(CONTEXT)]
        if off < 0 and n > -off:
            shifted[-off:] = context[:off]
        elif off > 0 and n > off:
            shifted[:-off] = context[off:]
    rows[:, _WINDOWS] = _window_means(base[:, _WINDOWED], 7)
    return rows


_CONTEXT_COLUMNS = [BASE.index(name) for name in CONTEXT]
_WINDOWED = [BASE.index("rule_prose"), BASE.index("bullet")]  # 0 or 1 on each line
_WINDOWS = slice(NAMES.index("window_prose"), NAMES.index("window_bullets") + 1)


# the second stage's columns: each line's first verdict (probability of body) read again beside its neighbours'
# and its box's, so that a teaser among kept paragraphs or a paragraph in a box of menus can change sides
# (nested cross-validation by site .931 -> .936, scripts/train_textdump.py)
SECOND = ["logit", "neighbours_3", "neighbours_7", "neighbours_15", "inside_kept", "log_distance_kept", "box_mean",
          "box_kept_words", "page_mean", "page_kept", "logit_inside", "logit_box"]


def verdict_matrix(indent: np.ndarray, words: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
    """One row of SECOND per line, from the first stage's `probabilities`; `indent` is the line's column "indent"
    of NAMES (a box is a run of lines at one indent, as in _box_columns). This runs on every page: the columns are
    written in place, each one contiguous (the rows are the transpose)."""
    n = len(probabilities)
    columns = np.zeros((len(SECOND), n), dtype=np.float32)
    if n == 0:
        return columns.T
    kept = probabilities >= 0.5
    clipped = np.minimum(np.maximum(probabilities, 1e-4), 1 - 1e-4)  # np.clip's value, without its dispatch
    logit, inside, box_mean = columns[0], columns[4], columns[6]
    np.log(clipped / (1 - clipped), out=logit)
    columns[1:4] = _neighbour_means(probabilities)
    kept_at = kept.nonzero()[0]
    if len(kept_at):
        inside[kept_at[0]:kept_at[-1] + 1] = 1
        at = np.arange(n)
        before = np.maximum.accumulate(np.where(kept, at, -n))  # the nearest kept line at or above
        after = np.minimum.accumulate(np.where(kept, at, 2 * n)[::-1])[::-1]  # at or below
        columns[5] = np.log1p(np.minimum(at - before, after - at))
    else:
        columns[5] = np.log1p(n)
    box = _runs(indent)
    box_mean[:] = (np.bincount(box, weights=probabilities) / np.bincount(box))[box]
    kept_words = words * kept
    columns[7] = (np.bincount(box, weights=kept_words) / max(float(kept_words.sum()), 1.0))[box]
    columns[8] = float(probabilities.sum()) / n
    columns[9] = np.count_nonzero(kept) / n
    np.multiply(logit, inside, out=columns[10])
    np.multiply(logit, box_mean, out=columns[11])
    return columns.T


_HALVES = (1, 3, 7)  # of the windows of 3, 7 and 15 lines


def _neighbour_means(values: np.ndarray) -> np.ndarray:
    """Means over centred windows of 3, 7 and 15 lines without the line itself (zero beyond the page's edges),
    one row each: from one prefix sum, padded so that each window is two slices of it."""
    n, pad = len(values), _HALVES[-1] + 1
    prefix = np.zeros(n + 2 * pad, dtype=np.float64)
    prefix[pad:pad + n] = values.cumsum(dtype=np.float64)
    prefix[pad + n:] = prefix[pad + n - 1]
    means = np.empty((len(_HALVES), n))
    for row, half in enumerate(_HALVES):
        np.divide(prefix[pad + half:pad + half + n] - prefix[pad - half - 1:pad - half - 1 + n] - values, 2 * half,
                  out=means[row])
    return means


def _median(values: np.ndarray) -> np.floating:
    """np.median's value (the mean of the middle one or two, summed and divided as np.mean does) in a fifth of its
    time on a page's 200 lines"""
    middle = np.sort(values)[(len(values) - 1) // 2:len(values) // 2 + 1]
    return middle.sum() / len(middle)


def _runs(values: np.ndarray) -> np.ndarray:
    """Which run of equal values each line belongs to: 0, 1, 2, ... down the page."""
    runs = np.zeros(len(values), dtype=np.int64)
    runs[1:] = (values[1:] != values[:-1]).cumsum()
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


def _window_means(values: np.ndarray, width: int) -> np.ndarray:
    """Means over a centred window, zero-padded at the page edges, of each column of `values` (float32 flags:
    their sums are exact): from one prefix sum, padded so that each window is two lookups."""
    n, half = len(values), width // 2
    prefix = np.zeros((n + width, values.shape[1]), dtype=np.float32)
    prefix[half + 1:half + 1 + n] = values.cumsum(axis=0)
    prefix[half + 1 + n:] = prefix[half + n]
    return (prefix[width:] - prefix[:n]) / np.float32(width)


def _indent_columns(indent: np.ndarray, dense: np.ndarray, words: np.ndarray) -> list[np.ndarray]:
    """Indentation against the densest run of prose: a rendered page indents each box by its depth, so the
    article's paragraphs share one indent and comments or teasers sit at another."""
    if dense.any():  # the indent with the most words; the smallest on ties
        main = np.bincount(indent[dense].astype(np.int64), weights=words[dense]).argmax()
    else:
        main = _median(indent)
    # np.minimum(np.maximum(...)): np.clip's value, without its Python-level dispatch
    return [np.minimum(np.maximum((indent - main) / 4, -3), 3), indent == main]
