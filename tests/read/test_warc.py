from storyline.read import read_paths


def test_news_warc_yields_every_html_page(shared_data):
    docs = list(read_paths([shared_data / "warc" / "news-zyte-benchmark-181.warc.gz"]))
    assert len(docs) == 181
    assert all(d.kind == "html" and d.url.startswith("http") and d.fetched for d in docs)


def test_truncated_records_are_reported_not_read(shared_data):
    errors = []
    docs = list(read_paths([shared_data / "warc" / "resiliparse-clipped.warc.gz"], errors.append))
    assert docs == []
    assert len(errors) == 1 and "truncated record" in str(errors[0]) and "resiliparse-clipped" in str(errors[0])


def test_whole_warc_folder_is_read_and_broken_files_do_not_stop_it(shared_data):
    errors = []
    docs = list(read_paths([shared_data / "warc"], errors.append))
    assert len(docs) > 250
    assert any("truncated" in str(e) for e in errors)


def test_redirects_and_error_answers_are_not_pages(shared_data):
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    path = shared_data / "warc" / "ukwa-IAH-urls-wget.warc.gz"
    with open(path, "rb") as fh:
        status = {r.record_id: r.http_headers.status_code
                  for r in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True)}
    docs = list(read_paths([path]))
    assert sum(300 <= s < 400 for s in status.values()) == 9  # each a "301/302 Moved" notice of nginx
    assert docs and all(status[d.source.split("#")[1]] == 200 for d in docs)
