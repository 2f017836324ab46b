using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// The levels of a table of contents' entries, tagged as nested lists: an entry followed by deeper ones keeps its
/// TOCI open with a TOC inside for them (ISO 32000-1, 14.8.4.3.3), so a reader hears which entries belong under which.
/// A page closes every element it opened: when the contents run on, the next page reopens the entries still open
/// (<see cref="ICanvas.ContinueStructure"/>) before its first entry is drawn, so a part's entries stay in one TOC.
/// </summary>
public sealed class TocNesting(IReadOnlyList<int> levels)
{
    // The entries whose TOCI and inner TOC are open in the contents, outermost first, with their keys to go on with
    // them on another page; the first _onPage of them are open on the canvas.
    private readonly List<(int Level, int Item, int Toc)> _open = [];
    private int _onPage;

    /// <summary>Before entry <paramref name="index"/>: closes the entries it does not belong under and reopens, on a
    /// new page, those it does.</summary>
    internal void Enter(ICanvas canvas, int index)
    {
        var level = levels[index];
        while (_open.Count > 0 && _open[^1].Level >= level)
        {
            if (_onPage == _open.Count)
            {
                canvas.EndStructure();
                canvas.EndStructure();
                _onPage--;
            }
            _open.RemoveAt(_open.Count - 1);
        }
        for (; _onPage < _open.Count; _onPage++)
        {
            var (openLevel, item, toc) = _open[_onPage];
            item = canvas.ContinueStructure(item, StructureKind.TableOfContentsItem);
            _open[_onPage] = (openLevel, item, canvas.ContinueStructure(toc, StructureKind.TableOfContents));
        }
    }

    /// <summary>After entry <paramref name="index"/>'s reference, its TOCI (<paramref name="item"/>) still open: true
    /// when deeper entries follow, which opens their TOC inside it; false when the caller closes the TOCI.</summary>
    internal bool Nest(ICanvas canvas, int index, int item)
    {
        if (index + 1 >= levels.Count || levels[index + 1] <= levels[index]) return false;
        _open.Add((levels[index], item, canvas.ContinueStructure(-1, StructureKind.TableOfContents)));
        _onPage++;
        return true;
    }

    /// <summary>At the end of the contents on a page: closes what is open on the canvas, to be reopened on the next.</summary>
    internal void EndPage(ICanvas canvas)
    {
        for (; _onPage > 0; _onPage--)
        {
            canvas.EndStructure();
            canvas.EndStructure();
        }
    }
}
