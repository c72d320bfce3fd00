"""Metadata of text dumps: title line, byline, date line, publisher from the copyright line; language. Shared with
the HTML path and the readers: dates written in lines, dates the input gives (input_date), URL parts (split_url)."""
from __future__ import annotations

import html
import re
import unicodedata
from contextlib import suppress
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import ParseResult, unquote, urlparse

import pycld2
from babel.dates import get_month_names

from storyline.extract.given_names import starts_with_given_name

_NO_URL = urlparse("")


def split_url(url: str | None) -> ParseResult:
    """The parts of a URL (urlparse's: the last segment's ";params" are not in its path); all empty for none, or
    for one that urllib cannot split ("http://[bad": an unclosed IPv6 bracket), which a crawl or a page's markup
    can hold: it must cost the page its URL's hints, not its article."""
    try:
        return urlparse(url or "")
    except ValueError:
        return _NO_URL


_PAGE_SUFFIX = re.compile(r"\.(?:html?|php|aspx?)$", re.IGNORECASE)
_SLUG_WORD = re.compile(r"\w{2,}")


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's last two path segments, where a page's address often names its headline
    (".../2019/10/rasende-polizisten.html" -> rasende, polizisten); numbers left out."""
    segments = [s for s in unquote(split_url(url).path).split("/") if s][-2:]
    return frozenset(w.lower() for s in segments for w in re.split(r"[-_+.,]", _PAGE_SUFFIX.sub("", s))
                     if len(w) >= 2 and not w.isdigit())


def in_slug(text: str | None, slug: frozenset[str]) -> tuple[int, int, int]:
    """(words of `text` that the URL's `slug` has, words of `text`, words of the slug that `text` has), a word as
    URLs write it: without accents ("é" -> "e", "ü" -> "u") or with umlauts spelt out ("ü" -> "ue")."""
    shared, found = 0, set()
    words = _SLUG_WORD.findall((text or "").lower().replace("ß", "ss"))
    for w in words:
        forms = {w, "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)),
                 w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")} & slug
        shared += bool(forms)
        found |= forms
    return shared, len(words), len(found)


def positions(text, needles) -> list[int]:
    """Where each of `needles` stands in `text` (str or bytes), by string search: far cheaper than a regex over a
    whole page."""
    found = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    return found


def site_of(url: str | None) -> str | None:
    """The URL's host without "www."; None where it names none."""
    host = split_url(url).hostname
    return host.removeprefix("www.") if host else None


# a day in a URL's path, as a CMS writes the day of the first publication there ("/2019/10/31/nach-viel-zu-langer",
# "/blog/2020-10-18-cdpath-replacement/")
_URL_DAY = re.compile(r"/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/_-]|$)")


def date_in_url(url: str | None) -> str | None:
    """The ISO date of the day that the URL's path gives, if it is one."""
    if not url or "/19" not in url and "/20" not in url:
        return None  # no year: most URLs stop here, before the cost of splitting them
    match = _URL_DAY.search(split_url(url).path)
    if not match:
        return None
    with suppress(ValueError):
        found = date(int(match[1]), int(match[3]), int(match[4]))
        return found.isoformat() if found.year <= date.today().year else None
    return None


# English month names only in a date-only line: its rule label is a feature the line model learnt on these
_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
DATE_ONLY = re.compile(
    r"^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?\S*)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    rf"|\d{{1,2}}\.?\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
# the most whitespace-separated tokens in a DATE_ONLY line, "Published : Monday, January 12, 2023, at 10:30 am EST":
# a test on the count saves the regex on the lines of prose that hold a digit
DATE_ONLY_TOKENS = 10
BYLINE_LABEL = r"(?:by|von|par|por|di|door)"
BYLINE = re.compile(rf"^\s*{BYLINE_LABEL}\s+(.{{3,80}})$", re.IGNORECASE)
COPYRIGHT_MARKS = ("©", "(c)", "copyright")
COPYRIGHT = re.compile("|".join(map(re.escape, COPYRIGHT_MARKS)), re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:(?:Private|Pvt\.?)\s+Ltd\.?|S\.?L\.?U?|S\.?A\.?|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|plc|Co\.|Corp\.?|"
    r"B\.?V\.?|N\.?V\.?|S\.?p\.?A\.?|SAS)\.?$"
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]+|[a-z]{1,3}|[A-Z]\.)$")


# month names, full and abbreviated, of the languages a date line is parsed in (from the CLDR data babel ships)
DATE_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl")
_MONTH_NUMBER: dict[str, int] = {}
for _locale in DATE_LOCALES:
    for _width in ("wide", "abbreviated"):
        for _number, _name in get_month_names(_width, locale=_locale).items():
            _MONTH_NUMBER.setdefault(_name.lower().rstrip("."), _number)
_ANY_MONTH = "|".join(sorted(map(re.escape, _MONTH_NUMBER), key=len, reverse=True))
_ISO = re.compile(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
# a year may run into what follows it: a renderer writes two dates of adjacent elements (published, updated) or a
# date and its time without a space ("1. November 20161. November 2016", "4 de mayo de 202207:59 hs",
# "17/11/201917/11/2019"), and a day into the name before it ("Nicole Collignon22. Februar 2020")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2}\b)")
# "6. August 2009", "5 de noviembre de 2021", "1er mars 2020"
_DAY_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})(?:\.|º|er)?\s+(?:de\s+)?({_ANY_MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})",
                        re.IGNORECASE)
