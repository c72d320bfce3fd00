"""Metadata read from the HTML itself, beside what trafilatura finds: the headline as the page's <h1> shows it
(without kicker, subtitle or date line), the authors (trafilatura's names, cleaned and checked against the
page, and a few byline markups it misses: hCard bylines, Twitter's "written by" label, Chinese editor lines), and
the date the page's text labels as the publication date."""
from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections import Counter
from contextlib import suppress
from urllib.parse import urljoin

import lxml.html
from lxml.etree import ParserError

from storyline.extract.metadata import (BYLINE, DATE_ONLY, byline_authors, clean_authors, looks_like_name,
                                        in_slug, parse_date_line, site_of, slug_words, split_url)

_WORD = re.compile(r"\w{2,}")
_WORD_CHAR = re.compile(r"\w")

_HEADING = {tag: re.compile(rf"<{tag}\b[^>]*>(.*?)</{tag}\s*>", re.IGNORECASE | re.DOTALL) for tag in ("h1", "h2")}
# classes of the parts of an <h1> that are not the headline: the kicker above it, the subtitle below it (and the
# <small> element, which holds one or the other)
_NOT_HEADLINE_CLASS = re.compile(r"sub-?title|sub-?heading|kicker|overline|dachzeile|topline|roofline|eyebrow|label|category|"
                                 r"rubri[ck]|date|time|author|byline", re.IGNORECASE)
_PUBLISHED = "veröffentlicht|published|posted|publié|publicado"
_PUBLISHED_BY = re.compile(rf"^\s*(?:{_PUBLISHED})\b", re.IGNORECASE)

# tokens after which a page may write a full stop inside a name: initials and suffixes ("Perry Bacon Jr.")
_DOTTED = re.compile(r"^(?:[^\W\d_]{1,2}|Jr|Sr|St|Dr|Prof)$")
_DOMAIN_WORD = re.compile(r"\s(?:com|net|org|de|at|ch|fr|pl|it|es|nl|co|uk|info|blog)$", re.IGNORECASE)
# a comment's byline, which trafilatura may take for the article's ("Art Edwards says", "Stephangoeldi Said")
_COMMENTER = re.compile(r"\s(?:says|said|wrote|sagt|schrieb)\s*:?$", re.IGNORECASE)
_SPELT_DOMAIN = re.compile(r"\s(?:com|net|org|de|at|ch|fr|pl|it|es|nl|uk|info)$", re.IGNORECASE)  # not "Emily Co"
_STAFF_SUFFIX = re.compile(r"\s+(?:[A-Z]\w*\s+)?(?:Staff|Staff Writer|Correspondent)$")
_LABEL_PREFIX = re.compile(r"^(?:interview|zum profil von|beitrag von|责任编辑|編集)\s*[:：]?\s*", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
# kana, Han, Hangul, full-width forms
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff01-\uff9f]")
_CLOSING = set(",.:;!?)]»“”’")
_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?)?\s*([^<|\n]{2,60})",
                        re.IGNORECASE)

_BYLINE_MARKUP = [
    # hCard byline: <span class="author vcard"><a class="url fn n" ...>Name</a>
    re.compile(r'class="[^"]*\bauthor vcard\b[^"]*"[^>]*>\s*(?:<[^>]+>\s*)*?<a [^>]*class="[^"]*\bfn\b[^"]*"[^>]*>([^<]{2,60})</a>'),
    # <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Name">
    re.compile(r'name="twitter:label1" content="(?:written by|verfasst von|geschrieben von|écrit par|autor|author)"'
               r'\s*/?>\s*<meta name="twitter:data1" content="([^"]{2,60})"', re.IGNORECASE),
    # Chinese news sites close with the responsible editor: 责任编辑：Name
    re.compile(r"责任编辑\s*[:：]\s*(?:<[^>]+>\s*)*([^\s<]{2,12})"),
    # the link to the author's page (HTML's rel="author"): <a href="/author/x/" rel="author">Thilo</a>
    re.compile(r'<a\b[^>]*\brel="author"[^>]*>\s*(?:<(?!/)[^>]+>\s*)?([^<]{2,60}?)\s*<'),
    # a forum thread's first post: <article class="message" data-author="Tiberius">
    re.compile(r'<article\b[^>]*\bdata-author="([^"]{2,60})"'),
]


