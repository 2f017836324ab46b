using DocumentFormat.OpenXml;
using ReportForge.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A list with its own w:num. An item's first paragraph carries the number; its other blocks are indented
/// to the item's text; nested lists go one level deeper.
internal static class ListWriter
{
    public static void Write(ListBlock list, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var level = scope.ListLevel + 1;
        var numId = context.Numbering.AddList(list.Ordered, level, list.Start);
        var hanging = context.Numbering.Indent(list.Ordered);
        var itemScope = new BlockScope(scope.Indent + hanging, scope.Width, level);
        var first = output.Count;

        foreach (var item in list.Items)
        {
            var blocks = new List<OpenXmlElement>();
            BlockWriter.WriteAll(item.Blocks, context, itemScope, blocks);
            var numbered = item.Blocks.Count > 0 && item.Blocks[0] is Model.Paragraph && blocks[0] is W.Paragraph p
                ? p
                : InsertEmpty(blocks, itemScope);
            Number(numbered, numId, level, itemScope.Indent, hanging);
            foreach (var block in blocks.OfType<W.Paragraph>().Where(b => Paragraphs.Style(b) == StyleIds.ListParagraph))
                Paragraphs.SpaceAfter(block, context.Sheet.ListItemGap);
            output.AddRange(blocks);
        }

        if (level == 0 && output.Count > first && output[^1] is W.Paragraph last)
            Paragraphs.SpaceAfter(last, context.Sheet.ListGap.After);
    }

    private static W.Paragraph InsertEmpty(List<OpenXmlElement> blocks, BlockScope scope)
    {
        var p = Paragraphs.New(StyleIds.ListParagraph);
        Paragraphs.Indent(p, scope);
        blocks.Insert(0, p);
        return p;
    }

    private static void Number(W.Paragraph paragraph, int numId, int level, int left, int hanging)
    {
        var properties = Paragraphs.Properties(paragraph);
        properties.NumberingProperties = new W.NumberingProperties(
            new W.NumberingLevelReference { Val = level },
            new W.NumberingId { Val = numId });
        properties.Indentation = new W.Indentation { Left = Units.Text(left), Hanging = Units.Text(hanging) };
    }
}
