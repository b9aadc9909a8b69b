#!/usr/bin/env python3
"""Render resources/icons/legpain-gui.svg to PNGs in the hicolor sizes (and an .ico for Windows)."""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)


def main(out: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(Path(__file__).resolve().parents[1] / "resources" / "icons" / "legpain-gui.svg"))
    if not renderer.isValid():
        print("the SVG icon could not be read", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(out / f"legpain-gui-{size}.png"))
    QImage(str(out / "legpain-gui-256.png")).save(str(out / "legpain-gui.ico"))
    del app
    print(f"icons in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/icons")))
