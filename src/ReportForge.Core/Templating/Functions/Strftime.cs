using System.Globalization;
using System.Text;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Scriban's date patterns (<c>%d %b %Y</c>, Ruby's strftime) written without the clock or the machine's time
/// zone: every date a template holds is UTC, so <c>%Z</c> is always +00:00 and <c>%s</c> counts from 1970 UTC.
/// </summary>
internal static class Strftime
{
    // For each letter: how it prints, and the .NET pattern that parses it (null: it cannot be parsed).
    private static readonly Dictionary<char, (Func<DateTime, CultureInfo, string> Print, string? Parse)> Letters = new()
    {
        ['a'] = ((d, c) => d.ToString("ddd", c), "ddd"),
        ['A'] = ((d, c) => d.ToString("dddd", c), "dddd"),
        ['b'] = ((d, c) => d.ToString("MMM", c), "MMM"),
        ['B'] = ((d, c) => d.ToString("MMMM", c), "MMMM"),
        ['c'] = ((d, c) => d.ToString("ddd MMM dd HH:mm:ss yyyy", c), "ddd MMM dd HH:mm:ss yyyy"),
        ['C'] = ((d, c) => (d.Year / 100).ToString("D2", c), null),
        ['d'] = ((d, c) => d.ToString("dd", c), "dd"),
        ['D'] = ((d, c) => d.ToString("MM/dd/yy", c), "MM/dd/yy"),
        ['e'] = ((d, c) => d.Day.ToString(c).PadLeft(2, ' '), "%d"),
        ['F'] = ((d, c) => d.ToString("yyyy-MM-dd", c), "yyyy-MM-dd"),
        ['h'] = ((d, c) => d.ToString("MMM", c), "MMM"),
        ['H'] = ((d, c) => d.ToString("HH", c), "HH"),
        ['I'] = ((d, c) => d.ToString("hh", c), "hh"),
        ['j'] = ((d, c) => d.DayOfYear.ToString("D3", c), null),
        ['k'] = ((d, c) => d.Hour.ToString(c).PadLeft(2, ' '), "%H"),
        ['l'] = ((d, c) => d.ToString("%h", c).PadLeft(2, ' '), "%h"),
        ['L'] = ((d, c) => d.ToString("fff", c), "fff"),
        ['m'] = ((d, c) => d.ToString("MM", c), "MM"),
        ['M'] = ((d, c) => d.ToString("mm", c), "mm"),
        ['n'] = ((_, _) => "\n", null),
        ['N'] = ((d, c) => d.ToString("fffffff00", c), "fffffff00"),
        ['p'] = ((d, c) => d.ToString("tt", c), "tt"),
        ['P'] = ((d, c) => d.ToString("tt", c).ToLowerInvariant(), "tt"),
        ['r'] = ((d, c) => d.ToString("hh:mm:ss tt", c), "hh:mm:ss tt"),
        ['R'] = ((d, c) => d.ToString("HH:mm", c), "HH:mm"),
        ['s'] = ((d, c) => ((d.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond).ToString(c), null),
        ['S'] = ((d, c) => d.ToString("ss", c), "ss"),
        ['t'] = ((_, _) => "\t", null),
        ['T'] = ((d, c) => d.ToString("HH:mm:ss", c), "HH:mm:ss"),
        ['u'] = ((d, c) => (d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek).ToString(c), null),
        ['U'] = ((d, c) => c.Calendar.GetWeekOfYear(d, c.DateTimeFormat.CalendarWeekRule, DayOfWeek.Sunday).ToString("D2", c), null),
        ['v'] =
            ((d, _) =>
            string.Create(CultureInfo.InvariantCulture, $"{d.Day,2}-{d.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant()}-{d.Year:D4}"), null),
        ['V'] = ((d, c) => ISOWeek.GetWeekOfYear(d).ToString("D2", c), null),
        ['W'] = ((d, c) => c.Calendar.GetWeekOfYear(d, c.DateTimeFormat.CalendarWeekRule, DayOfWeek.Monday).ToString("D2", c), null),
        ['w'] = ((d, c) => ((int)d.DayOfWeek).ToString(c), null),
        ['x'] = ((d, c) => d.ToString("d", c), "d"),
        ['X'] = ((d, c) => d.ToString("T", c), "T"),
        ['y'] = ((d, c) => d.ToString("yy", c), "yy"),
        ['Y'] = ((d, c) => d.ToString("yyyy", c), "yyyy"),
        ['Z'] = ((_, _) => "+00:00", "zzz"),
        ['%'] = ((_, _) => "%", null),
    };

    /// <summary>The date in the pattern; <c>%g</c> switches to the invariant culture.</summary>
    public static string Format(DateTime date, string pattern, CultureInfo culture)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '%' || i + 1 == pattern.Length) { text.Append(pattern[i]); continue; }
            var letter = pattern[++i];
            if (letter == 'g') culture = CultureInfo.InvariantCulture;
            else if (Letters.TryGetValue(letter, out var format)) text.Append(format.Print(date, culture));
            else text.Append('%').Append(letter);
        }
        return text.ToString();
    }

    /// <summary>The .NET pattern that parses what <paramref name="pattern"/> prints; <c>%g</c> sets the invariant culture.</summary>
    public static string ParsePattern(string pattern, ref CultureInfo culture)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '%' || i + 1 == pattern.Length) { text.Append(pattern[i]); continue; }
            var letter = pattern[++i];
            if (letter == 'g') { culture = CultureInfo.InvariantCulture; continue; }
            if (!Letters.TryGetValue(letter, out var format)) { text.Append('%').Append(letter); continue; }
            text.Append(format.Parse ?? throw new ArgumentException($"the pattern %{letter} cannot be parsed"));
        }
        return text.ToString();
    }
}
