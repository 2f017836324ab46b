namespace ReportForge.Text;

/// <summary>
/// The scripts whose letters a font draws right only through OpenType shaping (conjuncts, reordered vowel signs,
/// positioned marks): the Indic scripts of the Brahmic block U+0900–U+0DFF and their extensions. Deciding this touches no
/// shaping type, so text in other scripts never loads the shaping library.
/// </summary>
public static class ComplexScripts
{
    private static readonly (int First, int Last, string Name)[] Blocks =
    [
        (0x0900, 0x097F, "Devanagari"),
        (0x0980, 0x09FF, "Bengali"),
        (0x0A00, 0x0A7F, "Gurmukhi"),
        (0x0A80, 0x0AFF, "Gujarati"),
        (0x0B00, 0x0B7F, "Oriya"),
        (0x0B80, 0x0BFF, "Tamil"),
        (0x0C00, 0x0C7F, "Telugu"),
        (0x0C80, 0x0CFF, "Kannada"),
        (0x0D00, 0x0D7F, "Malayalam"),
        (0x0D80, 0x0DFF, "Sinhala"),
        (0x1CD0, 0x1CFF, "Devanagari"), // Vedic extensions
        (0xA8E0, 0xA8FF, "Devanagari"), // Devanagari extended
    ];

    /// <summary>Whether the UTF-16 unit belongs to a script that needs shaping (all of them are in the BMP).</summary>
    public static bool IsComplex(char c) => c is >= '\u0900' and <= '\u0DFF' or >= '\u1CD0' and <= '\u1CFF' or >= '\uA8E0' and <= '\uA8FF';

    /// <summary>Whether any character of the text needs shaping.</summary>
    public static bool NeedsShaping(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0900' && IsComplex(c)) return true;
        }
        return false;
    }

    /// <summary>The script's English name (as Unicode and font families name it) for a character that needs shaping, else null.</summary>
    public static string? ScriptOf(int codePoint)
    {
        foreach (var (first, last, name) in Blocks)
        {
            if (codePoint >= first && codePoint <= last) return name;
        }
        return null;
    }
}
