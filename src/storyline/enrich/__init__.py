"""Enrichment: actors, places, dates and coded events, each with offsets into the article text."""
from __future__ import annotations

from datetime import date

from babel import Locale

from storyline.enrich.actors import find_actors, locate_actors
from storyline.enrich.events import find_events
from storyline.enrich.places import find_places
from storyline.enrich.sentences import split_sentences
from storyline.enrich.timex import find_dates
from storyline.model import Article

# the languages the lexicons of events and actors read; in another, their words match by chance (German "die",
# "halt", "Gang", "Party"): in 37 of the 259 events they coded in the non-English trafilatura-eval pages (read at
# random), none was told
LEXICON_LANGUAGES = {"en"}


def enrich_article(article: Article) -> Article:
    text = article.text
    published = date.fromisoformat(article.published) if article.published else None
    sentences = split_sentences(text)
    english = article.language is None or article.language in LEXICON_LANGUAGES
    actors = find_actors(text, english)
    metonyms = [(a.start, a.end) for a in actors if a.sector == "GOV" and a.text.istitle() and " " not in a.text]
    places = find_places(text, skip=metonyms, actors=actors, english=english, language=article.language)
    locate_actors(text, actors, places)
    dates = find_dates(text, published, sentences)
    article.entities = sorted(actors + places + dates, key=lambda e: e.start)
    if english:
        article.events = find_events(article.id, text, sentences, article.entities, published)
    else:
        article.events = []
        language = Locale("en").languages.get(article.language, article.language)  # CLDR's name, via babel
        article.notes.append(f"no events coded: the event lexicon reads English, the text is in {language}")
    return article


__all__ = ["enrich_article"]
