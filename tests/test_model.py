import pytest

from storyline.model import SCHEMA_VERSION, Article, Credits, Document, Entity, Event, Evidence, Place, When, Actor


def test_article_round_trips_through_json_with_nested_records():
    event = Event(id="x-e1", article_id="x", type="CONSULT", evidence=Evidence("They met.", 0, 9),
                  actors=[Actor("Cuba", "CUB", "GOV")], place=Place("Havana", "CUB", 23.1, -82.4),
                  when=When("2023-01-18", "2023-01-19", "day", "Wednesday and Thursday"))
    article = Article(id="x", source="a.txt", text="They met.", title="T", authors=["A B"],
                      credits=Credits(source="Europa Press"), events=[event],
                      entities=[Entity("place", "Havana", 0, 6, country="CUB")])
    back = Article.from_json(article.to_json())
    assert back == article
    assert isinstance(back.events[0].when, When) and back.events[0].when.label() == "2023-01-18..2023-01-19"
    assert article.to_dict()["schema_version"] == SCHEMA_VERSION


def test_records_of_another_schema_version_are_refused():
    data = Article(id="x", source="s", text="t").to_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(ValueError, match="schema version"):
        Article.from_dict(data)


def test_document_id_is_the_content_hash():
    a = Document("a.html", b"<html>same</html>", "html")
    b = Document("b.html", b"<html>same</html>", "html")
    assert a.id == b.id and len(a.id) == 32
    assert Document.from_dict(a.to_dict()).content == a.content
