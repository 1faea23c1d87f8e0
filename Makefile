# NRM Desk — developer commands. `make demo` and `make test` work on a fresh machine with Python 3.11 and make.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSDEPS := poppler-utils qpdf mupdf-tools zbar-tools libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 chromium fonts-noto-core
export QT_QPA_PLATFORM ?= offscreen

.PHONY: demo test lint bench dist dist-sysdeps dist-check dist-archive i18n sysdeps venv clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[central,dev]'
	touch $(STAMP)

venv: $(STAMP)

# System packages the tests use (pdftoppm for golden images, qpdf and mutool for PDF checks, Qt's libraries,
# chromium and Noto fonts for the hub's browser tests).
sysdeps:
	@missing=""; for p in $(SYSDEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing >/dev/null; \
	fi

demo: $(STAMP)
	@$(BIN)/python -m app.demo_main

test: $(STAMP) sysdeps
	$(MAKE) lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check app protocol central tests bench
	$(BIN)/mypy app/domain app/crypto app/storage app/sync protocol central

i18n: $(STAMP)
	$(BIN)/python -m app.ui.i18n_build

bench: $(STAMP)
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# X11 libraries Qt's xcb platform plugin needs that a minimal system lacks: installed on the build machine so
# the Linux build carries them and runs on any X11 desktop; Xvfb lets dist-check start the app on X11.
DIST_SYSDEPS := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 xvfb
dist-sysdeps:
	@missing=""; for p in $(DIST_SYSDEPS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing >/dev/null; \
	fi

# The desktop client as one folder, dist/nrm-desk/, for this platform (pyinstaller.spec; see docs/install.md).
dist: $(STAMP) dist-sysdeps
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN pyinstaller.spec
	@echo "built dist/nrm-desk ($$(du -sh dist/nrm-desk | cut -f1))"

# Run the built folder as a post laptop would: clean environment, no venv (tests/frozen/check_frozen.sh).
dist-check:
	tests/frozen/check_frozen.sh dist/nrm-desk --screenshots out/frozen-screenshots

# A versioned archive of the folder with its SHA-256, for copying to posts.
dist-archive:
	@test -x dist/nrm-desk/nrm-desk || { echo "run make dist first" >&2; exit 1; }
	@v=$$(dist/nrm-desk/nrm-desk --version | cut -d' ' -f2); a="nrm-desk-$$v-linux-$$(uname -m).tar.gz"; \
	  tar -C dist -czf "dist/$$a" nrm-desk && (cd dist && sha256sum "$$a" > "$$a.sha256") && echo "dist/$$a" && cat "dist/$$a.sha256"

clean:
	rm -rf build dist .pytest_cache .ruff_cache
