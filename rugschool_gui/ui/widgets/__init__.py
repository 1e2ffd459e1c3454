"""Reusable widgets shared by the chapters."""
