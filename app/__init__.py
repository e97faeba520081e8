"""Fieldtag: offline asset tracking for IT field technicians."""

__version__ = "0.1.0"