# a word before a day and a year, a month if _MONTH_NUMBER knows it: the months' alternation at each word costs 5x
_WORD_DAY_YEAR = re.compile(r"\b([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE)


def parse_date_line(line: str) -> str | None:
    """ISO date of a line that is a date and nothing else (a dateline under the title)."""
    return date_in_line(line) if DATE_ONLY.match(line) else None


def input_date(value: str) -> str | None:
    """The ISO date (YYYY-MM-DD) of a publication date that the input gives with the page (a JSONL field): an ISO
    date or timestamp ("2023-01-20T10:00:00Z": the day as written, in the publisher's time zone), an RFC 2822
    one as feeds and HTTP write it ("Fri, 20 Jan 2023 10:00:00 GMT"), or a date as date_in_line reads it."""
    with suppress(ValueError):
        return datetime.fromisoformat(value.strip()).date().isoformat()
    with suppress(ValueError, TypeError):
        return parsedate_to_datetime(value).date().isoformat()
    return date_in_line(value)


def date_in_line(line: str) -> str | None:
    """ISO date of the first full date (day, month, year) written in `line`: "Erstellt am 01.11.2023", "by oz on
    December 4, 2006", "Publiziert am 13. Januar 2014"."""
    if sum(map(str.isdigit, line)) < 4:  # no full date in fewer digits ("1.5.20"); most lines go here
        return None
    found = []
    if m := _ISO.search(line):
        found.append((m.start(), int(m[1]), int(m[2]), int(m[3])))
    if m := _DAY_MONTH.search(line):
        found.append((m.start(), int(m[3]), _MONTH_NUMBER[m[2].lower()], int(m[1])))
    if m := next((m for m in _WORD_DAY_YEAR.finditer(line) if m[1].lower() in _MONTH_NUMBER), None):
        found.append((m.start(), int(m[3]), _MONTH_NUMBER[m[1].lower()], int(m[2])))
    if m := _NUMERIC.search(line):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if month > 12 >= day:  # day first, as most of the world writes it, unless it cannot be ("01/23/2020")
            day, month = month, day
        found.append((m.start(), year + (2000 if year < 100 else 0), month, day))
    for _, year, month, day in sorted(found):
        try:
            parsed = date(year, month, day)
        except ValueError:
            continue
        if 1990 <= parsed.year <= date.today().year + 1:
            return parsed.isoformat()
    return None


def looks_like_name(line: str) -> bool:
    """A line that is only a person's name ("Daniel Stewart", "Maria de la Cruz")."""
    tokens = line.split()
    if not 2 <= len(tokens) <= 5 or any(map(str.isdigit, line)):
        return False
    if not all(map(_NAME_TOKEN.match, tokens)) or not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return False
    return sum(t[0].isupper() for t in tokens) >= 2


# what follows the names: "| Reporter", ", 12 March", a date or a time ("Bettina Kugler 19.10.2019, 05:00 Uhr")
_BYLINE_TAIL = re.compile(r"\s+[|•·]\s+|,\s*(?=\d)|"
                          r"\s+(?=\d{1,2}[./:]\d|\d{1,2}\s*(?:am|pm|uhr)\b|\d{1,2}\.?\s+\w+\.?\s+\d{4})", re.IGNORECASE)
_AND = r"\s+(?:and|und|et|y|e)\s+|\s*&\s*"  # between two names
_NAMES_APART = re.compile(r",\s*|" + _AND)


# words of a page's buttons, menus and section labels, which no person's name holds ("Share via Email", "Back to
# Gallery", "Watch CBSN Live", "MUST WATCH", "GIRLS BASKETBALL", "Zurück zur Übersicht")
_NOT_IN_NAMES = frozenset(
    "share email emails newsletter newsletters subscribe follow facebook twitter whatsapp pinterest linkedin watch "
    "live gallery terms term policy privacy menu search comments login sign breaking news must reviews review video "
    "videos photos print register contact latest related trending sports weather opinion business online growing "
    "basketball football soccer baseball hockey girls boys teilen drucken zurück übersicht startseite suche "
    "name".split())  # a form's field ("Author Name")
# a date or a role after the name: "Umair Irfan Updated Nov", "Joseph Tsidulko November", "Kashmira Gander On" (not
# the months that are names too: "Theresa May")
_DATE_AFTER_NAME = re.compile(r"\s+(?:(?:(?:last\s+)?updated|published|posted|on|at|erstellt|aktualisiert|"
                              r"(?-i:Veröffentlicht|Vom))\b.*|"
                              r"(?:january|february|september|october|november|december|"
                              r"(?:jan|feb|sept?|oct|nov|dec)\.?))$", re.IGNORECASE)


def _name_only(name: str) -> str:
    """The name without a date or a role after it ("Meg James Staff Writer" -> "Meg James")."""
    return _without_role(_DATE_AFTER_NAME.sub("", name))


def _labels_a_page_part(name: str) -> bool:
    return any(word.lower() in _NOT_IN_NAMES for word in name.split())


def byline_authors(line: str) -> list[str] | None:
    """Authors of a byline ("By A and B", "Daniel Stewart"); None if the line is no byline."""
    match = BYLINE.match(line)
    first = line.lstrip()[:1]
    if not match and not (first.isupper() or first in (",", "&")):  # names start with a capital (or after the
        return None  # separator that the split drops); most lines stop here
    text = match.group(1) if match else line
    text = _BYLINE_TAIL.split(text, maxsplit=1)[0]
    names = [n for n in map(_name_only, map(str.strip, _NAMES_APART.split(text))) if n]
    if not names or any(map(_labels_a_page_part, names)):
        return None
    if not match:  # names only (most lines that get here; map() spares a generator's frame on each)
        return names if all(map(looks_like_name, names)) else None
    return names if all(looks_like_name(n) or (len(n.split()) == 1 and n[0].isupper()) for n in names) else None


# a byline inside a header line, its names up to a date, a time or a separator ("Geschrieben von Cooper am
# 25.08.2015", "By Daniel | Published: 23. Juli 2017", "Par Nicolas Gutierrez C. le 14.09.2020")
_BY_IN_LINE = re.compile(rf"(?:^|\s)(?:{BYLINE_LABEL}(?:\s*:)?|"
                         r"(?:autor(?:in|en|innen|a|e|es)?|authors?|auteurs?|autor/in|verfasser(?:in)?|text|texte|"
                         r"interview)\s*:|"
                         # "Autoren Jelko Djuren und ...", "... 2019 Author Andreas Kalt" (not "author By ...")
                         r"(?:^|(?<=\s))(?:autor(?:in|en)?|author|autor/in)(?=\s+(?-i:[A-ZÀ-Ý]))(?!\s+by\s))"
                         r"\s+(.{2,80})", re.IGNORECASE)
# what a post's line says before its author: "Posted by", "Geschrieben von", "Ein Interview von"
_POSTED = re.compile(r"\b(?:posted|published|written|geschrieben|veröffentlicht|publiziert|erstellt|verfasst|"
                     r"eingestellt|publié|publicado|escrito|gespeichert|gepostet|text|interview|artikel|beitrag|"
                     r"kommentar|kolumne|column|analyse|analysis|essay|reportage|author)\b", re.IGNORECASE)
POSTED_BEFORE = 25  # characters before the label where that word stands: "Ein Interview von ...", not "Interview mit
# Stanislav Staykov, dem Einkaufsleiter von Silkes Weinkeller"
# a separator before a byline in a header's line ("Accueil | Par Loïc Le Clerc", "yas! | By Cara Stiles")
_BEFORE_BYLINE = frozenset("|•·-—–:/")
# a user name in lower case ("uriebe", "freeman1984", "www.koffergepackt.com"), not a CMS's default account
_HANDLE = re.compile(r"^(?!(?:admin|administrator|webmaster|root|guest|user)$)[a-z][\w.-]{2,30}$")
# what ends the names: a word before a date, a place or a category ("Posted by X under Just For Fun", "Publié par X à
# 08:00"), a separator, a digit, a label ("Kategorien: Mode")
_BYLINE_END = re.compile(r"\s+(?:am|on|le|el|il|op|at|à|um|in|under|unter|\||—|–|-|/+|~)\s|"
                         r"\s*[|•·,(]|\s+\d|\s+\w+:(?=\s*\S)|"
                         r"\s+(?:mit|with)\s+(?=[A-ZÀ-Ý])|"  # the person interviewed ("Eugen Zentner mit Sonja ...")
                         # the post's comments ("1. Januar 2016 von KleineGrüneMonster Ein Kommentar")
                         r"\s+(?:(?:\d+|[Ee]in|[Kk]eine?|[Oo]ne|[Nn]o)\s+)?(?:[Kk]ommentare?|[Cc]omments?)\b|"
                         r"\s+[a-z\d._-]+@|\s*@")  # an e-mail address or a handle ("By Eric Levitz @EricLevitz")


def _byline_label(line: str) -> re.Match | None:
    """The word that labels a byline's names in `line`; not a "von" after a given name, which is a part of the name
    ("Christoph von Eichhorn")."""
    match = _BY_IN_LINE.search(line)
    if match and match.group().lstrip()[:3].lower() == "von":
        before = line[:match.start()].split()[-1:]
        if before and before[0][:1].isupper() and starts_with_given_name(before[0]):
            return None
    return match


def authors_in_line(line: str, bare: bool = True) -> list[str] | None:
    """Authors of a header line: a byline anywhere in it, or the whole line as byline_authors reads it; `bare`:
    names without a word that labels them as the authors' ("By", "Von", "Autor:") count too."""
    match = _byline_label(line)
    if not match:
        if len(line) > 120:
            return None
        if BYLINE.match(line):
            return byline_authors(line)
        return (_names_alone(line) or _dated_name(line)) if bare else None
    before = line[:match.start()]
    dated = date_in_line(before)  # the post's date before its byline
    if before and not (_POSTED.search(line, max(0, len(before) - POSTED_BEFORE), len(before)) or dated
                       or before.rstrip()[-1:] in _BEFORE_BYLINE):
        return None  # "von" inside a sentence ("20 km von Coburg", "Schutz vor Krieg") labels no author
    if before and ":" not in (label := line[match.start():match.start(1)]) and label.strip()[:1] in "aA" and not dated:
        return None  # "Autor" with no colon inside a line, as a post's date line has it, not "Interview mit Autorin"
    names = _labelled_names(match.group(1))
    if any(map(_labels_a_page_part, names)):
        return None
    if names and all(looks_like_name(n) or (len(n.split()) == 1 and n[:1].isupper()) for n in names):
        return names
    if len(names) == 1 and _HANDLE.match(names[0]) and (dated or (_POSTED.search(before) and date_in_line(line))):
        # a blog's user name after the date of its post ("Publiziert am 13. Januar 2014 von uriebe"), or after
        # what posted it with the date later ("Gespeichert von rasos am 24. Juli 2017"); not "killed by police on ..."
        return names
    return None


_NAMES_AND = re.compile(_AND)  # a comma ends a byline's names in a line, unlike a line of names alone


def _labelled_names(text: str) -> list[str]:
    """The names after a byline's label, up to what ends them; past a comma, more names while each opens with a
    given name ("Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR")."""
    names: list[str] = []
    while True:
        end = _BYLINE_END.search(text)
        more = [n for n in map(_name_only, map(_unpunctuated, _NAMES_AND.split(text[:end.start()] if end else text)))
                if n]
        if names and not (more and all(looks_like_name(n) and starts_with_given_name(n) for n in more)):
            return names
        names += more
        if not end or end.group().strip() != ",":
            return names
        text = text[end.end():].lstrip()


_GLUED_NUMBER = re.compile(r"(?<=[^\W\d_])\d.*$")


def _unpunctuated(name: str) -> str:
    """A name without the full stop or colon after it ("By Tatyana Turner.", "Autor Mark Newton:"); that of an
    initial or a short suffix stays ("Kiran C.", "Perry Bacon Jr.")."""
    name = name.strip().rstrip(":")
    if " " in name:  # a date or a count that a renderer glued to a name ("Andreas Kalt4", "Nadja Demel13.12.2022")
        name = _GLUED_NUMBER.sub("", name)
    return name[:-1] if name.endswith(".") and name[-5:-1].isalpha() else name


def names_alone(line: str) -> list[str] | None:
    """The names of a line that is only people's names, with no word that labels them."""
    if len(line) > 120 or not line[:1].isupper() or _byline_label(line) or BYLINE.match(line):
        return None  # a name starts with a capital: most lines stop at that test
    return _names_alone(line)


# the label of the day an article was published or updated ("Aktualisiert am 17.01.2021.", "Stand: 05. Februar 2020")
DATE_LABEL = re.compile(r"(?:first published(?: on)?|published(?: on)?|last updated|updated(?: on)?|last modified|"
                        r"veröffentlicht(?: am)?|aktualisiert(?: am)?|zuletzt aktualisiert|zuletzt geändert(?: am)?|"
                        r"letzte änderung|erstellt am|stand|mis à jour le|publicado(?: el)?|actualizado(?: el)?)"
                        r"\s*:?\s",
                        re.IGNORECASE)
_RUN_ON_DATE = re.compile(r"(?<=[a-zà-ÿ])(?=\d)")  # where a render ran a word and a number on
# what a post's date line holds beside the date: its time and the separators around ("23.06.2016 um 16:14 Uhr - ")
_DATE_FILLER = frozenset("um uhr am pm at on le el | - – — ~ / · • ,".split())
_NAME_PARTICLES = frozenset("von van de del der da di du la le".split())
_INITIAL = re.compile(r"[A-Z]\.")


def _person(tokens: list[str]) -> list[str] | None:
    """The tokens of the person's name that `tokens` open with: a given name, an initial or a particle maybe, a
    family name."""
    if len(tokens) < 2 or not starts_with_given_name(tokens[0]) or not tokens[0][:1].isupper():
        return None
    middle = 1 if len(tokens) > 2 and (tokens[1] in _NAME_PARTICLES or _INITIAL.fullmatch(tokens[1])) else 0
    name = tokens[:2 + middle]
    if not all(map(_NAME_TOKEN.match, name)) or not name[-1][:1].isupper() or _labels_a_page_part(" ".join(name)):
        return None
    return name


def _dated_name(line: str) -> list[str] | None:
    """The author in a post's date line, named after its date ("26. September 2019 Ulrike Stockhausen Schreibe
    einen Kommentar", "23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen") or right before it ("Frank Hahn
    am 18. September 2019", "Julia Steinhoff / Oktober 25 2023"): a given name opens it, and what follows it may be
    the post's category or its comments, so a name of two words is read (three with an initial or a particle)."""
    tokens = _RUN_ON_DATE.sub(" ", line).split()  # a render may run the name and the date on ("Collignon22. Februar")
    dated = 0
    while dated < len(tokens) and (any(map(str.isdigit, tokens[dated])) or tokens[dated].lower() in _DATE_FILLER
                                   or tokens[dated].lower().rstrip(".,") in _MONTH_NUMBER):
        dated += 1
    if dated and date_in_line(" ".join(tokens[:dated])):
        name = _person(tokens[dated:])
        after = tokens[dated + len(name):][:1] if name else []
        # not a headline after the date, which goes on with a verb ("23.01.2022 - Dorothea Wierer darf ...")
        return [" ".join(name)] if name and not (after and after[0][:1].islower()) else None
    name = _person(tokens)
    if not name:
        return None
    after = " ".join(tokens[len(name):])  # the date, maybe with its label ("Stand: 05. Februar 2020")
    rest = (after[label.end():] if (label := DATE_LABEL.match(after)) else after).split()
    rest = rest[1:] if rest and rest[0].lower() in _DATE_FILLER else rest
    opens_date = rest and (rest[0][:1].isdigit() or rest[0].lower().rstrip(".,") in _MONTH_NUMBER)
    return [" ".join(name)] if opens_date and date_in_line(" ".join(rest)) else None


def _names_alone(line: str) -> list[str] | None:
    # the first name opens with a given name (an agency may follow: "Meg Kinnard and Errin Haines, Associated
    # Press"), or the line is a menu's or a section's label ("Neuestes Werk")
    names = byline_authors(line)
    return names if names and starts_with_given_name(names[0]) else None


def signed_by(last_line: str) -> list[str]:
    """The writers who sign an article with its last line, their names alone ("Stefan Wasmer"); a newsroom beside
    them is no writer ("Max Lee, KBS World Radio News.")."""
    return [name for name in names_alone(last_line) or [] if starts_with_given_name(name)]


BYLINE_WORDS = 20


def is_byline(text: str) -> bool:
    """Whether a line of an article's text is its byline or a comment's, no line of the body ("By Tim Anderson", "Par
    Bruno Gobin, le mercredi 15 mai 2019 à 08h07"): it labels names, the first of which opens with a given name ("Von
    Risiken und Nebenwirkungen" is a heading)."""
    if text[:1] not in "BbVvPpDd" or not BYLINE.match(text) or len(text.split(None, BYLINE_WORDS)) > BYLINE_WORDS:
        return False
    names = authors_in_line(text, bare=False)
    return bool(names) and starts_with_given_name(names[0])


_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b")
# what follows the holder's name: "... Ltd. All rights reserved", "| Privacy", "or its affiliated companies", ",
# Contact Us", "powered by Science X Network"
_NOTICE_END = re.compile(r"\.\s+|\s+[|–—-]\s+|all rights reserved|\s+or\s+its\s+affiliat|,\s*contact\s+us\b|"
                         r"\s+powered\s+by\b", re.IGNORECASE)
# "© 1995 - 2019 by Snopes", "Copyright @ 2019 The New Arab"
_NOTICE_START = re.compile(r"^(?:by|@)\s+", re.IGNORECASE)
# a link to the site's copyright page ("Copyright Policy"), and a picture's credit ("(Image: © Shutterstock)")
_NO_HOLDER = re.compile(r"^(?:policy|notice|information|info|terms|statement|infringement)$", re.IGNORECASE)
_PICTURE_LABEL = re.compile(r"^\s*\(?\s*(?:image|images|photo|photos|picture|foto|bild)\b", re.IGNORECASE)


def publisher_from_copyright(line: str) -> str | None:
    """ "© 2023 Copyright News 360 S.L." -> "News 360"; a menu before the notice is no part of it ("... Jobs @ Vox
    Media © 2019 Vox Media, LLC" -> "Vox Media")."""
    mark = COPYRIGHT.search(line)
    if not mark or len(line) > 120 or _PICTURE_LABEL.match(line):
        return None
    text = COPYRIGHT.sub(" ", line[mark.start():]).replace("ⓒ", " ")  # "Copyright ⓒ Entermedia.co.kr"
    text = _YEARS.sub(" ", text)
    text = _NOTICE_END.split(text, maxsplit=1)[0]
    text = _NOTICE_START.sub("", " ".join(text.split()).strip(" .,"))
    text = _LEGAL_SUFFIX.sub("", text).strip(" .,")
    return text if 2 <= len(text) <= 60 and not _NO_HOLDER.match(text) else None


INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphens and zero-width marks break words
_TITLE_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|»|/)\s+|\s*(?:\||::|·)\s*")
_WORDS = re.compile(r"\w+")


