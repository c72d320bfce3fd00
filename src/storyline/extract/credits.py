"""Wire-agency and photo credits: "Source: (EUROPA PRESS)", "(Reuters) -", "Photo: ...", caption credits."""
from __future__ import annotations

import html
import re

from storyline.extract.metadata import INVISIBLE, positions

# Canonical spelling of agencies that appear in credit lines in capitals or abbreviated.
AGENCIES = {
    "ap": "AP", "associated press": "AP", "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
    "europa press": "Europa Press", "efe": "EFE", "xinhua": "Xinhua", "dpa": "dpa", "ansa": "ANSA",
    "prensa latina": "Prensa Latina", "tass": "TASS", "kyodo": "Kyodo", "yonhap": "Yonhap", "pti": "PTI",
    "ians": "IANS", "upi": "UPI", "bloomberg": "Bloomberg", "pa": "PA", "anadolu": "Anadolu", "apa": "APA",
    "sda": "SDA", "kna": "KNA", "epd": "epd", "belga": "Belga", "anp": "ANP", "lusa": "Lusa", "pap": "PAP",
    "sid": "SID", "ddp": "ddp", "aap": "AAP", "cp": "The Canadian Press", "canadian press": "The Canadian Press",
    "press association": "PA", "interfax": "Interfax", "ria novosti": "RIA Novosti", "ntb": "NTB", "tt": "TT",
    "ritzau": "Ritzau", "ani": "ANI", "bernama": "Bernama", "antara": "Antara", "jiji": "Jiji", "notimex": "Notimex",
    "télam": "Télam", "irna": "IRNA", "wam": "WAM", "kuna": "KUNA", "agência brasil": "Agência Brasil",
}

