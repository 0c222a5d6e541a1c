"""The command line: the same data as the window, with no Qt, for scripts and for keeping the shop's data free."""
