using System.Buffers;
using System.Text;

namespace ReportForge.Text;

/// <summary>The direction a paragraph is set in.</summary>
public enum TextDirection
{
    /// <summary>Left to right: lines start at the left (Latin, Cyrillic, CJK…).</summary>
    LeftToRight,
    /// <summary>Right to left: lines start at the right (Hebrew, Arabic…).</summary>
    RightToLeft,
}

/// <summary>How a paragraph's direction is found, one rule for the PDF and the Word writer.</summary>
public static class ParagraphDirection
{
    // Every UTF-16 unit that can start right-to-left text: the Hebrew to Arabic Extended blocks, the Hebrew and
    // Arabic presentation forms, and the high surrogates of the right-to-left supplementary blocks
    // (U+10800–U+10FFF, U+1E800–U+1EFFF).
    private static readonly SearchValues<char> RightToLeftUnits = SearchValues.Create(RightToLeftRanges());

    /// <summary>
    /// The direction the paragraph's first strong character gives it (rules P2 and P3 of UAX #9): right to left for
    /// a Hebrew or Arabic letter, left to right for any other letter, null when the text has no letter.
    /// </summary>
    public static TextDirection? FirstStrong(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            switch (BidiClasses.Of(rune))
            {
                case BidiClass.LeftToRight: return TextDirection.LeftToRight;
                case BidiClass.RightToLeft or BidiClass.ArabicLetter: return TextDirection.RightToLeft;
            }
        }
        return null;
    }

    /// <summary>Whether the paragraph is set right to left: its first letter is Hebrew or Arabic.</summary>
    public static bool IsRightToLeft(ReadOnlySpan<char> text) => FirstStrong(text) == TextDirection.RightToLeft;

    /// <summary>
    /// Whether the text may hold right-to-left characters: a quick vectorised test that is false for Latin,
    /// Cyrillic, Greek, CJK and their punctuation, so text without Hebrew or Arabic skips bidi work entirely.
    /// </summary>
    public static bool MayHoldRightToLeft(ReadOnlySpan<char> text) => text.ContainsAny(RightToLeftUnits);

    private static string RightToLeftRanges()
    {
        var units = new StringBuilder();
        void Add(char first, char last)
        {
            for (var c = first; c <= last; c++) units.Append(c);
        }
        Add('\u0590', '\u08FF');
        Add('\uFB1D', '\uFDFF');
        Add('\uFE70', '\uFEFE');
        Add('\uD802', '\uD803');
        Add('\uD83A', '\uD83B');
        return units.ToString();
    }
}
