import csv

from storyline.store import export
from storyline.store.parquet import read_parquet, write_parquet


def test_event_csv_and_parquet_exports(example_store, tmp_path):
    n = export.write_csv(export.event_rows(example_store), export.EVENT_COLUMNS, tmp_path / "e.csv")
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert n == len(rows) == len(example_store.events()) and list(rows[0]) == export.EVENT_COLUMNS
    assert {r["type"] for r in rows} >= {"CONSULT", "REQUEST"}
    havana = next(r for r in rows if r["place"] == "Havana")
    assert (havana["countries"], havana["date_start"], havana["date_end"]) == ("CUB;USA", "2023-01-18", "2023-01-19")
    write_parquet(export.event_rows(example_store), export.EVENT_COLUMNS, tmp_path / "e.parquet")
    assert [r["event_id"] for r in read_parquet(tmp_path / "e.parquet")] == [r["event_id"] for r in rows]
    export.write_jsonl(export.article_rows(example_store), tmp_path / "a.jsonl")
    assert len((tmp_path / "a.jsonl").read_text().splitlines()) == 2
