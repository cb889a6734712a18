"""Shared pieces of the apps' demo modules (``<app>/demo.py``, run by ``seed_demo``)."""

from typing import NamedTuple


class Text(NamedTuple):
    """One piece of demo wording in both site languages."""

    en: str
    ar: str
