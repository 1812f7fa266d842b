"""The command line (docs/design.md §7): no Qt here except when opening the window."""
