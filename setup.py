"""Builds the parser's hot modules as C extensions with mypyc when a wheel is built (`pip install .`).

The compiled parser gives the same output as the Python one with about 1.4x fewer instructions per
article (bench/README.md). Everything else in the package stays Python, and so does everything when

- the install is editable (`pip install -e .`, the README's commands and CI): the source files are then
  what runs, so an edit is never shadowed by a compiled module built from an older version of the file;
- `ATTRIBUTION_PURE=1` is set at install time;
- compiling is impossible or fails (no mypyc, no C compiler or Python headers): a warning says why and
  the wheel is pure Python.

Metadata and the rest of the configuration are in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

# The modules a parse spends its time in. `attribution.model` stays Python: the storage layer subclasses
# ParseResult (a compiled class cannot be subclassed by Python code).
COMPILED = (
    "attribution/parse",
    "attribution/lexicons/__init__.py",
    "attribution/lexicons/lists.py",
    "attribution/tokens.py",
    "attribution/textnorm.py",
    "attribution/registry/entry.py",
    "attribution/registry/load.py",
    "attribution/registry/match.py",
    "attribution/registry/words.py",
)
PURE_ENV = "ATTRIBUTION_PURE"
EDITABLE_COMMANDS = frozenset({"editable_wheel", "develop"})
BUILD_COMMANDS = frozenset({"bdist_wheel", "build", "build_ext", "install"})


def pure_reason(argv: Sequence[str], environ: Mapping[str, str]) -> str | None:
    """Why this setup.py run builds no C extension, or None when it compiles."""
    if environ.get(PURE_ENV, "") not in ("", "0"):
        return f"{PURE_ENV}={environ[PURE_ENV]}"
    if EDITABLE_COMMANDS.intersection(argv):
        return "editable install (the source files run as they are)"
    if not BUILD_COMMANDS.intersection(argv):
        return "nothing is built by this command"
    return None


def warn(message: str) -> None:
    print(f"attribution: {message}; installing pure Python", file=sys.stderr)


def compiled_extensions(argv: Sequence[str]) -> list[Extension]:
    reason = pure_reason(argv, os.environ)
    if reason is not None:
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        warn("mypyc is not available")
        return []
    try:
        return list(mypycify(list(COMPILED)))  # paths from the project root, where setuptools runs this
    except (Exception, SystemExit) as exc:  # mypyc reports a refused module by exiting
        warn(f"mypyc failed ({exc!r})")
        return []


class OptionalBuildExt(build_ext):
    """Builds all the extensions or none: on a compiler error the wheel is pure Python, not half compiled
    (compiled modules call each other's C code directly, so a partial set would not load). Never in place."""

    def run(self) -> None:
        if self.inplace:  # `build_ext --inplace`: compiled modules beside the sources would shadow them
            warn("no in-place build (compiled modules would run instead of the .py files beside them)")
            return
        try:
            super().run()
        except Exception as exc:  # CompileError, LinkError, a missing compiler (DistutilsExecError, OSError)
            built: list[Extension] = self.extensions
            for ext in built:
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            del built[:]
            warn(f"compiling failed ({exc})")


if __name__ == "__main__":
    setup(ext_modules=compiled_extensions(sys.argv[1:]), cmdclass={"build_ext": OptionalBuildExt})
