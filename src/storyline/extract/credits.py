"""Wire-agency and photo credits: "Source: (EUROPA PRESS)", "(Reuters) -", "Photo: ...", caption credits."""
from __future__ import annotations

import re

# Canonical spelling of agencies that appear in credit lines in capitals or abbreviated.
AGENCIES = {
    "ap": "AP", "associated press": "AP", "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
    "europa press": "Europa Press", "efe": "EFE", "xinhua": "Xinhua", "dpa": "dpa", "ansa": "ANSA",
    "prensa latina": "Prensa Latina", "tass": "TASS", "kyodo": "Kyodo", "yonhap": "Yonhap", "pti": "PTI",
    "ians": "IANS", "upi": "UPI", "bloomberg": "Bloomberg", "pa": "PA", "anadolu": "Anadolu", "apa": "APA",
    "sda": "SDA", "kna": "KNA", "epd": "epd", "belga": "Belga", "anp": "ANP", "lusa": "Lusa",
}

SOURCE_LINE = re.compile(
    r"^\s*(?:source|sources|fuente|fuentes|quelle|quellen|source\s*:?\s*agency)\s*:\s*\(?\s*([^()]{2,60}?)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
PHOTO_LINE = re.compile(
    r"^\s*\(?\s*(?:photo|photos|photograph|foto|fotos|image|picture|credit|bild)\s*(?:credit)?\s*:\s*(.{2,120}?)\s*\)?\s*$",
    re.IGNORECASE,
)
# "WASHINGTON (Reuters) - ..." or "(AP) —" at the start of a paragraph
DATELINE = re.compile(r"^\s*(?:[A-Z][A-Za-z .,'-]{0,40})?\(([A-Za-z][A-Za-z .-]{1,30})\)\s*[-–—]")
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


def source_credit(line: str) -> str | None:
    if ":" not in line:
        return None  # the test is far cheaper than SOURCE_LINE failing, on every line of a text dump
    match = SOURCE_LINE.match(_one_spaced(line))
    return canonical_agency(match.group(1)) if match else None


def photo_credit(line: str) -> str | None:
    """The photographer/agency of a photo credit line or of a caption ending in an upper-case credit."""
    match = PHOTO_LINE.match(_one_spaced(line)) if ":" in line else None
    if match:
        return match.group(1).strip()
    if not _SPACED_DASH.search(line):
        return None  # no caption separator
    match = CAPTION_CREDIT.match(_one_spaced(line))
    if match:
        credit = match.group(2).strip()
        letters = [c for c in credit if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(credit.split()) <= 12:
            return credit
    return None


def dateline_agency(paragraph: str) -> str | None:
    match = DATELINE.match(paragraph)
    if match and match.group(1).lower() in AGENCIES:
        return canonical_agency(match.group(1))
    return None


def issuer_in_text(text: str) -> str | None:
    head = text[:1500]
    if "published" not in head:
        return None  # a substring test, far cheaper than ISSUER failing at every word of the lead
    match = ISSUER.search(head)
    return match.group(1) if match else None