def word_overlap(a: str, b: str) -> float:
    """Share of the words of the shorter of `a` and `b` that the other has too."""
    wa, wb = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


H1_OVERLAP = 0.3  # words shared with the <title>: the h1 is the headline, not the site's logo or a section


def _without_site_parts(title: str, sitename: str | None, separators: str = "") -> str:
    """ "Politics | Talks resume | Daily News" -> "Talks resume": parts naming the site, or short labels beside
    a longer headline, are dropped (not one in lower case: it goes on the headline, "Würde des Lebens – ein
    Projekt"); the rest keeps the separators the page wrote."""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2 or separators and not any(s in title for s in separators):
        return title
    site_words = set(_WORDS.findall((sitename or "").lower()))
    longest = max(parts, key=len)
    keep = [p for p in parts if p == longest or not (
        (site_words and set(_WORDS.findall(p.lower())) <= site_words) or len(_WORDS.findall(p)) <= 3
        and not p[:2].islower())]
    return title[title.find(keep[0]):title.rfind(keep[-1]) + len(keep[-1])]


_DATELINE_START = re.compile(r"^\s*(?:[•|·–—-]|\d{1,2}[./]\d{1,2}[./]\d{2,4})")


def _adds_kicker_or_dateline(h1: str, title: str) -> bool:
    """An <h1> that is the <title> plus a kicker of up to four words in front ("Tunesien Große Aufgaben ...") or
    a date line behind ("... der Region 02.02.2022 • Presse"), run together because the page styles them apart."""
    if len(_WORDS.findall(title)) < 3 or h1 == title:
        return False
    if h1.endswith(title):
        return 1 <= len(_WORDS.findall(h1[:-len(title)])) <= 4
    return h1.startswith(title) and bool(_DATELINE_START.match(h1[len(title):]))


