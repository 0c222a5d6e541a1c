"""Alembic migrations of the shop's file, from the first schema on."""
