"""Markdown: only prose is checked, and positions point at the exact source."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from plainspeak import check_text as check_all
from plainspeak.readers.markdown import read_string


def test_code_urls_links_front_matter_and_comments_are_not_checked():
    md = (
        "---\ntitle: service users\n---\n\n"
        "```\nservice users\n```\n\n"
        "    service users in indented code\n\n"
        "Inline `service users` code.\n\n"
        "A [link](https://example.org/service-users) and <https://example.org/hard-to-reach>.\n\n"
        "Bare https://example.org/service-users/placements here.\n\n"
        "<!-- service users in a comment -->\n"
    )
    assert check_text(md) == []


def test_emphasis_and_link_text_inside_a_phrase_still_match():
    md = "Our *service* users and [hard to reach](https://x.org) groups.\n"
    findings = check_text(md)
    assert [f.text for f in findings] == ["service* users", "hard to reach"]
    assert findings[1].column == md.index("hard to reach") + 1


def test_blocks_kinds_and_no_sentence_across_them():
    md = "# Title\n\nPara one\nstill para.\n\n- item one\n- item two\n\n> quote\n\n| a | b |\n|---|---|\n| c | d |\n"
    doc = read_string(md, "x.md")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "list_item", "list_item", "quote",
                     "table_cell", "table_cell", "table_cell", "table_cell"]
    assert doc.text.split("\n\n")[1] == "Para one still para."


def test_escapes_and_entities_map_back():
    md = "Some \\*service users\\* &amp; more.\n"
    f = check_text(md)[0]
    assert f.text == "service users"
    assert md[f.offset:f.end_offset] == "service users"


def test_table_cells_map_to_their_own_text():
    md = "| Who | Note |\n|---|---|\n| service users | service users again |\n"
    findings = check_text(md)
    assert [(f.line, f.column) for f in findings] == [(3, 3), (3, 19)]


def test_inline_comment_suppresses_its_own_line_deep_in_a_file():
    # Inline HTML comments take their line from the line-start table (not by counting
    # newlines from the file start): the line must still be exact on later lines.
    md = "Intro.\n\n" * 40 + "Service users here <!-- plainspeak-disable-line --> too.\n" + "Service users again.\n"
    lines = [f.line for f in check_text(md)]
    assert lines == [82]


def check_text(text: str):  # type: ignore[no-untyped-def]
    """Term findings only: these tests are about where matches point, not other checks."""
    return [f for f in check_all(text) if f.check == "term"]


words = st.sampled_from(["service", "users", "hard", "to", "reach", "placements", "the", "we", "*a*",
                         "`code`", "[link](http://x.y/service-users)", "\n", "\n\n", "- ", "# ", "  ",
                         "\u00a0", "&amp;", "\\*", "intentionally", "homeless", ".", ",", "> "])


@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=1, max_size=40))
def test_every_finding_range_is_exactly_its_text(parts):
    md = " ".join(parts)
    for f in check_text(md):
        assert md[f.offset:f.end_offset] == f.text
        lines = md.split("\n")
        assert lines[f.line - 1][f.column - 1:].startswith(f.text.split("\n")[0])


# -- long files are parsed a chunk at a time: the Document must be the one parsed whole ----

_blocks = st.sampled_from([
    "Service users and hard to reach families.", "# Heading about placements", "- item one\n- item two",
    "1. first\n2. second", "> quoted service users", "```\ncode\n\nHard to reach\n```", "~~~~\nx\n\n# not\n~~~~",
    "    indented code", "<!-- plainspeak-disable -->", "<!-- plainspeak-enable -->",
    "<!--\nService users\n\nHard to reach\n-->", "<pre>\nService users\n\nHard\n</pre>", "<div>\nhtml</div>",
    "| a | b |\n|---|---|\n| service users | c |", "A [ref link][r] and [r].", "[r]: https://x.org/a",
    "Para with *emphasis*\nand a second line.", "- list\n\n  continued in item\n\nLazy", "Setext\n===",
    "Text <!-- plainspeak-disable-line --> inline.", "---", "Intentionally homeless people.",
])


def _whole(md: str):  # type: ignore[no-untyped-def]
    import plainspeak.readers.markdown as reader

    walker = reader._Walker(md, "x.md")
    walker.walk_tokens(reader._parser().parse(md))
    return walker.finish()


def _same(a, b) -> None:  # type: ignore[no-untyped-def]
    assert a.text == b.text
    assert list(a.offsets) == list(b.offsets)
    def shape(doc):  # type: ignore[no-untyped-def]
        return [(x.kind, x.start, x.end, x.level) for x in doc.blocks]

    assert shape(a) == shape(b)
    assert a.suppressions == b.suppressions


@settings(max_examples=200, deadline=None)
@given(st.lists(_blocks, min_size=1, max_size=30), st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n\n\n"]),
       st.integers(min_value=1, max_value=80))
# Found by CI: a fence line inside an HTML block that a blank line ends is not a fence.
@example(["<div>\nhtml</div>", "```\ncode\n\nHard to reach\n```", "- list\n\n  continued in item\n\nLazy"], "\n", 1)
def test_a_file_parsed_in_chunks_reads_as_if_parsed_whole(blocks, sep, size):
    import plainspeak.readers.markdown as reader

    md = sep.join(blocks) + "\n"
    old = reader.CHUNK_CHARS
    reader.CHUNK_CHARS = size
    try:
        chunked = read_string(md, "x.md")
    finally:
        reader.CHUNK_CHARS = old
    _same(chunked, _whole(md))


def test_long_file_is_cut_only_between_top_level_blocks():
    from plainspeak.readers.markdown import chunk_starts

    md = "Intro para.\n\n```\ncode\n\nInside fence\n```\n\nAfter fence.\n\n<!--\n\nInside comment\n-->\n\nAfter.\n"
    cuts = chunk_starts(md, size=1)
    lines = md.split("\n")
    assert [lines[line] for _pos, line in cuts[1:]] == ["After fence.", "After."]
    assert all(md[pos:].startswith(lines[line]) for pos, line in cuts)


# -- the plain-text shortcut in markdown-it's inline step gives markdown-it's own tokens ----

def _token_shape(tokens):  # type: ignore[no-untyped-def]
    return [(t.type, t.tag, t.nesting, t.attrs, t.map, t.level, t.content, t.markup, t.info, t.meta,
             t.block, t.hidden, None if t.children is None else _token_shape(t.children)) for t in tokens]


_inline_bits = st.sampled_from([
    "service users", " ", "  ", "-", ":", "%", "100", "#", "*", "**", "_", "`", "[", "]", "(", ")", "!", "<", ">",
    "&amp;", "&", "\\", "\\*", "~", "\n", "  \n", "|", "https://x.org", "a@b.org", "é", "\t", "=", "+", "1.",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_inline_bits, min_size=1, max_size=12).map("".join), min_size=1, max_size=6),
       st.sampled_from(["\n\n", "\n", "\n\n- ", "\n\n# ", "\n\n> ", "\n\n| a | b |\n|---|---|\n| "]))
def test_plain_inline_shortcut_gives_markdown_its_own_tokens(paras, sep):
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    import plainspeak.readers.markdown as reader

    md = sep.join(paras) + "\n"
    own = MarkdownIt("commonmark", {"html": True}).enable("table").use(front_matter_plugin)
    fast = reader._parser()
    assert fast.core.ruler.getRules("")[2] is reader._inline_rule  # the shortcut is on
    assert _token_shape(fast.parse(md)) == _token_shape(own.parse(md))
