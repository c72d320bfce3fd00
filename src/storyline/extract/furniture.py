"""The site's lines inside an article's box, which both extractors leave out of the body: links and invitations that
send the reader elsewhere (elsewhere.py), cookie notices (consent.py), other articles' cards (teasers.py), the
place-holders of embedded posts and videos, the time the article takes to read ("Tempo de leitura: 2 minutos", "5 min
read", "Lesezeit: 2 Minuten"), a blog post's footer of links ("Posted in Open thread | Permalink | 10 Comments"), a
line that only gives the day it was published or updated, the disclosure of paid links, the comments' heading, and
what the site's forms say. On the 181 scrapinghub dumps 3 reading times and footers and 3 date lines were kept, none
in a gold body; on trafilatura-eval (HTML and rendered as text), of the 15 date lines and disclosures kept one held a
gold snippet ("Veröffentlicht am 16.08.2019") and 10 one the gold leaves out. The site's licence for its own work
goes too: on trafilatura-eval rendered as text 6 lines on 4 pages, none with a gold snippet (F1 .8776 -> .8779)."""
from __future__ import annotations

import re

from storyline.extract import metadata as meta
from storyline.extract.consent import asks_consent
from storyline.extract.elsewhere import sends_elsewhere
from storyline.extract.teasers import teaser_card

_MINUTES = r"(?:ca\.\s*)?\d+\s*(?:min\.?|minutes?|minuten|minutos?|minuti)"
_READING = r"(?:reading time|read time|lesezeit|lesedauer|tempo de leitura|temps de lecture|tiempo de lectura|" \
           r"tempo di lettura|czas czytania)"
_READING_TIME = re.compile(rf"(?:{_READING}\s*:?\s*{_MINUTES}\.?|{_MINUTES}\s*(?:read|lesezeit|lesedauer|de leitura|"
                           rf"de lecture|de lectura|di lettura|czytania))\s*", re.IGNORECASE)
_POST_FOOTER = re.compile(r"(?:posted|filed|published) in\b[^|]{1,80}\|", re.IGNORECASE)
# the site's disclosure of its paid links and its call for letters ("Bei den Verlinkungen handelt es sich um Affiliate
# Links", "We may receive compensation if you visit partners we recommend", "Submit a letter to the editor")
_DISCLOSURE = re.compile(r"affiliate[- ]?(?:links?|partner|programm?e?)|we may (?:receive|earn|get) (?:a )?(?:small )?"
                         r"(?:compensation|commission)|(?:erhalten|bekommen) wir (?:dafür )?(?:eine )?(?:kleine )?"
                         r"provision|submit (?:a|your) letter to the editor", re.IGNORECASE)
_DISCLOSURE_STEMS = ("ffiliate", "compensation", "commission", "rovision", "letter to the editor")
DISCLOSURE_CHARS = 600  # a notice of a few lines, not a paragraph of the article
# the day the article was published or updated, on a line of its own below its start ("First published on November
# 19, 2019 / 8:16 AM", "Letzte Änderung 14.02.2019")
DATE_LINE_WORDS = 12
# what the site's forms say, and the article's invitations to share it or to write to its writer ("Thanks for signing
# up!", "This site is protected by reCAPTCHA ...", "Like this story? Share it with a friend!", "Write to Al Root at
# allen.root@dowjones.com", "Email Tariq Malik at tmalik@space.com ...", "GET FOX BUSINESS ON THE GO BY CLICKING
# HERE"); on the 181 dumps 8 such lines were kept, none in a gold body
_FORM_OR_CONTACT = re.compile(r"protected by recaptcha|thanks? (?:you )?for (?:signing up|subscribing)|"
                              r"error processing your subscription|share (?:it|this(?: story| article)?) with "
                              r"(?:a|your) friends?|^(?:write to|e-?mail) [^@]{2,60} at \S+@\S+|"
                              r"\bby clicking here\W*$|\b(?:can|may) be reached at [^@\s]+@|"
                              r"\breach the (?:reporter|writer|author)\b[^@]{0,40}@", re.IGNORECASE)
_FORM_OR_CONTACT_STEMS = ("ecaptcha", "ECAPTCHA", "for signing", "for subscribing", "subscription", "friend", "rite to",
                          "LICKING", "licking", "reach", "Reach", "mail", "MAIL")
FORM_CHARS = 300
# the heading of the comments below the article, alone on its line ("Comments", "3 Kommentare", "Leave a Reply",
# "Schreibe einen Kommentar", "Join the Conversation"): on scrapinghub 8 such lines kept in HTML bodies (4 pages), on
# trafilatura-eval 6 (HTML and rendered as text), none in a gold body nor holding a gold snippet;
# "No comment." stays: a quote
# (textdump's COMMENTS_HEADER, which ends a dump's body, reads the bare ones)
COMMENT_HEADINGS = (r"leave a (?:reply|comment)|comments?|join the discussion|post a comment|kommentare?|commentaires?|"
                    r"comentarios?")
