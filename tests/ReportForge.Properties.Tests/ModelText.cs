using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>
/// The text a reader should find in the outputs, in document order, in groups: each group follows the one
/// before, while the texts inside a group may come in any order (the cells of a table row that breaks across
/// pages each go on at the top of the next page, so one cell's end is read after its neighbour's start).
/// </summary>
internal static class ModelText
{
    public static IEnumerable<IReadOnlyList<string>> Body(Document document) => document.Blocks.SelectMany(Groups);

    public static IEnumerable<IReadOnlyList<string>> Footnotes(Document document) => document.Footnotes.SelectMany(f => f.Blocks.SelectMany(Groups));

    private static IEnumerable<IReadOnlyList<string>> Groups(Block block) => block switch
    {
        Table t => t.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => InlineText.Plain(c.Content)).ToList()).Prepend([t.Caption ?? ""]),
        Quote q => q.Blocks.SelectMany(Groups),
        Callout c => c.Title is null ? c.Blocks.SelectMany(Groups) : c.Blocks.SelectMany(Groups).Prepend([c.Title]),
        KeepTogether k => k.Blocks.SelectMany(Groups),
        Change c => c.Accepted.SelectMany(Groups),
        ListBlock l => l.Items.SelectMany(i => i.Blocks.SelectMany(Groups)),
        _ => Of(block).Select(text => (IReadOnlyList<string>)[text]),
    };

    private static IEnumerable<string> Of(Block block) => block switch
    {
        Heading h => [InlineText.Plain(h.Content)],
        Paragraph p => [InlineText.Plain(p.Content)],
        CodeBlock c => [c.Text],
        Quote q => q.Blocks.SelectMany(Of),
        Callout c => c.Title is null ? c.Blocks.SelectMany(Of) : c.Blocks.SelectMany(Of).Prepend(c.Title),
        KeepTogether k => k.Blocks.SelectMany(Of),
        Change c => c.Accepted.SelectMany(Of),
        ListBlock l => l.Items.SelectMany(i => i.Blocks.SelectMany(Of)),
        Table t => t.Rows.SelectMany(r => r.Cells.Select(c => InlineText.Plain(c.Content))).Prepend(t.Caption ?? ""),
        Image i => [i.Caption ?? ""],
        _ => [],
    };
}
