"""Community glossaries: the format (model), loading with friendly errors (load), and
the single compiled matcher built from them (compile)."""
