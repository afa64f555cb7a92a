"""A "jargon buster" page from the glossaries: every word, what to say instead, and why.

Writers look words up before they write, not only when a check complains, and panels
want to see their glossary as others will. The HTML page is one self-contained file
(inline CSS and script, no fonts or libraries fetched) so it works from a shared drive
or an intranet with no internet; without script every entry is still shown. Every piece
of glossary text is escaped: a glossary is data from many hands, and the page must not
run or render anything written in it. Only http(s) source links become links.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from plainspeak.glossary.model import Acronym, Entry, Glossary, Source, shown_variant

TITLE = "Jargon buster"
INTRO = ("Words that can hurt, blame or confuse the people they describe, what to say instead, "
         "and why. Written with people who have lived experience of the services.")

_CSS = """
:root { --text: #0b0c0c; --muted: #505a5f; --link: #1d70b8; --focus: #ffdd00; --line: #b1b4b6; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 50rem; padding: 1rem; font: 1.1875rem/1.5 Arial, sans-serif; color: var(--text); }
a { color: var(--link); }
a:focus, input:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--text); }
.skip { position: absolute; left: -999px; }
.skip:focus { position: static; }
label { display: block; font-weight: bold; margin-bottom: .25rem; }
input[type=search] { width: 100%; max-width: 30rem; font: inherit; padding: .35rem; border: 2px solid var(--text); }
.entry { border-top: 1px solid var(--line); padding: .5rem 0 1rem; }
.entry h3 { margin: .5rem 0 .25rem; }
.also, .status, .count { color: var(--muted); }
dt { font-weight: bold; margin-top: .5rem; }
dd { margin-left: 0; }
dd ul { margin: 0; padding-left: 1.25rem; }
[hidden] { display: none !important; }
@media print { form, nav, .skip { display: none; } }
"""

_SCRIPT = """
(function () {
  var form = document.getElementById('search');
  var input = document.getElementById('q');
  var count = document.getElementById('count');
  var entries = Array.prototype.slice.call(document.querySelectorAll('.entry'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.theme'));
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  function norm(s) { return s.toLowerCase().replace(/[\\u2010\\u2011-]/g, ' ').replace(/\\s+/g, ' ').trim(); }
  function update() {
    var q = norm(input.value);
    var shown = 0;
    entries.forEach(function (el) {
      var hit = !q || el.getAttribute('data-search').indexOf(q) !== -1;
      el.hidden = !hit;
      if (hit) { shown += 1; }
    });
    sections.forEach(function (sec) { sec.hidden = !sec.querySelector('.entry:not([hidden])'); });
    count.textContent = q ? (shown === 1 ? '1 word found' : shown + ' words found') : '';
  }
  input.addEventListener('input', update);
  update();
})();
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _safe_url(url: str) -> str | None:
    return url if re.match(r"^https?://", url.strip(), re.I) else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "theme"


def _refinements(glossaries: list[Glossary]) -> set[str]:
    """Ids of case-sensitive entries that only refine a general one (exact forms for safe fixes).

    A reader looking up "initiate" wants one answer, not one per spelling the fixer needs.
    """
    from plainspeak.glossary.compile import term_keys

    general: set[tuple[str, ...]] = set()
    for g in glossaries:
        for e in g.entries:
            if not e.disabled and not e.case_sensitive:
                general.update(tuple(term_keys(form)[0]) for form in e.terms)
    return {e.id for g in glossaries for e in g.entries
            if e.case_sensitive and all(tuple(term_keys(form)[0]) in general for form in e.terms)}


def page_themes(glossaries: list[Glossary]) -> list[tuple[Glossary, list[Entry]]]:
    hidden = _refinements(glossaries)
    themes = []
    for g in glossaries:
        entries = sorted((e for e in g.entries if not e.disabled and e.id not in hidden),
                         key=lambda e: e.term.lower())
        if entries:
            themes.append((g, entries))
    return themes


def page_acronyms(glossaries: list[Glossary]) -> list[Acronym]:
    """Every acronym once, by its letters; a later glossary's meaning replaces an earlier one,
    as when checking documents (an organisation's own list refines the built-in one)."""
    by_letters: dict[str, Acronym] = {}
    for g in glossaries:
        for acr in g.acronyms:
            by_letters[acr.acronym] = acr
    return sorted(by_letters.values(), key=lambda a: (a.acronym.casefold(), a.acronym))


def _acronym_search_text(acr: Acronym) -> str:
    words = [acr.acronym, *acr.expansions, acr.note, "acronym"]
    return re.sub(r"\s+", " ", re.sub(r"[\u2010\u2011-]", " ", " ".join(words).lower())).strip()


def _search_text(entry: Entry, theme: str) -> str:
    words = [*entry.terms, *entry.alternatives, entry.why, theme, entry.id]
    return re.sub(r"\s+", " ", re.sub(r"[\u2010\u2011-]", " ", " ".join(words).lower())).strip()


def build_html(glossaries: list[Glossary], title: str = TITLE) -> str:
    themes = page_themes(glossaries)
    acronyms = page_acronyms(glossaries)
    total = sum(len(es) for _g, es in themes)
    counted = f"{total} words and phrases in {len(themes)} themes"
    if acronyms:
        counted += f", and what {len(acronyms)} acronyms stand for"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#main">Skip to the list of words</a>',
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f"<p>{_e(INTRO)}</p>",
        f'<p class="count">{counted}.</p>',
        "</header>",
        '<main id="main">',
        '<form id="search" role="search" hidden>',
        '<label for="q">Search for a word or phrase</label>',
        '<input id="q" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="count">',
        '<p id="count" class="count" role="status" aria-live="polite"></p>',
        "</form>",
        '<nav aria-labelledby="themes-heading">',
        '<h2 id="themes-heading">Themes</h2>',
        "<ul>",
    ]
    ids: dict[str, int] = {}

    def anchor(base: str) -> str:
        ids[base] = ids.get(base, 0) + 1
        return base if ids[base] == 1 else f"{base}-{ids[base]}"

    theme_ids = [anchor("theme-" + _slug(g.name)) for g, _es in themes]
    for (g, es), tid in zip(themes, theme_ids, strict=True):
        out.append(f'<li><a href="#{tid}">{_e(g.title or g.name)}</a> ({len(es)})</li>')
    acronyms_id = anchor("acronyms")
    if acronyms:
        out.append(f'<li><a href="#{acronyms_id}">Acronyms</a> ({len(acronyms)})</li>')
    out += ["</ul>", "</nav>"]
    for (g, es), tid in zip(themes, theme_ids, strict=True):
        theme = g.title or g.name
        out.append(f'<section class="theme" id="{tid}" aria-labelledby="{tid}-h">')
        out.append(f'<h2 id="{tid}-h">{_e(theme)}</h2>')
        if g.description:
            out.append(f"<p>{_e(g.description)}</p>")
        for entry in es:
            out.extend(_entry_html(entry, theme, anchor("entry-" + _slug(entry.id))))
        out.append("</section>")
    if acronyms:
        out.append(f'<section class="theme" id="{acronyms_id}" aria-labelledby="{acronyms_id}-h">')
        out.append(f'<h2 id="{acronyms_id}-h">Acronyms</h2>')
        out.append("<p>What the letters stand for. Write the words out the first time you use them.</p>")
        for acr in acronyms:
            out.extend(_acronym_html(acr, anchor("acronym-" + _slug(acr.acronym))))
        out.append("</section>")
    out += ["</main>", f"<script>{_SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(out)


def _entry_html(entry: Entry, theme: str, anchor: str) -> list[str]:
    out = [f'<article class="entry" id="{anchor}" data-search="{_e(_search_text(entry, theme))}">',
           f"<h3>{_e(entry.term)}</h3>"]
    if entry.variants:
        out.append(f'<p class="also">Also: {_e(", ".join(shown_variant(v) for v in entry.variants))}</p>')
    out.append("<dl>")
    if entry.alternatives:
        out.append("<dt>Say instead</dt>")
        out.append("<dd><ul>" + "".join(f"<li>{_e(a)}</li>" for a in entry.alternatives) + "</ul></dd>")
    if entry.legal_term:
        out.append("<dt>Legal term</dt><dd>Keep it where the law needs it, and explain it in plain words.</dd>")
    if entry.why:
        out.append(f"<dt>Why</dt><dd>{_e(entry.why)}</dd>")
    out.extend(_sources_html(entry.sources))
    out.append("</dl>")
    if entry.status == "proposed":
        out.append('<p class="status">Proposed: not yet agreed by the panel.</p>')
    out.append("</article>")
    return out


def _acronym_html(acr: Acronym, anchor: str) -> list[str]:
    out = [f'<article class="entry" id="{anchor}" data-search="{_e(_acronym_search_text(acr))}">',
           f"<h3>{_e(acr.acronym)}</h3>", "<dl>"]
    label = "Stands for" if len(acr.expansions) == 1 else "Can stand for (say which you mean)"
    out.append(f"<dt>{label}</dt>")
    out.append("<dd><ul>" + "".join(f"<li>{_e(x)}</li>" for x in acr.expansions) + "</ul></dd>")
    if acr.note:
        out.append(f"<dt>Note</dt><dd>{_e(acr.note)}</dd>")
    out.extend(_sources_html(acr.sources))
    out.append("</dl>")
    if acr.status == "proposed":
        out.append('<p class="status">Proposed: not yet agreed by the panel.</p>')
    out.append("</article>")
    return out


def _sources_html(sources: list[Source]) -> list[str]:
    if not sources:
        return []
    items = []
    for s in sources:
        url = _safe_url(s.url)
        name = f'<a href="{_e(url)}">{_e(s.title)}</a>' if url else _e(s.title)
        extra = ", ".join(x for x in (s.organisation, s.year) if x)
        items.append(f"<li>{name}{', ' + _e(extra) if extra else ''}</li>")
    return ["<dt>Sources</dt>", "<dd><ul>" + "".join(items) + "</ul></dd>"]


# -- Markdown ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, links or raw HTML from glossary data."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text).strip())


def _md_url(url: str) -> str:
    return quote(url.strip(), safe=":/?#@!$&'*+,;=%~[]").replace("(", "%28").replace(")", "%29")


def build_markdown(glossaries: list[Glossary], title: str = TITLE) -> str:
    themes = page_themes(glossaries)
    acronyms = page_acronyms(glossaries)
    out = [f"# {md_escape(title)}", "", md_escape(INTRO), "", "## Themes", ""]
    for g, es in themes:
        name = g.title or g.name
        out.append(f"- [{md_escape(name)}](#{_github_anchor(name)}) ({len(es)})")
    if acronyms:
        out.append(f"- [Acronyms](#acronyms) ({len(acronyms)})")
    out.append("")
    for g, es in themes:
        out += [f"## {md_escape(g.title or g.name)}", ""]
        if g.description:
            out += [md_escape(g.description), ""]
        for entry in es:
            out += [f"### {md_escape(entry.term)}", ""]
            if entry.variants:
                out += ["Also: " + md_escape(", ".join(shown_variant(v) for v in entry.variants)), ""]
            if entry.alternatives:
                out += ["**Say instead:**", ""] + [f"- {md_escape(a)}" for a in entry.alternatives] + [""]
            if entry.legal_term:
                out += ["**Legal term:** keep it where the law needs it, and explain it in plain words.", ""]
            if entry.why:
                out += [f"**Why:** {md_escape(entry.why)}", ""]
            if entry.sources:
                out += ["**Sources:**", ""]
                for s in entry.sources:
                    url = _safe_url(s.url)
                    name = f"[{md_escape(s.title)}]({_md_url(url)})" if url else md_escape(s.title)
                    extra = ", ".join(x for x in (s.organisation, s.year) if x)
                    out.append(f"- {name}" + (f", {md_escape(extra)}" if extra else ""))
                out.append("")
            if entry.status == "proposed":
                out += ["*Proposed: not yet agreed by the panel.*", ""]
    if acronyms:
        out += ["## Acronyms", "", "What the letters stand for. Write the words out the first time you use them.", ""]
        for acr in acronyms:
            meanings = "; or ".join(md_escape(x) for x in acr.expansions)
            out += [f"### {md_escape(acr.acronym)}", "", f"**Stands for:** {meanings}", ""]
            if acr.note:
                out += [f"**Note:** {md_escape(acr.note)}", ""]
            if acr.status == "proposed":
                out += ["*Proposed: not yet agreed by the panel.*", ""]
    return "\n".join(out)


def _github_anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
