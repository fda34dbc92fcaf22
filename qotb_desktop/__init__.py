"""qotb-desktop: the desk program of the secretariat of Iran's centres of excellence."""

__version__ = "0.8.0"