SOURCE_LINE = re.compile(
    r"^\s*(?:source|sources|fuente|fuentes|quelle|quellen|source\s*:?\s*agency)\s*:\s*\(?\s*([^()]{2,60}?)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
# a picture's credit under its label ("Foto: dpa", "Beitragsbild: Stefan Mang", "Bild2: ...", "Illustration: Sarah
# Grillo/Axios"), or after "by" ("Photograph by Ed Marshall, Redonda Restoration Programme", "Photo by X on Unsplash")
_PHOTO_LINE = re.compile(
    r"^\s*\(?\s*(?:photos?|photograph(?:er)?|fotos?|image|picture|credit|illustration|bildquelle|bildnachweis|"
    r"fotonachweis|symbolgrafik|(?:beitrags|titel|header|aufmacher|symbol)?(?:bild|foto))\d*\s*(?:credit)?\s*:\s*"
    r"(.{2,120}?)\s*\)?\s*$", re.IGNORECASE)
_PHOTO_BY = re.compile(r"^\s*\(?\s*(?:photos?|photograph|fotos?|image|picture)\s+(?:by|von)\s+(\S.{1,100}?)\s*\)?\s*$",
                       re.IGNORECASE)
_PHOTO_BY_STARTS = {"photo", "foto ", "fotos", "image", "pictu"}
# "WASHINGTON (Reuters) - ...", "(AP) —", "Frankfurt/Main (dpa/lhe) –" or "(EFE).-" at the start of a paragraph
DATELINE = re.compile(r"^\s*(?:[^\W\d_][\w .,'/-]{0,40})?\(([A-Za-z][A-Za-z .-]{1,30}?)\s*(?:/\s*[\w-]{1,12}\s*)*\)"
                      r"\s*\.?\s*[-–—]")
# "... bisher skeptisch geäußert. (dpa)", "(dpa/gem)", "(AFP, Reuters)": the agencies a German (and other) text
# credits at its very end, after its last sentence
TRAILER = re.compile(r"(?:^|\n|[.!?\"“”»«]\s*)\(\s*([A-Za-z][\w .,/-]{1,40}?)\s*\)\s*$")
# "The communiqué, published on the website of MINREX, ..." names the issuing body
ISSUER = re.compile(
    r"\b(?:communiqu[ée]|statement|press release|note|report)\b[^.]{0,40}?\bpublished\s+(?:on\s+the\s+website\s+of|by)\s+"
    r"(?:the\s+)?((?:[A-Z][\w&.-]*)(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,5})"
)
# a caption: parts separated by dashes whose last part is an upper-case credit ("... – JOHN DOE / AGENCY")
CAPTION_CREDIT = re.compile(r"^(.{3,}?)\s+[–—-]\s+([^–—]{3,100})$")
_SPACED_DASH = re.compile(r"\s[–—-]\s")  # in every caption; a search for it is 3x cheaper than CAPTION_CREDIT failing


def canonical_agency(name: str) -> str:
    name = " ".join(name.split()).strip(" .")
    known = AGENCIES.get(name.lower())
    if known:
        return known
    if name.isupper() and len(name) > 4:
        return name.title()
    return name


def _one_spaced(line: str) -> str:
    """The line with each run of white space one space: the credit patterns try each way of splitting a run between
    their adjacent white-space parts, which grows with a power of its length (1,000 spaces after "Source:" ran for
    over 100 s; dumps of tables hold runs of 1,600)."""
    return " ".join(line.split())


SOURCE_LABEL_END = 40  # characters: SOURCE_LINE's label and its colon end before this (lines come stripped)


def source_credit(line: str) -> str | None:
    if ":" not in line[:SOURCE_LABEL_END]:
        return None  # the test is far cheaper than SOURCE_LINE failing, on every line of a text dump
    match = SOURCE_LINE.match(_one_spaced(line))
    return canonical_agency(match.group(1)) if match else None


# a picture agency, or a wire agency's photo desk ("AP Photo/Evan Vucci", "REUTERS/Jim Young")
_PICTURE_AGENCY = (r"(?:getty\s*images|istock(?:photo)?|shutterstock|alamy|unsplash|pixabay|pexels|"
                   r"picture[\s-]alliance|imago(?:\s+images)?|epa(?:-efe)?|keystone|corbis|sipa(?:\s+usa)?)")
_WIRE_PHOTO = r"(?:ap\s+photo|afp\s+photo|reuters|afp|ap|dpa)"
# a line that is only a picture's credit, without a label: the agency after the photographer ("Alex Wong | Getty
# Images", "Sanjeev Verma/Hindustan Times/Getty Images", "Evan Vucci/AP"), or the wire's photo desk before it; not a
# byline ("Von: det/dpa")
AGENCY_CREDIT = re.compile(rf"^(?!(?:by|von|par|por|di|door)\b)\(?\s*(?:{_WIRE_PHOTO}\s*/\s*\S.{{0,60}}|"
                           rf"\S.{{0,60}}?(?:\s*(?:[|/,·•–—-]|\bvia\b)\s*{_PICTURE_AGENCY}|\s*/\s*{_WIRE_PHOTO})"
                           rf"(?:\s*/\s*\S.{{0,40}})?)\s*\)?$", re.IGNORECASE)
AGENCY_CREDIT_WORDS = 12
AGENCY_CREDIT_CHARS = 160  # longer than any such credit of AGENCY_CREDIT_WORDS


# what an agency's credit holds, lowercase (its name; a wire's beside its "/"): a search for each in a run of lines
# joined passes over most pages at once (a regex of them all costs 20 times more)
AGENCY_CREDIT_MARKS = ("getty", "shutterstock", "istock", "alamy", "unsplash", "pixabay", "pexels", "alliance",
                       "imago", "keystone", "corbis", "reuters", "afp", "ap photo", "/ap", "ap/", "/ ap", "ap /",
                       "/dpa", "dpa/", "/ dpa", "dpa /", "epa/", "/epa", "epa-efe", "sipa")


def has_agency_mark(text: str) -> bool:
    """Whether `text` holds one of AGENCY_CREDIT_MARKS."""
    return any(map(text.lower().__contains__, AGENCY_CREDIT_MARKS))


def agency_credit(line: str) -> str | None:
    """A line that only credits a picture's agency and photographer, unlabelled ("Alex Wong | Getty Images")."""
    if len(line) > AGENCY_CREDIT_CHARS or not ("/" in line or "|" in line or "mage" in line or "alliance" in line
                                               or " via " in line):
        return None  # one of these is in every such credit: the tests pass over most lines, far cheaper than the regex
    spaced = _one_spaced(line)
    if len(spaced.split(None, AGENCY_CREDIT_WORDS)) <= AGENCY_CREDIT_WORDS and AGENCY_CREDIT.match(spaced):
        return spaced
    return None


# the BBC's labels of a picture's credit and caption, which a renderer writes out ("Image copyright Getty Images",
# "Media caption Julian Assange being dragged from ...")
_PICTURE_LABEL = re.compile(r"(?:image|media|video)\s+(?:copyright|caption|source)\b", re.IGNORECASE)


PHOTO_LABEL_END = 40  # characters: a photo credit's label and its colon or "by" end before this


def labelled_photo(line: str) -> str | None:
    """The credit of a line that only credits a picture under a label: "Foto: dpa" -> "dpa", "Photo by David
    Dyer-Bennet" -> "David Dyer-Bennet"; not a sentence ("Picture by picture, he rebuilt it.")."""
    head = line[:PHOTO_LABEL_END]
    if ":" in head and (match := _PHOTO_LINE.match(_one_spaced(line))):
        return match.group(1).strip()
    # the label's first letters before the search: "by" opens many bylines
    if line.lstrip(" (")[:5].lower() in _PHOTO_BY_STARTS and (match := _PHOTO_BY.match(_one_spaced(line))):
        credit = match.group(1)
        if all(word[:1].isupper() or not word[:1].isalpha() or word.lower() in _CREDIT_JOINS
               for word in credit.split()):
            return credit
    return None


def credit_only(line: str) -> bool:
    """A line that only credits a picture, labelled ("Foto: Instagram/x", "(Bild: Dieter Stork)", "Image copyright
    EPA") or an agency's ("Alex Wong | Getty Images"), or a caption labelled as one: no line of an article's body."""
    # each test's string checks run before its regex (a label near the line's start; the BBC's opens it)
    return (labelled_photo(line) is not None or agency_credit(line) is not None
            or line[:1] in "IMV" and _PICTURE_LABEL.match(line) is not None)


# a picture's caption with its credit at the end ("... (Image: GETTY )", "... Foto: Crocs", "... © Ivo Mayr /
# Correctiv", "... Credit: ESA", the wires' "... (AP Photo/Alan Diaz, File)"); not a source ("... gehen weiter.
# (Quelle: SWR)" ends a paragraph)
_CREDIT_AT_END = re.compile(r"(?:©|\b(?:fotos?|photos?|photograph|bild|kuva|credit|image|picture)\s*:)"
                            r"\s*[^.!?:©]{2,70}?\)?\.?\s*$|\((?:[\w.&-]+\s)*photos?\s?/\s?[^()]{2,70}\)\.?\s*$",
                            re.IGNORECASE)
CAPTION_WORDS = 40
_CREDIT_END = 80  # characters at the end of a line where the credit stands


def captioned(line: str) -> bool:
    """Whether the line is a picture's caption that ends with its credit."""
    end = line[-_CREDIT_END:]
    return (("©" in end or ":" in end or "/" in end) and _CREDIT_AT_END.search(end) is not None
            and len(line.split(None, CAPTION_WORDS)) <= CAPTION_WORDS)


# the reporters who helped, under the article ("Fox News' Jessica Napoli contributed to this report."); on the 181
# dumps and scrapinghub HTML 4 kept, none in a gold body
_CONTRIBUTED = re.compile(r"contributed (?:to )?(?:this|the) (?:report|story|article)\W*$", re.IGNORECASE)
# a wire's credits of its reporters and editors ("(Reporting by Will Dunham; Editing by Tom Brown)", "Additional
# reporting by Joseph Hudak"); "Reporting by the Guardian showed ..." is prose: a bracket, "additional" or the editors
# say that it is a credit
_REPORTING_BY = re.compile(r"\((?:additional )?reporting by\b|additional reporting by\b|"
                           r"(?:reporting|writing) by\b.*\bediting by\b", re.IGNORECASE)
CONTRIBUTORS_WORDS = 30


def contributors(line: str) -> bool:
    """Whether the line names the reporters who contributed to the article."""
    return (("ontributed" in line or "eporting by" in line or "EPORTING BY" in line)
            and len(line.split(None, CONTRIBUTORS_WORDS)) <= CONTRIBUTORS_WORDS
            and (_CONTRIBUTED.search(line) is not None or _REPORTING_BY.match(line) is not None))


def credit_line(line: str) -> bool:
    """A line of credits, no line of an article's body: the text's source ("Quelle: dpa-AFX"), a picture's credit,
    a caption that ends with one, or the reporters who contributed."""
    return source_credit(line) is not None or credit_only(line) or captioned(line) or contributors(line)


def photo_credit(line: str) -> str | None:
    """The photographer/agency of a photo credit line or of a caption ending in an upper-case credit."""
    if credit := labelled_photo(line):
        return credit
    if not ("-" in line or "–" in line or "—" in line) or not _SPACED_DASH.search(line):  # str tests: 5x faster
        return None  # no caption separator
    match = CAPTION_CREDIT.match(_one_spaced(line))
    if match:
        credit = match.group(2).strip()
        letters = [c for c in credit if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(credit.split()) <= 12:
            return credit
    return None


# the photo credit of a page's pictures: an element inside a <figure> whose class names a credit, or one whose class
# names a picture and a credit anywhere ("figure__copyright", "image-credit"; a page's own "footer-copyright" is none)
_CREDIT_WORD = r"(?:credit|copyright|photographer|fotograf|urheber|bildnachweis|bildquelle)"  # as _CREDIT_WORDS
_CREDIT_IN_FIGURE = re.compile(rf'class="[^"]*{_CREDIT_WORD}[^"]*"[^>]*>\s*(?:<(?!/)[^>]+>\s*){{0,3}}([^<]{{2,150}})',
                               re.IGNORECASE)
_CREDIT_WORDS = ("credit", "Credit", "copyright", "Copyright", "photographer", "fotograf", "urheber", "bildnachweis",
                 "bildquelle")
_PICTURE_CREDIT = re.compile(rf'class="[^"]*(?:image|img|photo|foto|bild|figure|media|picture|caption)[\w-]*'
                             rf'{_CREDIT_WORD}[^"]*"[^>]*>\s*(?:<(?!/)[^>]+>\s*){{0,3}}([^<]{{2,150}})', re.IGNORECASE)
# a credit's own text in a figure: "Foto: dpa", "© Ben Stansall/AFP"
_PICTURE_WORD = (r"(?:photographs?|photos?|fotos?|bildquelle|bildnachweis|bild|image|credit|picture|quelle|source|"
                 r"fuente)")
_LABELLED_CREDIT = re.compile(rf">\s*({_PICTURE_WORD}\s*:|©|\(c\))\s*([^<]{{2,120}})<", re.IGNORECASE)
# ("picture alliance" is an agency: a label word takes a colon or "by")
_CREDIT_LABEL = re.compile(rf"^(?:(?:{_PICTURE_WORD}|copyright)\s*(?:credits?|{_PICTURE_WORD})?\s*"
                           rf"(?::|\bby\b|\bvon\b|\bvia\b|(?=©))\s*|"
                           r"copyright\s+|©\s*|\(c\)\s*)+", re.IGNORECASE)
_NAME_PARTICLES = {"von", "van", "de", "der", "den", "la", "le", "du", "da", "di", "del", "dos", "via", "and", "und",
                   "y", "e", "et", "by"}
# the small words between the names of a credit ("Fré Sonneveld on Unsplash", "Jeremy Holden, Fauna & Flora
# International")
_CREDIT_JOINS = _NAME_PARTICLES | {"on", "of", "for", "at", "from"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a caption that ends with its credit in brackets: "Artist's impression of the plumes. (NASA/David Ladd)"
_BRACKETED_END = re.compile(r"[.!?]\s+\(([^()]{2,100})\)$")
_NO_CREDIT = re.compile(r"all rights reserved|alle rechte|derechos reservados|^\d{4}$|:$|^(?:video|gallery)$|"
                        r"^(?:image |photo |foto |bild )?(?:urheberrecht|copyright|bildrechte|credits?)$",
                        re.IGNORECASE)


def figure_credit(page: str) -> str | None:
    """The credit of the page's first credited picture: "© Ben Stansall/AFP/Getty Images" -> "Ben Stansall/AFP/Getty
    Images", "Foto: dpa" -> "dpa"."""
    for figure in _figures(page):
        for match in (*_CREDIT_IN_FIGURE.finditer(figure), *_LABELLED_CREDIT.finditer(figure)):
            if credit := credit_text(match.group(match.lastindex)):
                return credit
    # the class attributes around each credit word (string searches: a regex over the whole page took 1.6 ms)
    for at in sorted(positions(page, _CREDIT_WORDS))[:500]:  # a page of "credit" words reads the first only
        start = page.rfind('class="', max(0, at - 80), at)
        if start >= 0 and '"' not in page[start + 7:at] and (match := _PICTURE_CREDIT.match(page, start)):
            if credit := credit_text(match.group(1)):
                return credit
    return None


def _figures(page: str, most: int = 50, longest: int = 20_000) -> list[str]:
    """The page's first <figure> elements (by string search: a lazy regex from each "<figure" to an end tag that
    never comes reads the rest of the page each time)."""
    found = []
    at = page.find("<figure")
    while at >= 0 and len(found) < most:
        end = page.find("</figure>", at, at + longest)
        if end < 0:
            break
        found.append(page[at:end])
        at = page.find("<figure", end)
    return found


def credit_text(text: str) -> str | None:
    """A photo credit without its label ("© Ben Stansall/AFP" -> "Ben Stansall/AFP"); None for text that names no
    one: a label alone, a copyright notice, a caption, a date or a time."""
    text = " ".join(INVISIBLE.sub("", html.unescape(text)).split()).strip(" |,;")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    elif bracketed := _BRACKETED_END.search(text):
        text = bracketed.group(1)
    text = _CREDIT_LABEL.sub("", text).strip(" |,;(")
    if not 2 <= len(text) <= 100 or _NO_CREDIT.search(text):
        return None
    if sum(map(str.isalpha, text)) < 0.6 * len(text.replace(" ", "")):
        return None  # "11/19/19 06:56 AM EST", "ISSN: 2283-5474"
    if not any(map(str.isupper, text)) and not any(map(agency_named, re.split(r"[/|,]", text))):
        return None  # a credit names someone ("dpa", "picture alliance/dpa" are agencies)
    # a caption in the credit's place ("Musk bei Hauptversammlung 2022"): a credit names people and agencies
    lower = [w for w in text.split() if w[0].islower() and w not in _NAME_PARTICLES and not re.search(r"[/.]", w)]
    return None if len(lower) > 2 or _YEAR.search(text) else text


def dateline_agency(paragraph: str) -> str | None:
    match = DATELINE.match(paragraph)
    if match and match.group(1).lower() in AGENCIES:
        return canonical_agency(match.group(1))
    return None


def body_agency(text: str) -> str | None:
    """The agency that a body credits in its dateline or after its last sentence."""
    return dateline_agency(text) or trailing_agency(text)


def trailing_agency(text: str) -> str | None:
    """The agency credited after the text's last sentence: "... geäußert. (dpa)"."""
    match = TRAILER.search(text[-60:])
    if not match:
        return None
    return next(filter(None, map(agency_named, re.split(r"\s*[/,]\s*", match.group(1)))), None)


# an author field that credits agencies in general: "Agencies", "Staff and agencies", "Agenturen"
_AGENCIES_IN_GENERAL = re.compile(r"(?:(?:staff|news|wire)\s+(?:and\s+)?)?(?:agencies|agencias|agenturen|agences|"
                                  r"agenzie|wire services)", re.IGNORECASE)
_AGENCY_ARTICLE = re.compile(r"^(?:the|agencia|agence|agentur|agenzia)\s+", re.IGNORECASE)
# a byline's name and its agency run together: "ERIC TUCKER Associated Press", "Jane Doe, Reuters" (the agency as
# agencies write it: "ap" is a Welsh name's particle)
_NAME_THEN_AGENCY = re.compile(r"^(\S+(?:\s+\S+)+?)[\s,]+(?:[Tt]he\s+)?(Associated Press|ASSOCIATED PRESS|Reuters|"
                               r"REUTERS|Agence France-Presse|AFP|AP|EFE|ANSA|PAP|dpa|DPA)$")


def agency_named(name: str) -> str | None:
    """The agency that an author's name or a credit is ("Reuters", "The Associated Press", "Agencia EFE", "dpa",
    "Staff and agencies" -> "agencies"); None for anything else."""
    key = _AGENCY_ARTICLE.sub("", " ".join(name.split()).strip(" .,()")).lower()
    if key in AGENCIES:
        return AGENCIES[key]
    return "agencies" if _AGENCIES_IN_GENERAL.fullmatch(key) else None


def split_agencies(names: list[str]) -> tuple[list[str], str | None]:
    """The persons among an article's author names, and the first agency they credit: ["PAP", "Rafał Guz"] ->
    ["Rafał Guz"], "PAP"; ["det/dpa"] -> [], "dpa" (an editor's initials beside an agency name no person);
    ["ERIC TUCKER Associated Press"] -> ["ERIC TUCKER"], "AP"."""
    persons, agency = [], None
    for name in names:
        parts = [p for p in re.split(r"\s*/\s*|\s+(?:mit|with|con|avec)\s+", name) if p]
        found = [a for a in map(agency_named, parts) if a]
        if found:
            agency = agency or found[0]
            persons += [p for p in parts if not agency_named(p) and len(p.split()) >= 2]
        elif match := _NAME_THEN_AGENCY.match(name):
            agency = agency or canonical_agency(match.group(2))
            persons.append(match.group(1).rstrip(" ,"))
        else:
            persons.append(name)
    return persons, agency


def issuer_in_text(text: str) -> str | None:
    head = text[:1500]
    if "published" not in head:
        return None  # a substring test, far cheaper than ISSUER failing at every word of the lead
    match = ISSUER.search(head)
    return match.group(1) if match else None
