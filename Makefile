# Investment-promotion portal. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORTAL_CACHE ?= $(HOME)/.cache/portal
MESSAGES_IGNORE := --ignore=.venv --ignore=var --ignore=tests --ignore=bench --ignore=static/vendor

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the pinned packages
	@$(PY) cms/catalogues.py

run: install ## Set up the embedded demo site (SQLite) and serve it on 127.0.0.1:$(PORT)
	@scripts/system-packages.sh fonts
	@scripts/run.sh $(PORT)

test: install ## The whole suite on real PostgreSQL, Elasticsearch, SMTP and Chromium
	@scripts/test.sh

prod: install ## The production-shaped stack through nginx and Varnish on 127.0.0.1:$(PORT) (default 8080) until Ctrl-C
	@scripts/system-packages.sh postgres maven redis nginx varnish fonts
	@PORT=$(if $(filter file,$(origin PORT)),8080,$(PORT)) $(PY) scripts/prod.py

bench: install ## Performance figures: search (100,000 documents) and HTTP (floor, pages, inquiries, memory)
	@scripts/bench.sh

relevance: install ## The relevance set: nDCG@5, P@1, recall@10, zero results per backend and language (before → after)
	@scripts/relevance.sh

profile: install ## Where an uncached render of PAGE goes (queries, ratio to the floor, cProfile top functions); needs the demo in DATABASE_URL
	PAGE="$(PAGE)" $(VENV)/bin/python bench/profile_page.py

screenshots: install ## PNGs of a project page, its fact sheet and a status page in ja, ko, zh-hans into var/screenshots/; needs the demo in DATABASE_URL
	@$(PY) scripts/screenshots.py

lint: install ## ruff (lint and format check), the import contracts (no cycle, imports one way), Django checks, missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run

format: install ## Format the code with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

messages: install ## Extract UI strings into locale/*/LC_MESSAGES/django.po (needs GNU gettext)
	@scripts/system-packages.sh gettext
	$(PY) manage.py makemessages --all --no-location --no-obsolete $(MESSAGES_IGNORE)

lock: ## Re-pin requirements*.txt from requirements*.in in a throw-away virtualenv
	@scripts/lock.sh

.PHONY: help install run test prod bench profile relevance screenshots lint format messages lock
