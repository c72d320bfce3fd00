"""Articles out of plain-text dumps of rendered pages.

Each line gets a rule label (prose, list item, caption, credit, boilerplate, date, short) and a place in or
out of the densest run of prose (a maximum-sum segment over per-line scores); a learned classifier
(models/textdump_lines.json, written by scripts/train_textdump.py) reads those with the line's shape, position
and neighbours, and a second stage reads its verdicts again beside the neighbours' and the box's verdicts; the
lines it keeps are the body. Metadata comes from the lines just above the body (the title picked among them by a
second learnt model in the same file; byline, date) and from the page footer.

Numpy is called through array methods (`mask.nonzero()[0]`, `.cumsum()`, `.argmax()`) rather than the module
functions that dispatch in Python first (np.flatnonzero, np.cumsum, np.clip): a page makes hundreds of calls on
arrays of a few hundred lines, where that dispatch is most of the cost.
"""
from __future__ import annotations

import dataclasses
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import sub
from pathlib import Path

import numpy as np

from storyline.extract import credits as credit_rules
from storyline.extract import metadata as meta
from storyline.extract.drop_caps import joined_drop_caps
from storyline.extract.elsewhere import ARTICLE_END, ARTICLE_END_WORDS, heads_other_articles
from storyline.extract.furniture import COMMENT_HEADINGS, the_sites
from storyline.extract.given_names import starts_with_given_name
from storyline.extract.hard_wrap import unwrapped
from storyline.extract.line_features import (BULLET, CODES, COUNTS, LABELS, NAMES, SECOND, count_lines, line_matrix,
                                             verdict_matrix, word_counts)
from storyline.extract.markdown_dump import is_markdown, markdown_lines
from storyline.model import Article, Credits, Document

MODEL_PATH = Path(__file__).parent / "models" / "textdump_lines.json"
# the last character of a line (stripped) that ends a sentence, closing quotes of other languages among them (German
# „…“ and ‚…‘, »…« as in German books, Japanese 「…」); a tuple for str.endswith, ten times cheaper than a regex search
# anchored at the end, which tries every position of the line
SENTENCE_END = tuple(".!?。！？»”“‘«」\"')]:;…")
# Page furniture that reads like text: comment forms, cookie banners, share and subscribe prompts.
BOILERPLATE = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+\s+comments?|comments?\b|reply\b"
    r"|your email address will not be published|required fields are marked|log ?in to (?:reply|comment)"
    r"|share (?:this|on)|share\s*:?$|follow us|subscribe|sign up|newsletter|advertisement|read more|related (?:articles|stories|news|posts)"
    r"|you may also like|more from|recommended|most (?:read|popular)|terms (?:&|and) conditions|privacy policy"
    r"|cookie|we use cookies|this (?:site|website) uses cookies|all rights reserved|©|copyright\b|skip to|back to top"
    r"|click here|tags?:|filed under|categories:|print\b|email\b|whatsapp\b|facebook\b|twitter\b)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Page:
    """A text dump's lines as columns (an object per line cost more than labelling the lines)."""
    texts: list[str]  # each line, stripped; "" for a blank one
    text: str  # "\n".join(texts)
    counts: np.ndarray  # their rows of line_features.count_lines
    codes: np.ndarray  # their rule labels as indices into line_features.LABELS
    words: np.ndarray  # their word counts (line_features.word_counts)
    indents: np.ndarray
    repeated: np.ndarray  # whether each line's text is on another line too


@dataclass(slots=True)
class Lines:
    """The non-blank lines of a page, as columns."""
    rows: np.ndarray  # their indices in the page
    texts: list[str]
    codes: np.ndarray
    words: np.ndarray


_TOKENS, _DIGITS, _COLON = COUNTS.index("tokens"), COUNTS.index("digits"), COUNTS.index("ends_colon")
_ENDS_SENTENCE, _CAPITALISED = COUNTS.index("ends_sentence"), COUNTS.index("capitalised")
SENTENCE_WORDS = 10  # a line this long that ends a sentence is prose
PROSE_WORDS = 25  # a line this long is prose however it ends
BLANK, PROSE, SHORT, LIST, CAPTION, CREDIT, BOILERPLATE_LINE, DATE = (
    CODES[label] for label in ("blank", "prose", "short", "list", "caption", "credit", "boilerplate", "date"))


def _label(text: str, words: int, tokens: int, digits: int) -> int:
    """The rule label (an index into LABELS) of a non-blank line that does not go on a list."""
    if BULLET.match(text):
        return LIST
    if credit_rules.source_credit(text):
        return CREDIT
    if credit_rules.photo_credit(text):
        return CAPTION
    if BOILERPLATE.match(text):
        return BOILERPLATE_LINE
    # no date without a digit (\d: any script's), nor with more tokens than the longest date line
    if (digits or not text.isascii()) and tokens <= meta.DATE_ONLY_TOKENS and meta.DATE_ONLY.match(text):
        return DATE
    if words >= SENTENCE_WORDS and text.endswith(SENTENCE_END) or words >= PROSE_WORDS:
        return PROSE
    return SHORT


# Characters of a dump read. The longest of the 181 benchmark dumps has 0.11 M; one past this is a data table or
# many pages run together, and reading all of it costs seconds per M (5.2 M: 29 CPU-s).
MAX_TEXT = 1_000_000


def bounded_text(content: bytes) -> tuple[str, str | None]:
    """The dump's text, cut at the last line break before MAX_TEXT characters if longer; the second value says
    what was left out."""
    text = content.decode("utf-8", "replace")
    if len(text) <= MAX_TEXT:
        return text, None
    cut = text.rfind("\n", 0, MAX_TEXT) + 1 or MAX_TEXT
    return text[:cut], f"text cut at {cut / 1e6:.1f} M of {len(text) / 1e6:.1f} M characters: the rest is not read"


def read_page(text: str) -> Page:
    """The page's lines (a paragraph that the renderer wrapped, on one line; Markdown as plain lines) with their rule
    labels and counts."""
    raws = markdown_lines(text) if is_markdown(text) else unwrapped(text.splitlines())
    left = list(map(str.lstrip, raws))
    texts = list(map(str.rstrip, left))
    indents = np.fromiter(map(sub, map(len, raws), map(len, left)), dtype=np.int64, count=len(raws))
    page_text = "\n".join(texts)
    counts = count_lines(texts, page_text)
    words = word_counts(counts).astype(np.int64)
    seen = Counter(texts)
    repeated = np.fromiter(map(seen.__getitem__, texts), dtype=np.int64, count=len(texts)) > 1
    return Page(texts, page_text, counts, _codes(texts, indents, words, counts), words, indents, repeated)


