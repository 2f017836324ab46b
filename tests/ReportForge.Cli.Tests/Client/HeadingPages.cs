using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace ReportForge.Tests.Client;

/// <summary>
/// Heading pages of two PDFs of one report compared by title, as ../shared/tools/outline_pages.py does: every outline
/// entry of ours is looked up in the other PDF's outline (the n-th heading of a title against the other's n-th of that
/// title, so a repeated title such as "Russia" is not matched with the wrong one) and counts when both point at one page.
/// </summary>
internal sealed record HeadingPages(IReadOnlyList<(string Title, int Page)> Headings, int PageCount)
{
    /// <summary>Every outline entry of <paramref name="pdf"/>, depth first, with the 1-based page it points at (0 when none).</summary>
    public static HeadingPages Read(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var headings = new List<(string, int)>();
        if (document.TryGetBookmarks(out var bookmarks))
        {
            void Walk(IEnumerable<BookmarkNode> nodes)
            {
                foreach (var node in nodes)
                {
                    headings.Add((node.Title.Trim(), node is DocumentBookmarkNode page ? page.PageNumber : 0));
                    Walk(node.Children);
                }
            }
            Walk(bookmarks.Roots);
        }
        return new HeadingPages(headings, document.NumberOfPages);
    }

    /// <summary>How <paramref name="other"/> places our headings: the same-page count and each heading that moved.</summary>
    public Comparison Against(HeadingPages other)
    {
        var theirs = other.Headings.GroupBy(h => h.Title, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<int>(g.Select(h => h.Page)), StringComparer.Ordinal);
        var moved = new List<(string Title, int Ours, int? Theirs)>();
        var same = 0;
        foreach (var (title, page) in Headings)
        {
            int? their = theirs.TryGetValue(title, out var pages) && pages.Count > 0 ? pages.Dequeue() : null;
            if (their == page) same++;
            else moved.Add((title, page, their));
        }
        return new Comparison(Headings.Count, same, moved, PageCount, other.PageCount);
    }

    /// <summary>The outcome of one comparison.</summary>
    internal sealed record Comparison(int Headings, int Same, IReadOnlyList<(string Title, int Ours, int? Theirs)> Moved, int OurPages, int TheirPages)
    {
        public double Share => Headings == 0 ? 0 : (double)Same / Headings;

        /// <summary>
        /// True when at least <paramref name="minShare"/> of the headings share a page and the page counts differ by at
        /// most <paramref name="pageTolerance"/> of ours (0: exactly equal).
        /// </summary>
        public bool Meets(double minShare, double pageTolerance) =>
            Headings > 0 && Share >= minShare && Math.Abs(OurPages - TheirPages) <= pageTolerance * OurPages;

        public string Summary => string.Create(CultureInfo.InvariantCulture, $"{Same}/{Headings} headings on the same page ({Share * 100:F1}%); pages {OurPages} vs {TheirPages}");

        /// <summary>The summary, then one line per heading on another page: "Title: ours pN vs LibreOffice pM".</summary>
        public string Describe(string otherName)
        {
            var text = new StringBuilder(Summary);
            foreach (var (title, ours, theirs) in Moved)
                text.Append('\n').Append("  ").Append(title).Append(": ours p").Append(ours).Append(" vs ").Append(otherName)
                    .Append(theirs is { } p ? " p" + p : " missing");
            return text.ToString();
        }
    }
}
