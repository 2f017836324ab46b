using DocumentFormat.OpenXml;
using ReportForge.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// Quoted blocks, indented; plain paragraphs among them take the Quote style (bar, colour, upright).
internal static class QuoteWriter
{
    public static void Write(Quote quote, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var blocks = new List<OpenXmlElement>();
        BlockWriter.WriteAll(quote.Blocks, context, scope.Indented(StylesPart.QuoteIndent), blocks);
        foreach (var paragraph in blocks.OfType<W.Paragraph>().Where(p => Paragraphs.Style(p) is null))
            Paragraphs.SetStyle(paragraph, StyleIds.Quote);
        output.AddRange(blocks);
    }
}
