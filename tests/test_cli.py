import json

from storyline.cli import main
from tests.conftest import EXAMPLES


def test_cli_ingest_stories_events_search_export(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["ingest", str(EXAMPLES), "--db", db, "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["added"] == 2 and summary["errors"] == 0
    assert main(["stories", "--db", db, "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert main(["stories", str(stories[0]["id"]), "--db", db]) == 0
    assert "after 2018-06-05" in capsys.readouterr().out
    assert main(["recluster", "--db", db]) == 0
    assert "2 stories before, 2 after" in capsys.readouterr().err
    assert main(["stories", str(stories[0]["id"]), "--db", db]) == 0
    assert "after 2018-06-05" in capsys.readouterr().out
    assert main(["events", "--db", db, "--country", "USA", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert len(events) >= 4 and all("USA" in [a["country"] for a in e["actors"]] for e in events)
    assert main(["search", "MINREX", "--db", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"].startswith("Cuba and U.S.")
    assert main(["export", "events", "-o", str(tmp_path / "ev.parquet"), "--db", db]) == 0
    assert (tmp_path / "ev.parquet").stat().st_size > 0
    assert main(["export", "events", "-o", str(tmp_path / "ev.xyz"), "--db", db]) == 2
    assert main(["export", "articles", "-o", str(tmp_path / "no" / "a.csv"), "--db", db]) == 1
    assert "a.csv: cannot write: No such file or directory" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir() if "ev" in p.name) == ["ev.parquet"]  # no part file left
    # a story id past SQLite's integers names no story; a count below its floor is a usage error
    assert main(["stories", str(2**64), "--db", db]) == 1
    assert f"no story {2**64}" in capsys.readouterr().err


def test_cli_cluster_and_code_events(tmp_path, capsys):
    lines = [
        {"id": "a", "text": "The U.S. and Cuban governments met in Havana on Monday to discuss migration.", "published": "2023-01-20"},
        {"id": "b", "text": "Officials of the United States and Cuba met in Havana on Monday to discuss migration.", "published": "2023-01-20"},
        {"id": "c", "text": "A storm flooded the coast of Norway and closed roads for two days.", "published": "2023-01-20"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines))
    assert main(["cluster", str(path)]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert out[0]["story"] == out[1]["story"] != out[2]["story"]
    assert main(["code-events", str(path)]) == 0
    coded = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert coded[0]["events"][0]["type"] == "CONSULT" and coded[2]["events"] == []
    # timestamps as crawlers write them are dates too; a field that is none is named
    lines[1]["published"] = "2023-01-20T23:10:00-05:00"
    lines[2]["published"] = "Fri, 20 Jan 2023 10:00:00 GMT"
    path.write_text("\n".join(json.dumps(x) for x in lines))
    assert main(["cluster", str(path)]) == 0
    assert [json.loads(x)["story"] for x in capsys.readouterr().out.splitlines()] == [s["story"] for s in out]
    # an id with a lone surrogate escape (half an emoji) comes back as it was read
    path.write_text(json.dumps({**lines[0], "id": "a\ud83d"}) + "\n")
    assert main(["cluster", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "a\ud83d"
    lines[2]["published"] = "soon"
    path.write_text("\n".join(json.dumps(x) for x in lines))
    assert main(["cluster", str(path)]) == 1
    assert "in.jsonl:3: 'published' is no date: 'soon'" in capsys.readouterr().err
    # a text in another language (detected, or as the line says) codes no events with the English lexicon
    german = {"id": "d", "text": "Haha, nein, ich mache halt ganz normale Dinge, die Menschen in meinem Alter machen."}
    languages = [{**lines[0], "language": code} for code in ("de", "en_US", None)]  # null: none given
    path.write_text("\n".join(json.dumps(x) for x in (german, *languages)))
    assert main(["code-events", str(path)]) == 0
    coded = [json.loads(x)["events"] for x in capsys.readouterr().out.splitlines()]
    assert coded[:2] == [[], []] and coded[2][0]["type"] == coded[3][0]["type"] == "CONSULT"
    path.write_text(json.dumps({**lines[0], "language": 7}))
    assert main(["code-events", str(path)]) == 1
    assert "in.jsonl:1: 'language' is no ISO 639-1 code: 7" in capsys.readouterr().err


def test_cli_refuses_counts_out_of_range(tmp_path, capsys):
    import pytest

    for args, message in ((["events", "--limit", "-1"], "argument --limit: -1 is less than 0"),
                          (["ingest", str(EXAMPLES), "--workers", "0"], "argument --workers: 0 is less than 1"),
                          (["serve", "--port", "70000"], "argument --port: 70000 is not in 0..65535")):
        with pytest.raises(SystemExit) as exit_:
            main([*args, "--db", str(tmp_path / "x.db")])
        assert exit_.value.code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()


def test_cli_reports_bad_input_by_name(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.html")]) == 0
    assert "missing.html: no such file" in capsys.readouterr().err
    # a page with no article: an empty body, and the record says why
    (tmp_path / "menu.html").write_text("<html><body><ul><li><a href='/a'>Home</a></li><li><a href='/b'>World</a></li>"
                                        "</ul></body></html>")
    assert main(["extract", str(tmp_path / "menu.html")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["text"] == "" and record["notes"] == ["not an article: 2 words and no sentence"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n")
    assert main(["cluster", str(bad)]) == 1
    assert "bad.jsonl:1: invalid JSON" in capsys.readouterr().err


def test_pipeline_extract_raises_without_a_report_and_reports_with_one(tmp_path):
    import pytest

    from storyline.errors import UnreadableInput
    from storyline.run import Pipeline

    with pytest.raises(UnreadableInput, match="nope.txt"):
        list(Pipeline().extract([tmp_path / "nope.txt"]))
    seen = []
    assert list(Pipeline().extract([tmp_path / "nope.txt"], seen.append)) == [] and len(seen) == 1


def test_cli_prints_titles_and_paths_in_brackets_as_they_are(tmp_path, capsys):
    """A headline like "[live] ..." or a folder "[old]" is text, not a console style (nor broken markup)."""
    folder = tmp_path / "[old]"
    folder.mkdir()
    page = (EXAMPLES / "news360-us-cuba-2023.txt").read_text(encoding="utf-8")
    (folder / "feed.jsonl").write_text(json.dumps({"text": page, "title": "[live] Cuba and the U.S. [/] talks"})
                                       + "\n{broken\n", encoding="utf-8")
    db = str(folder / "s.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    captured = capsys.readouterr()
    assert f"{folder}/feed.jsonl:2: invalid JSON" in captured.err and f"-> {db} (1 articles" in captured.out
    assert main(["stories", "1", "--db", db]) == 0
    assert "[live] Cuba and the U.S. [/] talks (story 1" in capsys.readouterr().out
    assert main(["search", "Cuba", "--db", db]) == 0
    assert "[live] Cuba and the U.S. [/] talks" in capsys.readouterr().out
