#!/usr/bin/env bash
# Create .venv (if missing) and install safebot into it. Extra arguments are pip extras, e.g. "dev".
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
extras=""
if [ $# -gt 0 ]; then
    extras="[$(IFS=,; echo "$*")]"
fi
stamp=".venv/.installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e ".${extras}"
    touch "$stamp"
fi

# A CJK font for the Chinese labels of the statistics charts (storage/charts.py). Only when none
# is installed and we are root; never fatal: without it the charts fall back to English labels.
if [ -z "$(fc-list :lang=zh 2>/dev/null || true)" ] \
    && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing a CJK font (fonts-wqy-microhei) for chart labels" >&2
    export DEBIAN_FRONTEND=noninteractive
    (apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1; }) \
        || echo "could not install a CJK font: charts will use English labels" >&2
fi
