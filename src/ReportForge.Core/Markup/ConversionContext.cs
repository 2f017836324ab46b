using ReportForge.IO;
using ReportForge.Model;
using ReportForge.Templating;

namespace ReportForge.Markup;

/// <summary>What converting one document needs to remember and look up.</summary>
internal sealed class ConversionContext(Func<string, FileRead>? readAsset, Func<int, int, BlockOrigin>? origin = null,
    MarkingRules? markings = null)
{
    /// <summary>The levels a <c>::: marking</c> may name, and whether portion marks are shown.</summary>
    public MarkingRules Markings { get; } = markings ?? MarkingRules.Default;

    /// <summary>A block's origin from its markup offset and 0-based markup line.</summary>
    public Func<int, int, BlockOrigin>? Origin { get; } = origin;

    public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);

    public Func<string, FileRead> ReadAsset { get; } = readAsset ?? (_ => FileRead.NotFound);

    /// <summary>Footnote labels in the order first cited, numbered from 1.</summary>
    public Dictionary<string, int> FootnoteNumbers { get; } = new(StringComparer.Ordinal);

    /// <summary>The label of the footnote being converted, or null in the body.</summary>
    public string? CurrentFootnote { get; set; }

    public List<Footnote> Footnotes { get; } = [];
}
