using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

/// <summary>The table of contents: a title and one entry per heading down to the block's level, in document order.</summary>
internal static class TableOfContentsBuilder
{
    public static Element Build(TableOfContents toc, IReadOnlyList<Block> documentBlocks, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var spacing = styles.Theme.Spacing;
        var title = toc.Title ?? styles.Theme.Wording.Contents;
        var parts = new List<Element>
        {
            new PaddingElement(new KeepWithNextElement(new TaggedElement(new TextBlockElement([new TextSpan(title, styles.Heading(1), styles.HeadingColor)],
                TextAlignment.Left, 1.2), StructureKind.Paragraph)), 0, spacing.HeadingAfter + 2),
        };
        foreach (var heading in Headings(documentBlocks).Where(h => h.Level <= toc.MaxLevel))
        {
            var face = heading.Level == 1 ? styles.Body with { Bold = true } : styles.Body;
            // The title stays at the left whatever its direction: the leaders run from its end to the page number.
            var text = new TextBlockElement([new TextSpan(HeadingBuilder.Title(heading), face, styles.Text)], TextAlignment.Left,
                styles.LineHeight) { FollowsDirection = false };
            var entry = new TocEntryElement(text, heading.Anchor, (heading.Level - 1) * spacing.ListIndent, styles.Body, styles.Text);
            parts.Add(new PaddingElement(entry, heading.Level == 1 ? 3 : 0, 1));
        }
        return new PaddingElement(new TaggedElement(new ColumnElement(parts), StructureKind.TableOfContents), 0, spacing.Paragraph * 2);
    }

    private static IEnumerable<Heading> Headings(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    yield return heading;
                    break;
                case Model.KeepTogether keep:
                    foreach (var h in Headings(keep.Blocks)) yield return h;
                    break;
            }
        }
    }
}
