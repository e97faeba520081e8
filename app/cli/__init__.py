"""Command groups of the `fieldtag` CLI that live outside app/__main__.py.

Each module has `add_parsers(sub, db_arg)`, which adds its subcommands to the top-level
parser (cheaply: only argparse at import time), and `COMMANDS`, mapping each command name
to the function that runs it. Like __main__, these modules never import Qt.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

Command = Callable[[argparse.Namespace], int]
DbArg = Callable[[argparse.ArgumentParser], None]
