"""Find and read ``.plainspeak.yaml`` or ``[tool.plainspeak]`` in ``pyproject.toml``.

The nearest config walking up from a checked file wins, as with ruff and pre-commit.
Every key is checked: a misspelt key is an error with "did you mean", because a setting
that silently does nothing is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from plainspeak.errors import ConfigError
from plainspeak.findings import SEVERITIES
from plainspeak.yamlio import LocatedDict, did_you_mean, load_yaml, read_text_file

CONFIG_NAMES = (".plainspeak.yaml", ".plainspeak.yml", "pyproject.toml")


@dataclass
class ReadabilityConfig:
    enabled: bool = True
    #: UK reading age the document should not exceed (NHS guidance: 9 to 11).
    target_reading_age: float = 11.0
    long_sentence_words: int = 25
    very_long_sentence_words: int = 35
    paragraph_sentences: int = 5
    passive_voice: bool = True
    #: Below this many words the reading age is shown but not judged (PS301): the
    #: formulas need about 100 words to mean anything.
    min_words: int = 100
    #: Reading speed behind the reading time in the summary.
    words_per_minute: int = 200


@dataclass
class AcronymConfig:
    enabled: bool = True
    #: Acronyms that need no explanation, added to the default list.
    allow: list[str] = field(default_factory=list)
    #: Replace (not extend) the default list of well-known acronyms.
    replace_defaults: bool = False


@dataclass
class GrammarConfig:
    enabled: bool = False
    url: str | None = None
    language: str = "en-GB"
    enable_rules: list[str] = field(default_factory=list)
    disable_rules: list[str] = field(default_factory=list)
    #: Seconds to wait for each request to the server.
    timeout: float = 10.0
    #: Fail the run (exit 2) when the grammar check cannot run.
    require: bool = False
    #: Largest piece of text sent in one request (the public server's limit is 20,000).
    max_chars: int = 20000


@dataclass
class NlpConfig:
    #: Name of an installed trained spaCy pipeline; blank English when unset.
    model: str | None = None


@dataclass
class Config:
    glossaries: list[str] = field(default_factory=lambda: ["builtin"])
    #: Entry ids, rule codes, categories or checks to switch off.
    disable: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    readability: ReadabilityConfig = field(default_factory=ReadabilityConfig)
    acronyms: AcronymConfig = field(default_factory=AcronymConfig)
    grammar: GrammarConfig = field(default_factory=GrammarConfig)
    nlp: NlpConfig = field(default_factory=NlpConfig)
    #: Where the config was found (None: defaults), and the folder paths are relative to.
    path: str | None = None
    base: str | None = None

    def glossary_paths(self) -> list[Path]:
        from plainspeak.glossary.catalog import resolve_glossary_paths

        try:
            return resolve_glossary_paths(self.glossaries, Path(self.base) if self.base else None)
        except ConfigError as exc:
            exc.path = exc.path or self.path
            raise

    def key(self) -> str:
        """A stable text of every setting, for cache keys."""
        import json
        from dataclasses import asdict

        data = asdict(self)
        data.pop("path", None)
        return json.dumps(data, sort_keys=True, default=str)


_SECTIONS = {"readability": ReadabilityConfig, "acronyms": AcronymConfig, "grammar": GrammarConfig, "nlp": NlpConfig}
_IGNORED = {"path", "base"}


def _apply(target: Any, data: dict[str, Any], path: str, prefix: str = "") -> None:
    known = {f.name: f for f in fields(target) if f.name not in _IGNORED}
    for raw_key, value in data.items():
        key = str(raw_key).replace("-", "_")
        line = data.pos(raw_key)[0] if isinstance(data, LocatedDict) else None
        name = prefix + key
        if key not in known:
            raise ConfigError(f"'{prefix}{raw_key}' is not a plainspeak setting", path=path, line=line,
                              hint=did_you_mean(key, set(known)))
        current = getattr(target, key)
        if key in _SECTIONS and not prefix:
            if not isinstance(value, dict):
                raise ConfigError(f"'{name}' should be a section of settings", path=path, line=line,
                                  hint=f"indent its settings under '{raw_key}:'")
            _apply(current, value, path, prefix=f"{key}.")
            continue
        setattr(target, key, _coerce(name, value, current, known[key].type, path, line))


def _coerce(name: str, value: Any, current: Any, declared: Any, path: str, line: int | None) -> Any:
    declared = str(declared)
    if declared.startswith("list"):
        if isinstance(value, str):
            return [value]
        if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
            return [str(v) for v in value]
        raise ConfigError(f"'{name}' should be a list of names", path=path, line=line,
                          hint="put each on its own line starting with '- '")
    if declared == "bool":
        if isinstance(value, bool):
            return value
        raise ConfigError(f"'{name}' should be true or false", path=path, line=line)
    if declared in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"'{name}' should be a number", path=path, line=line,
                              hint=f"for example: {name.split('.')[-1]}: {current}")
        return int(value) if declared == "int" else float(value)
    if value is not None and not isinstance(value, str):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        raise ConfigError(f"'{name}' should be text", path=path, line=line)
    if name == "fail_on" and value not in (*SEVERITIES, "never"):
        raise ConfigError(f"'fail_on' cannot be '{value}'", path=path, line=line,
                          hint="use one of: " + ", ".join((*SEVERITIES, "never")))
    return value


def config_from_dict(data: dict[str, Any], path: str | None = None, base: str | None = None) -> Config:
    config = Config(path=path, base=base)
    _apply(config, data, path or "<config>")
    return config


def read_config_file(path: Path) -> Config:
    spath = str(path)
    text = read_text_file(path, ConfigError)
    if path.name == "pyproject.toml":
        try:
            import tomllib  # only when a pyproject.toml is found

            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"this is not valid TOML: {exc}", path=spath,
                              hint="check quotes and brackets on that line") from None
        section = data.get("tool", {}).get("plainspeak", {})
        if not isinstance(section, dict):
            raise ConfigError("[tool.plainspeak] should be a table", path=spath)
        return config_from_dict(section, spath, str(path.parent))
    data = load_yaml(text, spath, ConfigError)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the config should be a list of 'setting: value' lines", path=spath,
                          hint="for example:  fail_on: error")
    return config_from_dict(data, spath, str(path.parent))


def _has_section(pyproject: Path) -> bool:
    try:
        return "[tool.plainspeak" in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


@lru_cache(maxsize=256)
def find_config_file(directory: Path) -> Path | None:
    """The nearest config file at or above ``directory``."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_section(candidate)):
                return candidate
    return None


def load_config(path: str | Path | None = None, *, start: str | Path | None = None) -> Config:
    """An explicit config file, or the nearest one above ``start`` (default: cwd), or defaults."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError("config file not found", path=str(p), hint="check the path given to --config")
        return read_config_file(p)
    where = Path(start) if start is not None else Path.cwd()
    where = where if where.is_dir() else where.parent
    found = find_config_file(where.resolve())
    return read_config_file(found) if found else Config()
