"""After `storyline ingest examples/`: one thread, its timeline in date order with evidence."""
from storyline.run import Pipeline
from tests.conftest import EXAMPLES


def _thread_of_examples(store):
    stories = store.stories()
    assert {s.thread_id for s in stories} == {stories[0].thread_id}, "both articles must be in one thread"
    assert sorted(len(s.article_ids) for s in stories) in ([1, 1], [2])
    return store.story(stories[0].id)


def test_both_examples_share_a_thread_with_the_expected_timeline(example_store):
    story = _thread_of_examples(example_store)
    timeline = story.timeline
    assert [e.when.label() for e in timeline] == ["2017-09-15", "after 2018-06-05", "2023-01-18..2023-01-19"]
    assert [e.status for e in timeline] == ["mentioned", "reported", "reported"]
    assert all(e.evidence for e in timeline)
    assert timeline[1].place == "Washington" and "round 4" in timeline[1].label
    assert timeline[2].place == "Havana" and "met on Wednesday and Thursday" in timeline[2].evidence
    # back-references point to the earlier entries of the same timeline
    assert timeline[2].refers_to == timeline[1].event_id
    assert timeline[1].refers_to == timeline[0].event_id
    event_2023 = example_store.events(country="CUB", status="reported")[-1]
    assert event_2023.countries == ["CUB", "USA"] and event_2023.place.name == "Havana"


def test_ingest_order_does_not_matter(store):
    Pipeline(store).ingest([EXAMPLES / "news360-us-cuba-2023.txt"])
    Pipeline(store).ingest([EXAMPLES / "minrex-cuba-us-law-enforcement-2018.txt"])
    story = _thread_of_examples(store)
    assert [e.when.label() for e in story.timeline] == ["2017-09-15", "after 2018-06-05", "2023-01-18..2023-01-19"]


def test_unrelated_article_starts_its_own_thread(store, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Football results\n\nThe home team won the cup final on Saturday after a late goal in extra "
                     "time, and thousands of fans celebrated in the streets of the old town until dawn.\n")
    Pipeline(store).ingest([EXAMPLES, other])
    threads = {s.thread_id for s in store.stories()}
    assert len(threads) == 2
