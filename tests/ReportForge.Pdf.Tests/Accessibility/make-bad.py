#!/usr/bin/env python3
"""Makes the Matterhorn checker's test files: good.pdf and one bad/NN-NNN.pdf per condition, each with one fault.

Usage (from the repository root):
  RF_WRITE_MATTERHORN_BASE=/tmp/base.pdf dotnet test tests/ReportForge.Pdf.Tests \
      --filter The_base_document_fails_only_what_the_script_repairs
  python3 tests/ReportForge.Pdf.Tests/Accessibility/make-bad.py /tmp/base.pdf

The base document is a small ReportForge PDF (heading, link, footnote, table, list, figure). good.pdf is the base
with what today's writer leaves out added (a /Scope on each TH, an /ID on each Note, the PDF/UA identifier in the
XMP), so that each bad file fails exactly one condition. Needs qpdf and fix-qdf (Debian package qpdf).
The edits are made on qpdf's QDF form, where objects and content streams are plain text.
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(*args, **kwargs):
    return subprocess.run(args, check=True, capture_output=True, **kwargs).stdout


def to_qdf(pdf):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "x.qdf")
        run("qpdf", "--qdf", "--object-streams=disable", "--deterministic-id", pdf, out)
        return open(out, "rb").read().decode("latin-1")


def write_pdf(qdf, path):
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.qdf")
        open(raw, "wb").write(qdf.encode("latin-1"))
        fixed = run("fix-qdf", raw)
        fixed_path = os.path.join(tmp, "fixed.qdf")
        open(fixed_path, "wb").write(fixed)
        run("qpdf", "--deterministic-id", "--compress-streams=y", "--object-streams=generate", fixed_path, path)


def objects(t):
    """Object number -> its text between 'obj' and 'endobj'."""
    return {int(m.group(1)): m.group(2) for m in re.finditer(r"\n(\d+) 0 obj\n(.*?)\nendobj", t, re.S)}


def replace_object(t, number, new_body):
    return re.sub(r"(\n%d 0 obj\n).*?(\nendobj)" % number, lambda m: m.group(1) + new_body + m.group(2), t, count=1, flags=re.S)


def elements(t, role):
    return [n for n, body in objects(t).items() if re.search(r"\n  /S /%s\n" % role, body) and "/StructElem" in body]


def edit_element(t, role, edit, index=0):
    number = elements(t, role)[index]
    return replace_object(t, number, edit(objects(t)[number]))


def add_key(body, entry):
    """Adds an entry to a dictionary object's text (QDF writes '<<' on its own line)."""
    return body.replace("<<\n", "<<\n  " + entry + "\n", 1)


def sub1(pattern, replacement, t):
    new, count = re.subn(pattern, replacement, t, count=1, flags=re.S)
    if count != 1:
        sys.exit("make-bad.py: pattern not found: " + pattern)
    return new


def page1_content(t, edit):
    m = re.search(r"(%% Contents for page 1\n.*?\nstream\n)(.*?)(\nendstream)", t, re.S)
    return t[: m.start(2)] + edit(m.group(2)) + t[m.end(2):]


def wrap_first_tagged_in_artifact(body):
    lines = body.split("\n")
    start = next(i for i, line in enumerate(lines) if re.search(r"<</MCID \d+>>\s*BDC$", line))
    depth = 0
    for end in range(start, len(lines)):
        if lines[end].endswith(("BDC", "BMC")):
            depth += 1
        elif lines[end] == "EMC":
            depth -= 1
            if depth == 0:
                break
    return "\n".join(lines[:start] + ["/Artifact BMC"] + lines[start:end + 1] + ["EMC"] + lines[end + 1:])


def untagged_text(body):
    font = re.search(r"(/F\d+) [\d.]+ Tf", body).group(1)
    return body + "\nBT\n%s 10 Tf\n72 72 Td\n<0001> Tj\nET" % font


def make_good(t):
    for number in elements(t, "TH"):
        if "/Scope" not in objects(t)[number]:
            t = replace_object(t, number, add_key(objects(t)[number], "/A << /O /Table /Scope /Column >>"))
    for i, number in enumerate(elements(t, "Note")):
        if "/ID" not in objects(t)[number]:
            t = replace_object(t, number, add_key(objects(t)[number], "/ID (note-%d)" % (i + 1)))
    if "pdfuaid" not in t:
        t = sub1(r'<rdf:Description rdf:about=""', '<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" pdfuaid:part="1"', t)
    return t


