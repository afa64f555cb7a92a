"""Find and read ``.plainspeak.yaml`` or ``[tool.plainspeak]`` in ``pyproject.toml``.

The nearest config walking up from a checked file wins, as with ruff and pre-commit.
Every key is checked: a misspelt key is an error with "did you mean", because a setting
that silently does nothing is worse than none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from plainspeak.errors import ConfigError
from plainspeak.findings import SEVERITIES
from plainspeak.limits import Limits, from_environment
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
    #: Show (and annotate) only findings at least this severe; None shows every finding.
    min_severity: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    readability: ReadabilityConfig = field(default_factory=ReadabilityConfig)
    acronyms: AcronymConfig = field(default_factory=AcronymConfig)
    grammar: GrammarConfig = field(default_factory=GrammarConfig)
    nlp: NlpConfig = field(default_factory=NlpConfig)
    #: Glossary terms inside names and titles (Acts, organisations, services, job titles):
    #: "ignore" (the default) or "report" (as suggestions whose message says it is a name).
    names: str = "ignore"
    #: Terms quoted as words ("words like ‘placement’"): "off" (the default: not reported),
    #: "suggest" (at most a suggestion that says the term is quoted) or "report" (as any use).
    mentions: str = "off"
    #: Sizes and times past which a file is refused (``plainspeak.limits``).
    limits: Limits = field(default_factory=from_environment)
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

        # not dataclasses.asdict, which deep-copies every value: this runs once per checked
        # document, and asdict was 1.5 ms of a one-sentence document's 14 ms
        data = _plain(self)
        data.pop("path", None)
        return json.dumps(data, sort_keys=True, default=str)


def _plain(value: Any) -> Any:
    """A config as JSON-ready values: dataclasses as dicts, tuples as lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_SECTIONS = {"readability": ReadabilityConfig, "acronyms": AcronymConfig, "grammar": GrammarConfig, "nlp": NlpConfig,
             "limits": Limits}
#: Settings that must be above zero: 0 would divide by zero or never finish.
_POSITIVE = {"grammar.max_chars", "grammar.timeout", "readability.words_per_minute", "limits.max_chars",
             "limits.max_file_mb", "limits.max_glossary_mb", "limits.max_term_words"}
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
        example = f"for example: {name.split('.')[-1]}: {current}"
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"'{name}' should be a number", path=path, line=line, hint=example)
        if not math.isfinite(value) or value > 1e12:  # .inf, .nan, or a number no setting needs
            raise ConfigError(f"'{name}' should be an ordinary number, not {str(value)[:20]}", path=path,
                              line=line, hint=example)
        if name in _POSITIVE and value <= 0:
            raise ConfigError(f"'{name}' should be more than 0", path=path, line=line, hint=example)
        return int(value) if declared == "int" else float(value)
    if value is not None and not isinstance(value, str):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        raise ConfigError(f"'{name}' should be text", path=path, line=line)
    if name == "fail_on" and value not in (*SEVERITIES, "never"):
        raise ConfigError(f"'fail_on' cannot be '{value}'", path=path, line=line,
                          hint="use one of: " + ", ".join((*SEVERITIES, "never")))
    if name == "min_severity" and value is not None and value not in SEVERITIES:
        raise ConfigError(f"'min_severity' cannot be '{value}'", path=path, line=line,
                          hint="use one of: " + ", ".join(SEVERITIES))
    for key, choices in _CHOICES.items():
        if name == key and value not in choices:
            raise ConfigError(f"'{key}' cannot be '{value}'", path=path, line=line,
                              hint="use one of: " + ", ".join(choices))
    return value


_CHOICES = {"names": ("ignore", "report"), "mentions": ("suggest", "off", "report")}


#: LanguageTool rule ids look like ``EN_QUOTES``: accepted in ``disable`` as they are, since
#: the full list lives on the server.
_GRAMMAR_RULE_RE = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"


def known_disable_names(ctx: Any) -> dict[str, str]:
    """Every name ``disable`` accepts → what kind of name it is (for the error message)."""
    import yaml

    from plainspeak.findings import CHECKS

    names: dict[str, str] = {}
    rules = yaml.safe_load((Path(__file__).resolve().parent / "data" / "rules.yaml").read_text(encoding="utf-8"))
    for code, info in (rules.get("codes") or {}).items():
        names[str(code)] = "rule code"
        if isinstance(info, dict) and info.get("id"):
            names[str(info["id"])] = "rule"
    for check, info in (rules.get("checks") or {}).items():
        names[str(check)] = "check"
        for category in (info or {}).get("categories", []) if isinstance(info, dict) else []:
            names.setdefault(str(category), "category")
    for check in CHECKS:
        names.setdefault(check, "check")
    names.setdefault("readability", "category")
    glossary = ctx.glossary
    for entry in glossary.entries:
        names.setdefault(entry.id, "entry")
        names.setdefault(entry.category, "category")
    for acronym in glossary.acronyms.values():
        for item in acronym if isinstance(acronym, list) else [acronym]:
            if getattr(item, "id", ""):
                names.setdefault(item.id, "acronym")
            if getattr(item, "category", ""):
                names.setdefault(item.category, "category")
    names["__grammar_rule_re__"] = _GRAMMAR_RULE_RE
    return names


def check_disable_names(config: Config, ctx: Any, from_cli: frozenset[str] = frozenset()) -> None:
    """A ``disable`` name that matches no entry, code, category or check is an error.

    A misspelt name ("servce-user") would otherwise switch nothing off, silently; a
    severity ("suggestion") is not a name either: ``min_severity`` does that.
    """
    import difflib
    import re

    names = known_disable_names(ctx)
    pattern = re.compile(names.pop("__grammar_rule_re__"))
    unknown = [n for n in config.disable if n not in names and not pattern.fullmatch(n)]
    if unknown:
        # Entries switched off in a local glossary (disabled: yes) are real names too.
        from plainspeak.glossary.catalog import load_glossaries

        loaded = load_glossaries(config.glossary_paths())
        real = {e.id for g in loaded.glossaries for e in g.entries}
        unknown = [n for n in unknown if n not in real]
    if not unknown:
        return
    name = unknown[0]
    where = "--disable" if name in from_cli or not config.path else "'disable'"
    path = None if where == "--disable" else config.path
    if name in SEVERITIES:
        hint = (f"to see only findings at least this severe, use --min-severity {name}, "
                f"or min_severity: {name} in the config")
        if name == "suggestion":
            hint = "to hide suggestions, use --min-severity warning, or min_severity: warning in the config"
        raise ConfigError(f"{where}: '{name}' is a severity, not an entry id, rule code, category or check",
                          path=path, hint=hint)
    close = difflib.get_close_matches(name, sorted(names), n=3, cutoff=0.6)
    hint = ("did you mean " + " or ".join(f"'{c}'" for c in close) + "?") if close else (
        "use an entry id (plainspeak explain \"the words\" shows it), a rule code such as PS302, "
        "a category such as deficit-based, or a check: " + ", ".join(sorted(
            k for k, v in names.items() if v == "check")))
    raise ConfigError(f"{where}: '{name}' is not an entry id, rule code, category or check", path=path,
                      hint=hint)


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
        except (RecursionError, ValueError, OverflowError, MemoryError):
            raise ConfigError("this TOML file cannot be read (it is nested too deeply or holds a value "
                              "that cannot be read)", path=spath,
                              hint="check the file is a normal pyproject.toml") from None
        tool = data.get("tool", {})
        section = tool.get("plainspeak", {}) if isinstance(tool, dict) else {}
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
