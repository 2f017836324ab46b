#!/usr/bin/env bash
# side-by-side.sh REPORT.pdf REPORT.docx [PAGE…]: one picture per page, our PDF's page on the left and LibreOffice's
# page of the .docx on the right, to look at where the two layouts differ (issue 18). Pages default to all of them.
#
#   scripts/side-by-side.sh out/talks-2022-01-11.pdf out/talks-2022-01-11.docx        # every page
#   OUT=/tmp/sbs RES=80 scripts/side-by-side.sh out/report.pdf out/report.docx 3 4    # pages 3 and 4, sharper
#
# Writes OUT/page-NNN.png (OUT defaults to ./side-by-side; RES, pixels per inch, to 60) and then prints the
# headings whose page differs (scripts/parity_drift.py --diff). A page one side lacks is drawn blank.
# Needs soffice (libreoffice-writer-nogui), pdftoppm (poppler-utils), qpdf and python3. The pictures are joined by
# ImageMagick's montage when it is installed, else by a few lines of python using only the standard library.
# soffice runs with its own throw-away profile, so it does not clash with another LibreOffice running.
set -euo pipefail

if [ $# -lt 2 ]; then sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; fi
pdf=$1; docx=$2; shift 2
for f in "$pdf" "$docx"; do [ -f "$f" ] || { echo "side-by-side: no such file: $f" >&2; exit 1; }; done
for tool in soffice pdftoppm qpdf python3; do
  command -v "$tool" >/dev/null || { echo "side-by-side: $tool is not installed" >&2; exit 1; }
done
out=${OUT:-side-by-side}
res=${RES:-60}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/side-by-side.XXXXXX")
trap 'rm -rf "$work"' EXIT

soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work/lo" "$docx" >"$work/soffice.log" 2>&1 \
  || { cat "$work/soffice.log" >&2; exit 1; }
lo="$work/lo/$(basename "${docx%.*}").pdf"
[ -f "$lo" ] || { echo "side-by-side: LibreOffice wrote no PDF" >&2; cat "$work/soffice.log" >&2; exit 1; }

ours_pages=$(qpdf --show-npages "$pdf")
lo_pages=$(qpdf --show-npages "$lo")
if [ $# -eq 0 ]; then set -- $(seq 1 $((ours_pages > lo_pages ? ours_pages : lo_pages))); fi
mkdir -p "$out"

montage_ok=""
if command -v montage >/dev/null && montage -version 2>/dev/null | grep -q ImageMagick; then montage_ok=1; fi

for page in "$@"; do
  left="$work/ours-$page"; right="$work/lo-$page"
  [ "$page" -le "$ours_pages" ] && pdftoppm -r "$res" -f "$page" -l "$page" -singlefile "$pdf" "$left"
  [ "$page" -le "$lo_pages" ] && pdftoppm -r "$res" -f "$page" -l "$page" -singlefile "$lo" "$right"
  target=$(printf '%s/page-%03d.png' "$out" "$page")
  if [ -n "$montage_ok" ] && [ -f "$left.ppm" ] && [ -f "$right.ppm" ]; then
    montage "$left.ppm" "$right.ppm" -tile 2x1 -geometry +8+8 -background '#808080' "$target"
  else
    python3 - "$left.ppm" "$right.ppm" "$target" <<'PY'
# Joins two binary PPMs (P6, as pdftoppm writes) into one PNG with a grey gutter; a missing file is a blank page.
import os, struct, sys, zlib

def read_ppm(path):
    if not os.path.exists(path):
        return None
    data = open(path, "rb").read()
    fields, at = [], 0
    while len(fields) < 4:
        while data[at:at + 1].isspace():
            at += 1
        if data[at:at + 1] == b"#":
            at = data.index(b"\n", at) + 1
            continue
        start = at
        while not data[at:at + 1].isspace():
            at += 1
        fields.append(data[start:at])
    assert fields[0] == b"P6" and fields[3] == b"255", "expected an 8-bit P6 PPM"
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[at + 1:at + 1 + w * h * 3]

left, right = read_ppm(sys.argv[1]), read_ppm(sys.argv[2])
sizes = [img for img in (left, right) if img]
pw, ph = max(i[0] for i in sizes), max(i[1] for i in sizes)
gap, grey = 8, b"\x80\x80\x80"
width, height = 2 * pw + 3 * gap, ph + 2 * gap

def row(img, y):
    if img is None or y >= img[1]:
        return b"\xff\xff\xff" * pw
    w = img[0]
    return img[2][y * w * 3:(y + 1) * w * 3] + b"\xff\xff\xff" * (pw - w)

rows = []
for y in range(height):
    if gap <= y < gap + ph:
        line = grey * gap + row(left, y - gap) + grey * gap + row(right, y - gap) + grey * gap
    else:
        line = grey * width
    rows.append(b"\x00" + line)

def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b"")
open(sys.argv[3], "wb").write(png)
PY
  fi
  echo "$target"
done

echo "pages: ours $ours_pages, LibreOffice $lo_pages"
python3 "$here/parity_drift.py" --diff "$pdf" "$lo" || true
