using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A list with its own w:num. An item's first paragraph carries the number; its other blocks are indented
/// to the item's text; nested lists go one level deeper. An ordered list's numbers are right-aligned in the PDF's
/// label column (ListLabels): the first line starts at the column's label edge, where a right-aligned number ends,
/// and the text hangs at the column's width.
internal static class ListWriter
{
    // LibreOffice 7.4 keeps a list's start in 16 bits: a start past this shows as another number (65536 as 0).
    private const int MaxStart = short.MaxValue;

    public static void Write(ListBlock list, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var level = scope.ListLevel + 1;
        // Numbers past that are written as text before a tab, with the numbered paragraph's indents: the tab takes the
        // text to the same stop past the number as Word's own numbering would, and so where the PDF puts it.
        // So are letters and Roman numerals too long for a label, which are decimal (ListLabels.Ordered).
        var literal = list.Ordered && ((long)list.Start + list.Items.Count - 1 > MaxStart
            || Enumerable.Range(0, list.Items.Count).Any(i => !ListLabels.InWordFormat((long)list.Start + i, level)));
        var numId = literal ? 0 : context.Numbering.AddList(list.Ordered, level, list.Start);
        var column = list.Ordered ? context.OrderedColumn(list, level) : (ListColumn?)null;
        var width = column is { } c ? Units.Twips(c.Width) : context.Numbering.Indent(list.Ordered);
        // From the first line's start to the text: the bullet's whole indent, or the gap after a right-aligned number.
        var hanging = column is { } o ? width - Units.Twips(o.LabelRight) : width;
        var itemScope = new BlockScope(scope.Indent + width, scope.Width, level);
        var first = output.Count;

        for (var i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            var blocks = new List<OpenXmlElement>();
            BlockWriter.WriteAll(item.Blocks, context, itemScope, blocks);
            var numbered = item.Blocks.Count > 0 && item.Blocks[0] is Model.Paragraph && blocks[0] is W.Paragraph p
                ? p
                : InsertEmpty(blocks, itemScope);
            if (literal) Label(numbered, ListLabels.Ordered((long)list.Start + i, level), scope.Indent, itemScope.Indent, hanging);
            else Number(numbered, numId, level, itemScope.Indent, hanging);
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

    // A number as text: the first line starts at the list's edge, a right tab stop sets the number where numbering
    // would end it, and a left stop at the text's indent takes the text there.
    private static void Label(W.Paragraph paragraph, string label, int edge, int left, int hanging)
    {
        var properties = Paragraphs.Properties(paragraph);
        properties.Tabs = new W.Tabs(
            new W.TabStop { Val = W.TabStopValues.Right, Position = left - hanging },
            new W.TabStop { Val = W.TabStopValues.Left, Position = left });
        properties.Indentation = new W.Indentation { Left = Units.Text(left), Hanging = Units.Text(left - edge) };
        paragraph.InsertAfter(Inlines.TextRuns.Run("\t" + label + "\t", null), properties);
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
