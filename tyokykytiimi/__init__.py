"""Työkykytiimi: the work-ability support team's client work, in one encrypted file."""

__version__ = "0.1.0"
