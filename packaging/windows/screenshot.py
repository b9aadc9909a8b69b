#!/usr/bin/env python3
"""Save the screen of an Xvfb started with -fbdir (an XWD file) as a PNG, and say whether anything is shown.

    python screenshot.py FBDIR/Xvfb_screen0 OUT.png   -> exit 1 when the screen is one flat colour
"""
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QImage  # noqa: E402


def read_xwd(path: Path) -> QImage:
    data = path.read_bytes()
    header = struct.unpack(">25I", data[:100])
    header_size, _version, pixmap_format, depth, width, height = header[:6]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = header[7], header[11], header[12], header[19]
    if pixmap_format != 2 or bits_per_pixel != 32 or depth != 24 or byte_order != 0:
        raise SystemExit(f"unexpected XWD layout (format {pixmap_format}, {bits_per_pixel} bpp, depth {depth})")
    start = header_size + ncolors * 12
    pixels = data[start:start + bytes_per_line * height]
    return QImage(pixels, width, height, bytes_per_line, QImage.Format.Format_RGB32).copy()


def main(source: Path, out: Path) -> int:
    image = read_xwd(source)
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    small = image.scaled(160, 100)
    colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
    print(f"screenshot {out} ({image.width()}x{image.height()}, {len(colours)} colours)")
    return 0 if len(colours) > 8 else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