def clean_title(title: str | None, h1s: list[str], sitename: str | None) -> str | None:
    """The headline as the page shows it: the <h1> closest to the <title>, else the <title>, without the site
    name; a one- or two-word label ("Hauptmenü", "Allgemein") gives way to a longer <h1>."""
    scored = [(word_overlap(h, title), -k, h) for k, h in enumerate(h1s) if title and len(_WORDS.findall(h)) >= 2]
    best = max(scored, default=None)
    candidate = _without_site_parts(best[2], sitename, "|") if best and best[0] >= H1_OVERLAP else None
    if candidate and title and _adds_kicker_or_dateline(candidate, title.strip()):
        candidate = title.strip()
    if candidate is None and title:
        # a part of the <title> that an <h1> shows alone is the headline, however short ("Hope! - bewusster leben")
        shown = {" ".join(h.split()) for h in h1s}
        candidate = next((part for part in (p.strip() for p in _TITLE_SEPARATOR.split(title)) if part in shown),
                         None) or _without_site_parts(title, sitename)  # a <title> carries the site
    agreed = best and best[0] == 1.0  # the <title> and an <h1> say the same: no label, however short
    if candidate is None or len(_WORDS.findall(candidate)) <= 2 and not agreed:
        candidate = next((h for h in h1s if len(_WORDS.findall(h)) >= 4), candidate or (h1s[0] if h1s else None))
    return INVISIBLE.sub("", candidate) if candidate else candidate


