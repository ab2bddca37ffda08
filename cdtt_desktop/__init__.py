"""CĐTT Desktop: the communications work of a Vietnamese trade-union unit, offline."""

__version__ = "0.1.0"
APP_NAME = "CĐTT Desktop"
APP_ID = "cdtt-desktop"