def _codes(texts: list[str], indents: np.ndarray, words: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The lines' rule labels. An indented line after a list item goes on the list (a blank line neither starts nor
    ends one), so below a line at the margin, only the lines down to the first list item are read by their own
    rules: a renderer that indents by box puts most of a page in a few such runs."""
    codes = np.full(len(texts), BLANK, dtype=np.int8)
    rows = (counts[:, 0] > 0).nonzero()[0]  # the non-blank lines
    own = np.empty(len(rows), dtype=np.int8)
    # the runs: from each line at the margin down to the next (the first run is empty if the page starts there)
    bounds = [0, *(indents[rows] == 0).nonzero()[0].tolist(), len(rows)]
    tokens, digits = counts[rows, _TOKENS].tolist(), counts[rows, _DIGITS].tolist()
    line_words, line_rows = words[rows].tolist(), rows.tolist()
    for start, end in zip(bounds, bounds[1:]):
        for j in range(start, end):
            own[j] = code = _label(texts[line_rows[j]], line_words[j], tokens[j], digits[j])
            if code == LIST:
                own[j + 1:end] = LIST
                break
    codes[rows] = own
    return codes


# the header of a comment section: what follows it is readers' text, however much it reads like prose. A count or
# a qualifier ("[ 167 comments ]", "5 thoughts on …", "Top Rated Comments", "View Comments") says so anywhere; a bare
# word ("Comments", "Leave a reply") may be a menu entry. ASCII digits, as count_lines counts them; not a count of
# none: "0 Comments" beside a post's byline and date is above its text (trafilatura-eval rendered as text: an
# interview found under it instead of a sidebar's blurb; a scrapinghub dump keeps its last paragraphs)
COMMENT_COUNT = re.compile(r"^[\[(]?\s*(?:0*[1-9][0-9]*\s+(?:comments?|responses?|replies|thoughts on)\b.{0,60}|"
                           r"(?:(?:top|most|best|latest|newest|reader|user)\s+(?:rated\s+|liked\s+|voted\s+)?|"
                           r"(?:show|view|see|read)\s+(?:all\s+)?)comments)\s*[\])]?$", re.IGNORECASE)
COMMENTS_HEADER = re.compile(rf"^(?:{COMMENT_HEADINGS})\s*:?$", re.IGNORECASE)
# the byline of the first comment, where a page has no header: a list item "Name says:" or "Name on September 12,
# 2018 at 4:47 pm said:" (a blog's comment list; WordPress says so in each language). Only a list item: an
# article's "The minister said:" before a quote is a line of prose
COMMENT_BYLINE = re.compile(r"^(?:[•·▪◦‣∙*-]|\d{1,3}[.)])\s+\S.{0,100}?\s(?:says|said|wrote|sagt|schrieb|dit|dice|disse)"
                            r"\s*:$", re.IGNORECASE)


def _after_comments(lines: Lines, body_start: int, counts: np.ndarray) -> np.ndarray:
    """Lines of the comment section: after a bare header that comes after the start of the densest run of prose
    (above it, "Comments" is a menu entry; from the first prose line on, cross-validation by site scores lower),
    or after a comment count or the first comment's byline that come after the page's first line of ten words (a
    long thread under a short post is the densest run itself), whichever comes first. `counts`: the lines' rows of
    count_lines, which tell where each regex can match (a header has at most four words, a count a digit or at most
    five, a byline a colon last): most lines are never tried."""
    texts = lines.texts
    n = len(texts)
    long_lines = (lines.words >= SENTENCE_WORDS).nonzero()[0]
    text_start = int(long_lines[0]) if len(long_lines) else n
    at = np.arange(n)
    header = _first_match(COMMENTS_HEADER, texts, (lines.words <= 4) & (at > body_start), n - 1) + 1
    counted = ((lines.words <= 5) | (counts[:, _DIGITS] > 0)) & (at > text_start) & (at < header)
    header = _first_match(COMMENT_COUNT, texts, counted, header - 1) + 1
    bylines = (lines.codes == LIST) & (counts[:, _COLON] > 0) & (at > text_start) & (at < header)
    byline = _first_match(COMMENT_BYLINE, texts, bylines, header)
    return at >= byline


def _first_match(pattern: re.Pattern, texts: list[str], tried: np.ndarray, otherwise: int) -> int:
    """The index of the first of `texts` where `tried` that `pattern` matches, else `otherwise`. compress() and map()
    iterate in C: a generator's frame on each line costs more than the match."""
    rows = tried.nonzero()[0].tolist()
    return next(compress(rows, map(pattern.match, map(texts.__getitem__, rows))), otherwise)


HEADING_WORDS = 8  # a heading of a list is short
RUNNING_TEXT = 8  # words: a body has a line this long, else the classifier kept only a date or a name

# the score of a line by its label; a prose line scores its words (up to 60)
_SCORE = np.asarray([{"list": -3.0, "caption": -2.0, "credit": -2.0, "boilerplate": -6.0, "date": -1.0,
                      "short": -1.0}.get(label, 0.0) for label in LABELS])


def _scores(lines: Lines) -> np.ndarray:
    codes, words = lines.codes, lines.words
    scores = _SCORE[codes]
    prose = codes == PROSE
    scores[prose] = np.minimum(words[prose], 60)
    for k in ((codes == LIST) & (words >= 12)).nonzero()[0].tolist():
        if lines.texts[k].endswith(SENTENCE_END):
            scores[k] = 2.0  # a sentence-long list item may belong to the article
    return scores


def body_span(lines: Lines) -> tuple[int, int] | None:
    """Indices [start, end] of the maximum-sum run of the (non-blank) lines' scores; None if no prose.
    Kadane's scan in numpy: the run ending at each line starts after the lowest prefix sum before it (the
    latest on ties), and the first line with the highest run ends the span (the scores are whole numbers)."""
    if not lines.texts:
        return None
    prefix = np.zeros(len(lines.texts) + 1)
    prefix[1:] = _scores(lines).cumsum()
    lowest = np.minimum.accumulate(prefix[:-1])
    runs = prefix[1:] - lowest
    end = int(runs.argmax())
    if runs[end] <= 0:
        return None
    return int((prefix[:end + 1] == lowest[end]).nonzero()[0][-1]), end


