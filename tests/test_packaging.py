"""Packaging: setup.py compiles the parser with mypyc for wheels only, and falls back to pure Python.

An editable checkout must run its source files (an edit is never shadowed by a stale compiled module), and
a wheel must install as pure Python when `ATTRIBUTION_PURE=1` is set or compiling fails. The two wheel
builds go through pip's build isolation, as `pip install .` does (about 25 s together).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

import pytest

from attribution.parse import parse

REPO = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def setup_script() -> ModuleType:
    """setup.py loaded as a module (its `setup()` call runs only as __main__)."""
    spec = importlib.util.spec_from_file_location("attribution_setup", REPO / "setup.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_checkout_holds_no_compiled_module_that_would_shadow_its_source() -> None:
    compiled = [
        path.relative_to(REPO)
        for path in (REPO / "attribution").rglob("*")
        if path.name.endswith(tuple(EXTENSION_SUFFIXES))
    ]
    assert compiled == [], "compiled modules in the source tree run instead of the .py files beside them"


@pytest.mark.parametrize(
    ("argv", "pure", "compiles"),
    [
        (["bdist_wheel", "--dist-dir", "x"], "", True),
        (["build_ext"], "", True),
        (["bdist_wheel"], "0", True),
        (["bdist_wheel"], "1", False),
        (["editable_wheel", "--dist-info-dir", "x"], "", False),
        (["develop"], "", False),
        (["egg_info"], "", False),
        (["dist_info"], "", False),
        (["sdist"], "", False),
    ],
)
def test_setup_compiles_only_wheels_and_builds_unless_told_to_stay_pure(
    setup_script: ModuleType, argv: list[str], pure: str, compiles: bool
) -> None:
    environ = {"ATTRIBUTION_PURE": pure} if pure else {}
    assert (setup_script.pure_reason(argv, environ) is None) is compiles


def test_setup_never_builds_compiled_modules_into_the_source_tree(
    setup_script: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from setuptools import Distribution, Extension

    (tmp_path / "probe.c").write_text("#error the build must not get this far\n")
    dist = Distribution({"ext_modules": [Extension("probe", [str(tmp_path / "probe.c")])]})
    command = setup_script.OptionalBuildExt(dist)
    command.inplace = True
    command.ensure_finalized()
    command.run()
    assert "no in-place build" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [tmp_path / "probe.c"]


def build_wheel(tmp_path: Path, **env: str) -> tuple[Path, str]:
    """A wheel of a copy of the project (the checkout is left as it is), and pip's verbose output."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "attribution", source / "attribution", ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(tmp_path / "dist"), str(source)]
    run = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **env}, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    (wheel,) = (tmp_path / "dist").glob("attribution-*.whl")
    return wheel, run.stdout + run.stderr


def wheel_files(wheel: Path) -> list[str]:
    """The files a wheel installs, by their path in site-packages."""
    with zipfile.ZipFile(wheel) as archive:
        return [name.split(".data/purelib/", 1)[-1] for name in archive.namelist()]


def parse_with(wheel: Path, tmp_path: Path, article: Path) -> str:
    """The parse result (its repr) of an Arabic article by the package a wheel installs."""
    target = tmp_path / "installed"
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)]
    subprocess.run(install, check=True, capture_output=True, timeout=300)
    script = (
        "import sys, attribution.parse as p; assert p.__file__.startswith(sys.argv[1]), p.__file__;"
        "print(repr(p.parse(open(sys.argv[2], encoding='utf-8').read(), 'ar')))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c", script, str(target), str(article)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return run.stdout.strip()


def test_ATTRIBUTION_PURE_builds_a_pure_python_wheel(tmp_path: Path) -> None:
    wheel, _ = build_wheel(tmp_path, ATTRIBUTION_PURE="1")
    files = wheel_files(wheel)
    assert wheel.name.endswith("-py3-none-any.whl")
    assert "attribution/parse/claims.py" in files
    assert not [f for f in files if f.endswith(tuple(EXTENSION_SUFFIXES))]
    seed = next((REPO / "seeds").glob("*.txt"))
    assert parse_with(wheel, tmp_path, seed) == repr(parse(seed.read_text(encoding="utf-8"), "ar"))


def test_a_compiler_that_fails_gives_a_pure_python_wheel_and_a_warning(tmp_path: Path) -> None:
    wheel, output = build_wheel(tmp_path, CC="false")
    files = wheel_files(wheel)
    assert "attribution: compiling failed" in output
    assert "attribution/parse/claims.py" in files
    assert not [f for f in files if f.endswith(tuple(EXTENSION_SUFFIXES))]
    seed = next((REPO / "seeds").glob("*.txt"))
    assert parse_with(wheel, tmp_path, seed) == repr(parse(seed.read_text(encoding="utf-8"), "ar"))
