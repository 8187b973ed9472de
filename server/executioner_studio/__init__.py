"""Executioner Studio server: workspace of config files, engine bridge and run history."""