# a publication date the page writes out in its text, after a tag (not in an attribute or a script):
# "Veröffentlicht am 16.08.2019", "Erschienen am: 13.10.2021", "Published on 7 April 2020"
_PUBLISHED_LABEL = re.compile(rf">\s*(?:{_PUBLISHED}|erstellt|publiziert|erschienen|pubblicato)", re.IGNORECASE)
# day first where written with dots; 05/06/2022 is no part of it: the US writes the month first
_LABELLED_DATE = re.compile(r"(?:\s+(?:am|on|le|el|il|em))?(?:\s|:|&nbsp;)*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|"
                            r"\d{1,2}\.?\s+[^\W\d_]{3,9}\.?,?\s+\d{4}|[^\W\d_]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")


def labelled_date(page: str) -> str | None:
    """The date after the first publication label of the page's text that a date follows. It wins over
    trafilatura's date, which may be the last modification or a comment's time (trafilatura-eval: 5 dates
    gained, none lost)."""
    for label in _PUBLISHED_LABEL.finditer(page):
        if found := _LABELLED_DATE.match(_TAG.sub(" ", page[label.end():label.end() + 400])):
            return parse_date_line(found[1])
    return None


def written_new_year(page: str, published: str) -> bool:
    """Does the page write the 1 January that `published` says (a date, a timestamp, "1. Januar 2016")? htmldate
    falls back on the 1 January of a year it finds (a copyright's "© 1996-2023"): 37 of 40 such dates on the
    trafilatura-eval pages were no publication date."""
    year = published[:4]
    return bool(re.search(rf"{year}[-/]01[-/]01|\b0?1\.0?1\.{year}|\b1(?:\.|er)?\s+(?:de\s+)?(?:januar|january|"
                          rf"janvier|enero|gennaio|janeiro|stycznia)\s+(?:de\s+)?{year}|"
                          rf"\bjan(?:uary|\.)?\s+1(?:st)?,?\s+{year}", page, re.IGNORECASE))


_LINK_OR_META = re.compile(r"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\b(rel|href|property|content)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


def canonical_url(page: str, base: str | None) -> str | None:
    """The URL the page names as its own: <link rel="canonical">, else og:url; made absolute against `base`
    (trafilatura reads og:url first, and some sites point og:url at their home page)."""
    found = {}
    for tag in _LINK_OR_META.finditer(page):
        attrs = {m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "").strip()
                 for m in _ATTRIBUTE.finditer(tag.group(0))}
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
            found.setdefault("canonical", attrs["href"])
        elif attrs.get("property", "").lower() == "og:url" and attrs.get("content"):
            found.setdefault("og", attrs["content"])
    url = found.get("canonical") or found.get("og")
    if not url:
        return None
    if base:
        with suppress(ValueError):  # one that urllib cannot split (metadata.split_url) is left as it is
            url = urljoin(base, url)
    return url if split_url(url).scheme in ("http", "https") else None


def headlines(page: str, limit: int = 3, tag: str = "h1") -> list[str]:
    """The headlines of the first <h1> (or `tag`) elements of a page, entities decoded."""
    out = []
    for match in _HEADING[tag].finditer(page):
        text = _headline(match.group(1))
        if text and len(text) < 300:
            out.append(text)
        if len(out) >= limit:
            break
    return out


_LINK_HOST = re.compile(r"<a\b[^>]*?\bhref=[\"']?https?://([^/\"'\s>:]+)", re.IGNORECASE)


def h1_links_elsewhere(page: str, page_url: str | None) -> bool:
    """Does the first <h1> link to another site (an aggregator's featured story, not the page's own headline)?"""
    h1 = _HEADING["h1"].search(page)
    link = _LINK_HOST.search(h1.group(1)) if h1 else None
    host = split_url(page_url).hostname
    return bool(link and host) and link.group(1).lower().removeprefix("www.") != host.removeprefix("www.")


_TITLE_ELEMENT = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUTE_QUOTES = "\"'"  # the marks that end an attribute value; « and » also part a <title> from the site's name


def page_title(head: str) -> str | None:
    """The text of the page's <title> element."""
    found = _TITLE_ELEMENT.search(head)
    return _plain(found.group(1)) if found else None