_COMMENTS_HEADING = re.compile(rf"(?:\d+\s+)?(?:{COMMENT_HEADINGS}|responses|replies|reader comments|"
                               r"schreibe einen kommentar|kommentar schreiben|add a comment|join the conversation|"
                               r"(?:no|keine) (?:comments|kommentare))(?:\s*\(\d+\))?\s*[:.!]?\s*", re.IGNORECASE)
COMMENTS_HEADING_CHARS = 40
FURNITURE_CHARS = 200  # a post's footer is one short line
READING_TIME_CHARS = 40  # "Tempo de leitura: 2 minutos"
# what stands in an embedded post's or video's place: "View this post on Instagram", "A post shared by Name (@name)",
# "Dein Browser kann dieses Video nicht abspielen.", "Zum Vergrößern bitte anklicken", and the consent to show another
# site's content ("Empfohlener redaktioneller Inhalt", "Ich bin damit einverstanden, dass mir externe Inhalte
# angezeigt werden. ..."); trafilatura-eval rendered as text: 53 such lines kept, none with a gold snippet
_EMBEDDED = re.compile(
    r"view this (?:post|profile|photo|video) on (?:instagram|facebook|twitter|tiktok|youtube)|"
    r"sieh dir diesen beitrag auf instagram an|a post shared by\b|ein beitrag geteilt von\b|"
    r"your browser does not support|dein browser kann dieses video nicht|ihr browser unterstützt (?:kein|nicht)|"
    r"zum vergrößern (?:bitte )?(?:an)?klicken|click to (?:enlarge|expand)|empfohlener redaktioneller inhalt|"
    r"media playback is unsupported|"
    r"externe(?:n|r)? inhalte?\b.{0,80}\b(?:einverstanden|angezeigt|laden|zustimm)|alle inhalte laden", re.IGNORECASE)
# in each place-holder, in the case it is written: a test for each is cheaper than the search failing
_EMBEDDED_STEMS = ("iew this", "shared by", "geteilt von", "Instagram an", "rowser", "ergrößern", "lick to",
                   "edaktioneller", "xterne", "nhalte laden", "playback")
EMBEDDED_CHARS = 200
# the site's licence for what it publishes ("this work is licensed under a Creative Commons ...", "Alle Artikel und
# Inhalte dieses Blogs stehen unter der Lizenz CC BY-SA 4.0"), and the line the licence's chooser adds ("Über diese
# Lizenz hinausgehende Erlaubnisse können Sie unter ... erhalten."); the subject must be this or our work, so an
# article about the licences ("Die Broschüre ist unter der Creative-Commons-Lizenz veröffentlicht", "All images of
# public-domain works in the Met's collection are openly available under Creative Commons Zero") and a picture's
# credit stay
_LICENCE = re.compile(
    r"\b(?:this|these|our|dies(?:e[mnrs]?)?|unsere?[mnrs]?|ce|cette|ces|este|esta|nuestr[oa]s?)\b"
    r"[^.!?]{0,60}?\b(?:is|are|licen[cs]ed|published|released|ist|sind|steht|stehen|lizenziert|veröffentlicht|est|"
    r"sont|está|están)\s+(?:\w+\s+){0,2}?(?:under|unter|sous|bajo)\s+(?:\w+\s+){0,3}?"
    r"(?:creative[- ]commons|cc[- ](?:by|0)\b)|"
    r"^(?:permissions beyond the scope of this licen[cs]e may be available|"
    r"über diese lizenz hinausgehende erlaubnisse können sie)\b",
    re.IGNORECASE)
_LICENCE_STEMS = ("ommons", "OMMONS", "CC ", "CC-", "this licen", "iese Lizenz")
LICENCE_CHARS = 400  # a notice of a line or two


def the_sites(line: str) -> bool:
    """Whether `line` is the site's, not the article's."""
    if len(line) <= READING_TIME_CHARS and _READING_TIME.fullmatch(line):
        return True
    if len(line) <= COMMENTS_HEADING_CHARS and _COMMENTS_HEADING.fullmatch(line):
        return True
    if "|" in line and len(line) <= FURNITURE_CHARS and _POST_FOOTER.match(line) and (
            line.count("|") >= 2 or "omment" in line or "ermalink" in line):
        return True
    if len(line) <= EMBEDDED_CHARS and _holds_any(line, _EMBEDDED_STEMS) and _EMBEDDED.search(line):
        return True
    if meta.DATE_LABEL.match(line) and len(line.split()) <= DATE_LINE_WORDS and meta.date_in_line(line) is not None:
        return True
    if len(line) <= DISCLOSURE_CHARS and _holds_any(line, _DISCLOSURE_STEMS) and _DISCLOSURE.search(line):
        return True
    if len(line) <= FORM_CHARS and _holds_any(line, _FORM_OR_CONTACT_STEMS) and _FORM_OR_CONTACT.search(line):
        return True
    if len(line) <= LICENCE_CHARS and _holds_any(line, _LICENCE_STEMS) and _LICENCE.search(line):
        return True
    return sends_elsewhere(line) or asks_consent(line) or teaser_card(line)


def _holds_any(line: str, stems: tuple[str, ...]) -> bool:
    for stem in stems:
        if stem in line:
            return True
    return False
