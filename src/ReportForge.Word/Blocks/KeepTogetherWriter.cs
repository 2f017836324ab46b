using DocumentFormat.OpenXml;
using ReportForge.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// Keeps a group on one page: every paragraph keeps its lines together and stays with the next, except the last.
internal static class KeepTogetherWriter
{
    public static void Write(KeepTogether keep, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var blocks = new List<OpenXmlElement>();
        BlockWriter.WriteAll(keep.Blocks, context, scope, blocks);
        var paragraphs = blocks.SelectMany(b => b is W.Paragraph p ? [p] : b.Descendants<W.Paragraph>()).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var properties = Paragraphs.Properties(paragraphs[i]);
            properties.KeepLines = new W.KeepLines();
            if (i < paragraphs.Count - 1)
                properties.KeepNext = new W.KeepNext();
        }
        output.AddRange(blocks);
    }
}
