"""Raw HTML bytes to the markup the extractor reads: decoded by the charset the page declares, and bounded.

trafilatura decodes valid UTF-8 as UTF-8 and guesses everything else, ignoring what the page says: a page
in windows-1252 with few accents can come out as windows-1250 ("crème" -> "crčme"). Here the declaration
(HTTP header or <meta>, read by w3lib, which maps labels as browsers do: latin-1 is windows-1252) decides,
and an undeclared page gets the legacy charset of its language, as browsers give it, or uchardet's guess
(benchmarks/extraction.py, "charsets").
"""
from __future__ import annotations

import html
import json
import re

from resiliparse.parse.encoding import detect_encoding as uchardet
from trafilatura.utils import detect_encoding, handle_compressed_file
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

# Markup read per page, in characters. Without scripts and styles the largest of the 1,171 benchmark pages is
# 0.55 M; a page past this is mostly data, and reading all of it costs seconds per MB (an 18 MB table: 48 s).
MAX_MARKUP = 2_000_000
# Tags read per page: the most of the 1,214 benchmark pages is 19,600. Parsing and pruning cost more than linearly in
# them (100,000 <br>: 2.3 CPU-s; 500,000, within MAX_MARKUP: 41 CPU-s).
MAX_TAGS = 100_000
# scripts (all but JSON-LD metadata), styles, inline SVG, comments and inline data URIs carry no article text
_NOT_TEXT = re.compile(r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>|<(style|svg)\b[^>]*>.*?</\1\s*>"
                       r"|<!--.*?-->|(?<=[\"'])data:[^\"']{200,}", re.IGNORECASE | re.DOTALL)


