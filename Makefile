# Quick start: `make demo` and `make test` work on a fresh clone with only python3 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean setup recognition

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

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Recognition measured on the held-out half of the real-policy corpus (tests/data/recognition).
recognition: $(STAMP)
	$(BIN)/python tests/recognition_eval.py --split heldout

clean:
	rm -rf $(VENV) build
