using System.Globalization;
using System.Text;

namespace ReportForge.Tests;

/// <summary>
/// Finds a model's text in text read back from an output, in order. Both sides are normalised: whitespace
/// and line breaks, invisible format characters (soft hyphen, zero-width space), hyphens (a line may end in
/// one a soft hyphen became) and compatibility forms go; a character no font has splits a word in two, as
/// the reader may see any box or nothing in its place.
/// </summary>
internal static class TextMatch
{
    /// <summary>The pieces of <paramref name="texts"/> that are missing, in order; empty when all are found.</summary>
    public static List<string> Missing(IEnumerable<string> texts, string readBack, IReadOnlySet<int> missingCharacters) =>
        Missing(texts.Select(t => (IReadOnlyList<string>)[t]), readBack, missingCharacters);

    /// <summary>
    /// The same for groups of texts: each group is looked for after the one before; inside a group each text
    /// is looked for from where the group starts, its pieces in order.
    /// </summary>
    public static List<string> Missing(IEnumerable<IReadOnlyList<string>> groups, string readBack, IReadOnlySet<int> missingCharacters)
    {
        var haystack = Normalize(readBack);
        var at = 0;
        var lost = new List<string>();
        foreach (var group in groups)
        {
            var groupEnd = at;
            foreach (var text in group)
            {
                var textAt = at;
                foreach (var piece in Pieces(text, missingCharacters))
                {
                    var end = Find(haystack, piece, textAt);
                    if (end < 0) lost.Add(piece);
                    else textAt = end;
                }
                groupEnd = Math.Max(groupEnd, textAt);
            }
            at = groupEnd;
        }
        return lost;
    }

    /// <summary>Words of the text, cut at characters no font has, normalised.</summary>
    public static IEnumerable<string> Pieces(string text, IReadOnlySet<int> missingCharacters)
    {
        var piece = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || missingCharacters.Contains(rune.Value))
            {
                if (Normalize(piece.ToString()) is { Length: > 0 } word) yield return word;
                piece.Clear();
            }
            else
            {
                piece.Append(rune.ToString());
            }
        }
        if (Normalize(piece.ToString()) is { Length: > 0 } last) yield return last;
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.DashPunctuation) continue;
            builder.Append(rune.ToString());
        }
        return builder.ToString();
    }

    /// <summary>
    /// End of the match at or after <paramref name="from"/>: on the page where the search starts, else a word
    /// that runs over the page's end (its longest start found on this page, the rest after the break, with the
    /// running heads and other cells' text between), else on a later page.
    /// </summary>
    private static int Find(string haystack, string piece, int from)
    {
        var whole = haystack.IndexOf(piece, from, StringComparison.Ordinal);
        var page = haystack.IndexOf(PageBreak, from);
        if (whole >= 0 && (page < 0 || whole + piece.Length <= page)) return whole + piece.Length;
        if (page < 0) return -1;
        for (var cut = piece.Length - 1; cut >= 1 && page > from; cut--)
        {
            if (haystack.LastIndexOf(piece[..cut], page - 1, page - from, StringComparison.Ordinal) < 0) continue;
            var rest = Find(haystack, piece[cut..], page + 1);
            if (rest >= 0) return rest;
            break;
        }
        return Find(haystack, piece, page + 1);
    }

    /// <summary>Marks the end of a page in text read back from a PDF.</summary>
    public const char PageBreak = '\uE000';
}
