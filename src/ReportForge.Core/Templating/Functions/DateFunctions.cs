using System.Globalization;
using Humanizer;
using ReportForge.Text;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Dates, read naturally in the report's culture.
/// <code>
/// {{ date_long "2022-01-10" }}         → Monday, January 10th, 2022
/// {{ date_short "2022-01-10" }}        → 10 Jan 2022
/// {{ date_relative "2022-01-12" }}     → tomorrow (relative to the briefing date; demain in French)
/// {{ weekday "2022-01-10" }}           → Monday
/// {{ date_add "2022-01-10" 3 }}        → 2022-01-13
/// </code>
/// </summary>
internal static class DateFunctions
{
    public static void Register(ScriptObject target, DateOnly? briefingDate)
    {
        target.Add("date_long", v => LongDate(v));
        target.Add("date_short", v => ShortDate(v));
        target.Add("weekday", v => Parse(v).ToString("dddd", CultureInfo.CurrentCulture));
        target.Add("date_add", (v, days) => Parse(v).AddDays(ScriptFunctions.Int(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        target.Add("date_relative", v => Relative(v, briefingDate));
    }

    internal static DateOnly Parse(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        string s when IsoDate.TryParse(s, out var d) => d,
        null => throw new ArgumentException("expected a date (YYYY-MM-DD) but got null"),
        _ => throw new ArgumentException($"expected a date (YYYY-MM-DD) but got '{value}'"),
    };

    internal static string LongDate(object? value) => LongDate(Parse(value), CultureInfo.CurrentCulture);

    /// <summary>"Monday, January 10th, 2022" in English; the culture's long date pattern elsewhere.</summary>
    internal static string LongDate(DateOnly date, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName != "en") return date.ToString("D", culture);
        var ordinal = date.Day.Ordinalize(culture);
        var month = date.ToString("MMMM", culture);
        var weekday = date.ToString("dddd", culture);
        return culture.Name == "en-US" || culture.Name == "en"
            ? $"{weekday}, {month} {ordinal}, {date.Year}"
            : $"{weekday} {ordinal} {month} {date.Year}";
    }

    private static string ShortDate(object? value) => Parse(value).ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    // Humanizer says "now" for a zero difference; a date on the briefing's own day reads better as "today".
    private static string Today(CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "fr" => "aujourd’hui",
        "de" => "heute",
        _ => "today",
    };

    private static string Relative(object? value, DateOnly? briefingDate)
    {
        var date = Parse(value);
        var reference = briefingDate ?? date;
        var days = date.DayNumber - reference.DayNumber;
        return days switch
        {
            0 => Today(CultureInfo.CurrentUICulture),
            _ => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Humanize(utcDate: true,
                dateToCompareAgainst: reference.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), culture: CultureInfo.CurrentUICulture),
        };
    }
}
