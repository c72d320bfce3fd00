"""The served UI in a real headless browser: `storyline serve` on 127.0.0.1, Chromium renders the story page."""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import EXAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "e2e.db"
    cli = [sys.executable, "-m", "storyline.cli"]
    subprocess.run(cli + ["ingest", str(EXAMPLES), "--db", str(db)], check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen(cli + ["serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/stories", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("storyline serve did not answer: " + proc.stderr.read().decode())
    yield base
    proc.terminate()
    proc.wait(10)


def _browser(args, tmp_path):
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (.ci/run installs it)")
def test_story_page_renders_the_timeline_in_chromium(server, tmp_path):
    dom = _browser(["--dump-dom", server + "/stories/1"], tmp_path).stdout
    assert dom.index("2017-09-15") < dom.index("after 2018-06-05") < dom.index("2023-01-18..2023-01-19")
    assert 'class="entry mentioned"' in dom
    shot = tmp_path / "story.png"
    _browser([f"--screenshot={shot}", "--window-size=1200,1400", server + "/stories/1"], tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
