# intloffice — `make help` lists every target.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?= -n 2
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install install-dev run setup test lint fmt messages translations bench bench-pages backup restore clean

help: ## List every target with what it does
	@grep -hE '^[a-z-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-13s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed ## Create .venv and install the pinned runtime requirements

install-dev: $(VENV)/.installed-dev ## Install the runtime, test and lint requirements

translations: install ## Compile locale/*.po to .mo (no system gettext needed)
	$(BIN)/python manage.py compile_translations

setup: install translations ## Migrate the SQLite database, load demo content, create the demo admin
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py demo_admin

run: setup ## Set everything up and serve the site at http://127.0.0.1:8000/
	@echo "Serving the site at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install-dev translations ## Run the whole test suite (SQLite unless DATABASE_URL is set)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev ## ruff check and ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: install-dev ## Format and fix the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The same options as MAKEMESSAGES_ARGS in intloffice/management/commands/check_translations.py.
messages: install-dev ## Update locale/ar/LC_MESSAGES/django.po from the code (needs GNU gettext)
	$(BIN)/python manage.py makemessages -l ar --no-location --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench
	$(BIN)/python manage.py compile_translations

bench: install-dev translations ## Load benchmark: gunicorn + wrk against the floor, then nginx (bench/load.py)
	$(BIN)/python bench/load.py $(BENCH_ARGS)

bench-pages: install-dev translations ## Per-page medians and query counts through the test client (bench/run.py)
	$(BIN)/python bench/run.py

backup: install ## Back up the database and every uploaded file (private documents too) to DJANGO_BACKUP_DIR
	$(BIN)/python manage.py dbbackup --clean --compress
	$(BIN)/python manage.py mediabackup --clean --compress

restore: install ## Restore the newest backup into this installation (asks first; RESTORE_ARGS=--noinput does not)
	$(BIN)/python manage.py dbrestore --uncompress $(RESTORE_ARGS)
	$(BIN)/python manage.py mediarestore --uncompress --replace $(RESTORE_ARGS)

clean: ## Remove the virtualenv and the local database, media and static files
	rm -rf $(VENV) var
