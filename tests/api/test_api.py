"""HTTP tests of the JSON API and the pages (FastAPI TestClient)."""
import json
import re

import pytest
from fastapi.testclient import TestClient

from storyline.api import create_app
from storyline.run import Pipeline


@pytest.fixture(scope="module")
def client(example_store):
    return TestClient(create_app(example_store))


def test_story_api_has_the_timeline(client):
    stories = client.get("/api/stories").json()
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert [e["when"]["start"] for e in story["timeline"]] == ["2017-09-15", "2018-06-05", "2023-01-18"]
    assert len(story["thread"]) == len(stories)
    assert client.get("/api/stories/9999").status_code == 404
    assert client.get(f"/api/stories/{2**64}").status_code == 404  # past SQLite's integers: no such story
    assert client.get(f"/stories/{2**64}").status_code == 404
    # a negative limit would be SQLite's "no limit"
    for path in ("/api/stories", "/api/articles", "/api/events", "/api/search?q=Havana"):
        assert client.get(path + ("&" if "?" in path else "?") + "limit=-1").status_code == 422
    assert client.get("/api/stories?offset=-1").status_code == 422


def test_article_events_search_and_export(client):
    hits = client.get("/api/search", params={"q": "Havana"}).json()
    assert len(hits) == 1 and "[Havana]" in hits[0]["snippet"]
    article = client.get(f"/api/articles/{hits[0]['id']}").json()
    assert article["authors"] == ["Daniel Stewart"] and article["mentions"][0]["source"].endswith("2023.txt")
    events = client.get("/api/events", params={"type": "consult", "status": "reported"}).json()
    assert len(events) == 2
    csv_text = client.get("/api/export/events.csv").text
    assert csv_text.startswith("event_id,article_id,type") and "Havana" in csv_text
    assert client.get("/openapi.json").json()["info"]["title"] == "Storyline"


def test_pages_render_story_timeline_article_and_search(client):
    home = client.get("/")
    assert home.status_code == 200 and "Cuba and U.S. discuss law enforcement and compliance" in home.text
    story_id = client.get("/api/stories").json()[0]["id"]
    page = client.get(f"/stories/{story_id}").text
    assert page.index("2017-09-15") < page.index("after 2018-06-05") < page.index("2023-01-18..2023-01-19")
    assert "mentioned only" in page
    assert 'refers back to <a href="#event-' in page and ">after 2018-06-05</a>" in page
    hit = client.get("/api/search", params={"q": "Havana"}).json()[0]
    article_page = client.get(f"/articles/{hit['id']}").text
    assert '<mark id="' in article_page and "met on Wednesday and Thursday" in article_page
    search = client.get("/search", params={"q": "Havana"}).text
    assert "<mark>Havana</mark>" in search
    assert client.get("/events", params={"country": "CUB"}).status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_article_text_is_html_escaped(store, tmp_path):
    page = tmp_path / "xss.txt"
    page.write_text("Injected <b>title</b> here\n\nThe ministers of France and Germany met in Berlin on Monday and "
                    "said <script>alert('x')</script> was never part of the talks, officials said.\n")
    Pipeline(store).ingest([page])
    client = TestClient(create_app(store))
    (article,) = store.articles()
    html = client.get(f"/articles/{article['id']}").text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<b>title</b>" not in html and "&lt;b&gt;title&lt;/b&gt;" in html


def test_article_page_links_the_original_page_only_by_a_web_url(store, tmp_path):
    body = ("<html><head><link rel='canonical' href='/news/talks'></head><body><article><p>The ministers of France "
            "and Germany met in Berlin on Monday to discuss energy and trade, officials said after the talks.</p>"
            "<p>They agreed to meet again in Paris next month, according to a joint statement.</p></article></body>"
            "</html>")
    pages = tmp_path / "pages.jsonl"
    pages.write_text(json.dumps({"html": body, "url": "https://example.org/news/talks?utm=rss"}) + "\n" +
                     json.dumps({"html": "<html><body><article><p>Flooding closed roads across the north of "
                                 "Spain on Tuesday and rescuers searched for two missing hikers near Oviedo.</p><p>"
                                 "The regional government asked residents to stay at home until the rain eased.</p>"
                                 "</article></body></html>", "url": "javascript:alert(1)"}) + "\n")
    Pipeline(store).ingest([pages])
    client = TestClient(create_app(store))
    links = {store.article(a["id"]).url: re.findall(r'href="([^"]+)"[^>]*>original page',
                                                    client.get(f"/articles/{a['id']}").text)
             for a in store.articles()}
    assert links == {"https://example.org/news/talks?utm=rss": ["https://example.org/news/talks"],
                     "javascript:alert(1)": []}
