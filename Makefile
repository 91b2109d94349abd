# docverify: two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APT := $(VENV)/.apt-done
STAMP_PY := $(VENV)/.py-done
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng fonts-ocr-b fonts-dejavu-core postgresql \
	libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 \
	xvfb xauth libpulse0
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test setup model name-prior bench fuzz lint clean check-samples package package-test

run: setup
	$(BIN)/docverify-desktop || $(BIN)/docverify check resources/samples/*

test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m coverage run -m pytest -q tests
	$(BIN)/python -m coverage report

setup: $(STAMP_APT) $(STAMP_PY)

$(STAMP_APT): Makefile
	@mkdir -p $(VENV)
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi
	@touch $@

$(STAMP_PY): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[gui,test]"
	@touch $@

check-samples: setup
	$(BIN)/docverify check resources/samples/*

# Slow: retrains the MRZ recognizer and rewrites resources/models/ (not part of `make test`).
model: setup
	$(BIN)/python -m pip install -q -r training/requirements.txt
	$(BIN)/python training/train_recognizer.py

# Rebuilds resources/data/name_trigrams.tsv, the reader's name prior (seconds; not in `make test`).
name-prior: setup
	$(BIN)/python -m pip download -q names==0.3.0 --no-deps --no-binary :all: -d build/names-sdist
	$(BIN)/python training/build_name_prior.py --census build/names-sdist/names-0.3.0.tar.gz

# Benchmarks against the peers (PassportEye, plain rapidfuzz, nomenklatura): slow, not part of
# `make test`. nomenklatura needs PyICU, which builds from source against libicu-dev.
bench: setup
	@dpkg -s libicu-dev pkg-config g++ >/dev/null 2>&1 || (DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libicu-dev pkg-config g++)
	$(BIN)/python -m pip install -q -e ".[bench,fuzz]"
	$(BIN)/python tests/benchmarks/bench_mrz.py
	$(BIN)/python tests/benchmarks/bench_checks.py
	$(BIN)/python tests/benchmarks/bench_screening_quality.py
	$(BIN)/python tests/benchmarks/bench_screening_speed.py
	$(BIN)/python tests/benchmarks/bench_chip.py
	$(BIN)/python tests/benchmarks/bench_hostile.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/benchmarks/bench_ui_latency.py

# One-folder desktop app in dist/docverify/ (tesseract and resources bundled), then its test;
# see packaging/README.md. Builds from the virtualenv as it is (the project is installed
# editable): the venv is created if missing, never reinstalled because pyproject.toml changed.
package: $(STAMP_APT) | $(STAMP_PY)
	@test -x $(BIN)/pyinstaller || $(BIN)/python -m pip install -q "pyinstaller>=6.6"
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/docverify.spec
	$(MAKE) --no-print-directory package-test

# The bundle in dist/ starts offscreen and gives the checkout's verdicts (not part of `make test`).
package-test: $(STAMP_APT) | $(STAMP_PY)
	QT_QPA_PLATFORM=offscreen DOCVERIFY_PACKAGE=dist/docverify $(BIN)/python -m pytest -q \
		-p no:cacheprovider packaging/test_bundle.py

# Fuzzing (atheris): a fixed number of inputs per target; prints the counts and any crash.
fuzz: setup
	$(BIN)/python -m pip install -q -e ".[fuzz]"
	for target in parser loader importers; do \
		$(BIN)/python tests/benchmarks/fuzz_inputs.py --runs 5000 --target $$target 2>&1 | grep '^fuzz \|^  [0-9]'; \
	done

lint: setup
	$(BIN)/ruff check desktop tests

clean:
	rm -rf $(VENV) build dist .pytest_cache
