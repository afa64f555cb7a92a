"""``plainspeak serve``: the local web app for writers and lived-experience panels.

One more face on the same pipeline (read → analyse → check → filter → report): a draft
pasted or uploaded here goes through ``plainspeak.api`` and the CLI's readers and
limits, the document is shown with the HTML report's own rendering, and a panel's
glossary edits go through the glossary loader, ``glossary lint`` and the
comment-preserving editor. The web app holds no rules of its own.

Needs the optional extra ``plainspeak[web]`` (Starlette, uvicorn, Jinja2,
python-multipart); nothing here is imported by the command line unless ``serve`` runs.
"""
