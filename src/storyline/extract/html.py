"""Articles out of HTML pages (trafilatura v1: body, title, authors, date, site name)."""
from __future__ import annotations

import re

import trafilatura
import trafilatura.utils
from lxml.html import HTMLParser

from storyline.extract import credits as credit_rules
from storyline.extract import metadata as meta
from storyline.extract.furniture import the_sites
from storyline.extract.html_continuation import completed_body
from storyline.extract.html_input import (bounded_markup, decode_page, json_ld_letters, structured_body,
                                            without_ruby_readings)
from storyline.extract.html_metadata import (canonical_url, h1_links_elsewhere, heading_above, headline_by_url,
                                             headlines, holds_the_name, labelled_date, names_the_site,
                                             page_authors, page_title, publisher_name, uncut_title, written_new_year)
from storyline.extract.page_kind import not_an_article
from storyline.model import Article, Credits, Document

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WORDS = re.compile(r"\w{2,}")
_LOOSE_ENDS = re.compile(r"^[\s.:;,|–—-]+|[\s:;,|–—-]+$")
# a body this short in precision mode (characters) is checked against default mode's, which replaces it when it
# is FULLER times longer (trafilatura-eval snippet F1 .922 -> .927 over 500 / 2x, scrapinghub unchanged)
SHORT_BODY = 1500
FULLER = 3
PAGE_HEAD = 1_000_000  # characters searched for headlines, bylines and body continuations (before the comments)

# trafilatura's parser (it has no option for this), without libxml2's limit of 256 nested elements: past it the
# rest of the page is dropped, and broken markup (an unclosed <font> or <div> per paragraph) gets there
trafilatura.utils.HTML_PARSER = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                           remove_comments=True, remove_pis=True, huge_tree=True)


def extract_html(doc: Document) -> Article:
    article = Article(id=doc.id, source=doc.source, url=doc.url, text="")
    page, cut = bounded_markup(json_ld_letters(without_ruby_readings(decode_page(doc.content,
                                                                                  doc.hints.get("content_type"))[0])))
    if cut:
        article.notes.append(cut)
    # precision mode scores best on the news benchmark (benchmarks/extraction.py); tables stay (they are body)
    result = trafilatura.bare_extraction(page, url=doc.url, with_metadata=True, include_comments=False,
                                         favor_precision=True)
    kept = len(result.text or "") if result is not None else 0
    if kept < SHORT_BODY:
        # no body, or a short one, in precision mode is often a notice box or one part of the article (a recipe's
        # intro, a forum's last post) kept in place of the whole: ask once more
        # the metadata of the first pass stands: reading it again cost a third of this pass
        fuller = trafilatura.bare_extraction(page, url=doc.url, with_metadata=result is None, include_comments=False)
        if fuller is not None and len(fuller.text or "") > FULLER * kept:
            if result is None:
                result = fuller
            else:
                result.text = fuller.text
    head = page[:PAGE_HEAD]
    credits = Credits()
    if result is None or not (result.text or "").strip():
        body, unlabelled = _kept(structured_body(page), credits)
        if not body or not_an_article(body):
            article.notes.append("no article body found: the page has no main text block")
            # the page still says what it is: its title, authors and date
            _add_metadata(article, trafilatura.extract_metadata(page, default_url=doc.url), head, [], doc.url)
            return article
        result = result or trafilatura.extract_metadata(page, default_url=doc.url)
    else:
        paragraphs = [p.strip() for p in result.text.split("\n") if p.strip()]
        if paragraphs and result.title and paragraphs[0] == result.title.strip():
            paragraphs = paragraphs[1:]  # the headline is metadata, not body
        body, unlabelled = _kept(completed_body(paragraphs, head), credits)
        reason = not_an_article(body)
        if reason:
            # no article in the markup's text: a paywalled page's JSON-LD may hold it
            structured, structured_credit = _kept(structured_body(page), credits)
            if structured and not not_an_article(structured):
                body, unlabelled = structured, structured_credit
            else:
                article.notes.append(reason)
                body = []
    article.text = "\n".join(body)
    _add_metadata(article, result, head, body, doc.url)
    # a credit line, else the body's dateline or end, else an agency among the authors
    credits.source = credits.source or credit_rules.body_agency(article.text) or article.credits.source
    credits.photo = credits.photo or credit_rules.figure_credit(head) or unlabelled
    article.credits = credits
    return article


