"""The HTML report's rendering of one checked document, as a fragment for the web page.

A thin call into ``plainspeak.report.html.render_document_html`` (reading age, counts,
the list of findings, and the text with every finding highlighted and its note beside
it), so the page and the report a writer downloads show findings the same way. The
report's script is not used here: the page's own ``static/web.js`` does the live
updates, and the filters are applied by the server.
"""

from __future__ import annotations

from plainspeak.api import FileResult


def document_fragment(result: FileResult, index: int = 1) -> str:
    """``result`` as the HTML report shows one file: escaped, with no script or style inside."""
    from plainspeak.report import html as report_html

    return report_html.render_document_html(result, index)


def report_css() -> str:
    """The report's own style sheet, served as a file (the page's CSP allows no inline style)."""
    from plainspeak.report import html as report_html

    css, _js = report_html.page_assets()
    return css
