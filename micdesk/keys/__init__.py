"""Public keys that ship with micdesk (``unido/*.pub``: UNIDO's template-signing keys)."""
