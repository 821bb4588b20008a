#!/usr/bin/env bash
# Set up (first time) and run the bot. Needs SAFEBOT_TELEGRAM_TOKEN in the environment or in .env.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/safebot run "$@"