_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:zeige|alle)\s+(?:alle\s+)?beiträge\s+von|view\s+all\s+posts\s+by|posted\s+by|written\s+by|"
    r"(?:artikel|beitrag|text)\s+von|auteure?|autor(?:in)?|author|by|von|vom|par|por|text|"
    r"(?:analysis|opinion|commentary|review|story|words|interview|reporting|article)\s+by)\s*:?(?:\s+|$)",
    re.IGNORECASE)  # the label alone is the template's when the name is missing ("Article by")
# admin accounts, and the labels a byline template prints when the name is missing
# and academic degrees printed as if they were names ("Grant Tinsley, PhD")
_NOT_A_PERSON = re.compile(r"^(?:wordpress)?admin$|^(?:webmaster|posted|datum|date|name|text|human|jobs|hire|follow|"
                           r"no author|ph\.?d\.?|m\.?d\.?|mph|msc|m\.?sc\.?|r\.?d\.?|rdn)$", re.IGNORECASE)


# what a byline template prints after the names: "Isabel Caro y José Wilson Tiempo de lectura", "Amber G  Shares",
# "Houzz Deutschland vor" (vor 5 Stunden)
_AUTHOR_SUFFIX = re.compile(r"\s+(?:tiempo de lectura|hora de publicaci[oó]n\b.*|lesezeit\b.*|temps de lecture\b.*|"
                            r"reading time\b.*|\d+\s*min(?:ute)?s?\s+read|shares|stand\b.*|"
                            r"(?-i:vor)(?:\s+\d+\s+\w+)?)$", re.IGNORECASE)