def _kept(paragraphs: list[str], credits: Credits) -> tuple[list[str], str | None]:
    """The paragraphs of the article's body, without the site's lines and credit lines (their source and photo
    credits go into `credits`), and the first paragraph that only credits a picture's agency (the figures' own
    credits come before it)."""
    body = []
    unlabelled = None
    for para in paragraphs:
        if the_sites(para):
            continue
        source = credit_rules.source_credit(para)
        if source:
            credits.source = credits.source or source
            continue
        photo = credit_rules.labelled_photo(para)
        if photo:
            credits.photo = credits.photo or credit_rules.credit_text(photo)
            continue
        if credit_rules.agency_credit(para):  # "Alex Wong | Getty Images"
            unlabelled = unlabelled or credit_rules.credit_text(para)
            continue
        if credit_rules.captioned(para) or credit_rules.contributors(para) or meta.is_byline(para):
            continue
        body.append(para)
    return body, unlabelled


def _add_metadata(article: Article, result, head: str, body: list[str], url: str | None) -> None:
    """Title, authors, date, publisher, canonical URL and language from trafilatura's `result` and the page."""
    if result is None:
        return
    head_element = head.split("</head>", 1)[0]
    article.canonical_url = canonical_url(head_element, url)
    article.title = _title(result, head, head_element, body, url, article.canonical_url or url)
    authors = page_authors(result.author, head, result.sitename, article.title)
    if not authors and body:
        authors = meta.signed_by(body[-1])  # no byline, but the article is signed
    article.authors, article.credits.source = credit_rules.split_agencies(authors)
    article.published = labelled_date(head) or (result.date if result.date and _DATE.match(result.date) else None)
    if article.published and article.published[4:10] == "-01-01" and not written_new_year(head, article.published):
        article.published = None  # a year, not a day
    article.publisher = publisher_name(result.sitename, article.canonical_url or url)
    article.language = result.language or meta.detect_language(article.text)


def _title(result, head: str, head_element: str, body: list[str], url: str | None, page_url: str | None) -> str | None:
    """The headline: trafilatura's title checked against the page's <h1>s, <title>, URL and site name."""
    all_h1s = headlines(head, 10)
    h1s = all_h1s[:3]
    own = page_title(head_element)
    raw = uncut_title(result.title, own)  # trafilatura's title, whole again
    sitename = result.sitename if result.sitename != raw else None  # else it is the <title> misread
    if not names_the_site(raw, sitename, url):
        # a blog's <h1> is often its name ("WordPress.com"): it is not the post's headline
        h1s = [h for h in h1s if not names_the_site(h, sitename, url)]
    title = headline_by_url(meta.clean_title(raw, h1s, result.sitename), h1s, raw, head, url)
    if (len(all_h1s) == 1 and h1s and len(_WORDS.findall(h1s[0])) >= 4
            and meta.word_overlap(h1s[0], title or "") < meta.H1_OVERLAP
            and not holds_the_name(h1s[0], sitename) and not h1_links_elsewhere(head, page_url)):
        # the page's one <h1> says something else than the <title>, which was written for search engines: the
        # <h1> is the headline the reader sees ("Pflaster-Desaster: ..." -> "Bergisch Gladbach: die Stadt verklagt
        # ..."), unless it names the site or links to another one (an aggregator's featured story)
        title = h1s[0]
    if (len(_WORDS.findall(title or "")) <= 2 and title not in all_h1s and title != own
            or names_the_site(title, sitename, url)):
        # a section's name ("Aktuelles", "SLF") that neither an <h1> nor the <title> shows alone, or the site's name
        # ("ICON Magazine"): the heading just above the body is the headline; without one, a one-word label gives
        # way to the <title> (og:title "Medienmitteilungen", <title> "Impfen und Boostern ist ...")
        above = heading_above(head, body)
        from_title = meta.clean_title(own, [], result.sitename) if own else None
        if above and len(_WORDS.findall(above)) >= 3:
            title = above
        elif (len(_WORDS.findall(title or "")) == 1 and from_title and len(_WORDS.findall(from_title)) >= 3
              and not names_the_site(from_title, sitename, url)):
            title = from_title
    # what is left of a separator once the site's name is cut off ("– Wie ...", ": Bundesregierung ...")
    return (_LOOSE_ENDS.sub("", title) or None) if title else None
