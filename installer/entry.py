"""The frozen program's entry point (PyInstaller): the same as ``qotb``."""

import multiprocessing

from qotb_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
