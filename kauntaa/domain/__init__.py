"""Kauntaa's domain: records, enums and pure rules. No SQLAlchemy, no Qt, no files."""
