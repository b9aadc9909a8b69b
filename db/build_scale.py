#!/usr/bin/env python3
"""Build db/scale.sqlite: every HPO-annotated disease, for the scale benchmark (not shipped)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from legpain_gui.kbbuild.scale import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
