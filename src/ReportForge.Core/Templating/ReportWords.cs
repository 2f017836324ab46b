using System.Globalization;
using Humanizer;

namespace ReportForge.Templating;

/// <summary>
/// The words a render makes itself, in the report's culture and from its strings: plural forms by CLDR category
/// (<c>KEY.one</c>, <c>KEY.other</c>…), dates in the culture's form (<c>date_long_format</c>, <c>date_short_format</c>),
/// the relative-day words (<c>today</c>, <c>yesterday</c>, <c>tomorrow</c>, <c>days_ago</c>, <c>in_days</c>) and
/// durations (<c>hours</c>, <c>minutes</c>, <c>hours_minutes</c>). A template whose strings lack one of these keys
/// gets the culture's own form (Humanizer's words, .NET's long date).
/// </summary>
public sealed class ReportWords
{
    private readonly IReadOnlyDictionary<string, string> _strings;

    /// <summary>Words of <paramref name="culture"/> from <paramref name="strings"/>.</summary>
    public ReportWords(IReadOnlyDictionary<string, string> strings, CultureInfo culture)
    {
        _strings = strings;
        Culture = culture;
    }

    /// <summary>The report's culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The strings.</summary>
    public IReadOnlyDictionary<string, string> Strings => _strings;

    /// <summary>
    /// The key to use for <paramref name="key"/> said of <paramref name="count"/>: KEY.CATEGORY, else KEY.other, else the
    /// older KEY_one for exactly 1, else KEY itself.
    /// </summary>
    public string PluralKey(string key, decimal count)
    {
        var category = key + "." + PluralRules.Category(Culture, count);
        if (_strings.ContainsKey(category)) return category;
        if (_strings.ContainsKey(key + ".other")) return key + ".other";
        if (count == 1 && _strings.ContainsKey(key + "_one")) return key + "_one";
        return key;
    }

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/> with {0} filled; null when the strings lack it.</summary>
    public string? Plural(string key, decimal count, string shown) =>
        _strings.TryGetValue(PluralKey(key, count), out var text) ? string.Format(Culture, text, shown) : null;

    /// <summary>The string <paramref name="key"/> (else <paramref name="fallback"/>) with {0} filled.</summary>
    public string Format(string key, string fallback, string value) =>
        string.Format(Culture, _strings.TryGetValue(key, out var text) ? text : fallback, value);

    /// <summary>"Tuesday, January 11th, 2022" (en-US), "mardi 11 janvier 2022" (fr): <c>date_long_format</c>.</summary>
    public string LongDate(DateOnly date) => _strings.TryGetValue("date_long_format", out var pattern)
        ? FormatDate(date, pattern)
        : Functions.DateFunctions.LongDate(date, Culture);

    /// <summary>"11 Jan 2022": <c>date_short_format</c>.</summary>
    public string ShortDate(DateOnly date) =>
        FormatDate(date, _strings.TryGetValue("date_short_format", out var pattern) ? pattern : "d MMM yyyy");

    /// <summary>"today", "yesterday", "in 3 days", relative to <paramref name="reference"/>.</summary>
    public string Relative(DateOnly date, DateOnly reference)
    {
        var days = date.DayNumber - reference.DayNumber;
        var key = days switch { 0 => "today", -1 => "yesterday", 1 => "tomorrow", < 0 => "days_ago", _ => "in_days" };
        if (Math.Abs(days) > 1)
        {
            var shown = Math.Abs(days).ToString(Culture);
            if (Plural(key, Math.Abs(days), shown) is { } counted) return counted;
        }
        else if (_strings.TryGetValue(key, out var word))
        {
            return word;
        }
        // Humanizer says "now" for a zero difference; a date on the briefing's own day reads better as "today".
        if (days == 0) return Culture.TwoLetterISOLanguageName switch { "fr" => "aujourd’hui", "de" => "heute", "es" => "hoy", _ => "today" };
        return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Humanize(utcDate: true,
            dateToCompareAgainst: reference.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), culture: Culture);
    }

    /// <summary>"seven hours", "one hour, thirty minutes": <c>hours</c>, <c>minutes</c> and <c>hours_minutes</c>.</summary>
    public string Hours(double hours)
    {
        var total = (long)Math.Round(Math.Abs(hours) * 60, MidpointRounding.AwayFromZero);
        var (whole, minutes) = (total / 60, total % 60);
        var h = whole > 0 || minutes == 0 ? Plural("hours", whole, Words(whole, "hours")) : "";
        var m = minutes > 0 ? Plural("minutes", minutes, Words(minutes, "minutes")) : "";
        if (h is null || m is null)
            return TimeSpan.FromHours(hours).Humanize(precision: 2, culture: Culture, toWords: true);
        if (h.Length == 0) return m;
        if (m.Length == 0) return h;
        return _strings.TryGetValue("hours_minutes", out var both) ? string.Format(Culture, both, h, m) : h + ", " + m;
    }

    // A number in words agreeing with its noun: KEY.gender is "feminine", "masculine" or "neuter" (une heure, un minuto).
    private string Words(long number, string key) =>
        _strings.TryGetValue(key + ".gender", out var gender) && Enum.TryParse<GrammaticalGender>(gender, true, out var g)
            ? number.ToWords(g, Culture)
            : number.ToWords(Culture);

    /// <summary>
    /// A date by a .NET custom pattern in which <c>{ordinal}</c> stands for the day as an ordinal ("11th"), which .NET
    /// patterns cannot say.
    /// </summary>
    internal string FormatDate(DateOnly date, string pattern)
    {
        var parts = pattern.Split("{ordinal}");
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) text.Append(date.Day.Ordinalize(Culture));
            var part = parts[i];
            // A one-character pattern would be read as a standard format ("d" the short date): "%d" is the custom one.
            if (part.Length == 1) text.Append(char.IsLetter(part[0]) ? date.ToString("%" + part, Culture) : part);
            else if (part.Length > 1) text.Append(date.ToString(part, Culture));
        }
        return text.ToString();
    }
}