# a byline's role run on after the name: "Phil Helsel is a reporter", "Tom Gillespie News reporter", "AP National
# Political Writer" (no person), "Thom Vaughan Thom is Principal Technologist" (a bio's first sentence)
_ROLE_SUFFIX = re.compile(
    r"\s+(?:is\s+(?:a|an|the|[A-Z]\w*)\b.*|(?:(?:news|senior|staff|national|political|security|chief|contributing|"
    r"special|foreign|business|sports|science|health|tech|investigative|freelance|associate|managing|executive|deputy|"
    r"digital|breaking|ap|afp|reuters|auto|travel|entertainment|music|film|food|legal|medical|religion|education|"
    r"environment|energy|economics|aviation|technology|white\s+house|diplomatic|military|courts|markets|"
    r"global|world|local|metro|data|photo|video)\s+){1,3}"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer)|"
    r"editor-at-large)$", re.IGNORECASE)
# "Rocío Latorre y José Miguel Wilson", "Precht im Gespräch mit Karin Fischer": two people, where both sides are
# full names
_NAME_AND_NAME = re.compile(r"\s+(?:y|und|et|e|and|&|im\s+Gespräch\s+mit|in\s+conversation\s+with)\s+"
                            r"(?=[A-ZÀ-Ý]\S*\s+[A-ZÀ-Ý])")


