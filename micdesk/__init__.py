"""micdesk: reporting on UNIDO's work plan with middle-income countries."""

__version__ = "0.1.0"
