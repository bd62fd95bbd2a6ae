"""Illustrative sample content of the demo site, in five languages. Not official information."""

from .content_guides import GUIDES
from .content_news import NEWS
from .content_site import ABOUT, FOOTER_TEXT, GUIDES_INDEX, HOME, NEWS_INDEX, TAGLINE

__all__ = ["ABOUT", "FOOTER_TEXT", "GUIDES", "GUIDES_INDEX", "HOME", "NEWS", "NEWS_INDEX", "TAGLINE"]