def decode_page(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, charset): a byte-order mark, then UTF-8 if the bytes are (nearly all) valid in it, then the declared
    charset if they are valid in it, then a guess; undecodable bytes are replaced only when nothing fits."""
    content = handle_compressed_file(content)  # a gzip/brotli/zstd body archived as sent
    bom, mark = read_bom(content)
    if bom:
        return content[len(mark):].decode(bom, "replace"), bom
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    as_utf8 = content.decode("utf-8", "replace")
    bad = as_utf8.count("\ufffd") - content.count(b"\xef\xbf\xbd")
    if len(content) - len(content.decode("ascii", "ignore")) - bad >= 20 * bad:
        # UTF-8 with a few stray bytes (a snippet pasted in another charset): the page is UTF-8, whatever it says
        return as_utf8, "utf-8 (stray bytes replaced)"
    declared = [http_content_type_encoding(content_type) if content_type else None,
                html_body_declared_encoding(content)]
    for charset in [c for c in declared if c] + _guesses(content) + detect_encoding(content):
        try:
            return content.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("utf-8", "replace"), "utf-8 (undecodable bytes replaced)"


# the legacy charset browsers assume for an undeclared page, by the language it is in (WHATWG HTML,
# "suggested default encoding"; windows-1252 for the rest): charset detectors read German as windows-1250
_LEGACY_BY_LANGUAGE = {
    **dict.fromkeys(["ar", "fa", "ur"], "cp1256"),
    **dict.fromkeys(["cs", "hr", "hu", "pl", "ro", "sk", "sl"], "cp1250"),
    **dict.fromkeys(["ba", "be", "bg", "kk", "ky", "mk", "ru", "sr", "tg", "tt", "uk"], "cp1251"),
    **dict.fromkeys(["et", "lt", "lv"], "cp1257"), **dict.fromkeys(["az", "ku", "tr"], "cp1254"),
    "el": "iso-8859-7", "he": "cp1255", "iw": "cp1255", "ja": "shift_jis", "ko": "euc-kr", "th": "cp874",
    "vi": "cp1258", "zh": "gb18030", "zh-tw": "big5", "zh-hk": "big5",
}
_LANG = re.compile(rb"<html\b[^>]*?\blang=[\"']?([a-zA-Z]{2,3}(?:[-_][a-zA-Z]{2})?)", re.IGNORECASE)


def _guesses(content: bytes) -> list[str]:
    """The legacy charset of the language the page says it is in, else uchardet's reading of the page
    (trafilatura's guess, charset_normalizer on its head and tail, reads German as windows-1250), else
    windows-1252."""
    lang = _LANG.search(content[:4096])
    if lang:
        tag = lang.group(1).decode().lower().replace("_", "-")
        return [_LEGACY_BY_LANGUAGE.get(tag) or _LEGACY_BY_LANGUAGE.get(tag[:2]) or "cp1252"]
    return [uchardet(content), "cp1252"]


# a ruby reading (furigana: <ruby>子<rt>こ</rt></ruby>) and its fallback brackets (<rp>) say how a word is read: kept,
# they split each annotated word of a Japanese page in two ("子こども"). An <rt> may go unclosed
_RUBY_READING = re.compile(r"<(?i:(rt|rp))\b[^>]*>[^<]*(?:</(?i:\1)\s*>)?")


def without_ruby_readings(page: str) -> str:
    return _RUBY_READING.sub("", page) if "<rt" in page or "<RT" in page else page


# JSON-LD metadata with letters written as HTML entities ("Redacci&oacute;n"): trafilatura decodes only numeric ones
# and "&amp;" in an author, then splits the name at the semicolons ("Redacci; Oacute; N"). Entities that stand for
# a letter are decoded here; "&quot;", "&lt;" and the like stay, as the JSON needs them
_JSON_LD = re.compile(r"(<script\b[^>]*application/ld\+json[^>]*>)(.*?)(?=</script\s*>)", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"&(?:[a-zA-Z]+[0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);")


def json_ld_letters(page: str) -> str:
    if "ld+json" not in page:
        return page
    return _JSON_LD.sub(lambda block: block.group(1) + _ENTITY.sub(_letter, block.group(2)), page)


_PARAGRAPH_END = re.compile(r"</p\s*>|<br\s*/?>|\n+", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")


def structured_body(page: str) -> list[str]:
    """The paragraphs of the article's text that the page's JSON-LD gives ("articleBody"; a paywalled page often
    holds it there and not in its markup), the longest if several; none if it gives none."""
    longest = ""
    for block in _JSON_LD.finditer(page):
        if "articleBody" not in block.group(2):
            continue
        try:
            data = json.loads(block.group(2), strict=False)
        except ValueError:
            continue  # broken JSON-LD, as pages have: the markup stands
        longest = max(_values(data, "articleBody"), key=len, default=longest)
    parts = _PARAGRAPH_END.split(html.unescape(longest))
    return [text for text in (" ".join(_ANY_TAG.sub(" ", part).split()) for part in parts) if text]


def _values(data, key: str) -> list[str]:
    """The text values of `key` anywhere in parsed JSON."""
    if isinstance(data, dict):
        found = [data[key]] if isinstance(data.get(key), str) else []
        return found + [v for value in data.values() if isinstance(value, (dict, list)) for v in _values(value, key)]
    if isinstance(data, list):
        return [v for value in data for v in _values(value, key)]
    return []


def _letter(entity: re.Match) -> str:
    decoded = html.unescape(entity.group(0))
    return decoded if decoded.isalpha() else entity.group(0)


def bounded_markup(page: str) -> tuple[str, str | None]:
    """The page, or for a page over MAX_MARKUP characters its markup without scripts, styles and inline data,
    cut at MAX_MARKUP if still longer, and before its MAX_TAGS-th tag if it has more; the second value says what was
    left out."""
    if len(page) > MAX_MARKUP:
        size = len(page)
        page = _NOT_TEXT.sub("", page)
        if len(page) > MAX_MARKUP:
            cut = page.rfind(">", 0, MAX_MARKUP) + 1 or MAX_MARKUP
            page, tags = _fewer_tags(page[:cut])
            return page, (f"page markup cut at {cut / 1e6:.1f} M of {size / 1e6:.1f} M characters (scripts and styles "
                          f"left out first)" + (f", then {_tags_cut(tags)}" if tags else "") + ": the rest is not read")
    page, tags = _fewer_tags(page)
    return page, tags and f"page markup cut {_tags_cut(tags)}: the rest is not read"


def _tags_cut(tags: int) -> str:
    return f"before its {MAX_TAGS:,}th of {tags:,} tags"


def _fewer_tags(page: str) -> tuple[str, int | None]:
    """The page cut before its MAX_TAGS-th tag, and how many it had, if more; else the page and None."""
    tags = page.count("<")
    if tags <= MAX_TAGS:
        return page, None
    at = -1
    for _ in range(MAX_TAGS):
        at = page.find("<", at + 1)
    return page[:at], tags
