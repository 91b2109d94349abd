"""The start-up sample: the first one samples.json lists, or a rendered passport."""

from __future__ import annotations

import json

from docverify.app import samples


def test_samples_follow_the_manifest(tmp_path, monkeypatch):
    folder = tmp_path / "samples"
    folder.mkdir()
    for name in ("a.png", "b.png", "c.png"):
        (folder / name).write_bytes(b"")
    (folder / "samples.json").write_text(json.dumps({"c.png": {}, "a.png": {}}))
    monkeypatch.setattr(samples, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert [p.name for p in samples.sample_files()] == ["c.png", "a.png", "b.png"]


def test_no_samples_renders_one(tmp_path, monkeypatch):
    monkeypatch.setattr(samples, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    path = samples.first_sample(tmp_path / "data")
    assert path.exists()
    assert path.stat().st_size > 1000
