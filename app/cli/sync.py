"""CLI commands (see app/cli/__init__.py)."""

from __future__ import annotations

import argparse

from app.cli import Command, DbArg


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser], db_arg: DbArg) -> None:
    pass


COMMANDS: dict[str, Command] = {}
