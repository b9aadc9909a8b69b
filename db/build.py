#!/usr/bin/env python3
"""Build db/legpain.sqlite from the text sources in this folder (see FORMAT.md)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from legpain_gui.kbbuild import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
