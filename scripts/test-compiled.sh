#!/usr/bin/env bash
# The test suite against the compiled parser (what `pip install .` builds with mypyc, see setup.py).
#   - a virtual environment of its own (.venv-compiled, or $ATTRIBUTION_COMPILED_VENV) with the package
#     installed as a wheel, not editable, so compiled; it stops if attribution.parse is not compiled
#   - pytest run from a copy of the checkout without attribution/, so every import is the installed package
#     (the two packaging tests that build wheels from the checkout's sources cannot run there)
# Takes ~2 minutes to compile, then the suite. Usage: bash scripts/test-compiled.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
venv=${ATTRIBUTION_COMPILED_VENV:-$repo/.venv-compiled}

python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q --upgrade pip
"$venv/bin/python" -m pip install -q "$repo[test]"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/repo"
git ls-files -z | grep -zv '^attribution/' | xargs -0 cp --parents -t "$work/repo"
if [ -d "$repo/../shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"; fi
cd "$work/repo"
"$venv/bin/python" -c 'import sys, attribution.parse as p
sys.exit(None if p.__file__.endswith(".so") else f"attribution.parse is not compiled: {p.__file__}")'
"$venv/bin/python" -m pytest -q -p no:cacheprovider \
    --deselect tests/test_packaging.py::test_ATTRIBUTION_PURE_builds_a_pure_python_wheel \
    --deselect tests/test_packaging.py::test_a_compiler_that_fails_gives_a_pure_python_wheel_and_a_warning "$@"
