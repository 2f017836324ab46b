using ReportForge.Model;

namespace ReportForge.Theming;

/// <summary>When a <c>::: toc</c> is drawn: only for documents long enough to need one.</summary>
public sealed class ContentsTheme
{
    /// <summary>
    /// The least number of entries the contents would list for it to be drawn; below it both writers leave the
    /// <c>::: toc</c> out. Counted in headings, not pages, so that the PDF and the .docx, which does not know its pages,
    /// decide alike. 0 (the default) draws every contents.
    /// </summary>
    public int MinEntries { get; set; }

    /// <summary>
    /// Whether <paramref name="toc"/> is drawn: the headings down to its level, at the top level and inside keep groups
    /// (those the PDF's contents lists), reach <see cref="MinEntries"/>.
    /// </summary>
    public bool Shows(TableOfContents toc, IReadOnlyList<Block> blocks) =>
        MinEntries == 0 || Entries(blocks).Count(h => h.Level <= toc.MaxLevel) >= MinEntries;

    private static IEnumerable<Heading> Entries(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Heading heading) yield return heading;
            else if (block is KeepTogether keep)
                foreach (var inner in Entries(keep.Blocks)) yield return inner;
        }
    }
}
