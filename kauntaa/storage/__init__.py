"""Storage: the SQLite file, its schema and migrations, the search index and backups.

Everything SQLite-specific lives here, behind small functions, so a later
PostgreSQL back end for shops with several counters reuses the same models.
"""
