using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>Plain text and flattening of model blocks, for assertions.</summary>
internal static class ModelText
{
    public static IEnumerable<Block> Flatten(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                Quote q => q.Blocks,
                Callout c => c.Blocks,
                KeepTogether k => k.Blocks,
                Change c => c.Accepted,
                ListBlock l => l.Items.SelectMany(i => i.Blocks).ToList(),
                _ => [],
            };
            foreach (var child in Flatten(children)) yield return child;
        }
    }

    public static string Of(Block block) => block switch
    {
        Heading h => InlineText.Plain(h.Content),
        Paragraph p => InlineText.Plain(p.Content),
        Table t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => InlineText.Plain(c.Content))))),
        CodeBlock c => c.Text,
        Quote q => string.Join("\n", q.Blocks.Select(Of)),
        Callout c => string.Join("\n", c.Blocks.Select(Of)),
        KeepTogether k => string.Join("\n", k.Blocks.Select(Of)),
        Change c => string.Join("\n", c.Accepted.Select(Of)),
        Chart c => (c.Title is null ? "" : c.Title + "\n") + string.Join("\n", c.Categories.Select(k => k.Label)),
        ListBlock l => string.Join("\n", l.Items.Select(i => string.Join("\n", i.Blocks.Select(Of)))),
        _ => "",
    };

    public static string All(IEnumerable<Block> blocks) => string.Join("\n", blocks.Select(Of));
}