def _without_role(name: str) -> str:
    cut = _ROLE_SUFFIX.sub("", name)
    if cut == name:
        return name
    words = cut.split()
    if len(words) < 2:
        return ""  # "CNN Editor-at-large": a medium's role, no person
    # "Martin Chikilian Martin is a ...": the bio starts with the first name again
    return " ".join(words[:-1] if len(words) >= 3 and words[-1] == words[0] else words)


def clean_authors(raw: str | None) -> list[str]:
    """Person names from an author field ("Zeige alle Beiträge von Petra Ruland; admin" -> ["Petra Ruland"])."""
    names = []
    for part in re.split(r";\s*", html.unescape(raw or "")):
        part = _AUTHOR_SUFFIX.sub("", _AUTHOR_PREFIX.sub("", part.strip(" '\"„“”‘’"))).strip(" ,")
        part = _without_role(part)
        pieces = _NAME_AND_NAME.split(part)
        for name in pieces if all(len(p.split()) >= 2 for p in pieces) else [part]:
            if name and not _NOT_A_PERSON.search(name) and name not in names:
                names.append(name)
    # "Tina Klostermeier; TK": a name's initials beside it are no second author
    initials = {"".join(w[0] for w in n.split()).upper() for n in names if len(n.split()) > 1}
    return [n for n in names if n.upper() not in initials]


