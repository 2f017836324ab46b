using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Markup;

/// <summary>
/// The <c>::: marking {level="NAME"}</c> container: every block inside carries the level (an inner container's
/// level wins). <c>level=""</c> marks nothing (what the <c>marking</c> function writes for an item the notes leave
/// unmarked); no level attribute, or a name that is no level of the template, is RF2143 at the template line.
/// </summary>
internal static class Markings
{
    public const string Name = "marking";

    public static bool IsMarking(CustomContainer container) => (container.Info ?? "").Trim() == Name;

    /// <summary>The level's name as the template spells it; null for <c>level=""</c>.</summary>
    public static string? Level(CustomContainer container, MarkingRules rules)
    {
        var given = BlockConverter.Attribute(container.TryGetAttributes(), "level");
        if (given is null)
            throw new MarkupError(ErrorCodes.MarkingUnknown,
                "::: marking gives no level; write ::: marking {{ marking item }} to take the item's own classification, or {level=\"NAME\"}",
                container.Span.Start, container.Line);
        if (given.Trim().Length == 0) return null;
        return rules.Find(given)?.Name
            ?? throw new MarkupError(ErrorCodes.MarkingUnknown,
                $"::: marking {{level=\"{given}\"}} names no level of the template; its levels are {string.Join(", ", rules.Levels.Select(l => l.Name))}",
                container.Span.Start, container.Line);
    }

    /// <summary>Gives <paramref name="block"/> and every block inside it that carries none the marking <paramref name="level"/>.</summary>
    public static Block Mark(Block block, string level) => block.Marking is not null ? block : block switch
    {
        Paragraph or Heading or Model.Table or Image or Model.CodeBlock => block with { Marking = level },
        Model.ListBlock list => list with { Items = [.. list.Items.Select(item => new ListItem(MarkAll(item.Blocks, level)))], Marking = level },
        Quote quote => quote with { Blocks = MarkAll(quote.Blocks, level), Marking = level },
        Callout callout => callout with { Blocks = MarkAll(callout.Blocks, level), Marking = level },
        KeepTogether keep => keep with { Blocks = MarkAll(keep.Blocks, level), Marking = level },
        Change change => change with { Blocks = MarkAll(change.Blocks, level), Marking = level },
        _ => block with { Marking = level },
    };

    private static List<Block> MarkAll(IReadOnlyList<Block> blocks, string level) => [.. blocks.Select(b => Mark(b, level))];

    /// <summary>The highest marking any of the blocks (and the blocks inside them) carries, by the template's order; null when none.</summary>
    public static string? Highest(IEnumerable<Block> blocks, MarkingRules rules)
    {
        string? highest = null;
        foreach (var block in blocks)
        {
            highest = rules.Higher(highest, block.Marking);
            var inner = block switch
            {
                Model.ListBlock list => list.Items.SelectMany(i => i.Blocks),
                Quote quote => quote.Blocks,
                Callout callout => callout.Blocks,
                KeepTogether keep => keep.Blocks,
                // A removed part still counts: the .docx carries it as a deletion under --track-changes.
                Change change => change.Blocks,
                _ => [],
            };
            highest = rules.Higher(highest, Highest(inner, rules));
        }
        return highest;
    }
}