def page_lines(page: Page) -> tuple[Lines, np.ndarray]:
    """The non-blank lines of a page and their feature rows (line_features.NAMES)."""
    rows = (page.codes != BLANK).nonzero()[0]
    lines = Lines(rows, [page.texts[i] for i in rows.tolist()], page.codes[rows], page.words[rows])
    blank = np.ones(len(page.codes) + 1, dtype=bool)  # past the last line counts as blank
    blank[:-1] = page.codes == BLANK
    blank_before = (rows == 0) | blank[rows - 1]
    blank_after = blank[rows + 1]
    span = body_span(lines)
    dense = np.zeros(len(rows), dtype=bool)
    if span:
        dense[span[0]:span[1] + 1] = True
    counts = page.counts[rows]
    comments = _after_comments(lines, span[0] if span else len(rows), counts)
    features = line_matrix(page.repeated[rows], page.indents[rows], lines.codes, blank_before, blank_after, dense,
                           comments, counts)
    return lines, features


@lru_cache(maxsize=1)
def _model() -> dict:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    stages = [(model, NAMES), (model["second"], SECOND), (model["flat"], NAMES), (model["flat"]["second"], SECOND),
              (model["title"], TITLE_FEATURES), (model["title_without_url"], TITLE_FEATURES)]
    for stage, names in stages:
        if stage.get("features") != names:
            raise RuntimeError(f"{MODEL_PATH}: trained on other features; run scripts/train_textdump.py")
        stage.update({k: np.asarray(stage[k], dtype=np.float32) for k in ("mean", "scale", "coef")})  # once
        stage["folded"], stage["offset"] = _folded_weights(stage)
    return model


def logistic(rows: np.ndarray, weights: dict) -> np.ndarray:
    folded, offset = weights.get("folded"), weights.get("offset")  # as _model() keeps them for each stage
    if folded is None:
        folded, offset = _folded_weights(weights)
    return 1.0 / (1.0 + np.exp(-(rows @ folded + offset)))


def _folded_weights(weights: dict) -> tuple[np.ndarray, float]:
    """The coefficients and intercept of a stage with its standardisation folded in: two passes over a page's rows
    fewer."""
    mean, scale, coef = (np.asarray(weights[k], dtype=np.float32) for k in ("mean", "scale", "coef"))
    folded = coef / scale
    return folded, weights["intercept"] - mean @ folded


