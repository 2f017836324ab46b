using System.Globalization;
using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A real TOC field inside a "Table of Contents" content control, with its result already filled: one
/// TOCn paragraph per heading down to MaxLevel, each a hyperlink to the heading's bookmark with a dot-leader
/// tab and the page from the layout's page map (a PAGEREF field, so Word can refresh it). Without a reference
/// document nothing asks for an update when the file opens, and LibreOffice, which does not refresh a TOC on
/// conversion, shows it as written. With one, the field is marked dirty (see <see cref="MarkDirty"/>).
internal static class TableOfContentsWriter
{
    public static void Write(TableOfContents toc, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        // Too short a document for a contents (the theme's contents.min_entries): nothing, as in the PDF.
        if (!context.Theme.Contents.Shows(toc, context.Outline.Blocks)) return;
        var content = new W.SdtContentBlock();
        var title = Paragraphs.New(StyleIds.TocHeading);
        title.Append(TextRuns.Run(toc.Title ?? ThemeWords.Resolve(context.Theme.Wording.Contents, null), null));
        content.Append(title);

        var maxLevel = Math.Clamp(toc.MaxLevel, 1, StyleIds.MaxHeadingLevel);
        var instruction = $"TOC \\o \"1-{maxLevel.ToString(CultureInfo.InvariantCulture)}\" \\h \\z \\u";
        var entries = context.Outline.Headings.Where(h => h.Level <= maxLevel).ToList();
        var tabPosition = scope.Available;
        if (entries.Count == 0)
        {
            content.Append(new W.Paragraph(Fields.Complete(instruction, null)));
        }
        for (var i = 0; i < entries.Count; i++)
            content.Append(Entry(entries[i], context, tabPosition, i == 0 ? instruction : null, i == entries.Count - 1));

        if (context.ContentsMayBeStale)
            MarkDirty(content);

        output.Add(new W.SdtBlock(
            new W.SdtProperties(
                new W.SdtContentDocPartObject(
                    new W.DocPartGallery { Val = "Table of Contents" },
                    new W.DocPartUnique())),
            content));
    }

    /// Marks the TOC field dirty on its begin fldChar, so Word rebuilds it (entries and pages) when it opens the
    /// file. This, not w:updateFields in the settings, because it names only the field whose result we cannot
    /// promise: w:updateFields asks Word to recalculate every field of the document on every open until someone
    /// saves it, and Word then asks before it updates either way. A dirty TOC is how pandoc writes its contents
    /// too. Unverified in Word here; LibreOffice ignores the flag and shows the pre-filled entries.
    private static void MarkDirty(W.SdtContentBlock content) =>
        content.Descendants<W.FieldChar>().First(c => c.FieldCharType?.Value == W.FieldCharValues.Begin).Dirty = true;

    /// The field begins in the first entry's paragraph and ends in the last one's, as Word writes it.
    private static W.Paragraph Entry(Heading heading, WordContext context, int tabPosition, string? beginField, bool endField)
    {
        var paragraph = Paragraphs.New(StyleIds.Toc(heading.Level));
        var properties = Paragraphs.Properties(paragraph);
        properties.Tabs = new W.Tabs(new W.TabStop
        {
            Val = W.TabStopValues.Right,
            Leader = W.TabStopLeaderCharValues.Dot,
            Position = tabPosition,
        });
        // Also written on the paragraph: LibreOffice lays out an imported contents with its own index styles.
        var sheet = context.Sheet;
        var gap = sheet.ContentsEntryGap(heading.Level);
        // The last entry carries the space below the contents, as in the PDF.
        if (endField)
            gap = gap with { After = Math.Max(gap.After, sheet.ContentsGap.After) };
        properties.SpacingBetweenLines = StylesPart.Spacing(gap, sheet.ContentsEntry(heading.Level));
        properties.Indentation = new W.Indentation { Left = Units.TwipsText(sheet.ContentsIndent(heading.Level)) };
        if (beginField is not null)
            paragraph.Append(Fields.Begin(), Fields.Instruction(beginField), Fields.Separate());
        var bookmark = BookmarkNames.For(heading.Anchor);
        var hyperlink = new W.Hyperlink { Anchor = bookmark, History = OnOffValue.FromBoolean(true) };
        hyperlink.Append(TextRuns.Run(PlainText.Of(heading.Content), null));
        hyperlink.Append(new W.Run(new W.TabChar()));
        // The page number is filled in once the PDF layout has given it: the field's result run waits for it.
        var result = new W.Run();
        context.PageNumbers.Add(heading.Anchor, result);
        hyperlink.Append(Fields.Around($"PAGEREF {bookmark} \\h", result));
        paragraph.Append(hyperlink);
        if (endField)
            paragraph.Append(Fields.End());
        return paragraph;
    }
}
