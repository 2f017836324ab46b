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
        // A group that ends with a table ends with its last row, as in the PDF: the spacer after the table is the gap
        // below the group, which may fall at the foot of the page, and the last row keeps with nothing.
        var endsWithTable = blocks.Count >= 2 && blocks[^2] is W.Table && blocks[^1] is W.Paragraph;
        var lastRow = endsWithTable ? ((W.Table)blocks[^2]).Elements<W.TableRow>().LastOrDefault()?.Descendants<W.Paragraph>().ToHashSet() : null;
        var kept = endsWithTable ? blocks.Take(blocks.Count - 1) : blocks;
        var paragraphs = kept.SelectMany(b => b is W.Paragraph p ? [p] : b.Descendants<W.Paragraph>()).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var properties = Paragraphs.Properties(paragraphs[i]);
            properties.KeepLines = new W.KeepLines();
            if (i < paragraphs.Count - 1 && lastRow?.Contains(paragraphs[i]) != true)
                properties.KeepNext = new W.KeepNext();
        }
        output.AddRange(blocks);
    }
}