def verdicts(features: np.ndarray, words: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The second stage's rows (verdict_matrix) for lines with `features`, `words` and first-stage probabilities
    `first`: one place for training and use alike."""
    return verdict_matrix(features[:, NAMES.index("indent")], words, first)


def second_probabilities(features: np.ndarray, words: np.ndarray, first: np.ndarray, second: dict) -> np.ndarray:
    """The second stage: the first stage's probabilities `first` read again in their context."""
    return logistic(verdicts(features, words, first), second)


def body_probabilities(features: np.ndarray, words: np.ndarray, model: dict | None = None) -> np.ndarray:
    """Each line's probability of being body; `words`: the lines' word counts (Lines.words)."""
    model = model or _model()
    if is_flat(features):
        model = model.get("flat", model)
    return second_probabilities(features, words, logistic(features, model), model["second"])


# a renderer that indents each box by its depth (inscriptis, as in the 181 dumps) indents 88% of the lines or more on
# every page; where fewer are indented (a renderer that indents nothing, or only list items), the model for indented
# pages misses the boxes its features read, and one trained on the dumps with their indentation taken out decides
# (those dumps: F1 .745 -> .921; list items alone indented: .889 -> .907; benchmarks/textdump.py and a scratch run)
FLAT_SHARE = 0.8


def is_flat(features: np.ndarray) -> bool:
    """Whether a page was rendered without indentation: fewer than FLAT_SHARE of its lines indented."""
    return bool(len(features)) and np.count_nonzero(features[:, NAMES.index("indent")] > 0) / len(features) < FLAT_SHARE


def body_mask(lines: Lines, features: np.ndarray, model: dict | None = None,
              probabilities: np.ndarray | None = None) -> np.ndarray:
    """Which lines are body: the classifier's verdict (`probabilities`, else body_probabilities), never in the
    comment section; on a page too short for it to be sure of a line of running text, the prose of the densest
    run."""
    if not lines.texts:
        return np.zeros(0, dtype=bool)
    if probabilities is None:
        probabilities = body_probabilities(features, lines.words, model)
    keep = (probabilities >= 0.5) & (features[:, NAMES.index("after_comments")] == 0)
    for k in (keep & (lines.words <= 3)).nonzero()[0].tolist():
        # a share or print button inside the article's box reads as body to the classifier, which weighs the box
        if BOILERPLATE.match(lines.texts[k]):
            keep[k] = False
    listed = _listed_under_heading(lines, keep)
    _leave_out_the_sites(lines, keep)
    keep[_article_end(lines, keep):] = False
    keep[listed] = False
    if not (lines.words[keep] >= RUNNING_TEXT).any():  # a date or a name alone is no body
        dense = features[:, NAMES.index("in_dense_run")] > 0
        keep = dense & (features[:, NAMES.index("rule_prose")] > 0)
        _leave_out_the_sites(lines, keep)  # as above: a blog's licence in its sidebar was such prose
    return keep


def _leave_out_the_sites(lines: Lines, keep: np.ndarray) -> None:
    """Unmark in `keep` (a mask over `lines`) the kept lines that are the site's, a credit or a byline."""
    for k in keep.nonzero()[0].tolist():
        if _not_the_articles(lines.texts[k]):
            keep[k] = False


def _not_the_articles(text: str) -> bool:
    """Whether a line that reads like body is the site's (furniture.the_sites), a credit or a byline."""
    return bool(the_sites(text) or credit_rules.credit_line(text) or meta.is_byline(text))


def _article_end(lines: Lines, keep: np.ndarray) -> int:
    """The index of the heading of other articles that ends the article (elsewhere.ARTICLE_END), below its first kept
    line of running text; else the number of lines. The classifier, which reads the lines one by one, keeps their
    headlines and teasers below it (on the 181 dumps, 5 lines on 2 pages, none in a gold body)."""
    running = (keep & (lines.words >= RUNNING_TEXT)).nonzero()[0]
    if not len(running):
        return len(lines.texts)
    tried = lines.words <= ARTICLE_END_WORDS
    tried[:running[0] + 1] = False
    return _first_match(ARTICLE_END, lines.texts, tried, len(lines.texts))


def _listed_under_heading(lines: Lines, keep: np.ndarray) -> list[int]:
    """The list items right under a heading of other articles ("Related articles", "Lesen Sie auch") among the kept
    lines: their headlines, which the classifier keeps inside the article's box (on the 181 dumps 13 kept, none in a
    gold body; on trafilatura-eval rendered as text 24, none holding a snippet)."""
    texts, listed = lines.texts, []
    kept = keep.nonzero()[0]
    if not len(kept):
        return listed
    # tried: the short lines right above a list item (coded LIST) among the kept ones
    tried = np.zeros(len(texts), dtype=bool)
    tried[:-1] = (lines.words[:-1] <= HEADING_WORDS) & (lines.codes[1:] == LIST)
    tried[:max(kept[0] - 1, 0)] = tried[kept[-1]:] = False
    for heading in tried.nonzero()[0].tolist():
        if heads_other_articles(texts[heading]):
            k = heading + 1
            while k < len(texts) and BULLET.match(texts[k]):
                listed.append(k)
                k += 1
    return listed


def select_body(page: Page, lines: Lines, features: np.ndarray, model: dict | None = None,
                site_lines: frozenset[str] = frozenset()) -> str:
    """The body that extract_textdump keeps (`site_lines`: SiteLines.shared's for the page)."""
    keep = own_lines(lines, body_mask(lines, features, model).nonzero()[0], site_lines)
    return "\n".join(lines.texts[k] for k in body_lines(page, lines, keep, site_lines).tolist())


# The header: the lines above the body. A renderer that indents by box puts the headline under the menus' list
# items, so a line that only goes on a list is read by its own rule label here. Spans tuned on the even pages of
# trafilatura-eval rendered as text, reported on the odd ones (benchmarks/textdump.py)
HEADER_SPAN = 60  # page lines above the body
HEADER_LINES = 20  # the nearest non-blank ones, where a byline or a date is looked for
TITLE_LINES = 15  # the nearest lines that are no list item, where the title is
NEAR_TITLE = 2  # lines on each side of the title where a byline or a date says that it is one
LEAD_LINES, LEAD_CHARS = 6, 1000  # the lead, whose words a headline shares: the body's first lines, cut
BYLINE_BELOW = 10  # short lines from the body's start where a labelled byline is looked for, if none is above
# (trafilatura-eval rendered as text: author .433 -> .441; below the whole body, +10 authors but as many wrong)
SIGNED_BELOW = 20  # non-blank lines under the body where a post's signature is looked for, if no byline is above
# (trafilatura-eval rendered as text: author .502 -> .517, 8 gained, none lost; any "by" or "von" there gave as many
# commenters and next stories' writers as authors)
_SIGNED = re.compile(r"(?:autor(?:in|en)?|authors?|auteurs?|text|written\s+by|geschrieben\s+von|verfasst\s+von|"
                     r"erstellt\s+von|posted\s+by|eingestellt\s+von|publié\s+par)\b", re.IGNORECASE)
# the label alone on its line, the names on the next: a commentary's too ("Kommentar von" / "Ingo Arzt"), which on
# one line is as often a reader's comment ("Kommentar von jancak — 2019-01-01 @ 00:45")
_SIGNED_ALONE = re.compile(rf"(?:{_SIGNED.pattern}|(?:ein\s+)?kommentar\s+von)\s*:?", re.IGNORECASE)
BYLINE_FAR = 150  # page lines above the body where a labelled byline is looked for, if none is near it or signs it
# (trafilatura-eval rendered as text: author .587 -> .599, 6 gained, none lost; 5 more on the 181 scrapinghub dumps)
LEAD_DATE = 30  # characters: a date in them opens the lead (trafilatura-eval rendered as text: 3 dates gained, none
# lost; preferred to the header's date, 5 gained and 6 lost)
_BREADCRUMB = re.compile(r"(?:\s[»›>/|]\s.*){2,}|^(?:home|startseite|accueil|inicio)\s*[»›>/|]", re.IGNORECASE)
_BREADCRUMB_MARK = re.compile(r"[»›>/|]")  # in every breadcrumb: a search for it is cheaper than _BREADCRUMB failing
_WORD = re.compile(r"\w+")
_CELL_GAP = re.compile(r"\s{2,}")  # between the cells of a table's row, as a renderer lays them out
# what tells the headline among the candidate lines (title_candidates); a logistic regression over them, fit by
# scripts/train_textdump.py on the even half of trafilatura-eval rendered as text, picks it (exact titles on the
# odd half, held out: .48 with hand-set weights, .62 learnt, .72 with the words a line shares with the page's URL;
# a second fit without those serves a dump whose URL is not known, .64; benchmarks/textdump.py)
TITLE_FEATURES = ["short_words", "log_words", "name_like", "distance", "nearest", "dated_near", "repeated", "question",
                  "colon", "capitalised", "upper_case", "lead_words", "blank_before", "blank_after", "written_twice",
                  "indent_vs_body", "first", "url_words", "url_covered"]
URL_FEATURES = [TITLE_FEATURES.index("url_words"), TITLE_FEATURES.index("url_covered")]
_BULLET_MARKS = frozenset("•·▪◦‣∙*□☆○■◆-+")  # what BULLET can match first, beside a digit (lines are stripped)


def _breadcrumb(text: str) -> bool:
    return bool(_BREADCRUMB_MARK.search(text) and _BREADCRUMB.search(text))


def _bullet(text: str) -> re.Match | None:
    """BULLET.match, tried only where the first character can start a bullet: most header lines start otherwise."""
    first = text[:1]
    return BULLET.match(text) if first in _BULLET_MARKS or first.isdecimal() else None


def _unbulleted(text: str) -> str:
    bullet = _bullet(text)
    return text[bullet.end():].lstrip() if bullet else text


def _non_blank(page: Page, low: int, high: int) -> np.ndarray:
    """The page indices of the non-blank lines from `low` to before `high`."""
    return low + (page.codes[low:high] != BLANK).nonzero()[0]


def header_rows(page: Page, start: int) -> tuple[list[str], list[int], list[int]]:
    """The non-blank lines in the HEADER_SPAN above line `start`, bullets taken off, the page indices of the last
    TITLE_LINES of them that are no list item, and the page index of each row."""
    rows, plain = [], []
    low = max(0, start - HEADER_SPAN)
    indices = _non_blank(page, low, start).tolist()
    for k in indices:
        text = page.texts[k]
        bullet = _bullet(text)
        rows.append(text[bullet.end():].lstrip() if bullet and not _day_first(text, bullet) else text)
        if not bullet:
            plain.append(k)
    return rows, plain[-TITLE_LINES:], indices


_LABEL_ALONE = re.compile(rf"{meta.BYLINE_LABEL}$", re.IGNORECASE)  # "• Von" over "• Dieter Sieckmeyer"


def _menu_entry(text: str) -> bool:
    """A list item that names a section ("Kontakt", "Asia Pacific", "DEL2"): letters, no date, no person's name and
    no byline's label."""
    text = _unbulleted(text)
    return (any(map(str.isalpha, text)) and not _LABEL_ALONE.match(text) and meta.date_in_line(text) is None
            and meta.names_alone(text) is None)


def _in_menu(page: Page, k: int) -> bool:
    """Is line `k` a list item between two menu entries? A name there is a section's ("• Green Event", "• Davis
    Cup"), not the article's byline, which a list holds beside its date, its label or other names."""
    if not _bullet(page.texts[k]):
        return False
    around = _non_blank(page, max(0, k - 3), k)[-1:].tolist() + _non_blank(page, k + 1, k + 4)[:1].tolist()
    return len(around) == 2 and all(_bullet(page.texts[j]) and _menu_entry(page.texts[j]) for j in around)


def _day_first(text: str, bullet: re.Match) -> bool:
    """Is the list number of `text` the day of a date ("7. Oktober 2019", as German writes one)? The row keeps it,
    for the date; the line stays no title candidate, as the title model learnt (trafilatura-eval rendered as text:
    dates .662 -> .766)."""
    return text[0].isdecimal() and bool(meta.date_in_line(text)) and not meta.date_in_line(text[bullet.end():])


def _own_label(page: Page, k: int) -> int:
    """Line k's rule label; a line that only goes on a list gets the label of what it says."""
    code = int(page.codes[k])
    if code != LIST:
        return code
    return _label(page.texts[k], int(page.words[k]), int(page.counts[k, _TOKENS]), int(page.counts[k, _DIGITS]))


def body_start(page: Page, lines: Lines, keep: np.ndarray) -> int:
    """The page line where the running text starts: the first kept line (`keep`: indices into `lines`) whose own
    label is prose (a renderer that indents by box puts the whole article under the menu's items), else the first
    kept line. The header ends there, even if a line of it was kept."""
    rows = lines.rows[keep].tolist()
    return next((k for k in rows if _own_label(page, k) == PROSE), rows[0])


def _dated(text: str, digits: float) -> bool:
    """A byline, or a date (`digits`: the line's ASCII digits; date_in_line needs four digits, in any script)."""
    return bool(meta.BYLINE.match(text) or (digits >= 4 or not text.isascii()) and meta.date_in_line(text))


def _credited(text: str) -> bool:
    """A byline that credits several people, or a person and a role or an agency ("Tom Krisher, AP Auto Writer")."""
    return "," in text and meta.names_alone(text) is not None


def _blank(page: Page, k: int) -> bool:
    return not 0 <= k < len(page.texts) or not page.texts[k]  # a blank line's text is "" (cheaper than its code)


def title_candidates(page: Page, start: int, rows: list[str], plain: list[int],
                     slug: frozenset[str] = frozenset()) -> tuple[list[int], np.ndarray]:
    """The lines `plain` (page indices; no list items; header_rows of the body's start `start`, with `rows`) that
    may be the headline, a line of 2-30 words, no sentence nor label, and their rows of TITLE_FEATURES: its length,
    a name alone, how near the body, a byline or a date beside it, its end written again above (a breadcrumb's
    last part), its case, the words it shares with the lead, blank lines around it, its indent beside the body's,
    and the words it shares with the page URL's `slug` (metadata.slug_words), both ways."""
    lines = [page.texts[k] for k in plain]
    dated = list(map(_dated, lines, page.counts[plain, _DIGITS].tolist()))
    ends = "\n".join(rows) + "\n"  # a line ends a row where it is found before a newline
    lead = set(_WORD.findall(" ".join(page.texts[start:start + LEAD_LINES])[:LEAD_CHARS].lower()))
    body_indent = int(page.indents[start])
    found, features = [], []
    for pos, text in enumerate(lines):
        k = plain[pos]
        tokens = text.split()
        if (not 2 <= len(tokens) <= 30 or text.endswith((".", ":")) or dated[pos] or _credited(text)
                or credit_rules.agency_credit(text)
                or _breadcrumb(text) or _own_label(page, k) not in (SHORT, PROSE)):
            continue
        words = _WORD.findall(text.lower())
        indent = int(page.indents[k])
        found.append(k)
        features.append([
            min(len(tokens), 12) / 12, math.log1p(len(tokens)),
            meta.looks_like_name(text) and starts_with_given_name(text),  # a byline's shape and a given name
            (len(lines) - pos) / TITLE_LINES, pos == len(lines) - 1,
            any(dated[max(0, pos - NEAR_TITLE):pos] + dated[pos + 1:pos + 1 + NEAR_TITLE]),
            ends.count(text + "\n") > 1,
            text.endswith(("?", "!")), ":" in text,
            sum(map(str.isupper, [token[0] for token in tokens])) / len(tokens), text.isupper(),
            sum(map(lead.__contains__, words)) / max(len(words), 1),
            _blank(page, k - 1), _blank(page, k + 1),
            page.repeated[k],
            (indent > body_indent) - (indent < body_indent),
            len(found) == 1,
            *_url_shares(text, slug),
        ])
    return found, np.asarray(features, dtype=np.float32).reshape(-1, len(TITLE_FEATURES))


def _url_shares(text: str, slug: frozenset[str]) -> tuple[float, float]:
    """The share of a line's words that the URL's slug has, and of the slug's words that the line has: a page's
    address often names its headline ("…/heizen-abfallholz-erfindung" for "Heizen mit Abfallholz: …")."""
    if not slug:
        return 0.0, 0.0
    shared, words, covered = meta.in_slug(text, slug)
    return shared / words if words else 0.0, covered / len(slug)


SHORT_LINE = 12  # words: a line outside the header where a byline or a date is read, not a sentence that names one


def _first_found(page: Page, rows: list[int], read: Callable[[str], object], most_words: float = SHORT_LINE) -> object:
    """What `read` finds first in the short lines (`most_words` at most) among the page's `rows`; else None."""
    return next((found for k in rows if len((text := page.texts[k]).split()) <= most_words and (found := read(text))),
                None)


def _byline_below(text: str, title: str | None) -> list[str] | None:
    """The authors of a short line under the body's start: a byline that labels its names, or names alone that the
    `title` does not name."""
    text = _unbulleted(text)
    if labelled := meta.authors_in_line(text, bare=False):
        return labelled
    names = meta.names_alone(text)
    return None if names and _named_in(title, names) else names


def _signed(text: str) -> list[str] | None:
    """The authors of a line that opens by saying it signs the post ("Geschrieben von ...", "Autor: ...")."""
    text = _unbulleted(text)
    return meta.authors_in_line(text, bare=False) if _SIGNED.match(text) else None


def _labelled_byline(text: str) -> list[str] | None:
    """The authors of a line's labelled byline, unless the line is a list item ("• By Cuisine")."""
    return None if _bullet(text) else meta.authors_in_line(text, bare=False)


def _signature(page: Page, start: int, end: int) -> list[str]:
    """The authors of a line that signs the article, from its first line (`start`) to under its last (`end`), opening
    with a word that says so ("Geschrieben von ...", "Autor: ..."): a bare "von" there may name a commenter or the
    next story's writer. A signature may stand inside the article's span, with the tips or comments kept below it
    (trafilatura-eval rendered as text: 5 authors gained; a gallery's "Author:" once taken for the article's). A
    label alone on its line signs with the names alone on the next (2 more gained, none lost)."""
    rows = _non_blank(page, start, len(page.codes))
    inside = np.searchsorted(rows, end)
    rows = rows[:inside + SIGNED_BELOW].tolist()
    for above, k in zip(rows, rows[1:]):
        if page.words[above] <= 3 and _SIGNED_ALONE.fullmatch(_unbulleted(page.texts[above])) and (
                names := meta.names_alone(_unbulleted(page.texts[k]))):
            return names
    # under the article, a blog's post line may run on with its tags ("Posted by X at 18:52 Tagged with: ...")
    return _first_found(page, rows[:inside], _signed) or _first_found(page, rows[inside:], _signed, math.inf) or []


def _byline_far_above(page: Page, start: int) -> list[str]:
    """The authors of a labelled byline in the BYLINE_FAR page lines above the body (line `start`), nearest first,
    where a page puts its share buttons, a teaser or a picture gallery between the byline and the article. A menu's
    list item ("By Cuisine", "Von Sarajevo zum Flächenbrand") names no author."""
    low = max(0, start - BYLINE_FAR)
    rows = _non_blank(page, low, start)
    return _first_found(page, rows[::-1].tolist(), _labelled_byline) or []


def _named_in(title: str | None, names: list[str]) -> bool:
    """Does the headline name one of `names` among other words ("Nollywood Actress, Kate Henshaw Is Looking ...")?
    Then the name is whom the article is about, not its writer."""
    return bool(title) and any(name != title and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) for name in names)


