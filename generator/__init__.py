"""Briefings: news articles in, structured briefing notes and a published site out."""

__version__ = "0.1.0"
