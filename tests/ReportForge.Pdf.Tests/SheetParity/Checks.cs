using System.Xml.Linq;
using ReportForge.Pdf.Building;
using ReportForge.Theming;
using static ReportForge.Pdf.Tests.SheetParity.Parity;

namespace ReportForge.Pdf.Tests.SheetParity;

/// <summary>The checks every kind shares: a text look on both sides, line pitch, the space between two blocks.</summary>
internal static class Checks
{
    /// <summary>The PDF drew <paramref name="text"/> in the look's face and colour.</summary>
    public static void PdfText(Parity check, string what, SheetCanvas.Text text, TextLook look)
    {
        check.PdfEqual($"{what} face", PdfStyles.Face(look), text.Face);
        check.PdfEqual($"{what} colour", look.Color.Hex, text.Color.Hex);
    }

    /// <summary>Consecutive lines of one block stand the look's pitch apart (or ascent plus descent, where larger).</summary>
    public static void PdfPitch(Parity check, string what, IReadOnlyList<PdfDrawing.Line> lines, TextLook look)
    {
        if (lines.Count < 2)
        {
            check.Fail($"{what} drew {lines.Count} line(s); the pitch needs two");
            return;
        }
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Page == lines[i - 1].Page)
                check.Pdf($"{what} baseline to baseline, line {i} to {i + 1}", PdfDrawing.Height(look), lines[i].Baseline - lines[i - 1].Baseline);
        }
    }

    /// <summary>From the bottom of the upper block's last line box to the top of the lower block's first.</summary>
    public static double PdfGap(Parity check, IReadOnlyList<PdfDrawing.Line> upper, TextLook upperLook,
        IReadOnlyList<PdfDrawing.Line> lower, TextLook lowerLook)
    {
        if (upper[^1].Page != lower[0].Page) check.Fail($"'{upper[^1].First.Value}' and '{lower[0].First.Value}' fell on different pages");
        return PdfDrawing.Top(lower[0], lowerLook) - PdfDrawing.Bottom(upper[^1], upperLook);
    }

    /// <summary>The .docx run holding <paramref name="tag"/> resolves to the look's font, size, colour, weight and slant.</summary>
    public static void WordText(Parity check, string what, DocxXml docx, XElement paragraph, string tag, TextLook look)
    {
        var run = docx.RunChain(paragraph, tag).ToList();
        check.Word($"{what} w:rFonts ascii", look.Family, DocxXml.Find(run, "rFonts", "ascii"));
        check.Word($"{what} w:sz", Half(look.Size), DocxXml.Find(run, "sz"));
        check.Word($"{what} w:color", look.Color.Hex, DocxXml.Find(run, "color"));
        check.Word($"{what} w:b", look.Bold, DocxXml.On(run, "b"));
        check.Word($"{what} w:i", look.Italic, DocxXml.On(run, "i"));
    }

    /// <summary>The paragraph's w:spacing: before and after from the gap, "at least" the look's pitch.</summary>
    public static void WordSpacing(Parity check, string what, DocxXml docx, XElement paragraph, Gap gap, TextLook look)
    {
        var chain = docx.ParagraphChain(paragraph).ToList();
        check.Word($"{what} w:spacing before", Tw(gap.Before), DocxXml.Find(chain, "spacing", "before") ?? "0");
        check.Word($"{what} w:spacing after", Tw(gap.After), DocxXml.Find(chain, "spacing", "after") ?? "0");
        WordPitch(check, what, chain, look);
    }

    public static void WordPitch(Parity check, string what, IReadOnlyList<XElement> chain, TextLook look)
    {
        check.Word($"{what} w:spacing line", Tw(look.Pitch), DocxXml.Find(chain, "spacing", "line"));
        check.Word($"{what} w:spacing lineRule", "atLeast", DocxXml.Find(chain, "spacing", "lineRule"));
    }

    public static double After(DocxXml docx, XElement paragraph) => Points(DocxXml.Find(docx.ParagraphChain(paragraph), "spacing", "after"));

    public static double Before(DocxXml docx, XElement paragraph) => Points(DocxXml.Find(docx.ParagraphChain(paragraph), "spacing", "before"));

    /// <summary>
    /// The space Word puts between two body blocks, by the rule both writers follow: adjacent paragraphs meet as
    /// max(after, before); the empty spacer paragraphs of exact height that stand around tables, boxes and code add
    /// their height to the upper's after and the lower's before. A table has no space of its own.
    /// </summary>
    public static double WordGap(Parity check, DocxXml docx, XElement upper, XElement lower)
    {
        var top = TopLevel(docx, upper);
        var bottom = TopLevel(docx, lower);
        var spacers = new List<double>();
        foreach (var between in top.ElementsAfterSelf().TakeWhile(e => e != bottom))
        {
            var spacing = DocxXml.Child(between, "pPr/spacing");
            if (between.Name != DocxXml.W + "p" || DocxXml.Text(between).Length > 0 || DocxXml.Attr(spacing, "lineRule") != "exact")
            {
                check.Fail($"between '{Short(top)}' and '{Short(bottom)}' stands {between.Name.LocalName} '{Short(between)}', not a spacer");
                continue;
            }
            spacers.Add(Points(DocxXml.Attr(spacing, "line")) + Points(DocxXml.Attr(spacing, "before")) + Points(DocxXml.Attr(spacing, "after")));
        }
        var after = top.Name == DocxXml.W + "p" ? After(docx, top) : 0;
        var before = bottom.Name == DocxXml.W + "p" ? Before(docx, bottom) : 0;
        return spacers.Count == 0 ? Math.Max(after, before) : after + spacers.Sum() + before;
    }

    /// <summary>
    /// From the bottom of the upper paragraph's last line to the top of the lower's first, as Word stacks them: the
    /// space between their body blocks (<see cref="WordGap"/>), plus, where a paragraph sits in a table cell (a box),
    /// the cell's margin and the paragraph's own space, or, where it has a border on that side, the border's space
    /// and width.
    /// </summary>
    public static double WordTextGap(Parity check, DocxXml docx, XElement upper, XElement lower)
    {
        var top = TopLevel(docx, upper);
        var bottom = TopLevel(docx, lower);
        if (top == bottom)
        {
            // In one table: in one cell the paragraphs meet as anywhere; from row to row the cells' margins come between.
            var upperCell = upper.Ancestors(DocxXml.W + "tc").First();
            if (upperCell == lower.Ancestors(DocxXml.W + "tc").First()) return Math.Max(After(docx, upper), Before(docx, lower));
            return After(docx, upper) + CellMargin(upper, "bottom") + CellMargin(lower, "top") + Before(docx, lower);
        }
        var gap = WordGap(check, docx, top, bottom);
        gap += top == upper ? Border(docx, upper, "bottom") : CellMargin(upper, "bottom") + After(docx, upper);
        gap += bottom == lower ? Border(docx, lower, "top") : CellMargin(lower, "top") + Before(docx, lower);
        return gap;
    }

    /// <summary>A paragraph border's space and width on one side, in points; nothing where it has none.</summary>
    public static double Border(DocxXml docx, XElement paragraph, string side)
    {
        var border = docx.ParagraphChain(paragraph).Select(c => DocxXml.Child(c, "pBdr/" + side)).FirstOrDefault(b => b is not null);
        if (border is null || DocxXml.Attr(border, "val") is "nil" or "none") return 0;
        return double.Parse(DocxXml.Attr(border, "space") ?? "0", System.Globalization.CultureInfo.InvariantCulture)
            + double.Parse(DocxXml.Attr(border, "sz") ?? "0", System.Globalization.CultureInfo.InvariantCulture) / 8;
    }

    /// <summary>The margin of the cell holding <paramref name="paragraph"/> on one side: the cell's own, else the table's.</summary>
    public static double CellMargin(XElement paragraph, string side)
    {
        var cell = paragraph.Ancestors(DocxXml.W + "tc").First();
        var table = cell.Ancestors(DocxXml.W + "tbl").First();
        var margin = DocxXml.Child(cell, "tcPr/tcMar/" + side) ?? DocxXml.Child(table, "tblPr/tblCellMar/" + side);
        return Points(DocxXml.Attr(margin, "w"));
    }

    private static string Short(XElement element) => DocxXml.Text(element) is { Length: > 24 } text ? text[..24] + "…" : DocxXml.Text(element);

    public static XElement TopLevel(DocxXml docx, XElement element) => element.AncestorsAndSelf().First(e => e.Parent == docx.Body);
}