BAD = {
    "UA1-7.1": lambda t: sub1(r"/Marked true", "/Marked false", t),
    "01-007": lambda t: sub1(r"/Marked true", "/Marked true\n  /Suspects true", t),
    "06-001": lambda t: sub1(r"\n  /Metadata \d+ 0 R", "", t),
    "06-002": lambda t: sub1(r' xmlns:pdfuaid="[^"]*" pdfuaid:part="1"', "", t),
    "06-003": lambda t: sub1(r"<dc:title>.*?</dc:title>", "", t),
    "07-001": lambda t: sub1(r"\n  /DisplayDocTitle true", "", t),
    "07-002": lambda t: sub1(r"/DisplayDocTitle true", "/DisplayDocTitle false", t),
    "11-001": lambda t: sub1(r"\n  /Lang \([^)]*\)", "", t),
    "02-001": lambda t: edit_element(t, "P", lambda b: b.replace("/S /P\n", "/S /Paragraph\n")),
    "02-002": lambda t: sub1(r"/Type /StructTreeRoot", "/RoleMap << /Para /Texte /Texte /Para >>\n  /Type /StructTreeRoot",
                             edit_element(t, "P", lambda b: b.replace("/S /P\n", "/S /Para\n"))),
    "02-003": lambda t: sub1(r"/Type /StructTreeRoot", "/RoleMap << /P /Span >>\n  /Type /StructTreeRoot", t),
    "09-004": lambda t: edit_element(t, "TD", lambda b: b.replace("/S /TD\n", "/S /P\n")),
    "15-003": lambda t: edit_element(t, "TH", lambda b: re.sub(r"\n  /A <<.*?\n  >>|\n  /A << /O /Table /Scope /Column >>", "", b, count=1, flags=re.S)),
    "09-005": lambda t: edit_element(t, "LBody", lambda b: b.replace("/S /LBody\n", "/S /P\n")),
    "09-006": lambda t: edit_element(t, "Figure", lambda b: b.replace("/S /Figure\n", "/S /TOCI\n")),
    "13-004": lambda t: edit_element(t, "Figure", lambda b: re.sub(r"/Alt \([^)]*\)", "/Alt ()", b)),
    "14-002": lambda t: edit_element(t, "H1", lambda b: b.replace("/S /H1\n", "/S /H2\n")),
    "14-003": lambda t: edit_element(t, "H2", lambda b: b.replace("/S /H2\n", "/S /H3\n")),
    "19-003": lambda t: edit_element(t, "Note", lambda b: re.sub(r"\n  /ID \([^)]*\)", "", b)),
    "19-004": lambda t: edit_element(t, "P", lambda b: add_key(b.replace("/S /P\n", "/S /Note\n"), "/ID (note-1)"), -1),
    "01-003": lambda t: page1_content(t, lambda b: sub1(r"(<</MCID \d+>>\s*BDC\n)", r"\1/Artifact BMC\n0 0 1 1 re\nf\nEMC\n", b)),
    "01-004": lambda t: page1_content(t, wrap_first_tagged_in_artifact),
    "01-005": lambda t: page1_content(t, untagged_text),
    "28-008": lambda t: sub1(r"\n  /Tabs /S", "", t),
    "28-009": lambda t: sub1(r"/Tabs /S", "/Tabs /R", t),
    "28-011": lambda t: sub1(r"/StructParent (\d+)\n  /Subtype /Link", "/StructParent 9999\n  /Subtype /Link", t),
    "28-012": lambda t: sub1(r"\n  /Contents \([^)]*\)(\n  /F )", r"\1", t),
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    good = make_good(to_qdf(sys.argv[1]))
    write_pdf(good, os.path.join(HERE, "good.pdf"))
    os.makedirs(os.path.join(HERE, "bad"), exist_ok=True)
    for condition, mutate in BAD.items():
        write_pdf(mutate(good), os.path.join(HERE, "bad", condition + ".pdf"))


if __name__ == "__main__":
    main()
