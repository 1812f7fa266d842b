"""The Qt window on top of the core. Nothing outside this package imports Qt."""
