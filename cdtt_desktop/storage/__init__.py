"""The SQLite store: connection, migrations and repositories. Imports no Qt."""
