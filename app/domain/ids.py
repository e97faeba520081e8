"""Identifiers: UUIDv7 strings, time-ordered and unique across devices without coordination."""

from __future__ import annotations

import uuid_utils


def new_id() -> str:
    return str(uuid_utils.uuid7())
