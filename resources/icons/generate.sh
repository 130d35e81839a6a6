#!/usr/bin/env bash
# Regenerates the committed raster icons from baton.svg. Run by hand after changing the SVG; the build
# only uses the committed files (Qt's SVG image plugin is not among Baton's dependencies).
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

sizes=(16 22 24 32 48 64 128 256 512 1024)
for size in "${sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" baton.svg --output "/tmp/baton-icon-$size.png"
done
# hicolor sizes for Linux and the window icon (1024 is only for the macOS icon).
for size in "${sizes[@]}"; do
    [ "$size" -eq 1024 ] && continue
    # -strip drops timestamps so that regenerating gives the same bytes.
    /usr/bin/convert "/tmp/baton-icon-$size.png" -strip "PNG32:png/baton-$size.png"
done

# Windows: a multi-size .ico for the executable, the installer and the .baton file type.
/usr/bin/convert /tmp/baton-icon-{16,24,32,48,64,256}.png baton.ico

# macOS: an .icns of PNG entries (icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512, ic10 1024).
python3 - <<'PY'
import struct
entries = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]
body = b""
for kind, size in entries:
    data = open(f"/tmp/baton-icon-{size}.png", "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open("baton.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm -f /tmp/baton-icon-*.png
