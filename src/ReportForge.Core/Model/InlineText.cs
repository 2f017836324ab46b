namespace ReportForge.Model;

/// <summary>Plain text of inline content, for anchors, outlines and comparisons.</summary>
public static class InlineText
{
    /// <summary>The text of the inlines without styling; a line break reads as a space; deleted text is left out.</summary>
    public static string Plain(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        CodeSpan c => c.Text,
        Link l => Plain(l.Content),
        LineBreak => " ",
        FootnoteReference f => f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Tag t => t.Text,
        Inserted inserted => Plain(inserted.Content),
        Deleted => "", // the accepted text
        _ => "",
    }));
}