# code points CLD2 refuses as invalid input: C0/C1 controls but tab, newline, form feed and CR; Unicode noncharacters.
# Those above the BMP in a class of their own, run only on text that has such characters: in one class with the
# others, they made the substitution ten times slower on every text
_CLD2_REFUSES = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
_ABOVE_BMP = re.compile("[\U00010000-\U0010ffff]")
_CLD2_REFUSES_ABOVE_BMP = re.compile("[" + "".join(chr(plane * 0x10000 + 0xFFFE) + chr(plane * 0x10000 + 0xFFFF)
                                                   for plane in range(1, 17)) + "]")
# CLD2 writes a few languages by their withdrawn ISO 639-1 codes
_WITHDRAWN_CODES = {"iw": "he", "jw": "jv", "in": "id"}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language by CLD2 (C++: 1,000 characters in about 0.05 ms, eight times faster
    than py3langid on 600, with the same answer on 983 of 988 trafilatura-eval bodies); None if it cannot tell."""
    if len(text.strip()) < 20:
        return None
    sample = _CLD2_REFUSES.sub(" ", text[:1000])
    if _ABOVE_BMP.search(sample):
        sample = _CLD2_REFUSES_ABOVE_BMP.sub(" ", sample)
    sample = sample.encode("utf-8", "replace")  # "replace": lone surrogates
    code = pycld2.detect(sample)[2][0][1].split("-")[0]  # the top language; "zh-Hant" is written "zh"
    return None if code == "un" else _WITHDRAWN_CODES.get(code, code)
