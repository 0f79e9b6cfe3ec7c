# CondorPress: `make site` publishes the bundled sample into Output/, `make test` runs every test.
SWIFT ?= swift
# System packages the build needs (Debian names): cmark-gfm for Markdown, SQLite for the archive.
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev cmark-gfm libsqlite3-dev pkg-config

.PHONY: all deps build release site test bench clean

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

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product condorpress

site: release
	.build/release/condorpress build

test: deps
	$(SWIFT) test

clean:
	rm -rf .build Output/*
