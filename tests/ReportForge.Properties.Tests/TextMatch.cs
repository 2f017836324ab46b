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
    public static List<string> Missing(IEnumerable<string> texts, string readBack, IReadOnlySet<int> missingCharacters)
    {
        var haystack = Normalize(readBack);
        var at = 0;
        var lost = new List<string>();
        foreach (var piece in texts.SelectMany(t => Pieces(t, missingCharacters)))
        {
            var end = Find(haystack, piece, at);
            if (end < 0) lost.Add(piece);
            else at = end;
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

    /// <summary>End of the first match at or after <paramref name="from"/>; a word may be cut once by a page break.</summary>
    private static int Find(string haystack, string piece, int from)
    {
        var i = haystack.IndexOf(piece, from, StringComparison.Ordinal);
        if (i >= 0) return i + piece.Length;
        for (var cut = 1; cut < piece.Length; cut++)
        {
            var head = haystack.IndexOf(piece[..cut], from, StringComparison.Ordinal);
            if (head < 0) break;
            var tail = haystack.IndexOf(piece[cut..], head + cut, StringComparison.Ordinal);
            if (tail >= 0) return tail + piece.Length - cut;
        }
        return -1;
    }
}
