"""The command line (DESIGN §7): no Qt here except when opening the window."""