def uncut_title(title: str | None, full: str | None) -> str | None:
    """The <title> (`full`) where the metadata's title is that <title> cut short at a quote mark: an unescaped '"'
    ends a meta attribute early (content="Senator calls Biden "unfit"" reads "Senator calls Biden")."""
    if not title or not full:
        return title
    cut = " ".join(title.split())
    rest = full[len(cut):].lstrip()
    return full if full.startswith(cut) and rest and rest[0] in _ATTRIBUTE_QUOTES else title


_ANY_HEADING = re.compile(r"<(h[1-3])\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_BETWEEN_WORDS = r"(?:\s|<[^>]+>|&nbsp;|&#160;)*"


def heading_above(page: str, paragraphs: list[str]) -> str | None:
    """The text of the last <h1>-<h3> before the first body paragraph of five words or more in `page`: the
    headline of a page whose <title> and <h1> name only its section ("Aktuelles", "Pressemitteilungen")."""
    first = next((p for p in paragraphs if len(p.split()) >= 5), None)
    if first is None:
        return None
    words = first.split()[:5]
    found = None
    for escape in (lambda w: html_lib.escape(w, quote=False), lambda w: w):
        found = re.search(_BETWEEN_WORDS.join(re.escape(escape(w)) for w in words), page)
        if found:
            break
    heads = list(_ANY_HEADING.finditer(page, 0, found.start())) if found else []
    return _plain(heads[-1].group(2)) if heads else None


def headline_by_url(chosen: str | None, h1s: list[str], title: str | None, page: str, url: str | None) -> str | None:
    """The headline the URL names, when the one chosen shares no word with it: a blog's <h1> is often its name
    and the post's headline an <h2> ("strafprozess.ch" -> "Rasende Polizisten" for .../rasende-polizisten/).
    A heading replaces it only if at least two of its words and half of them are in the URL's last segments."""
    slug = slug_words(url)
    if not slug or in_slug(chosen, slug)[0]:
        return chosen
    candidates = h1s + headlines(page, 5, "h2") + ([title] if title else [])
    scored = [(shared / total, shared, -k, c) for k, c in enumerate(candidates)
              for shared, total, _ in [in_slug(c, slug)] if total and shared >= 2 and shared >= total / 2]
    return max(scored)[3] if scored else chosen


def names_the_site(title: str | None, sitename: str | None, url: str | None) -> bool:
    """Is `title` the site's name ("ICON Magazine", "Disfunctions.de", "bumm film" on bummfilm.de), not a headline?"""
    words = [w.lower() for w in _WORD.findall(title or "")]
    if not words:
        return False
    # a site's name is short; a long one is a headline that trafilatura read as the site's name
    if sitename and len(words) <= 6 and " ".join(words) in " ".join(w.lower() for w in _WORD.findall(sitename)):
        return True
    host = re.sub(r"\W", "", (split_url(url).hostname or "").lower())
    return bool(host) and all(w in host for w in words)


def holds_the_name(heading: str, sitename: str | None) -> bool:
    """Does `heading` hold every word of the site's name ("El Mostrador, el primer diario digital de Chile.")?"""
    name = {w.lower() for w in _WORD.findall(sitename or "")}
    return bool(name) and name <= {w.lower() for w in _WORD.findall(heading)}


def _plain(markup: str) -> str:
    """The text of a piece of markup, entities decoded, spaces collapsed."""
    return " ".join(html_lib.unescape(_TAG.sub(" ", markup)).split())


def _headline(inner: str) -> str:
    """An <h1>'s text without the parts that are not the headline ("<span class=kicker>Paris 2024</span> Boats
    bring drinks" -> "Boats bring drinks", "<small>Kicker</small><br>Headline" -> "Headline"); a structured <h1>
    (only child elements) loses a short first part. An element that wraps all of the <h1> (a link to the article, a
    span for the schema.org headline) is looked into."""
    try:
        h1 = lxml.html.fragment_fromstring(inner, create_parent="h1")
    except (ParserError, ValueError):
        return _plain(inner)
    while len(h1) == 1 and not (h1.text or "").strip() and not (h1[0].tail or "").strip() and len(h1[0]):
        h1 = h1[0]
    parts = [(h1.text or "", "", "")]  # (text, class, tag), with no tag for text between the elements
    for child in h1:
        if isinstance(child.tag, str):
            parts.append((child.text_content(), child.get("class") or "", child.tag))
        parts.append((child.tail or "", "", ""))
    pieces = []  # (text, class, tag, text as written): a space between two pieces stays with the first
    for text, cls, tag in parts:
        if text.strip():
            pieces.append((" ".join(text.split()), cls, tag, text))
        elif pieces:
            pieces[-1] = (*pieces[-1][:3], pieces[-1][3] + text)
    parts = pieces
    keep = [p for p in parts if not (p[2] == "small" or _NOT_HEADLINE_CLASS.search(p[1]) or DATE_ONLY.match(p[0])
                                     or BYLINE.match(p[0]) or _PUBLISHED_BY.match(p[0]))] or parts
    if len(keep) >= 2 and all(p[2] for p in keep) and \
            len(keep[0][0].split()) <= 4 < max(len(p[0].split()) for p in keep[1:]):
        keep = keep[1:]
    if not keep:
        return ""
    headline = keep[0][0]
    for (_, _, _, before), (text, _, _, raw) in zip(keep, keep[1:]):
        # no space where the markup has none before a punctuation mark ("<a>Nordkorea</a>: Kim") or between two
        # CJK characters ("<ruby>子</ruby>ども"): those scripts put none between words
        glued = not before[-1].isspace() and not raw[0].isspace() and (
            text[0] in _CLOSING or _CJK.match(headline[-1]) and _CJK.match(text))
        headline += ("" if glued else " ") + text
    return headline


_TAGS = r"(?:\s*<[^>]+>)*\s*"
# bylines written as text: "Autor: </h5>Peter Maahn/SP-X", "<p>Von Claudia Lindner</p>"
_BYLINE_TEXT = [
    # "Autor: </h5>Peter Maahn" (no \b before the label: it would cost a 5x slower scan; _from_byline_text checks it)
    re.compile(r"(?:Aut(?:or(?:in|en)?|hor|eur|ore)|Verfasser(?:in)?|Text|Redaktion)\s*:" + _TAGS
               + r"([^<]{3,80}?)\s*<"),
    # "<h4>Autor</h4> <p><a href=/profil/x>Nikolai Huke</a>"
    re.compile(r">\s*(?:Aut(?:or(?:in)?|hor|eur|ore)|Verfasser(?:in)?)\s*</(?:h\d|b|strong|span|dt|th|p|div)>" + _TAGS +
               r"([^<]{3,80}?)\s*<"),
    # "By&nbsp;<a href=/reporters/x>Jose de la Cruz</a>", "von <em>Klaus Stanjek</em>", "| By </span> <span>Cara"
    re.compile(r">\s*(?:\|\s*)?(?:[Vv]on|[Bb]y|BY|VON|[Pp]ar|[Pp]or|[Dd]i):?(?:(?:\s|&nbsp;|&#160;)+|(?=<))"
               r"(?:<[^>]+>\s*){0,4}([A-ZÀ-Ý][^<]{2,60}?)\s*<"),
    # a date, then the name: "04.02.2022 | 13:10 Uhr | Uta Helkenberg", "25.10.2022 - Reiner Nagel"
    re.compile(r">\s*\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*[|–-]\s*\d{1,2}:\d{2}(?:\s*Uhr)?)?\s*[|–-]\s*"
               r"([A-ZÀ-Ý][^<]{2,60}?)\s*<"),
    # "Posted on September 21, 2020 by Adi Tzlil", "Blog Beitrag von Margarita Koreneva", "<em>Written by: <a
    # href=...>Julie Mollins</a>"; not an embedded social post's "Posted by <a href=facebook...>"
    re.compile(r">\s*(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Bb]eitrag|[Aa]rtikel|[Vv]eröffentlicht)\b[^<>]{0,40}?\s"
               r"(?:by|von):?(?:\s|&nbsp;)+(?:<(?!/)(?![^>]*(?:facebook|twitter|instagram)\.com)[^>]+>\s*){0,3}"
               r"([A-ZÀ-Ý][^<]{2,60}?)\s*<"),
]
_AGENCY_AFTER = re.compile(r"\s*[/|,]\s*(?=[A-Z-]{2,}\b|dpa\b)|\s+[|•·]\s+|\s+\(")  # "(Pressesprecher)" too
_NAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "la", "le", "du", "del", "bin", "al", "dos", "ten", "ter", "zu"}
_NOT_NAME_WORDS = {"The", "Der", "Die", "Das", "Redaktion", "Team", "Staff", "Editor", "Editors"}


# an element whose class names an author ("author-name", "byline__author", "autor"), not a comment's or a menu's
_NOT_THE_ARTICLES = re.compile(r"comment|menu|nav", re.IGNORECASE)
# (no "<tag" before class=: its [^>]* scan made the search 4x slower)
_AUTHOR_CLASS = re.compile(r'class="([^"]*(?:author|byline|autor)[^"]*)"[^>]*>\s*(?:<(?!/)[^>]+>\s*){0,3}'
                           r"([^<]{3,60}?)\s*<", re.IGNORECASE)


# trafilatura's site name comes from og:site_name or article:publisher, which some pages fill with a URL (their own,
# or their Facebook or Twitter page) or leave as an unfilled template ("{$plugin.tx_news.opengraph.site_name}")
_SOCIAL_HOST = re.compile(r"(?:^|\.)(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|pinterest)\.com$|^t\.me$")
_URL = re.compile(r"https?://\S+")
_TEMPLATE = re.compile(r"\{\$|\{\{|\{%")


def publisher_name(sitename: str | None, page_url: str | None) -> str | None:
    """The publisher as a name: a site name holding a URL gives the URL's host ("https://www.hawaiinewsnow.com" ->
    "hawaiinewsnow.com"), a social-media page the page's own host ("https://www.facebook.com/tagesspiegel" on
    tagesspiegel.de); a template is no name."""
    if not sitename or _TEMPLATE.search(sitename):
        return None
    if found := _URL.search(sitename):
        host = site_of(found.group())
        return site_of(page_url) if host and _SOCIAL_HOST.search(host) else host
    return _name_part(sitename, site_of(page_url))


# the separators that part a site's name from its tagline or a page's title ("100% Noticias | Nicaragua - Con
# Primicias A Toda Hora", "Schnäppchen Blog mit Doktortitel • DealDoktor", "CC Joins Civil Society ... - Creative
# Commons"), and the host labels that name a hosting service or a section, not the site
_NAME_SEPARATOR = re.compile(r"\s+(?:[|•·–—/-]|::)\s+|\s*(?:\.::|::\.)\s*")
_HOSTING_LABELS = {"wordpress", "blogspot", "online", "news", "blog", "home", "info"}


def _name_part(sitename: str, host: str | None) -> str:
    """The part of a site name that the host spells ("DealDoktor" on dealdoktor.de; the shortest, if several:
    "BUND - BUND für Naturschutz" -> "BUND"), else the first part with letters."""
    parts = [p.strip() for p in _NAME_SEPARATOR.split(sitename) if any(map(str.isalpha, p))]
    if len(parts) < 2 or _COPYRIGHT.match(sitename):  # "Copyright 2003 - 2019 by ...": a notice, not parts
        return sitename
    spelt = _letters(host.rsplit(".", 1)[0]) if host else ""  # "2gewinnt.wordpress", "news.bbc.co"
    labels = [label for label in spelt.split(".") if label not in _HOSTING_LABELS]
    # a short label starts the name ("ZDFmediathek" on zdf.de), a longer one may stand anywhere in it
    named = [p for p in parts if (key := _letters(p)) and spelt and (key in spelt or any(
        key.startswith(label) if len(label) < 4 else label in key for label in labels))]
    return min(named, key=len) if named else parts[0]


def _letters(text: str) -> str:
    """Lower-case letters and digits without accents ("La Prensa Gráfica" -> "laprensagrafica"); dots stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if c.isalnum() or c == ".").strip(".")


def page_authors(found: str | None, page: str, sitename: str | None, title: str | None = None) -> list[str]:
    """Person names for the page: `found` (trafilatura's author field) cleaned; where it names no person (or
    only the site), a byline markup, else a byline written as text, else the text of an author element; a
    first name alone completed from the page."""
    # the headline is nobody's name: trafilatura may read it from a rating's markup (itemreviewed)
    names = [n for n in map(_cleaned, clean_authors(found)) if n and _key(n) != _key(title or "")]
    if any(map(_COMMENTER.search, names)):
        names = []  # a comment's byline, with its date ("Stephangoeldi Said; On August 3"): the article's is elsewhere
    if any(map(_ORGANISATION.search, names)):
        # the publisher beside its authors, or with its address or its domain ("Olympia-Verlag GmbH; Nürnberg;
        # Germany", "Www Haufe De; Copyright Haufe-Lexware GmbH; Co KG")
        names = [n for n in names if not (_ORGANISATION.search(n) or _DOMAIN_WORD.search(n)) and looks_like_name(n)]
    persons = _persons(names, page, sitename)
    if not persons:
        # no author field, or one that names only the site or its publisher ("Finanztreff De"): a byline may
        # name a person
        bylined = _from_page(page)
        persons = _persons(bylined, page, sitename)
        names = names or bylined
    if persons:
        return [_as_written(_in_full(n, page), page) for n in persons]
    # no person: the site or its publisher stands as the author, unless the field is the site's domain as
    # trafilatura spells it out, which the page never writes ("Www Medianotions De", "Hessenschau De; Frankfurt;
    # Germany"): it names nobody
    written = [_as_written(n, page) for n in names]
    return [] if any(map(_SPELT_DOMAIN.search, written)) else written


def _in_full(name: str, page: str) -> str:
    """A first name alone ("Nils", a blog's display name) with the surname the page most often gives it
    ("Eine Kolumne von Nils Pickert")."""
    if not re.fullmatch(r"[A-ZÀ-Ý][a-zß-ÿ]{2,}", name):
        return name
    full = Counter(re.findall(rf"\b{name}\s+([A-ZÀ-Ý][a-zß-ÿ]+(?:-[A-ZÀ-Ý][a-zß-ÿ]+)?)\b", page))
    for surname, _ in full.most_common():
        if _strict_person(f"{name} {surname}"):
            return f"{name} {surname}"
    return name


def _from_page(page: str) -> list[str]:
    return _from_markup(page) or _from_byline_text(page) or _from_author_class(page)


# a company's or an association's legal form: the publisher in the author field ("Bund der Energieverbraucher e.V.",
# "Perform Media Deutschland GmbH", "NATURSTROM AG"), no person; a byline on the page may name one (trafilatura-eval:
# 11 such authors, none the gold's)
_ORGANISATION = re.compile(r"\be\.?\s?V\b|\bg?GmbH\b|\bmbH\b|\bAG$|\bInc\b|\bLtd\b|\bLLC\b|\bKG\b|\bplc\b")


def _persons(names: list[str], page: str, sitename: str | None) -> list[str]:
    holders = _COPYRIGHT.findall(page) if len(names) > 1 else []
    return [n for n in names if not _names_the_site(n, sitename, holders)]


def _cleaned(name: str) -> str:
    words = _STAFF_SUFFIX.sub("", _LABEL_PREFIX.sub("", name)).split()
    half = len(words) // 2
    # "jesusfreak jesusfreak": a user name the page gives twice in one link (its picture's text and its own)
    return " ".join(words[:half] if half and words[:half] == words[half:] else words)


def _from_markup(page: str) -> list[str]:
    for pattern in _BYLINE_MARKUP:
        match = pattern.search(page)
        if match:
            return clean_authors(_plain(match.group(1)))
    return []


def _from_byline_text(page: str) -> list[str]:
    """The first "Author: Name" or "By Name" text whose names all read as a person's name and nothing else (a
    free-text byline is tried last: "von Sarajevo bis Wien" is no byline)."""
    for pattern in _BYLINE_TEXT:
        for match in pattern.finditer(page):
            if match.start() and _WORD_CHAR.match(page, match.start() - 1) and _WORD_CHAR.match(page, match.start()):
                continue  # "Kontext:" holds no label
            text = _AGENCY_AFTER.split(_plain(match.group(1)))[0]
            names = _person_names(text) or _before_role(text)
            if names:
                return names
    return []


def _before_role(text: str) -> list[str]:
    """The name before a comma and a role ("Uta Staschewski, Projektleiterin für Südosteuropa", "Rachael Link, MS,
    RD"): what follows holds a word in lower case or only credentials."""
    name, _, role = text.partition(",")
    words = role.split()
    if not words or not (any(w[0].islower() for w in words) or all(w.strip(".,").isupper() for w in words)):
        return []
    return [name.strip()] if _strict_person(name.strip()) else []


def _from_author_class(page: str) -> list[str]:
    """The first author element's text that reads as a person's name and nothing else."""
    for match in _AUTHOR_CLASS.finditer(page):
        if _NOT_THE_ARTICLES.search(match.group(1)):
            continue
        names = _person_names(_plain(match.group(2)))
        if names:
            return names
    return []


def _person_names(text: str) -> list[str]:
    """The names of a byline whose every name reads as a person's name and nothing else; else none."""
    names = byline_authors(text)
    return names if names and all(map(_strict_person, names)) else []


def _strict_person(name: str) -> bool:
    tokens = name.split()
    return 2 <= len(tokens) <= 4 and tokens[-1][0].isupper() and not set(tokens) & _NOT_NAME_WORDS and all(
        map(_name_word, tokens))


def _name_word(token: str) -> bool:
    """A particle ("von"), or a capitalised word that is no acronym ("J.R." is initials) and no "Aymz-"."""
    if token.endswith("-"):
        return False
    acronym = token.isupper() and len(token.replace(".", "")) > 2
    return token in _NAME_PARTICLES or token[0].isupper() and not acronym


def _names_the_site(name: str, sitename: str | None, copyright_holders: list[str]) -> bool:
    """ "Facebook Com", "Prisma Média" (© 2020 Prisma Média) beside a person: a site or publisher, not an author."""
    key = _key(name)
    sites = [_key(s) for s in [sitename or "", *copyright_holders] if _key(s)]
    return bool(_DOMAIN_WORD.search(name)) or any(key == site or key in site and len(key) > 3 for site in sites)


def _key(name: str) -> str:
    return re.sub(r"\W+", "", name.lower())


def _as_written(name: str, page: str) -> str:
    """The name as the page writes it: as an element's text (accents, separators and spaces that the metadata
    lost: "Gabor Munier" -> "Gàbor Muniér", "Herr Rein" -> "Herr_Rein", "Arianschlichenmayer" ->
    "Arian Schlichenmayer"), else with the full stops the page gives it ("Logan C Ritchie" -> "Logan C. Ritchie")."""
    shown = _shown(name, page)
    if shown:
        return shown
    words = name.split()
    if not any(_DOTTED.match(w) for w in words):
        return name
    # initials may stand together ("R.C. Baker")
    pattern = "".join(re.escape(w) + (r"\.?\s*" if _DOTTED.match(w) else r"\s+") for w in words).removesuffix(r"\s+")
    best = name
    for match in re.finditer(pattern, page):
        if match.group(0).count(".") > best.count("."):
            best = " ".join(match.group(0).split())
    return best


# the Latin-1 letters that fold to each base letter ("e" -> "ÈÉÊËèéêë"): a name's accents may be lost (Latin-1
# only: a regex with a class beyond it takes 3 ms to compile, as long as the search itself)
_FOLDS: dict[str, str] = {}
for _code in range(0xC0, 0x100):
    _base = unicodedata.normalize("NFKD", chr(_code))[0]
    if _base.isascii() and _base.isalpha():
        _FOLDS[_base.lower()] = _FOLDS.get(_base.lower(), "") + chr(_code)


def _shown(name: str, page: str) -> str | None:
    """The form of `name` that the page's elements start with most often, if not `name` itself: the same letters
    up to accents, with separators anywhere, in the same case but where a separator comes in (a user name the
    metadata title-cased run together)."""
    letters = [c for c in name if c.isalnum()]
    if len(letters) < 4:
        return None
    pattern = r"[\s._-]{0,2}".join(
        f"[{re.escape(c.lower() + c.upper() + _FOLDS.get(c.lower(), ''))}]" if c.isalpha() else re.escape(c)
        for c in letters)
    forms: Counter = Counter()
    # at the start of an element's text (">" first: the regex engine then skips ahead to each ">")
    for match in re.finditer(rf">\s*({pattern})(?![\w-])", page):
        form = " ".join(match.group(1).split())
        if page.startswith(".", match.end()) and _DOTTED.match(re.split(r"[\s.]", form)[-1]):
            form += "."  # "A.K.", "e.V.": an initial's full stop
        forms[form] += 1
    for form, _ in sorted(forms.items(), key=lambda item: (item[1], item[0] == name), reverse=True):
        if _same_case(name, form):
            return form if form != name else None
    return None


def _same_case(name: str, form: str) -> bool:
    """Same case letter by letter, but a capital where `form` starts a word inside one of `name`'s."""
    # each letter of `name`, and whether it runs on from the letter before
    ours = iter([(c, k > 0 and name[k - 1].isalnum()) for k, c in enumerate(name) if c.isalnum()])
    previous = ""
    for c in form:
        if c.isalnum():
            mine, runs_on = next(ours)
            if c.isupper() != mine.isupper() and not (c.isupper() and runs_on and not previous.isalnum()):
                return False
        previous = c
    return True
