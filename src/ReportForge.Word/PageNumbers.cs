using System.Globalization;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// The runs that will show a heading's page number (the cached results of the contents' PAGEREF fields). The
/// document is written while the PDF is still being laid out; the numbers go in once its page map is known.
internal sealed class PageNumbers
{
    private readonly List<(string Anchor, W.Run Result)> _pending = [];

    public void Add(string anchor, W.Run result) => _pending.Add((anchor, result));

    /// Writes each page number into its run; a run whose heading has no page (no page map, or the anchor is not
    /// in it) is removed, which leaves the field's result empty for Word to fill on an update.
    public void Fill(IReadOnlyDictionary<string, int>? pageMap)
    {
        foreach (var (anchor, result) in _pending)
        {
            if (pageMap is not null && pageMap.TryGetValue(anchor, out var page))
                result.Append(TextRuns.Text(page.ToString(CultureInfo.InvariantCulture)));
            else
                result.Remove();
        }
        _pending.Clear();
    }
}
