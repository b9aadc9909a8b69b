"""Frozen entry point: the same dispatch as `legpain-gui` (no command -> GUI, a command -> CLI)."""
import sys

from legpain_gui.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