def _no_byline(page: Page, k: int, names: list[str], title: str | None) -> bool:
    """Are the `names` alone on line `k` a menu's section or whom the headline `title` is about?"""
    return _in_menu(page, k) or _named_in(title, names)


HEADER_LINE_WORDS = 20  # a longer line of the header is read by its first cells


def _first_cells(text: str) -> str:
    """The first cells of a long line, as many as HEADER_LINE_WORDS words hold ("Veröffentlicht: 05.01.2020 | Autor:
    gnaddrig" of a post's line that goes on with its categories and tags)."""
    cells = text.split(" | ")
    kept = cells[0]
    for cell in cells[1:]:
        if len((more := kept + " | " + cell).split()) > HEADER_LINE_WORDS:
            break
        kept = more
    return kept


def _header(page: Page, start: int, url: str | None) -> dict:
    """Title, authors and date from the lines above the body (line `start` of the page, at `url` if known); a date
    not found there is the first in a short line below, where a blog writes it under the post."""
    rows, plain, indices = header_rows(page, start)
    row_line = dict(zip(rows, indices))
    slug = meta.slug_words(url)
    candidates, features = title_candidates(page, start, rows, plain, slug)
    found: dict = {"title": None, "authors": [], "bare": False, "published": None, "lines": set()}
    near = rows[-HEADER_LINES:]
    if candidates:
        weights = _model()["title" if slug else "title_without_url"]
        title = page.texts[candidates[int(np.argmax(logistic(features, weights)))]]
        found["lines"].add(title)
        # a table's row: its longest cell ("Suche    Der Tag, an dem ...    Mehr zu"), not the menu's cells beside it
        found["title"] = max(_CELL_GAP.split(title), key=len)
        # below the title first, then upwards from it (from the body, where the title is above the nearest lines)
        split = len(near) - 1 - near[::-1].index(title) if title in near else len(near)
        near = near[split + 1:] + near[:split][::-1]
        if (top := rows.index(title)) < len(rows) - HEADER_LINES:
            # the headline (or its first copy) above the nearest lines, past a summary's list or a gallery: the
            # lines under it first
            near = rows[top + 1:top + 1 + NEAR_TITLE] + near
    else:
        near = near[::-1]
    # a long line's first cells may hold the byline ("By Ela on 31. October, 2023 | 18 Comments. This post ..."); they
    # are read as on their line's row
    cells = [(text if len(text.split()) <= HEADER_LINE_WORDS else _first_cells(text), row_line[text]) for text in near]
    near = [cell for cell, _ in cells if len(cell.split()) <= HEADER_LINE_WORDS]
    row_line.update((cell, k) for cell, k in cells if cell not in row_line)
    for text in near:
        if found["published"] is None and (published := meta.date_in_line(text)):
            found["published"] = published
            found["lines"].add(text)
    # a byline that says so ("By ...", "Von ...", "Autor: ...") before a line of names alone, which may be a
    # section's label ("BOOK CLUB", "Über Uns")
    for bare in (False, True):
        byline = next(((text, authors) for text in near if (authors := meta.authors_in_line(text, bare))
                       and not (bare and _no_byline(page, row_line[text], authors, found["title"]))), None)
        if byline:
            found["authors"] = byline[1]
            found["bare"] = bare
            found["lines"].add(byline[0])
            break
    below = (page.codes[start:] != BLANK) & (page.codes[start:] != PROSE)  # the lines below that are no prose
    if not found["authors"]:
        # a byline that labels its names among the article's first short lines ("von Klaus Stanjek" under the lead)
        first = start + below.nonzero()[0][:BYLINE_BELOW]
        found["authors"] = _first_found(page, first.tolist(), lambda text: _byline_below(text, found["title"])) or []
    if found["published"] is None:
        below = start + (below & (page.counts[start:, _DIGITS] >= 4)).nonzero()[0]
        found["published"] = _first_found(page, below.tolist(), meta.date_in_line)
    if found["published"] is None:
        # last, a date that opens the lead, as a press release writes it ("29.11.2022 – Mehrfach ...")
        found["published"] = meta.date_in_line(page.texts[start][:LEAD_DATE])
    return found


