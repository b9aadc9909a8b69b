# legpain-gui: `make run` starts the app, `make test` runs the tests. Either sets everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
KB     := db/legpain.sqlite
KB_SOURCES := $(wildcard db/*.yaml db/conditions/*.yaml) $(wildcard legpain_gui/kbbuild/*.py) legpain_gui/kb/schema.py legpain_gui/kb/vocab.py legpain_gui/kb/file.py

.PHONY: all venv db run test bench package package-test nsis-check sysdeps packagedeps clean validation evaluate

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

# The build's dependency scan needs every library the bundle links to on this machine, X11 ones included.
packagedeps:
	@bash .ci/system-deps.sh --package

db: $(KB)

$(KB): $(STAMP) $(KB_SOURCES)
	$(BIN)/python db/build.py

run: $(STAMP) $(KB)
	@bash .ci/system-deps.sh --x11
	$(BIN)/legpain-gui

# --x11: tests/packaging reads which package owns each library Qt links to, so those must be installed
test: $(STAMP) $(KB) sysdeps
	@bash .ci/system-deps.sh --clinic
	@bash .ci/system-deps.sh --x11
	$(BIN)/python -m pytest -q

VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' legpain_gui/__init__.py)
PKG_STAMP := $(VENV)/.package-stamp

$(PKG_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	@touch $(PKG_STAMP)

package: packagedeps $(PKG_STAMP) $(KB)
	@command -v dpkg-deb >/dev/null || { echo "make package needs dpkg-deb (Debian/Ubuntu)"; exit 1; }
	$(BIN)/python packaging/make_icons.py build/icons
	$(BIN)/pyinstaller packaging/legpain_gui.spec --distpath dist --workpath build/pyinstaller --noconfirm --log-level WARN
	bash packaging/linux/build_deb.sh $(VERSION)

package-test: package
	bash packaging/linux/smoke_test.sh $(VERSION)
	$(BIN)/python packaging/bench_package.py

# The Windows installer, built and smoke-tested here under Wine (heavy: not part of `make test`).
.PHONY: windows
windows: $(PKG_STAMP) $(KB) sysdeps
	bash packaging/windows/build.sh $(VERSION)
	bash packaging/windows/smoke_test.sh $(VERSION)
	bash packaging/windows/upgrade_test.sh $(VERSION)

nsis-check: $(PKG_STAMP)
	bash packaging/windows/check_nsis.sh $(VERSION)

# The checker's figures on the published cases, written where Help -> "How the checker works and how well"
# reads them; a test fails when they no longer match a fresh evaluation.
validation: $(STAMP) $(KB)
	$(BIN)/python tests/eval/evaluate.py --published-only --write-validation resources/help/validation.json

evaluate: $(STAMP) $(KB)
	$(BIN)/python tests/eval/evaluate.py -v

# The app's modules are compiled first, as an installed copy has them (a shell with PYTHONDONTWRITEBYTECODE set
# would otherwise measure compiling the sources at every start).
bench: $(STAMP) $(KB) sysdeps
	$(BIN)/python -m compileall -q legpain_gui
	$(BIN)/python tests/bench/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache $(KB) db/legpain.manifest.json
