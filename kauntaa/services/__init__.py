"""Use cases: each public method is one unit of work, validated, in one transaction.

Front ends (GUI, CLI) call these and nothing below them. Bad input raises a
typed ``UserError`` before anything is written.
"""
