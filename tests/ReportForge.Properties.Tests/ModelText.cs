using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>The text a reader should find in the outputs, block by block in document order.</summary>
internal static class ModelText
{
    public static IEnumerable<string> Body(Document document) => document.Blocks.SelectMany(Of);

    public static IEnumerable<string> Footnotes(Document document) => document.Footnotes.SelectMany(f => f.Blocks.SelectMany(Of));

    private static IEnumerable<string> Of(Block block) => block switch
    {
        Heading h => [InlineText.Plain(h.Content)],
        Paragraph p => [InlineText.Plain(p.Content)],
        CodeBlock c => [c.Text],
        Quote q => q.Blocks.SelectMany(Of),
        Callout c => c.Title is null ? c.Blocks.SelectMany(Of) : c.Blocks.SelectMany(Of).Prepend(c.Title),
        KeepTogether k => k.Blocks.SelectMany(Of),
        ListBlock l => l.Items.SelectMany(i => i.Blocks.SelectMany(Of)),
        Table t => t.Rows.SelectMany(r => r.Cells.Select(c => InlineText.Plain(c.Content))).Prepend(t.Caption ?? ""),
        Image i => [i.Caption ?? ""],
        _ => [],
    };
}
