from storyline.run import Pipeline


def test_ingesting_the_warc_folder_reports_broken_files_and_survives(store, shared_data):
    report = Pipeline(store, workers=2).ingest([shared_data / "warc"])
    assert report.added > 150
    assert any("truncated" in str(e) for e in report.errors)
    assert all(str(shared_data / "warc") in str(e) for e in report.errors)
    counts = store.counts()
    again = Pipeline(store).ingest([shared_data / "warc"])
    assert again.added == 0 and store.counts() == counts
