namespace ReportForge.Model;

/// <summary>Which paragraph of a quote names its speaker, so that both writers set it flush left instead of justified.</summary>
public static class QuoteAttribution
{
    /// <summary>
    /// A paragraph of a quote, other than its first, that opens with a dash (em dash, horizontal bar or en dash):
    /// the typographic sign of an attribution line, as the shipped templates write it ("— Speaker, role").
    /// </summary>
    public static bool Is(Quote quote, int index) =>
        index > 0 && index < quote.Blocks.Count && quote.Blocks[index] is Paragraph paragraph && OpensWithDash(paragraph);

    private static bool OpensWithDash(Paragraph paragraph)
    {
        var text = InlineText.Plain(paragraph.Content).TrimStart();
        return text.Length > 0 && text[0] is '\u2014' or '\u2015' or '\u2013';
    }
}
