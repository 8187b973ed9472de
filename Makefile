# The README's two commands are `make run` and `make test`; everything else is what they call.
SHELL := /bin/bash
.DEFAULT_GOAL := run

WEB := web
SERVER := server
VENV := $(SERVER)/.venv
PY := $(VENV)/bin/python
NODE_STAMP := $(WEB)/node_modules/.installed
VENV_STAMP := $(VENV)/.installed
WEB_SOURCES := $(shell find $(WEB)/src $(WEB)/index.html $(WEB)/vite.config.ts schema -type f 2>/dev/null)
DIST := $(WEB)/dist/index.html
CLI := $(WEB)/dist-cli/executioner-studio.mjs
PORT ?= 8765
WORKSPACE ?= examples

.PHONY: run setup test lint typecheck unit server-test e2e airflow-test bench clean

run: setup
	bin/executioner-studio serve --port $(PORT) --workspace $(WORKSPACE)

setup: $(NODE_STAMP) $(VENV_STAMP) $(DIST) $(CLI)

$(NODE_STAMP): $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund
	touch $@

$(VENV_STAMP): $(SERVER)/pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '$(SERVER)[dev]'
	touch $@

$(DIST): $(NODE_STAMP) $(WEB_SOURCES)
	cd $(WEB) && npx vite build
	touch $@

$(CLI): $(NODE_STAMP) $(shell find $(WEB)/src/domain $(WEB)/cli schema -type f 2>/dev/null) $(WEB)/scripts/build-cli.mjs \
		$(WEB)/src/features/canvas/waveLayout.ts $(WEB)/src/features/canvas/waveOrder.ts \
		$(WEB)/src/features/canvas/wavePlacement.ts $(WEB)/src/features/canvas/layoutTypes.ts
	cd $(WEB) && node scripts/build-cli.mjs

test: setup lint typecheck unit server-test e2e airflow-test

lint: $(NODE_STAMP) $(VENV_STAMP)
	cd $(WEB) && npm run --silent lint
	$(VENV)/bin/ruff check $(SERVER)
	$(VENV)/bin/ruff format --check $(SERVER)

typecheck: $(NODE_STAMP) $(VENV_STAMP)
	cd $(WEB) && npm run --silent typecheck
	cd $(SERVER) && .venv/bin/mypy

unit: $(NODE_STAMP)
	cd $(WEB) && npx vitest run

server-test: $(VENV_STAMP)
	cd $(SERVER) && .venv/bin/pytest -q

e2e: setup
	cd $(WEB) && npx playwright test && npx playwright test -c playwright.server.config.ts

# Real Apache Airflow in a venv of its own (not the server's: it pins Flask, SQLAlchemy and more),
# installed once (about 1-2 min from PyPI) with the versions it was tested with.
AIRFLOW_VERSION := 2.11.2
AIRFLOW_VENV := .cache/airflow-venv
AIRFLOW_STAMP := $(AIRFLOW_VENV)/.installed-$(AIRFLOW_VERSION)

$(AIRFLOW_STAMP): tests/airflow/constraints.txt
	python3 -m venv $(AIRFLOW_VENV)
	$(AIRFLOW_VENV)/bin/pip install --quiet --disable-pip-version-check \
		"apache-airflow==$(AIRFLOW_VERSION)" pytest --constraint tests/airflow/constraints.txt
	touch $@

# Exported DAGs loaded by Airflow's DagBag and run with `airflow dags test` (tests/airflow).
airflow-test: $(AIRFLOW_STAMP) $(CLI)
	$(AIRFLOW_VENV)/bin/pytest -q -p no:cacheprovider tests/airflow

bench: setup
	cd $(WEB) && node bench/run.mjs
	cd $(WEB) && node bench/export.mjs
	cd $(WEB) && node bench/domain.mjs

clean:
	rm -rf $(WEB)/dist $(WEB)/dist-cli $(WEB)/node_modules $(VENV) $(AIRFLOW_VENV)
