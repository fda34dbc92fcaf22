"""Forms compiled from ui/*.ui by scripts/compile_ui.py: do not edit."""
