using System.Runtime.CompilerServices;
using ReportForge.Diagnostics;

namespace ReportForge.Model;

/// <summary>
/// Where each top-level block of a converted document came from (the template line behind its markup, or the markup line),
/// for errors found after conversion — a block the page cannot hold. Kept beside the model, keyed by the block
/// itself: blocks compare by value, and a document built in code simply has no origins.
/// </summary>
public static class BlockOrigins
{
    private static readonly ConditionalWeakTable<Block, Origin> Table = [];

    /// <summary>A block's source location and its line in the markup (1-based).</summary>
    public sealed record Origin(SourceLocation Location, int MarkupLine);

    /// <summary>Records where <paramref name="block"/> came from.</summary>
    public static void Set(Block block, Origin origin) => Table.AddOrUpdate(block, origin);

    /// <summary>Where <paramref name="block"/> came from, if it was converted from markup.</summary>
    public static Origin? Of(Block block) => Table.TryGetValue(block, out var origin) ? origin : null;
}
