"""Helpers that tests in several areas share: plain functions and constants, neither tests nor fixtures (fixtures
live in the conftest.py of the level that shares them, page factories in each app's factories.py)."""
