# Two commands do all the set-up on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
PORT ?= 8000
HOST ?= 127.0.0.1
# Debian packages the tests use: caddy (the proxy test), chromium (browser tests),
# poppler-utils (pdfsig and pdftoppm check signed documents).
TEST_DEBS := caddy chromium poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: bench-documents run test test-sqlite test-postgres lint format migrate messages system-packages clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==0.13.9

$(VENV)/.run-installed: $(UV) requirements.lock pyproject.toml
	$(UV) pip install --quiet --python $(PY) -r requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	touch $@

$(VENV)/.dev-installed: $(VENV)/.run-installed requirements-dev.lock
	$(UV) pip install --quiet --python $(PY) -r requirements-dev.lock
	touch $@

run: $(VENV)/.run-installed
	$(PY) main.py serve --host $(HOST) --port $(PORT)

migrate: $(VENV)/.run-installed
	$(PY) main.py migrate

system-packages:
	@missing=""; for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test: $(VENV)/.dev-installed system-packages
	$(VENV)/bin/ruff check src tests main.py db bench
	@status=0; $(MAKE) --no-print-directory test-sqlite || status=1; \
	if [ -n "$$TEST_POSTGRES_URL" ]; then $(MAKE) --no-print-directory test-postgres || status=1; \
	else echo "TEST_POSTGRES_URL is not set: the PostgreSQL run is skipped."; fi; \
	exit $$status

test-sqlite:
	@echo "== tests on SQLite"
	TEST_DATABASE=sqlite $(PY) -m pytest -q

test-postgres:
	@echo "== tests on PostgreSQL"
	TEST_DATABASE=postgres $(PY) -m pytest -q

# Time and size of rendering and signing each document type; leaves the PDFs in var/.
bench-documents: $(VENV)/.run-installed
	$(PY) bench/documents.py var/bench-documents

lint: $(VENV)/.dev-installed
	$(VENV)/bin/ruff check src tests main.py db bench
	$(VENV)/bin/ruff format --check src tests main.py db bench --exclude db/migrations

format: $(VENV)/.dev-installed
	$(VENV)/bin/ruff format src tests main.py db bench --exclude db/migrations
	$(VENV)/bin/ruff check --fix src tests main.py db

clean:
	rm -rf $(VENV) db/*.sqlite3*

# Refresh the English catalogue after changing texts in code or templates.
messages: $(VENV)/.dev-installed
	$(VENV)/bin/pybabel extract -F babel.cfg -k N_ -k _ --no-location --omit-header -o /tmp/adminduk-messages.pot .
	$(VENV)/bin/pybabel update -i /tmp/adminduk-messages.pot -d src/adminduk/translations -D messages --no-fuzzy-matching --omit-header
