"""Fixtures of the integration tests that several modules share."""

from tests.integration.sync_fixtures import postgres, server, server_url, sqlite_server

__all__ = ["postgres", "server", "server_url", "sqlite_server"]
