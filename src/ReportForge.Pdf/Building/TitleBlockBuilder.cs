using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

/// <summary>The title block at the top of the first page, from the document's metadata.</summary>
internal static class TitleBlockBuilder
{
    public static Element Build(DocumentMetadata metadata, PdfStyles styles)
    {
        var sizes = styles.Theme.Sizes;
        var parts = new List<Element>
        {
            new PaddingElement(new TaggedElement(new TextBlockElement([new TextSpan(metadata.Title, styles.Heading(1) with { Size = sizes.Title },
                styles.HeadingColor)], TextAlignment.Left, 1.15), StructureKind.Heading, 1), 0, 4),
        };
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
            parts.Add(new PaddingElement(new TaggedElement(new TextBlockElement([new TextSpan(metadata.Subtitle, styles.Body with { Size = sizes.Subtitle },
                styles.Accent)], TextAlignment.Left, 1.25), StructureKind.Paragraph), 0, 3));

        var byline = string.Join("  ·  ", new[] { metadata.DisplayDate, metadata.Author }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (byline.Length > 0)
            parts.Add(new TaggedElement(new TextBlockElement([new TextSpan(byline, styles.Body with { Size = sizes.Body - 0.5 }, styles.Muted)],
                TextAlignment.Left, 1.3), StructureKind.Paragraph));
        parts.Add(new RuleElement(16, 1.2, styles.Accent));
        return new KeepWithNextElement(new ColumnElement(parts));
    }
}
