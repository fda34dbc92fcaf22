"""Files the Windows build needs that are made from the project's own sources.

    python installer/windows_files.py OUT_DIR VERSION

writes OUT_DIR/qotb-desktop.ico (the program's icon, resources/icons/qotb.svg drawn
at 16 to 256 pixels, PNG entries as Windows Vista and later read them) and
OUT_DIR/version-info.txt (the executable's version resource, in PyInstaller's
format: what Explorer shows under Properties > Details). Run by
installer/build-windows.sh with the Linux build's Python (it needs PySide6).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
DESCRIPTION = "دبیرخانه قطب‌های علمی"


def png_of(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(svg: Path) -> bytes:
    """An ICO file: a directory of entries, each a PNG image (ICO's format since Windows Vista)."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a drawable SVG: {svg}")
    images = [png_of(renderer, size) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def version_info(version: str) -> str:
    numbers = tuple(int(part) for part in version.split(".")[:3]) + (0,)
    strings = {
        "CompanyName": "دبیرخانه شورای قطب‌های علمی",
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "qotb-desktop",
        "OriginalFilename": "qotb-desktop.exe",
        "ProductName": DESCRIPTION,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('042904b0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0429, 1200])])
  ]
)
"""


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, version = Path(argv[0]), argv[1]
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QImage painting needs it)
    (out / "qotb-desktop.ico").write_bytes(ico_bytes(ROOT / "resources" / "icons" / "qotb.svg"))
    (out / "version-info.txt").write_text(version_info(version), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
