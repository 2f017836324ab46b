#!/usr/bin/env python3
"""parity_drift.py OURS.pdf LO.pdf [--diff]: where each heading sits in our PDF and in LibreOffice's PDF of our .docx.

For every outline entry (qpdf --json) it finds the heading's first line in `pdftotext -bbox-layout` (the line whose
text starts the title, nearest the outline destination on that page) and prints page and top y (points from the top
edge) on both sides, the y difference, and the drift in points of flow: (page difference x body height) + y difference,
so a gap that grows heading after heading shows where LibreOffice's lines or spacing run longer or shorter than ours.
Then it compares the first words of each page's body (running header and footer left out, see page_starts), which
catches footnotes or table rows that move between two headings. Body height is taken from the page size minus the first and last text lines' mean margins; it is only a scale for the
drift column. With --diff only headings on another page are printed. Python standard library, qpdf and pdftotext.
"""
import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/1999/xhtml}"


def norm(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip().casefold()


def outline(pdf):
    out = subprocess.run(["qpdf", "--json", "--json-key=outlines", "--json-key=pages", pdf],
                         capture_output=True, text=True).stdout
    j = json.loads(out or "{}")
    items = []

    def walk(entries, depth):
        for it in entries:
            dest = it.get("dest") or []
            y = dest[3] if len(dest) > 3 and isinstance(dest[3], (int, float)) else None
            items.append((it.get("title", "").strip(), it.get("destpageposfrom1"), y, depth))
            walk(it.get("kids", []), depth + 1)

    walk(j.get("outlines", []), 0)
    return items, len(j.get("pages", []))


def lines(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    root = ET.fromstring(xml)
    pages = []
    for page in root.iter(NS + "page"):
        h = float(page.get("height"))
        ls = []
        for line in page.iter(NS + "line"):
            words = [w.text or "" for w in line.iter(NS + "word")]
            ls.append((norm(" ".join(words)), float(line.get("yMin")), float(line.get("yMax"))))
        pages.append((h, ls))
    return pages


def locate(title, page, dest_y, pages):
    """Top y of the heading's first line on its outline page, or None."""
    if not page or page > len(pages):
        return None
    h, ls = pages[page - 1]
    t = norm(title)
    hits = [(top, text) for text, top, _ in ls
            if text and (t.startswith(text) or text.startswith(t)) and len(text) >= min(len(t), 3)]
    if not hits:
        return None
    if dest_y is None:
        return hits[0][0]
    target = h - dest_y
    return min(hits, key=lambda hit: abs(hit[0] - target))[0]


def body_height(pages):
    tops, bottoms, h = [], [], 841.89
    for h, ls in pages:
        body = [l for l in ls if l[0]]
        if len(body) > 4:
            tops.append(sorted(l[1] for l in body)[1])
            bottoms.append(sorted(l[2] for l in body)[-2])
    if not tops:
        return h
    return (sum(bottoms) / len(bottoms)) - (sum(tops) / len(tops))


def page_starts(pages):
    """The first words of each page's body. Furniture is a line in the top or bottom 7% of the page that repeats
    (digits aside) on at least half the pages; a table's continuation line and lines under three words (a repeated
    table header's cells) are skipped too, since the two writers set those differently by design."""
    key = lambda text: re.sub(r"\d+", "#", text)
    margin = lambda h, l: l[1] < 0.07 * h or l[2] > 0.93 * h
    counts = {}
    for h, ls in pages:
        for k in {key(l[0]) for l in ls if l[0] and margin(h, l)}:
            counts[k] = counts.get(k, 0) + 1
    furniture = {k for k, n in counts.items() if len(pages) > 2 and n * 2 >= len(pages)}
    starts = []
    for h, ls in pages:
        body = sorted((l for l in ls if len(l[0].split()) >= 3 and "(continued)" not in l[0]
                       and not (margin(h, l) and key(l[0]) in furniture)), key=lambda l: l[1])
        starts.append(" ".join(body[0][0].split()[:6]) if body else "")
    return starts


def main(argv):
    files = [a for a in argv[1:] if not a.startswith("--")]
    if len(files) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    show_all = "--diff" not in argv
    (ours, ours_n), (theirs, theirs_n) = outline(files[0]), outline(files[1])
    ours_pages, theirs_pages = lines(files[0]), lines(files[1])
    scale = body_height(ours_pages)
    remaining = {}
    for i, (title, page, y, _) in enumerate(theirs):
        remaining.setdefault(norm(title), []).append((title, page, y))
    print(f"{'heading':44} {'ours p/y':>12} {'LO p/y':>12} {'dy':>7} {'drift':>8}")
    same = 0
    for title, page, y, depth in ours:
        queue = remaining.get(norm(title)) or []
        other = queue.pop(0) if queue else None
        oy = locate(title, page, y, ours_pages)
        if other is None:
            print(f"{('  ' * depth + title)[:44]:44} {f'p{page}':>12} {'missing':>12}")
            continue
        _, lp, ly_dest = other
        ly = locate(title, lp, ly_dest, theirs_pages)
        if lp == page:
            same += 1
        dy = (ly - oy) if ly is not None and oy is not None else None
        drift = ((lp - page) * scale + dy) if dy is not None and lp and page else None
        if show_all or lp != page:
            fmt = lambda p, v: f"p{p}/{v:.1f}" if v is not None else f"p{p}/?"
            mark = "" if lp == page else "  <- page"
            print(f"{('  ' * depth + title)[:44]:44} {fmt(page, oy):>12} {fmt(lp, ly):>12} "
                  f"{(f'{dy:+.1f}' if dy is not None else '?'):>7} "
                  f"{(f'{drift:+.1f}' if drift is not None else '?'):>8}{mark}")
    print(f"{same}/{len(ours)} headings on the same page; pages {ours_n} vs {theirs_n}; "
          f"body height ~{scale:.0f} pt (drift scale)")
    # Headings alone miss a footnote or table row that moves between them; the first body words of each page do not.
    a, b = page_starts(ours_pages), page_starts(theirs_pages)
    starts_same = sum(1 for x, y in zip(a, b) if x == y)
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            print(f"  page {i + 1} starts: ours \"{x}\"  LO \"{y}\"")
    print(f"{starts_same}/{max(len(a), len(b))} pages start with the same words")
    return 0 if same == len(ours) and ours_n == theirs_n else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
