"""Safe YAML loading that remembers where every value was written.

Glossaries and configs are edited by hand, often by people who have never written YAML.
Every complaint about them must name the file, the line and a fix, so values come back
as ``Located`` maps and lists that know their own line and column. Only YAML's safe
subset is ever constructed: a glossary cannot run code.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from plainspeak.errors import PlainspeakError

if TYPE_CHECKING:
    import yaml


def _loader() -> type:
    """PyYAML's safe loader, C parser when built with libyaml (several times faster).

    PyYAML is imported here, when a YAML file is read, not when this module is: a
    one-page check with no YAML config never needs it (about 10 ms of imports).
    """
    import yaml

    try:
        return yaml.CSafeLoader  # type: ignore[no-any-return]
    except AttributeError:  # pragma: no cover - PyYAML built without libyaml
        return yaml.SafeLoader


class LocatedDict(dict[str, Any]):
    line: int = 0
    column: int = 0
    key_pos: dict[str, tuple[int, int]]

    def pos(self, key: str) -> tuple[int, int]:
        return self.key_pos.get(key, (self.line, self.column))


class LocatedList(list[Any]):
    line: int = 0
    column: int = 0
    item_pos: list[tuple[int, int]]


def _hint_for(problem: str) -> str:
    p = problem.lower()
    if "mapping values are not allowed" in p:
        return "a value containing ': ' needs quotes around it, like  why: \"Say: this\""
    if "could not find expected ':'" in p:
        return "each line inside an entry needs 'name: value'; check the line above for a missing ':'"
    if "found character '\\t'" in p or "tab" in p:
        return "use spaces, not tabs, to indent"
    if "expected <block end>" in p or "did not find expected" in p:
        return "check the indentation: items of a list line up, and each starts with '- '"
    if "found undefined alias" in p or "found unhashable" in p:
        return "text starting with '*', '&' or '{' needs quotes around it"
    return "check the indentation and quotes on this line"


def load_yaml(text: str, path: str, error: type[PlainspeakError]) -> Any:
    """Parse YAML text into located values, or raise ``error`` naming file and line."""
    import yaml

    loader = _loader()(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or str(exc)
        hint = _hint_for(problem)
        if mark is not None:
            lines = text.splitlines()
            if mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
                hint = "use spaces, not tabs, to indent"
        raise error(
            f"this is not valid YAML: {problem}",
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            hint=hint,
        ) from None
    except yaml.YAMLError as exc:
        raise error(f"this is not valid YAML: {exc}", path=path, hint="check the file is text") from None
    finally:
        loader.dispose()
    if node is None:
        return None
    try:
        return _convert(node, loader, path, error, set())
    except RecursionError:
        raise error("this file is nested too deeply to read", path=path,
                    hint="glossaries and configs need only a few levels of indentation") from None


def _convert(node: yaml.Node, loader: Any, path: str, error: type[PlainspeakError], seen: set[int]) -> Any:
    import yaml

    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        # An alias (*name) is the same node met again. Expanding lists and maps of aliases
        # of aliases grows exponentially (a 567-byte "billion laughs" file reached 4 GB),
        # and no glossary or config needs them: refuse them, naming the line.
        if id(node) in seen:
            raise error("this list or section is used again through an alias ('*name'); anchors and aliases "
                        "of lists or sections are not supported", path=path, line=line, column=column,
                        hint="write the values out in full where they are needed")
        seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        out = LocatedDict()
        out.line, out.column, out.key_pos = line, column, {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise error("'<<' merge keys are not supported", path=path, line=line,
                            hint="write the fields out in full")
            key = _convert(key_node, loader, path, error, seen)
            if not isinstance(key, str):
                key = str(key)
            kpos = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out:
                raise error(f"'{key}' is written twice here", path=path, line=kpos[0], column=kpos[1],
                            hint="keep one of them and delete the other")
            out[key] = _convert(value_node, loader, path, error, seen)
            out.key_pos[key] = kpos
        return out
    if isinstance(node, yaml.SequenceNode):
        lst = LocatedList()
        lst.line, lst.column, lst.item_pos = line, column, []
        for item in node.value:
            lst.append(_convert(item, loader, path, error, seen))
            lst.item_pos.append((item.start_mark.line + 1, item.start_mark.column + 1))
        return lst
    try:
        value = loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise error(f"this value cannot be read: {exc}", path=path, line=line, column=column,
                    hint="put the value in quotes") from None
    except (ValueError, OverflowError, TypeError, ArithmeticError) as exc:
        # What the value looks like (a date, a number) cannot be made: 2025-02-30, or an
        # integer of thousands of digits.
        shown = str(getattr(node, "value", ""))[:40]
        kind = "date" if "timestamp" in str(node.tag) else "number" if node.tag.endswith(("int", "float")) else "value"
        raise error(f"'{shown}' is not a real {kind} ({str(exc)[:80]})", path=path, line=line, column=column,
                    hint="check the value; dates are written YYYY-MM-DD, e.g. 2025-02-28; "
                         "put it in quotes if it is meant as text") from None
    return value


def read_text_file(path: Path, error: type[PlainspeakError]) -> str:
    """A config or glossary file's text; refused past ``limits.max_glossary_mb``.

    Read through a bounded read, so a file that grows, a device or a huge file never
    fills memory; a pipe or folder is refused before it is opened (reading a pipe hangs).
    """
    import stat

    from plainspeak import limits

    limit = limits.current.max_glossary_bytes
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise error("this is not a regular file", path=str(path), hint="give the path of a YAML or TOML file")
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise error(f"cannot read this file: {exc.strerror or exc}", path=str(path),
                    hint="check the path and that you may read it") from None
    if len(data) > limit:
        raise error(f"this file is larger than the {limit // (1024 * 1024)} MB plainspeak reads for a glossary "
                    "or config", path=str(path),
                    hint="split the glossary into several files, or raise the limit with the "
                         "PLAINSPEAK_MAX_GLOSSARY_MB environment variable")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("this file is not UTF-8 text", path=str(path), line=data[: exc.start].count(b"\n") + 1,
                    hint="save it as UTF-8 (in most editors: Save As, Encoding: UTF-8)") from None


def did_you_mean(word: str, choices: list[str] | tuple[str, ...] | set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else "known names: " + ", ".join(sorted(choices))
