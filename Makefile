# Quick start: `make demo` and `make test` work on a fresh clone with only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-slow lint bench clean setup recognition agreement policies

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/aibeleid-check check --format rich policies/voorbeeld.yaml --a4 build/voorbeeld.pdf
	$(BIN)/aibeleid-check render policies/voorbeeld.yaml -o build/voorbeeld.png
	@echo "A4: build/voorbeeld.pdf and build/voorbeeld.png"

# PYTHONDONTWRITEBYTECODE is emptied so that pytest keeps its rewritten test modules between runs (7 s of
# collection on every run otherwise, where the environment sets it).
test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -m "not slow" -n 2

# Tests that drive real clients (pre-commit under a pty, yaml-language-server, headless Chromium); each
# skips with its reason when its client cannot be had. .ci/run runs them after `make test`.
test-slow: $(STAMP)
	$(BIN)/python -m pytest -m slow; status=$$?; [ $$status -eq 0 ] || [ $$status -eq 5 ] || exit $$status

lint: $(STAMP)
	$(BIN)/ruff check src tests bench plugins
	$(BIN)/ruff format --check src tests bench plugins
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Recognition measured on the held-out half of the real-policy corpus (tests/data/recognition).
recognition: $(STAMP)
	$(BIN)/python tests/recognition_eval.py --split heldout

# How far two blind labellers agree on the held-out half, and the engine where they agree.
agreement: $(STAMP)
	$(BIN)/python tests/recognition_agreement.py --split heldout

# Real policies read as files (headings, lists), held-out half: the verdict a user gets.
policies: $(STAMP)
	$(BIN)/python tests/policy_eval.py --split heldout

clean:
	rm -rf $(VENV) build