_COPYRIGHT_MARKS = [mark.encode() for mark in meta.COPYRIGHT_MARKS]  # lowercase already


def _publisher(page: Page) -> str | None:
    """The publisher in the first copyright notice of the page's menus and footer ("© 2023 News 360 S.L.").
    The notices are found by byte search over the whole page (a regex on each line costs 10x more)."""
    text = page.text.encode("utf-8").lower()  # ASCII letters only: offsets stay
    found = {text.count(b"\n", 0, at) for at in meta.positions(text, _COPYRIGHT_MARKS)}
    for k in sorted(found):
        if page.codes[k] in (BOILERPLATE_LINE, LIST, SHORT):
            publisher = meta.publisher_from_copyright(BULLET.sub("", page.texts[k]))
            if publisher:
                return publisher
    return None


# lines above the body's first and below its last that may hold its pictures' captions
CAPTION_NEAR = 40
SOURCE_BELOW = 5  # lines below the body's last where its source line may stand


def _photo_credit(page: Page, start: int, end: int) -> str | None:
    """The first photo credit line's credit in rows start..end (the body's pictures, not a teaser's), a caption
    under a list's item too (an indenting renderer puts a picture's caption in the run of the menu above it)."""
    start = max(start, 0)
    codes = page.codes[start:end + 1]
    rows = (start + ((codes == CAPTION) | (codes == LIST)).nonzero()[0]).tolist()
    agency = set(_agency_credit_rows(page, start))
    # each row once: an agency's row that is a caption or a list item too is tried for both in its place
    for k in rows + sorted(agency.difference(rows)):
        found = credit_rules.photo_credit(page.texts[k])  # first: its cheap tests pass over most list lines
        if found and (page.codes[k] == CAPTION or _own_label(page, k) == CAPTION) or (
                k in agency and (found := credit_rules.agency_credit(page.texts[k]))):
            if credit := credit_rules.credit_text(found):
                return credit
    return None


