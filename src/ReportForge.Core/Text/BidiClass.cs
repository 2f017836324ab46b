using System.Globalization;
using System.Text;

namespace ReportForge.Text;

/// <summary>
/// Bidirectional character types of the Unicode Bidirectional Algorithm (UAX #9) that ReportForge tells apart.
/// The explicit embedding, override and isolate controls are not among them: they count as <see cref="BoundaryNeutral"/>.
/// </summary>
public enum BidiClass : byte
{
    /// <summary>L: a left-to-right letter (Latin, Greek, Cyrillic, CJK…).</summary>
    LeftToRight,
    /// <summary>R: a right-to-left letter (Hebrew, N'Ko, Samaritan…).</summary>
    RightToLeft,
    /// <summary>AL: an Arabic-script letter (Arabic, Syriac, Thaana).</summary>
    ArabicLetter,
    /// <summary>EN: a European digit.</summary>
    EuropeanNumber,
    /// <summary>ES: a plus or minus sign.</summary>
    EuropeanSeparator,
    /// <summary>ET: a currency, degree, percent or number sign.</summary>
    EuropeanTerminator,
    /// <summary>AN: an Arabic-Indic digit.</summary>
    ArabicNumber,
    /// <summary>CS: a comma, full stop, colon, slash or no-break space between digits.</summary>
    CommonSeparator,
    /// <summary>NSM: a nonspacing mark, which takes the type of the character it sits on.</summary>
    NonspacingMark,
    /// <summary>BN: an invisible format or control character.</summary>
    BoundaryNeutral,
    /// <summary>B: a paragraph separator.</summary>
    ParagraphSeparator,
    /// <summary>S: a tab.</summary>
    SegmentSeparator,
    /// <summary>WS: a space.</summary>
    Whitespace,
    /// <summary>ON: other neutrals (punctuation, symbols).</summary>
    OtherNeutral,
}

/// <summary>
/// The bidirectional type of a character. .NET keeps the Unicode table's bidi categories internal, so this is a
/// compact approximation: the right-to-left blocks by range, the rest by general category, with the exceptions
/// that decide how numbers, signs and separators sit in mixed text.
/// </summary>
public static class BidiClasses
{
    private static readonly BidiClass[] Ascii = BuildAscii();

    /// <summary>The type of a code point.</summary>
    public static BidiClass Of(int codePoint)
    {
        if (codePoint < 0x80) return Ascii[codePoint];
        if (codePoint is >= 0x0590 and <= 0x08FF) return RightToLeftBlock(codePoint);
        if (codePoint is >= 0xFB1D and <= 0xFEFF) return PresentationForm(codePoint);
        if (codePoint is >= 0x10800 and <= 0x10FFF) return Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.NonSpacingMark
            ? BidiClass.NonspacingMark : BidiClass.RightToLeft;
        if (codePoint is >= 0x1E800 and <= 0x1EFFF) return ArabicMathOrOther(codePoint);
        return Special(codePoint) ?? ByCategory(codePoint);
    }

    /// <summary>The type of a rune.</summary>
    public static BidiClass Of(Rune rune) => Of(rune.Value);

    /// <summary>Whether the type is a strong one: a letter that sets a direction (L, R or AL).</summary>
    public static bool IsStrong(BidiClass type) => type is BidiClass.LeftToRight or BidiClass.RightToLeft or BidiClass.ArabicLetter;

    // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and the Arabic supplements (U+0590–U+08FF).
    private static BidiClass RightToLeftBlock(int c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) return BidiClass.NonspacingMark;
        if (c <= 0x05FF) return BidiClass.RightToLeft;
        switch (c)
        {
            case >= 0x0600 and <= 0x0605 or 0x06DD or 0x0890 or 0x0891 or 0x08E2: return BidiClass.ArabicNumber;
            case >= 0x0660 and <= 0x0669 or 0x066B or 0x066C: return BidiClass.ArabicNumber;
            case >= 0x06F0 and <= 0x06F9: return BidiClass.EuropeanNumber;
            case 0x0609 or 0x060A or 0x066A: return BidiClass.EuropeanTerminator;
            case 0x060C: return BidiClass.CommonSeparator;
            case 0x0606 or 0x0607 or 0x060E or 0x060F or 0x06DE or 0x06E9 or (>= 0x07F6 and <= 0x07F9): return BidiClass.OtherNeutral;
            case 0x061C: return BidiClass.BoundaryNeutral;
            case >= 0x07C0 and <= 0x085F: return BidiClass.RightToLeft; // N'Ko, Samaritan, Mandaic
            default: return BidiClass.ArabicLetter;
        }
    }

    // Hebrew (U+FB1D–U+FB4F) and Arabic (U+FB50–U+FDFF, U+FE70–U+FEFE) presentation forms, with the variation
    // selectors, combining half marks and small forms that sit between them.
    private static BidiClass PresentationForm(int c) => c switch
    {
        0xFB1E => BidiClass.NonspacingMark,
        0xFB29 => BidiClass.EuropeanSeparator,
        <= 0xFB4F => BidiClass.RightToLeft,
        0xFD3E or 0xFD3F => BidiClass.OtherNeutral,
        <= 0xFDFF => BidiClass.ArabicLetter,
        0xFEFF => BidiClass.BoundaryNeutral,
        >= 0xFE70 => BidiClass.ArabicLetter,
        _ => Special(c) ?? ByCategory(c),
    };

    private static BidiClass ArabicMathOrOther(int c)
    {
        if (Rune.GetUnicodeCategory(new Rune(c)) is UnicodeCategory.NonSpacingMark) return BidiClass.NonspacingMark;
        return c is (>= 0x1EC70 and <= 0x1ECBF) or (>= 0x1ED00 and <= 0x1ED4F) or (>= 0x1EE00 and <= 0x1EEFF) ? BidiClass.ArabicLetter : BidiClass.RightToLeft;
    }

    private static BidiClass? Special(int c) => c switch
    {
        0x85 or 0x2029 => BidiClass.ParagraphSeparator,
        0xA0 or 0x202F or 0x2044 or 0xFE50 or 0xFE52 or 0xFE55 or 0xFF0C or 0xFF0E or 0xFF0F or 0xFF1A => BidiClass.CommonSeparator,
        0xB2 or 0xB3 or 0xB9 or 0x2070 or (>= 0x2074 and <= 0x2079) or (>= 0x2080 and <= 0x2089) or (>= 0x2488 and <= 0x249B)
            or (>= 0xFF10 and <= 0xFF19) or (>= 0x1D7CE and <= 0x1D7FF) or (>= 0x1F100 and <= 0x1F10A) => BidiClass.EuropeanNumber,
        0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D => BidiClass.EuropeanSeparator,
        0xB0 or 0xB1 or (>= 0x2030 and <= 0x2034) or 0x212E or 0x2213 or 0xFE5F or 0xFE69 or 0xFE6A or (>= 0xFF03 and <= 0xFF05) =>
            BidiClass.EuropeanTerminator,
        0x200E => BidiClass.LeftToRight,
        0x200F => BidiClass.RightToLeft,
        _ => null,
    };

    private static BidiClass ByCategory(int c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark => BidiClass.NonspacingMark,
        UnicodeCategory.Format or UnicodeCategory.Control => BidiClass.BoundaryNeutral,
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator => BidiClass.Whitespace,
        UnicodeCategory.ParagraphSeparator => BidiClass.ParagraphSeparator,
        UnicodeCategory.CurrencySymbol => BidiClass.EuropeanTerminator,
        UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNumber => BidiClass.OtherNeutral,
        _ => BidiClass.LeftToRight, // letters, spacing marks, other digits, private use, unassigned
    };

    private static BidiClass[] BuildAscii()
    {
        var table = new BidiClass[0x80];
        for (var c = 0; c < 0x80; c++)
        {
            table[c] = c switch
            {
                '\t' or 0x0B or 0x1F => BidiClass.SegmentSeparator,
                '\n' or '\r' or (>= 0x1C and <= 0x1E) => BidiClass.ParagraphSeparator,
                0x0C or ' ' => BidiClass.Whitespace,
                < 0x20 or 0x7F => BidiClass.BoundaryNeutral,
                >= '0' and <= '9' => BidiClass.EuropeanNumber,
                '+' or '-' => BidiClass.EuropeanSeparator,
                '#' or '$' or '%' => BidiClass.EuropeanTerminator,
                ',' or '.' or '/' or ':' => BidiClass.CommonSeparator,
                (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') => BidiClass.LeftToRight,
                _ => BidiClass.OtherNeutral,
            };
        }
        return table;
    }
}
