using System.Globalization;
using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

/// <summary>Footnotes in the small face, each led by its raised number, for the foot of the page.</summary>
internal static class FootnoteBuilder
{
    public static FootnoteArea Build(IReadOnlyList<Footnote> footnotes, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var sheet = styles.Sheet;
        var face = PdfStyles.Face(sheet.Footnote);
        var notes = new Dictionary<int, Element>();
        var endsWithoutGap = new HashSet<int>();
        foreach (var footnote in footnotes)
        {
            var parts = new List<Element>();
            for (var i = 0; i < footnote.Blocks.Count; i++)
            {
                var block = footnote.Blocks[i];
                if (block is not Paragraph paragraph)
                {
                    parts.Add(builder.Block(block, compact: true, last: i == footnote.Blocks.Count - 1));
                    if (i == footnote.Blocks.Count - 1) endsWithoutGap.Add(footnote.Number);
                    continue;
                }
                var spans = InlineSpans.From(paragraph.Content, face, sheet.Footnote.Color, styles, builder.Hyphenator);
                if (i == 0)
                {
                    var number = footnote.Number.ToString(CultureInfo.InvariantCulture);
                    var (scale, rise) = sheet.NoteNumber;
                    // The space after the number is in the text's size, as the .docx's space run is.
                    spans.Insert(0, new TextSpan("\u00A0", face, sheet.Footnote.Color));
                    spans.Insert(0, new TextSpan(number, face with { Size = face.Size * scale }, sheet.Footnote.Color, Rise: face.Size * rise));
                }
                parts.Add(new PaddingElement(new TextBlockElement(spans, TextAlignment.Left, sheet.Footnote.LineFactor), 0,
                    i == footnote.Blocks.Count - 1 ? sheet.FootnoteGap : sheet.FootnoteParagraphGap));
            }
            // The level of a Note is its footnote's number, which gives it its /ID; its number in the text links to it.
            notes[footnote.Number] = new TaggedElement(new ColumnElement(parts), StructureKind.Note, footnote.Number, FootnoteArea.Anchor(footnote.Number));
        }
        return new FootnoteArea(notes, sheet.FootnoteRule.Color, sheet.FootnoteRule.Height, sheet.FootnoteGap, endsWithoutGap);
    }
}
