"""Sync: the wire protocol, the HTTP client, the device credential store; server/ holds the
ASGI server. Nothing here knows the local store's tables: app/services/sync.py moves events
between the store and the wire."""
