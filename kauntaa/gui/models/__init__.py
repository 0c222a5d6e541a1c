"""Qt item models over domain records (never over ORM rows)."""
