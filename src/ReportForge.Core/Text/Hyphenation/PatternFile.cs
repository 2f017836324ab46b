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
    public static PatternLevel Read(TextReader text)
    {
        text.ReadLine(); // the character set: the caller decoded the bytes with it
        var first = new PatternLevel();
        var level = first;
        PatternLevel? second = null;
        while (text.ReadLine() is { } line)
        {
            if (line.StartsWith("NEXTLEVEL", StringComparison.Ordinal))
            {
                second = new PatternLevel();
                level = second;
                continue;
            }
            ReadLine(line, level);
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

    private static void ReadLine(string line, PatternLevel level)
    {
        if (line.Length == 0 || line[0] is '%' or '#') return;
        if (Option(line, "LEFTHYPHENMIN") is int left) { level.LeftMin = left; return; }
        if (Option(line, "RIGHTHYPHENMIN") is int right) { level.RightMin = right; return; }
        if (Option(line, "COMPOUNDLEFTHYPHENMIN") is int compoundLeft) { level.CompoundLeftMin = compoundLeft; return; }
        if (Option(line, "COMPOUNDRIGHTHYPHENMIN") is int compoundRight) { level.CompoundRightMin = compoundRight; return; }
        if (line.StartsWith("NOHYPHEN", StringComparison.Ordinal))
        {
            level.NoHyphen = line[8..].Trim().Split(',', StringSplitOptions.RemoveEmptyEntries);
            return;
        }

        var end = 0;
        while (end < line.Length && line[end] > ' ') end++;
        var pattern = line.AsSpan(0, end);
        if (pattern.Length == 0 || pattern.Contains('/')) return;

        var letters = new System.Text.StringBuilder(pattern.Length);
        var digits = new List<byte> { 0 };
        foreach (var c in pattern)
        {
            if (c is >= '0' and <= '9') digits[^1] = (byte)(c - '0');
            else
            {
                letters.Append(c);
                digits.Add(0);
            }
        }
        level.Add(letters.ToString(), [.. digits]);
    }

    private static int? Option(string line, string name)
    {
        if (!line.StartsWith(name, StringComparison.Ordinal)) return null;
        // As the library's atoi: a missing or bad number is 0.
        var rest = line.AsSpan(name.Length).Trim();
        return int.TryParse(rest, out var value) ? value : 0;
    }
}
