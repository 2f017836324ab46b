namespace ReportForge.Text.Hyphenation;

/// <summary>
/// Hyphenates a lowercase word as the hyphen library's hnj_hyphen_hyphenate3 does, as LibreOffice calls it: the first
/// level splits the word into parts (a compound's words, or the pieces between apostrophes), the next level hyphenates
/// each part, keeping the compound minimums at the inner ends of parts and the word's minimums at its ends. Digits
/// count as word boundaries. levels[i] odd means a break may follow word[i].
/// </summary>
internal static class PatternWalk
{
    public static void Hyphenate(PatternLevel top, string word, Span<byte> levels)
    {
        var left = Math.Max(HyphenationRules.MinimumLeading, top.LeftMin);
        var right = Math.Max(HyphenationRules.MinimumTrailing, top.RightMin);
        // LibreOffice's compound minimums: the dictionary's, raised by how far the paragraph's exceed 2.
        var compoundLeft = Math.Max(top.CompoundLeftMin, Math.Max(top.CompoundLeftMin, 2)
            + Math.Max(0, HyphenationRules.MinimumLeading - Math.Max(top.LeftMin, 2)));
        var compoundRight = Math.Max(top.CompoundRightMin, Math.Max(top.CompoundRightMin, 2)
            + Math.Max(0, HyphenationRules.MinimumTrailing - Math.Max(top.RightMin, 2)));

        Walk(top, word, levels, compoundLeft, compoundRight, leftEnd: true, rightEnd: true);
        LeftMinimum(word, levels, left > 0 ? left : 2);
        RightMinimum(word, levels, right > 0 ? right : 2);

        foreach (var forbidden in top.NoHyphen)
        {
            for (var at = word.IndexOf(forbidden, StringComparison.Ordinal); at >= 0; at = word.IndexOf(forbidden, at + 1, StringComparison.Ordinal))
            {
                levels[at + forbidden.Length - 1] = 0;
                if (at > 0) levels[at - 1] = 0;
            }
        }
    }

    private static void Walk(PatternLevel level, ReadOnlySpan<char> word, Span<byte> levels, int compoundLeft, int compoundRight, bool leftEnd,
        bool rightEnd)
    {
        var n = word.Length;
        var prepared = new char[n + 2];
        prepared[0] = '.';
        for (var i = 0; i < n; i++) prepared[i + 1] = char.IsAsciiDigit(word[i]) ? '.' : word[i];
        prepared[n + 1] = '.';

        var raw = new byte[n + 2];
        level.Apply(prepared, raw);
        for (var i = 0; i < n - 1; i++) levels[i] = raw[i + 1];
        if (n > 0) levels[n - 1] = 0;

        if (level.Next is not { } next) return;
        var begin = 0;
        for (var i = 0; i < n; i++)
        {
            var boundary = (levels[i] & 1) != 0;
            if (!boundary && !(begin > 0 && i + 1 == n)) continue;
            if (i - begin > 0)
            {
                var part = new byte[i - begin + 1];
                Walk(level, prepared.AsSpan(begin + 1, i - begin + 1), part, compoundLeft, compoundRight, begin > 0 ? false : leftEnd,
                    boundary ? false : rightEnd);
                for (var j = 0; j < i - begin; j++) levels[begin + j] = part[j];
            }
            begin = i + 1;
        }

        if (begin == 0)
        {
            Walk(next, word, levels, compoundLeft, compoundRight, leftEnd, rightEnd);
            if (!leftEnd) LeftMinimum(word, levels, compoundLeft);
            if (!rightEnd) RightMinimum(word, levels, compoundRight);
        }
    }

    // No break among the first `minimum` characters (leading digits not counted).
    private static void LeftMinimum(ReadOnlySpan<char> word, Span<byte> levels, int minimum)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        var count = Math.Min(word.Length, minimum - 1 + digits);
        for (var j = 0; j < count; j++) levels[j] = 0;
    }

    // No break among the last `minimum` characters (trailing digits not counted); the first position is left alone.
    private static void RightMinimum(ReadOnlySpan<char> word, Span<byte> levels, int minimum)
    {
        var digits = 0;
        for (var j = word.Length - 1; j > 0 && char.IsAsciiDigit(word[j]); j--) digits++;
        var count = minimum + digits;
        for (var j = word.Length - 1; j > 0 && count > 0; j--, count--) levels[j] = 0;
    }
}
