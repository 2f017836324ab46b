using System.Buffers;

namespace ReportForge.Text.Hyphenation;

/// <summary>
/// The rules LibreOffice 7.4 applies to a .docx that sets w:autoHyphenation and w:doNotHyphenateCaps, measured by
/// converting narrow columns of chosen words (see docs/typesetting.md): at least 2 characters before and 2 after a
/// break (the patterns' own minimums, such as English's 3 after, apply too), words of at least 5 characters, none in
/// capitals. Capitalised words ("Hyphenation"), words with digits ("x2typesetting") and with apostrophes
/// ("children's") are hyphenated by the patterns.
/// </summary>
public static class HyphenationRules
{
    /// <summary>Characters before a break, at least.</summary>
    public const int MinimumLeading = 2;

    /// <summary>Characters after a break, at least.</summary>
    public const int MinimumTrailing = 2;

    /// <summary>Shorter words are not hyphenated.</summary>
    public const int MinimumWordLength = 5;

    /// <summary>
    /// Whether a run of text between spaces looks like a URL or an address (it holds "://", "www." or "@"): neither
    /// format hyphenates it (the .docx sets it in the language "zxx").
    /// </summary>
    public static bool LooksLikeAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('@');

    /// <summary>
    /// Whether a piece of such a run holds a character every address holds one of (":", "." or "@"): a run none of whose
    /// pieces does is no address, and need not be joined into one string to be checked.
    /// </summary>
    public static bool MayBeAddress(ReadOnlySpan<char> piece) => piece.ContainsAny(AddressMarks);

    private static readonly SearchValues<char> AddressMarks = SearchValues.Create(":.@");

    /// <summary>Whether a word may be hyphenated at all: it has letters and is not in capitals (doNotHyphenateCaps).</summary>
    public static bool MayHyphenate(string word)
    {
        var letters = 0;
        var lower = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c)) lower++;
            }
        }
        return letters > 0 && lower > 0;
    }
}
