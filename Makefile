# legpain-gui: `make run` starts the app, `make test` runs the tests. Either sets everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
KB     := db/legpain.sqlite
KB_SOURCES := $(wildcard db/*.yaml db/conditions/*.yaml) $(wildcard legpain_gui/build/*.py) legpain_gui/core/schema.py

.PHONY: all venv db run test bench package package-test sysdeps clean

all: test

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "legpain-gui needs Python 3.11 or newer; found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): install python3-venv (apt-get install python3-venv)"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

sysdeps:
	@bash .ci/system-deps.sh

db: $(KB)

$(KB): $(STAMP) $(KB_SOURCES)
	$(BIN)/python db/build.py

run: $(STAMP) $(KB)
	@bash .ci/system-deps.sh --x11
	$(BIN)/legpain-gui

test: $(STAMP) $(KB) sysdeps
	$(BIN)/python -m pytest -q

bench: $(STAMP) $(KB) sysdeps
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache $(KB) db/legpain.manifest.json
