#!/usr/bin/env bash
# Set up (first time) and run every check: ruff, mypy and the pytest suite.
# PostgreSQL tests run when SAFEBOT_TEST_DATABASE_URL is set (e.g. postgresql://postgres@127.0.0.1:5432/test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh dev
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
exec .venv/bin/python -m pytest -q "$@"
