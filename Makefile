# `make run`: install, ingest the bundled examples, serve the UI.  `make test`: install with dev deps, run the tests.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip install -q --disable-pip-version-check -c requirements.lock
HOST ?= 127.0.0.1
PORT ?= 8000
DB ?= storyline.db

.PHONY: run test bench install install-dev lexicons clean

# pip 23 (the one venv brings) trips over lxml's extras under constraints: a pinned newer pip first
$(VENV)/bin/python:
	python3 -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check pip==26.3

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml requirements.lock
	$(PIP) -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PIP) -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(VENV)/bin/storyline ingest examples/ --db $(DB)
	@echo "Storyline is serving the example story on http://$(HOST):$(PORT)  (Ctrl-C stops it)"
	$(VENV)/bin/storyline serve --db $(DB) --host $(HOST) --port $(PORT)

test: install-dev
	$(PY) -m pytest

bench: install-dev
	@for script in benchmarks/*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

lexicons: install-dev
	$(PY) scripts/build_lexicons.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