def _agency_credit_rows(page: Page, start: int) -> list[int]:
    """The short lines around the lead's picture (from line `start` on) that may be an agency's credit without a
    label ("Alex Wong | Getty Images"): those with a mark of one. The lines are searched joined, once: a line each
    cost a tenth of the extraction."""
    rows = (start + ((page.words[start:start + 2 * CAPTION_NEAR] <= credit_rules.AGENCY_CREDIT_WORDS)
                     & (page.codes[start:start + 2 * CAPTION_NEAR] != BLANK)).nonzero()[0]).tolist()
    if not credit_rules.has_agency_mark("\n".join(map(page.texts.__getitem__, rows))):
        return []
    return [k for k in rows if credit_rules.has_agency_mark(page.texts[k])]


def _first(page: Page, code: int) -> str | None:
    """The text of the page's first line with this rule label."""
    found = (page.codes == code).nonzero()[0]
    return page.texts[found[0]] if len(found) else None


def own_lines(lines: Lines, keep: np.ndarray, site_lines: frozenset[str]) -> np.ndarray:
    """The kept lines (`keep`: indices into `lines`) but those that other pages of the site have; all of them if those
    hold half the kept words or more: the other page is then a copy of this article (a syndicated or re-fetched
    page), not a sibling. (Scrapinghub dumps, 110 of them beside another page of their site: F1 .943 -> .948,
    nested cross-validation by site .936 -> .940; wrapped at 78 columns .941 -> .945; w3m .896 -> .904.)"""
    if not site_lines or not len(keep):
        return keep
    shared = np.fromiter(map(site_lines.__contains__, [lines.texts[k] for k in keep.tolist()]), dtype=bool,
                         count=len(keep))
    if not shared.any() or 2 * lines.words[keep[shared]].sum() >= lines.words[keep].sum():
        return keep
    return keep[~shared]


# The lead above the body. A renderer that indents by box puts the lines that follow a menu's last item on its list
# (_codes), down to a line at the margin: an article's first paragraphs may go there while the rest, below such a
# line, does not, and the classifier, which reads list items as menus, keeps the rest only (trafilatura-eval
# rendered as text: 250 missed snippets above the body's first line, 110 of them on such a line within 5 lines)
LEAD_GAP = 2  # short lines (a byline, a date, a share button) that may stand between the lead and the body
GAP_WORDS = 6
# columns: a paragraph less indented than the body by more is in a box of its own above it, a standfirst, which
# the scrapinghub gold leaves out and trafilatura-eval's keeps. The rule adds on the 181 dumps 18 lines without this
# bound, 13 of them outside the gold (F1 .9538 -> .9537), and 11 with it, 7 outside (.9544); on trafilatura-eval
# rendered as text, F1 .8684 -> .8749 without it, .8735 with it (benchmarks/textdump.py, a scratch run)
LEAD_OUTDENT = 2


def _lead_line(page: Page, lines: Lines, k: int, indent: int) -> bool:
    """Whether line k (an index into `lines`) went on a list only for following a list item but reads as a sentence
    of prose by itself, at least `indent` deep; not a breadcrumb, a picture's caption (its credit below it in its
    box) nor any of the site's lines or credits."""
    if lines.codes[k] != LIST or page.indents[lines.rows[k]] < indent:
        return False
    text = lines.texts[k]
    row = int(lines.rows[k])
    if _own_label(page, row) != PROSE or not text.endswith(SENTENCE_END):
        return False
    below = int(lines.rows[k + 1]) if k + 1 < len(lines.texts) else None
    if below is not None and _own_label(page, below) == CAPTION and page.indents[below] <= page.indents[row]:
        return False  # not a credit deeper below, which is the next picture's
    return not (_breadcrumb(text) or _not_the_articles(text))


def with_lead(page: Page, lines: Lines, keep: np.ndarray) -> np.ndarray:
    """The kept lines (`keep`: indices into `lines`) with the lead paragraphs right above the first of them
    (_lead_line; up to LEAD_GAP short lines between). The lines that other pages of the site have are for own_lines
    to weigh, with the others."""
    if not len(keep):
        return keep
    indent = int(page.indents[lines.rows[keep[0]]]) - LEAD_OUTDENT
    lead, gap = [], 0
    for k in range(int(keep[0]) - 1, -1, -1):
        if _lead_line(page, lines, k, indent):
            lead.append(k)
            gap = 0
        elif gap < LEAD_GAP and lines.words[k] <= GAP_WORDS:
            gap += 1
        else:
            break
    return np.concatenate([np.asarray(lead[::-1], dtype=keep.dtype), keep]) if lead else keep


