using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Markup;

/// <summary>
/// Portion marks (the theme's <c>portion_marks</c>): each paragraph, list item, table and figure that carries a
/// marking starts with its level's short form in brackets, "(OS) ". They are written into the model as ordinary
/// text, so both writers show the same words, tagged as part of the paragraph, caption or cell they begin.
/// </summary>
internal static class PortionMarks
{
    public static List<Block> Apply(IEnumerable<Block> blocks, MarkingRules rules) => [.. blocks.Select(b => Apply(b, rules))];

    private static Block Apply(Block block, MarkingRules rules)
    {
        var mark = block.Marking is { } level ? $"({rules.Find(level)?.ShortForm ?? level})" : null;
        return block switch
        {
            Paragraph paragraph when mark is not null && paragraph.Content.Count > 0 =>
                paragraph with { Content = [new TextRun(mark + " "), .. paragraph.Content] },
            Model.ListBlock list => list with { Items = [.. list.Items.Select(item => new ListItem(Apply(item.Blocks, rules)))] },
            Quote quote => quote with { Blocks = Apply(quote.Blocks, rules) },
            Callout callout => callout with { Blocks = Apply(callout.Blocks, rules) },
            KeepTogether keep => keep with { Blocks = Apply(keep.Blocks, rules) },
            Change change => change with { Blocks = Apply(change.Blocks, rules) },
            Model.Table table when mark is not null => MarkTable(table, mark),
            // A chart's mark goes before its title, which heads its data table as the caption does a table's.
            Chart chart when mark is not null => chart with { Title = chart.Title is { Length: > 0 } title ? $"{mark} {title}" : mark },
            Image image when mark is not null => image with { Caption = image.Caption is { Length: > 0 } caption ? $"{mark} {caption}" : mark },
            _ => block,
        };
    }

    // A table's mark goes before its caption; a table without one carries it in its first cell.
    private static Model.Table MarkTable(Model.Table table, string mark)
    {
        if (table.Caption is { Length: > 0 } caption) return table with { Caption = $"{mark} {caption}" };
        if (table.Rows.Count == 0 || table.Rows[0].Cells.Count == 0) return table;
        var first = table.Rows[0];
        var cell = new Model.TableCell([new TextRun(mark + " "), .. first.Cells[0].Content]);
        Model.TableRow row = new([cell, .. first.Cells.Skip(1)]);
        return table with { Rows = [row, .. table.Rows.Skip(1)] };
    }
}
