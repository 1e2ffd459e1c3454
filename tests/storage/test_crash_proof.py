"""A short run of the kill -9 proof (bench/crash_proof.py runs the long one)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_killed_writers_lose_nothing_committed(tmp_path):
    spec = importlib.util.spec_from_file_location("crash_proof", ROOT / "bench" / "crash_proof.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.run(kills=3, edits=300, db=tmp_path / "crash.sqlite3", seed=7)
    assert not result["lost"], result
    assert result["ok"] and result["kills"] == 3 and result["edits"] == 300
