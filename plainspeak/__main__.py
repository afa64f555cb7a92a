from plainspeak.cli import entry

entry()
