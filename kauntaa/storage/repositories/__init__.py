"""Repositories: functions that read and write rows inside a caller's session.

They turn rows into domain records and never commit; the service that opened
the session decides when the unit of work ends.
"""
