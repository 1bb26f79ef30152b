#!/usr/bin/env bash
# Install the runtime dependencies into .venv and start the dashboard on the bundled reports.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -r requirements.txt
exec .venv/bin/streamlit run app.py "$@"
