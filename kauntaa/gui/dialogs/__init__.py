"""Dialogs built on the Designer forms in ui/."""
