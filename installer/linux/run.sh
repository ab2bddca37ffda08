#!/usr/bin/env bash
# Install CĐTT Desktop from this checkout into .venv and start it.
# Usage: bash installer/linux/run.sh [--data-dir DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
exec .venv/bin/cdtt-desktop "$@"
