"""The hub: core of a multilingual, plugin-based Wagtail site for community networks."""

__version__ = "0.1.0"
