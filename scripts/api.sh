#!/usr/bin/env bash
# Install the runtime dependencies into .venv, build the store from data/raw when it is missing, and serve
# it read-only as JSON and SQL through Datasette at http://127.0.0.1:8001 (options: --db, --host, --port).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -r requirements.txt
exec .venv/bin/python -m figures api "$@"
