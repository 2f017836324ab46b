using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

/// <summary>The title block at the top of the first page, from the document's metadata.</summary>
internal static class TitleBlockBuilder
{
    public static Element Build(DocumentMetadata metadata, PdfStyles styles)
    {
        var sheet = styles.Sheet;
        var parts = new List<Element>
        {
            new PaddingElement(new TaggedElement(PdfStyles.Line(metadata.Title, sheet.Title, TextAlignment.Left), StructureKind.Heading, 1),
                sheet.TitleGap.Before, sheet.TitleGap.After) { Collapses = true },
        };
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
            parts.Add(new PaddingElement(new TaggedElement(PdfStyles.Line(metadata.Subtitle, sheet.Subtitle, TextAlignment.Left), StructureKind.Paragraph),
                sheet.SubtitleGap.Before, sheet.SubtitleGap.After) { Collapses = true });

        var byline = string.Join("  ·  ", new[] { metadata.DisplayDate, metadata.Author }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (byline.Length > 0)
            parts.Add(new TaggedElement(PdfStyles.Line(byline, sheet.Byline, TextAlignment.Left), StructureKind.Paragraph));
        var rule = sheet.TitleRule;
        // The room under the line is the byline's space below in the .docx: it meets the next block's space above.
        var line = new RuleElement(rule.Above + rule.Thickness, rule.Thickness, rule.Color, rule.Above);
        parts.Add(new PaddingElement(line, 0, rule.Height - rule.Above - rule.Thickness) { Collapses = true });
        return new KeepWithNextElement(new ColumnElement(parts));
    }
}
