"""Scanning in the GUI: camera panel, keyboard-wedge scanners, scan dispatch."""
