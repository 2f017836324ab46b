namespace ReportForge.Text;

/// <summary>
/// Reads the one date form notes use, YYYY-MM-DD, strictly and without culture data. The runtime's
/// <c>DateOnly.TryParseExact</c> matches a format's literals through the invariant culture's collator, which ICU
/// builds on first use: about 10 ms of a briefing's start-up, for three dashes.
/// </summary>
public static class IsoDate
{
    /// <summary>The date <paramref name="text"/> writes as YYYY-MM-DD, or false when it is not one or does not exist (2022-02-30).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary><see cref="TryParse(ReadOnlySpan{char}, out DateOnly)"/> for a string that may be null.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        if (text is not null) return TryParse(text.AsSpan(), out date);
        date = default;
        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
