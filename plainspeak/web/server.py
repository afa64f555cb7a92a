"""Start the web app: bind the socket, say where it is, and hand it to uvicorn.

The socket is bound before uvicorn starts so that ``--port 0`` (any free port) can
still print the real address, which tests and scripts read from the first line.
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
import sys
from pathlib import Path

import click

from plainspeak.errors import ConfigError


def is_loopback(host: str) -> bool:
    """True for addresses only this computer can reach (127.0.0.1, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _missing_extra() -> str | None:
    for module in ("starlette", "uvicorn", "jinja2", "multipart"):
        try:
            __import__(module)
        except ImportError:
            return module
    return None


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        hint = "choose another with --port, or --port 0 for any free port" if port else "check the address"
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", hint=hint) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _check_panel_file(path: Path) -> None:
    """Say now, not at the first save, when the panel's file cannot be used."""
    from plainspeak.errors import GlossaryError
    from plainspeak.glossary.load import load_glossary

    if path.is_dir():
        raise ConfigError(f"--glossary needs a file, but {path} is a folder", hint="give a .yaml file name")
    if not path.parent.is_dir():
        raise ConfigError(f"the folder for {path} does not exist", hint="create it, or choose another place")
    if not path.exists():
        return
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise ConfigError(f"{path} is not a glossary file", hint="give a .yaml file")
    try:
        _glossary, problems = load_glossary(path)
    except GlossaryError as exc:
        raise ConfigError(str(exc), hint=f"run: plainspeak glossary lint {path}") from None
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ConfigError(f"{path} has {len(errors)} error(s), so checks cannot use it; the first: {errors[0]}",
                          hint=f"fix them first (plainspeak glossary lint {path} lists them all)")


def serve(*, host: str, port: int, panel_glossary: Path | None, token: str | None,
          config_path: Path | None) -> None:
    missing = _missing_extra()
    if missing:
        raise ConfigError(f"plainspeak serve needs the web extra ({missing} is not installed)",
                          hint="pip install 'plainspeak[web]'")
    import uvicorn

    from plainspeak.config import load_config
    from plainspeak.web.app import Settings, create_app

    config = load_config(config_path) if config_path else load_config()
    if panel_glossary is not None:
        _check_panel_file(panel_glossary)
    loopback = is_loopback(host)
    if not loopback and not token:
        token = secrets.token_urlsafe(24)
    settings = Settings(host=host, token=None if loopback else token, panel_glossary=panel_glossary,
                        config=config)
    app = create_app(settings)
    sock = _bind(host, port)
    real_port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{real_port}/"
    settings.port = real_port
    if settings.token:
        click.echo(f"plainspeak is running at {address}?token={settings.token}")
        click.echo("Anyone who can reach this address needs that token: share it only with your team.")
    else:
        click.echo(f"plainspeak is running at {address}")
    if panel_glossary is not None:
        click.echo(f"Panel glossary: {panel_glossary}")
    click.echo("Press Ctrl+C to stop.")
    sys.stdout.flush()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    server.run(sockets=[sock])
