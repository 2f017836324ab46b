namespace ReportForge.Model;

/// <summary>
/// What the PDF layout decided that the Word document repeats, so both paginate alike: the page each anchor landed on
/// (anchor → 1-based page) and each table's column widths in points, keyed by the model's <see cref="Table"/> instance
/// (reference identity: two equal tables may sit at different widths).
/// </summary>
/// <param name="PageMap">Anchor → 1-based page.</param>
/// <param name="ColumnWidths">Table → its columns' widths in points, left to right, for the tables the layout reached.</param>
public sealed record LayoutFacts(IReadOnlyDictionary<string, int> PageMap, IReadOnlyDictionary<Table, IReadOnlyList<double>> ColumnWidths)
{
    /// <summary>Facts holding only a page map: tables keep the Word writer's own column widths.</summary>
    /// <param name="pageMap">Anchor → 1-based page.</param>
    public static LayoutFacts Pages(IReadOnlyDictionary<string, int> pageMap) =>
        new(pageMap, new Dictionary<Table, IReadOnlyList<double>>(ReferenceEqualityComparer.Instance));
}
