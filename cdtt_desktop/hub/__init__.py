"""The sync hub: an HTTP service that takes units' items upward and hands decisions and published plans down.

Its own layer: it imports only the standard and third-party libraries (FastAPI, SQLAlchemy Core, alembic),
never PySide6 nor the desktop's storage or services. The protocol is in docs/sync-protocol.md.
"""

PROTOCOL = 1
