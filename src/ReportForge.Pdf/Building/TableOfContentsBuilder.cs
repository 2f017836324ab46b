using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

/// <summary>The table of contents: a title and one entry per heading down to the block's level, in document order.</summary>
internal static class TableOfContentsBuilder
{
    public static Element Build(TableOfContents toc, IReadOnlyList<Block> documentBlocks, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var sheet = styles.Sheet;
        // Too short a document for a contents (the theme's contents.min_entries): nothing, as in the .docx.
        if (!styles.Theme.Contents.Shows(toc, documentBlocks)) return new ColumnElement([]);
        var title = toc.Title ?? ThemeWords.Resolve(styles.Theme.Wording.Contents, null);
        var titleLine = new PaddingElement(new KeepWithNextElement(new TaggedElement(PdfStyles.Line(title, sheet.ContentsTitle, TextAlignment.Left),
            StructureKind.Paragraph)), sheet.ContentsTitleGap.Before, sheet.ContentsTitleGap.After) { Collapses = true };
        var parts = new List<Element>();
        var entries = Headings(documentBlocks).Where(h => h.Level <= toc.MaxLevel).ToList();
        var nesting = new TocNesting([.. entries.Select(h => h.Level)]);
        foreach (var heading in entries)
        {
            var look = sheet.ContentsEntry(heading.Level);
            // The title stays at the left whatever its direction: the leaders run from its end to the page number.
            var text = new TextBlockElement([new TextSpan(HeadingBuilder.Title(heading), PdfStyles.Face(look), look.Color)], TextAlignment.Left,
                look.LineFactor) { FollowsDirection = false };
            var entry = new TocEntryElement(text, heading.Anchor, sheet.ContentsIndent(heading.Level), styles.Body, sheet.Body.Color,
                nesting, parts.Count);
            var gap = sheet.ContentsEntryGap(heading.Level);
            // The last entry carries the space below the contents, as its paragraph does in the .docx.
            var after = heading == entries[^1] ? Math.Max(gap.After, sheet.ContentsGap.After) : gap.After;
            parts.Add(new PaddingElement(entry, gap.Before, after) { Collapses = true });
        }
        // The title stands before the TOC, not in it: a TOC holds only TOCI (ISO 32000-1, table 333; Matterhorn 09-006).
        // The entries' column meets the title's spacing and keeps it company across a page as the flat column did.
        if (parts.Count == 0) return new ColumnElement([titleLine]);
        return new ColumnElement([titleLine, new TocElement(new ColumnElement(parts), nesting)]);
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
                case Change change:
                    foreach (var h in Headings(change.Accepted)) yield return h;
                    break;
            }
        }
    }
}
