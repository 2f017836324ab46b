using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// An empty one-point paragraph with pageBreakBefore. Not a w:br type=page run: when the page above is full,
/// the paragraph holding the run spills onto the next page and then breaks again, leaving a blank page
/// (seen in LibreOffice); a break-before is satisfied by a paragraph that already starts a page.
internal static class PageBreakWriter
{
    public static void Write(List<OpenXmlElement> output)
    {
        var paragraph = new W.Paragraph();
        var properties = Paragraphs.Properties(paragraph);
        properties.PageBreakBefore = new W.PageBreakBefore();
        properties.SpacingBetweenLines = new W.SpacingBetweenLines
        {
            Before = "0",
            After = "0",
            Line = "20",
            LineRule = W.LineSpacingRuleValues.Exact,
        };
        output.Add(paragraph);
    }

    /// When the block written from <paramref name="start"/> on opens with a paragraph, that paragraph takes the break itself and
    /// the empty one goes: the block then starts the page, so its space above is dropped there as the PDF drops it.
    public static void Absorb(List<OpenXmlElement> output, int start)
    {
        if (start < 1 || start >= output.Count || output[start] is not W.Paragraph first || !IsBreak(output[start - 1]))
            return;
        Paragraphs.Properties(first).PageBreakBefore = new W.PageBreakBefore();
        output.RemoveAt(start - 1);
    }

    private static bool IsBreak(OpenXmlElement element) =>
        element is W.Paragraph { ParagraphProperties.PageBreakBefore: not null } paragraph && !paragraph.Elements<W.Run>().Any();
}
