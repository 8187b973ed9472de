"""Executioner Studio server: workspace of config files, engine bridge and run history."""

__version__ = "0.1.0"
