using System.Globalization;
using Humanizer;
using ReportForge.Text;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Dates and durations, read naturally in the report's culture, in the words of its strings (<see cref="ReportWords"/>).
/// <code>
/// {{ date_long "2022-01-10" }}         → Monday, January 10th, 2022
/// {{ date_short "2022-01-10" }}        → 10 Jan 2022
/// {{ date_relative "2022-01-12" }}     → tomorrow (relative to the briefing date; demain in French)
/// {{ hours 7 }}                        → seven hours
/// {{ weekday "2022-01-10" }}           → Monday
/// {{ date_add "2022-01-10" 3 }}        → 2022-01-13
/// </code>
/// </summary>
internal static class DateFunctions
{
    public static void Register(ScriptObject target, DateOnly? briefingDate, ReportWords words)
    {
        target.Add("date_long", v => words.LongDate(Parse(v)));
        target.Add("date_short", v => words.ShortDate(Parse(v)));
        target.Add("weekday", v => Parse(v).ToString("dddd", CultureInfo.CurrentCulture));
        target.Add("date_add", (v, days) => Parse(v).AddDays(ScriptFunctions.Int(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        target.Add("date_relative", v => words.Relative(Parse(v), briefingDate ?? Parse(v)));
        // A label's colon and a quote's marks are the culture's typography: "When:", "Quand :", « … » in French.
        target.Add("label", v => words.Format("label", "{0}:", ScriptFunctions.Text(v)));
        target.Add("quoted", v => ProseFunctions.Quoted(ScriptFunctions.Text(v), t => words.Format("quoted", "“{0}”", t)));
        // Durations in the strings' words; the shared built-in (NumberFunctions) serves a render without strings.
        target.Add("hours", v => words.Hours(v switch
        {
            null => throw new ArgumentException("expected a number but got null"),
            string s => double.Parse(s, CultureInfo.InvariantCulture),
            _ => Convert.ToDouble(v, CultureInfo.InvariantCulture),
        }));
    }

    internal static DateOnly Parse(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        string s when IsoDate.TryParse(s, out var d) => d,
        null => throw new ArgumentException("expected a date (YYYY-MM-DD) but got null"),
        _ => throw new ArgumentException($"expected a date (YYYY-MM-DD) but got '{value}'"),
    };

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
}
