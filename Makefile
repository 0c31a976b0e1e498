# Two commands set everything up on a fresh machine (Python 3.11+, make):
#   make site   -> .venv with pinned dependencies, briefings generated, site built into site/
#   make test   -> the same environment, then lint, format check and the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test lint format briefings check serve eval bench browser clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

site: $(STAMP)
	$(BIN)/briefings build

briefings: $(STAMP)
	$(BIN)/briefings generate

check: $(STAMP)
	$(BIN)/briefings check

serve: $(STAMP)
	$(BIN)/briefings serve

# Debian's Chromium and playwright-core for the browser tests (skipped if they cannot be had).
browser:
	@bash tests/browser/setup.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: $(STAMP) browser lint
	$(BIN)/python -m pytest -n 2 --dist loadfile

eval: $(STAMP)
	$(BIN)/briefings eval ../shared/eval/gold ../shared/eval/articles

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) site .pytest_cache .ruff_cache
