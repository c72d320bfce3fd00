import json

from storyline.extract import SiteLines, extract_textdump
from storyline.extract.metadata import site_of
from storyline.model import Document
from tests.extract.test_textdump import _dump

# two articles of one site (space.com) among the rendered scrapinghub pages: their menus, newsletter prompt and
# footer are the same, their stories are not
EUROPA, LANDERS = "686bb170effe273eaff1c0f88e412172e8d972518a6d1454c896f52aafaa9643", \
    "c50845a7158af12ee75acea301a3ea0dad1e848d6b9dbdb43ba7f2d825b2528b"
FORUMS = "Join our Space Forums to keep talking space on the latest missions"


def _dumps(shared_data, *ids):
    truth = json.loads((shared_data / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    docs = [Document(i, _dump(shared_data, i).encode("utf-8"), "text", url=truth[i]["url"]) for i in ids]
    return docs, [truth[i]["articleBody"] for i in ids]


def test_lines_two_pages_of_a_site_share_are_dropped_from_both_bodies(shared_data):
    docs, golds = _dumps(shared_data, EUROPA, LANDERS)
    shared = SiteLines().shared(docs)
    for doc, gold, lines in zip(docs, golds, shared):
        assert any(line.startswith(FORUMS) for line in lines)
        alone, beside = extract_textdump(doc).text, extract_textdump(doc, lines).text
        assert FORUMS in alone and FORUMS not in beside  # the newsletter prompt read as prose on one page alone
        dropped = set(alone.split("\n")) - set(beside.split("\n"))
        assert len(dropped) >= 3 and not any(line in gold for line in dropped)  # none of the article
        assert set(beside.split("\n")) <= set(alone.split("\n"))


def test_a_copy_of_the_article_is_no_sibling(shared_data):
    (doc,), _ = _dumps(shared_data, EUROPA)
    alone = extract_textdump(doc).text
    # the same bytes read twice count once: nothing is shared
    assert SiteLines().shared([doc, doc]) == [frozenset(), frozenset()]
    # the same article fetched again at another URL of the site, its chrome changed: most lines are shared, but they
    # hold most of the body's words, so the body stays whole
    refetched = Document("again", doc.content + b"\nTrending now: a new line\n", "text", url=doc.url + "?amp")
    shared = SiteLines().shared([doc, refetched])
    assert shared[0] and extract_textdump(doc, shared[0]).text == alone
    assert extract_textdump(refetched, shared[1]).text == alone


def test_only_pages_of_the_same_site_with_a_url_count(shared_data):
    europa, _ = _dumps(shared_data, EUROPA)
    other = Document("other", europa[0].content, "text", url="https://example.org/europa")
    assert SiteLines().shared([europa[0], other]) == [frozenset(), frozenset()]
    no_url = Document("no-url", europa[0].content + b"\n", "text")
    assert SiteLines().shared([europa[0], no_url]) == [frozenset(), frozenset()]
    assert site_of("https://www.space.com/x.html") == site_of("http://space.com/y") == "space.com"


def test_the_memory_is_bounded_per_site_and_over_sites():
    def page(site, n, *lines):
        return Document(f"{site}{n}", "\n".join(lines).encode(), "text", url=f"https://{site}/{n}")

    memory = SiteLines(pages_kept=2, sites_kept=2)
    assert memory.shared([page("a.com", 1, "menu", "old footer"), page("a.com", 2, "menu", "story two")]) == [
        frozenset({"menu"}), frozenset({"menu"})]
    # a third page pushes the first out: its footer is no longer remembered
    assert memory.shared([page("a.com", 3, "menu", "old footer", "story three")]) == [frozenset({"menu"})]
    assert memory.shared([page("a.com", 4, "story four", "old footer")]) == [frozenset({"old footer"})]
    # two other sites read since: a.com is forgotten
    memory.shared([page("b.com", 1, "x"), page("c.com", 1, "y")])
    assert memory.shared([page("a.com", 5, "menu", "old footer")]) == [frozenset()]


def test_a_crawl_as_jsonl_reads_each_page_beside_its_site(shared_data, tmp_path):
    from storyline import extract
    from storyline.run import Pipeline

    docs, _ = _dumps(shared_data, EUROPA, LANDERS)
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("".join(json.dumps({"url": d.url, "text": d.content.decode()}) + "\n" for d in docs))
    for workers in (1, 2):
        bodies = [a.text for a in Pipeline(workers=workers).extract([crawl])]
        assert len(bodies) == 2 and all(FORUMS not in body and len(body) > 3000 for body in bodies)
    assert all(FORUMS not in a.text for a in extract(str(crawl)))
    # one page alone keeps the prompt: nothing else of its site was read
    crawl.write_text(json.dumps({"url": docs[0].url, "text": docs[0].content.decode()}) + "\n")
    assert FORUMS in extract(str(crawl))[0].text


def test_a_url_that_urllib_cannot_split_names_no_site(shared_data, tmp_path):
    from storyline.run import Pipeline

    docs, _ = _dumps(shared_data, EUROPA, LANDERS)
    crawl = tmp_path / "crawl.jsonl"
    # an unclosed IPv6 bracket: that page is read alone, and the other page too (no page of its site beside it)
    crawl.write_text("".join(json.dumps({"url": url, "text": d.content.decode()}) + "\n"
                             for url, d in zip(("http://[space.com/a", docs[1].url), docs)))
    assert site_of("http://[space.com/a") is None
    articles = list(Pipeline().extract([crawl]))
    assert len(articles) == 2 and all(FORUMS in a.text for a in articles)
