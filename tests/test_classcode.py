"""Dataclass methods from kept compiled code are the ones ``dataclasses`` makes itself."""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path
from typing import Any

import pytest

from plainspeak import classcode


def _make() -> list[type]:
    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: list[str] = dataclasses.field(default_factory=list)
        label: str = "p"

    @dataclasses.dataclass(order=True)
    class Row:
        """A row."""

        n: int
        words: tuple[str, ...] = ()

    return [Point, Row]


def _methods(cls: type) -> dict[str, Any]:
    return {name: fn for name, fn in vars(cls).items() if inspect.isfunction(fn)}


def test_methods_made_from_kept_code_are_dataclasses_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(classcode, "_file", lambda: tmp_path / "classcode.marshal")
    monkeypatch.setattr(classcode, "_code", {})
    plain = _make()
    monkeypatch.setattr(dataclasses, "exec", classcode._exec, raising=False)
    compiled = _make()  # compiled here, through the hook
    monkeypatch.setattr(classcode, "_new", True)
    monkeypatch.setattr(classcode.sys, "dont_write_bytecode", False)
    classcode.save()
    kept = dict(classcode._code)
    classcode._code.clear()
    monkeypatch.setattr(classcode, "_installed", False)
    monkeypatch.delattr(dataclasses, "exec")
    monkeypatch.delenv("PLAINSPEAK_NO_CACHE", raising=False)
    classcode.install()  # reads the file written above
    assert classcode._code.keys() == kept.keys() and classcode._code
    reused = _make()
    for a, b, c in zip(plain, compiled, reused, strict=True):
        ma, mb, mc = _methods(a), _methods(b), _methods(c)
        assert ma.keys() == mb.keys() == mc.keys() and "__init__" in ma
        for name in ma:
            assert ma[name].__code__ == mb[name].__code__ == mc[name].__code__, name
            assert ma[name].__annotations__ == mb[name].__annotations__ == mc[name].__annotations__, name
            assert ma[name].__defaults__ == mc[name].__defaults__, name
        assert a.__doc__ == c.__doc__
    Point, Row = reused
    assert Point(1) == Point(1, []) and repr(Point(2, ["a"])) == "_make.<locals>.Point(x=2, y=['a'], label='p')"
    assert Row(1) < Row(2) and hash(Point(1, ())) == hash(Point(1, ()))  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        Point(1).x = 2  # type: ignore[misc]


def test_a_damaged_or_foreign_file_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "classcode.marshal"
    monkeypatch.setattr(classcode, "_file", lambda: path)
    monkeypatch.delenv("PLAINSPEAK_NO_CACHE", raising=False)
    for data in (b"garbage", classcode._magic() + b"\x00\x01", classcode._magic() + marshal.dumps({"x": 1}),
                 b"\x00\x00\x00\x00" + marshal.dumps({})):
        path.write_bytes(data)
        monkeypatch.setattr(classcode, "_code", {})
        monkeypatch.setattr(classcode, "_installed", False)
        monkeypatch.setattr(dataclasses, "exec", None, raising=False)
        monkeypatch.delattr(dataclasses, "exec")
        classcode.install()
        assert classcode._code == {}
        assert _make()[0](3).x == 3
