import json
from collections import Counter, defaultdict
from urllib.parse import urlsplit

from storyline.enrich import enrich_article
from storyline.extract import extract_html
from storyline.link.cluster import StoryIndex, tokens, wording
from storyline.link.dedup import body_fingerprint
from storyline.link.stream import StreamLinker
from storyline.model import Article, Document
from tests.conftest import trafilatura_eval_html


def test_similar_articles_join_and_time_window_separates():
    index = StoryIndex()
    a = tokens("Earthquake of magnitude 6 strikes northern Chile, killing two and damaging buildings in Arica")
    b = tokens("A magnitude 6 earthquake struck northern Chile near Arica, killing two people and damaging buildings")
    c = tokens("Parliament votes on the budget for schools and hospitals after a long debate")
    s1, new1 = index.assign(a, {"CHL"}, ("2020-01-01", "2020-01-01"))
    s2, new2 = index.assign(b, {"CHL"}, ("2020-01-02", "2020-01-02"))
    s3, new3 = index.assign(c, set(), ("2020-01-02", "2020-01-02"))
    s4, new4 = index.assign(b, {"CHL"}, ("2021-06-01", "2021-06-01"))  # same words, a year later: another event
    assert (new1, new2, new3, new4) == (True, False, True, True)
    assert s1.id == s2.id != s3.id != s4.id
    assert index.n_docs == 4 and index.df["chile"] == 3


def test_fingerprint_ignores_case_spacing_and_punctuation():
    assert body_fingerprint("Hello,  World!\nSecond line.") == body_fingerprint("hello world second line")
    assert body_fingerprint("Hello world") != body_fingerprint("Hello there world")
    assert isinstance(tokens("the a of"), Counter) and not tokens("the a of")


def test_near_copies_by_containment_not_unrelated_texts():
    from storyline.link.dedup import containment, signature

    base = " ".join(f"Sentence number {i} tells the reader about the talks in Havana and what came of them."
                    for i in range(40))
    copy = "Source: (EUROPA PRESS)\n" + base.replace("number 3 ", "number three ") + " Photo: AFP."
    other = " ".join(f"Line {i} of a football report about the cup final and the late goal." for i in range(40))
    assert containment(signature(base), signature(copy)) > 0.8
    assert containment(signature(base), signature(other)) < 0.1
    assert containment(signature(base), signature(base[: len(base) // 10])) == 0.0  # too short to be a copy


def test_numbers_tell_look_alike_events_apart_but_not_threads():
    index = StoryIndex()
    first = tokens("A quake of magnitude 6.1 killed 35 people in the north of the island in 2008.")
    again = tokens("In 2008 a magnitude 6.1 quake killed 35 people in the island's north.")
    other = tokens("A quake of magnitude 7.6 killed 120 people in the north of the island in 2013.")
    assert {"#6.1", "#35", "#2008"} <= first.keys() and "#6" not in tokens("6 people")
    assert index.cosine(index.query(first), again) > 0.99 > 0.8 > index.cosine(index.query(first), other)
    assert index.cosine(index.query(wording(first)), wording(other)) > 0.99  # the same kind of event, for a thread


def test_an_arrest_and_the_charges_months_later_are_two_stories_of_one_thread():
    tail = (" The ring moved stolen copper cathodes from Chilean mines through Peruvian ports to buyers abroad, and "
            "investigators said the copper smuggling network had paid port workers for years.")
    arrest = enrich_article(Article(id="a", source="t", published="2023-03-01", text=(
        "Peruvian police arrested twelve members of a Chilean copper smuggling ring in the port of Callao." + tail)))
    charges = enrich_article(Article(id="b", source="t", published="2023-11-20", text=(
        "Peruvian prosecutors charged twelve members of a Chilean copper smuggling ring in Lima." + tail)))
    assert {e.type for e in arrest.events if e.headline} != {e.type for e in charges.events if e.headline}
    linker = StreamLinker(StoryIndex())
    first, second = linker.add(arrest), linker.add(charges)
    assert first.id != second.id
    assert linker.index.stories[first.id].thread_id == linker.index.stories[second.id].thread_id


def test_a_story_is_posted_under_its_highest_weighted_terms_and_leaves_the_postings_of_those_it_lost():
    index = StoryIndex()
    for _ in range(40):  # common words: in every article, so of low weight
        index.assign(Counter({f"common{w}": 1 for w in range(StoryIndex.POSTED)}), set(), (None, None))
    rare = Counter({f"rare{w}": 3 for w in range(StoryIndex.POSTED)})
    story, _ = index.assign(rare + Counter({f"common{w}": 1 for w in range(StoryIndex.POSTED)}), set(), (None, None))
    posted = {term for term, ids in index.postings.items() if story.id in ids}
    assert posted == set(rare)  # none of the common words
    assert index.candidates(index.query(Counter({"rare1": 1, "rare2": 1}))) == [story.id]
    # the story rebuilt without the rare words (a split): posted under the common ones, no longer the rare
    story.terms = Counter({f"common{w}": 1 for w in range(StoryIndex.POSTED)})
    index.register(story, dropped=set(rare))
    assert not any(story.id in index.postings[term] for term in rare)
    assert story.id in index.postings["common1"]


def test_the_stop_words_of_the_articles_language_are_no_terms():
    text = "Die Regierung und der Präsident streiten über den Haushalt"
    assert set(tokens(text, "de")) == {"regierung", "präsident", "streiten", "haushalt"}
    assert {"die", "und", "der", "den"} <= set(tokens(text))  # the language unknown
    assert tokens("the talks", "xx") == tokens("the talks")  # a language without a list: English stop words alone


def test_articles_in_spanish_on_different_subjects_do_not_share_a_story(shared_data):
    # the trafilatura-eval pages of Latin American sites, in the order of their URLs. With English stop words alone,
    # "que", "los", "del" made them alike and 6 of 17 pages on different subjects were put in one story
    gold = json.loads((shared_data / "trafilatura-eval" / "evaldata.json").read_text())
    latin_america = (".ar", ".bo", ".cl", ".cr", ".cu", ".do", ".gt", ".hn", ".pa", ".pe", ".uy", ".ve")
    linker, stories = StreamLinker(), defaultdict(list)
    for url in sorted(u for u in gold if (urlsplit(u).hostname or "").endswith(latin_america)):
        data = trafilatura_eval_html(shared_data, gold[url]["file"])
        article = enrich_article(extract_html(Document(url, data, "html", url=url)))
        stories[linker.add(article).id].append(article.title)
    assert len(stories) == 16  # of 17 pages: two on President Boric's trip to Magallanes share one story
    assert [len(titles) for titles in stories.values()].count(2) == 1
    assert all("Boric" in title for titles in stories.values() if len(titles) > 1 for title in titles)
