namespace ReportForge.Text.Hyphenation;

/// <summary>
/// Reads a hyphenation file in the hyphen library's format (the .dic files LibreOffice uses): the first line names the
/// character set, then options (LEFTHYPHENMIN, RIGHTHYPHENMIN, COMPOUNDLEFTHYPHENMIN, COMPOUNDRIGHTHYPHENMIN, NOHYPHEN)
/// and patterns, one a line; NEXTLEVEL starts a second level, which hyphenates the parts the first finds. A file without
/// one gets the library's default first level, which splits a word at hyphens and apostrophes. Lines starting with
/// "%" or "#" are comments. Non-standard patterns (with "/", as in "schif1fahrt/ff=f") are skipped: none of the
/// shipped files has one.
/// </summary>
internal static class PatternFile
{
    /// <summary>The first level of the dictionary in <paramref name="text"/> (the charset line already decoded).</summary>
    public static PatternLevel Read(ReadOnlySpan<char> text)
    {
        var first = new PatternLevel();
        // Most of a file is pattern letters: the trie's arrays are sized for them once.
        first.Reserve(text.Length);
        var level = first;
        PatternLevel? second = null;
        var lines = text.EnumerateLines();
        lines.MoveNext(); // the character set: the caller decoded the bytes with it
        Span<byte> digits = stackalloc byte[MaxPattern + 1];
        Span<char> letters = stackalloc char[MaxPattern];
        var read = 0;
        foreach (var line in lines)
        {
            read += line.Length + 1;
            if (line.StartsWith("NEXTLEVEL", StringComparison.Ordinal))
            {
                second = new PatternLevel();
                second.Reserve(text.Length - read);
                level = second;
                continue;
            }
            ReadLine(line, level, letters, digits);
        }

        if (second is not null)
        {
            first.Seal();
            second.Seal();
            first.Next = second;
            return first;
        }

        // The library's default first level: a compound's parts are the pieces between hyphens and apostrophes.
        var compound = new PatternLevel
        {
            LeftMin = first.LeftMin,
            RightMin = first.RightMin,
            CompoundLeftMin = first.CompoundLeftMin != 0 ? first.CompoundLeftMin : first.LeftMin != 0 ? first.LeftMin : 3,
            CompoundRightMin = first.CompoundRightMin != 0 ? first.CompoundRightMin : first.RightMin != 0 ? first.RightMin : 3,
            NoHyphen = ["'", "\u2013", "\u2019", "-"],
        };
        foreach (var separator in new[] { "-", "'", "\u2013", "\u2019" }) compound.Add(separator, [1, 1]);
        compound.Seal();
        first.Seal();
        compound.Next = first;
        return compound;
    }

    // The hyphen library reads patterns into a 256-byte buffer; none of the shipped files comes near it.
    private const int MaxPattern = 255;

    private static void ReadLine(ReadOnlySpan<char> line, PatternLevel level, Span<char> letters, Span<byte> digits)
    {
        if (line.Length == 0 || line[0] is '%' or '#') return;
        if (Option(line, "LEFTHYPHENMIN") is int left) { level.LeftMin = left; return; }
        if (Option(line, "RIGHTHYPHENMIN") is int right) { level.RightMin = right; return; }
        if (Option(line, "COMPOUNDLEFTHYPHENMIN") is int compoundLeft) { level.CompoundLeftMin = compoundLeft; return; }
        if (Option(line, "COMPOUNDRIGHTHYPHENMIN") is int compoundRight) { level.CompoundRightMin = compoundRight; return; }
        if (line.StartsWith("NOHYPHEN", StringComparison.Ordinal))
        {
            level.NoHyphen = line[8..].Trim().ToString().Split(',', StringSplitOptions.RemoveEmptyEntries);
            return;
        }

        var end = 0;
        while (end < line.Length && line[end] > ' ') end++;
        var pattern = line[..end];
        if (pattern.Length == 0 || pattern.Length > MaxPattern || pattern.Contains('/')) return;

        var count = 0;
        digits[0] = 0;
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9') digits[count] = (byte)(c - '0');
            else
            {
                letters[count++] = c;
                digits[count] = 0;
            }
        }
        level.Add(letters[..count], digits[..(count + 1)]);
    }

    private static int? Option(ReadOnlySpan<char> line, string name)
    {
        if (!line.StartsWith(name, StringComparison.Ordinal)) return null;
        // As the library's atoi: a missing or bad number is 0.
        var rest = line[name.Length..].Trim();
        return int.TryParse(rest, out var value) ? value : 0;
    }
}
