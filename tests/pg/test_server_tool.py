"""tools/pg-test-server and the rule that CI never skips the PostgreSQL tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import TOOL, _missing


def test_a_missing_server_is_a_skip_here_and_a_failure_in_ci(monkeypatch):
    monkeypatch.delenv("CI_REQUIRE_PG", raising=False)
    with pytest.raises(pytest.skip.Exception):
        _missing("no PostgreSQL")
    monkeypatch.setenv("CI_REQUIRE_PG", "1")
    with pytest.raises(pytest.fail.Exception):
        _missing("no PostgreSQL")


def test_ci_installs_postgresql_and_requires_it():
    from pathlib import Path

    ci = (Path(TOOL).parents[1] / ".ci" / "run").read_text()
    assert "postgresql" in ci.split("apt-get install", 1)[1].split(">/dev/null", 1)[0]
    assert "export CI_REQUIRE_PG=1" in ci


def test_the_tool_finds_the_server_programs(pg_server):
    done = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip().endswith("bin")
    assert pg_server.url().startswith("postgresql://postgres@/postgres?host=")