def body_lines(page: Page, lines: Lines, keep: np.ndarray, site_lines: frozenset[str]) -> np.ndarray:
    """The body's lines: the kept ones (`keep`, own_lines already applied: the header is read above them) with their
    lead, the lines other pages of the site have weighed again with it."""
    return own_lines(lines, with_lead(page, lines, keep), site_lines)


# words: a first reading that kept fewer, for want of a line the classifier believes in, kept a tagline or a notice
# (the site's "MOPO.de Aktuelle Nachrichten aus Hamburg ..." above an article the renderer put on the menu's list)
PARAGRAPH_WORDS = 40


def _believed(probabilities: np.ndarray, words: np.ndarray, keep: np.ndarray) -> bool:
    """Whether the classifier believes in a kept line of running text (`keep`: indices into the lines whose
    `probabilities` and `words` are given), rather than body_mask's falling back on the densest run's prose."""
    return bool(((probabilities[keep] >= 0.5) & (words[keep] >= RUNNING_TEXT)).any())


def _better(kept: int, lines: Lines, features: np.ndarray, keep: np.ndarray) -> bool:
    """Whether a second reading (its `lines`, `features` and `keep`) beats a first that kept `kept` words of the
    densest run's prose: more words, and either the first kept a tagline or the classifier believes the second."""
    return kept < lines.words[keep].sum() and (
        kept < PARAGRAPH_WORDS or _believed(body_probabilities(features, lines.words), lines.words, keep))


def _read_again(page: Page) -> tuple[Page, Lines, np.ndarray, np.ndarray] | None:
    """The page, its lines, their features and the kept ones, read again with each line that went on a list only for
    following a list item (no bullet of its own) labelled by what it says: for a page where no line was kept, as
    when a renderer indents the whole page under a menu's first item (trafilatura-eval rendered as text: 25
    articles found nothing; snippet F1 .848 -> .855, title .609 -> .619, date .766 -> .779; the 181 dumps
    unchanged), or where only the densest run's prose was: a tagline under PARAGRAPH_WORDS, or more if the second
    reading believes in a line (4 more: F1 .858 -> .859, title .620 -> .623, author .441 -> .444; w3m's rendering of
    a blog post kept its comment thread without the second condition). None unless a kept line is a sentence: a menu
    read by what its lines say is still a menu (of 289 WARC pages rendered as text, 11 are read again; without the
    check, 3 of them gave a menu or a product list). A line of PROSE_WORDS that ends no sentence counts too, unless
    a tag cloud's capitals or a price list's figures fill it (trafilatura-eval rendered as text: 3 pages found a
    body where none was, a post that ends on a colon before its link and a Bengali article among them, and 2 tag
    clouds are left out; of the WARC pages, a price list is)."""
    codes = page.codes.copy()
    for k in (codes == LIST).nonzero()[0].tolist():
        codes[k] = _own_label(page, k)  # a line with a bullet of its own stays a list item (_label)
    again = dataclasses.replace(page, codes=codes)
    lines, features = page_lines(again)
    keep = body_mask(lines, features).nonzero()[0]
    rows = lines.rows[keep]
    counts, words = again.counts[rows], again.words[rows]
    # a long line that ends no sentence is prose if not mostly capitalised words (a tag cloud) or figures (a price
    # list)
    long = (words >= PROSE_WORDS) & (counts[:, _CAPITALISED] < words / 2) & (counts[:, _DIGITS] < words)
    if (((counts[:, _ENDS_SENTENCE] > 0) & (words >= SENTENCE_WORDS)) | long).any():
        return again, lines, features, keep
    return None


def extract_textdump(doc: Document, site_lines: frozenset[str] = frozenset()) -> Article:
    """The article of a text dump; `site_lines`: its lines that other pages of its site have (SiteLines.shared),
    which are page furniture, not body."""
    text, cut = bounded_text(doc.content)
    page = read_page(text)
    source = _first(page, CREDIT)
    credits = Credits(source=source and credit_rules.source_credit(source))
    article = Article(id=doc.id, source=doc.source, url=doc.url, text="", credits=credits, publisher=_publisher(page))
    if cut:
        article.notes.append(cut)
    lines, features = page_lines(page)
    probabilities = body_probabilities(features, lines.words)
    keep = body_mask(lines, features, probabilities=probabilities).nonzero()[0]
    if not _believed(probabilities, lines.words, keep):
        # nothing kept, or only the densest run's prose: read again. A second reading that is the densest run's
        # prose again (a blog's comment thread, where the first kept the post's paragraph) replaces only a tagline
        again = _read_again(page)
        if again and (not len(keep) or _better(lines.words[keep].sum(), *again[1:])):
            page, lines, features, keep = again
    keep = own_lines(lines, keep, site_lines)
    if not len(keep):
        article.notes.append("no article body found: no line reads as running text")
        return article
    first_prose = body_start(page, lines, keep)
    credits.photo = _photo_credit(page, first_prose - CAPTION_NEAR, int(lines.rows[keep[-1]]) + CAPTION_NEAR)
    header = _header(page, first_prose, doc.url)
    # the header was read above the first kept line, and the lead goes to the body only, not before the title
    body = [lines.texts[k] for k in body_lines(page, lines, keep, site_lines).tolist()
            if lines.rows[k] >= first_prose or lines.texts[k] not in header["lines"]]
    article.text = "\n".join(joined_drop_caps(body, page.text))
    article.title = header["title"]
    # a byline near above that labels its names; else a line in or under the article that says it signs it, before
    # names alone above (a headline may read as names: "Meta-Programming In Emacs Using Defadvice") or on the last
    # line; last, a labelled byline further up
    authors = ((header["authors"] if not header["bare"] else None)
               or _signature(page, first_prose, int(lines.rows[keep[-1]]) + 1) or header["authors"]
               or meta.signed_by(_unbulleted(lines.texts[keep[-1]].strip())) or _byline_far_above(page, first_prose))
    article.authors, agency = credit_rules.split_agencies(authors)
    # the URL's day first: a CMS writes there the day of the first publication, the header may give an update's
    article.published = meta.date_in_url(doc.url) or header["published"]
    if credits.source is None:
        # a source line in or under the article, which an indenting renderer put on a list ("SOURCE: Al Jazeera
        # News"), else the body's dateline or end, an agency among the authors, an issuer the text names
        inside = page.texts[first_prose:int(lines.rows[keep[-1]]) + SOURCE_BELOW]
        credits.source = (next(filter(None, map(credit_rules.source_credit, inside)), None)
                          or credit_rules.body_agency(article.text) or agency
                          or credit_rules.issuer_in_text(article.text))
    article.language = meta.detect_language(article.text)
    return article
