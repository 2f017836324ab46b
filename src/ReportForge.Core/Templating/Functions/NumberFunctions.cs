using System.Globalization;
using Humanizer;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Counts, quantities and durations in words.
/// <code>
/// {{ words 7 }}                  → seven
/// {{ ordinal 3 }}                → 3rd
/// {{ quantity 4 "talk" }}        → four talks
/// {{ hours 7 }}                  → seven hours
/// {{ hours 1.5 }}                → one hour, 30 minutes
/// {{ pluralize "talk" }}         → talks
/// </code>
/// </summary>
internal static class NumberFunctions
{
    public static void Register(ScriptObject target)
    {
        target.Add("words", v => ToLong(v).ToWords(CultureInfo.CurrentUICulture));
        target.Add("ordinal", v => ((int)ToLong(v)).Ordinalize(CultureInfo.CurrentUICulture));
        target.Add("quantity", (n, noun) => ScriptFunctions.Text(noun).ToQuantity((int)ToLong(n), ShowQuantityAs.Words));
        target.Add("pluralize", word => ScriptFunctions.Text(word).Pluralize());
        target.Add("hours", v => Hours(v));
    }

    private static string Hours(object? value)
    {
        var hours = ToDouble(value);
        return TimeSpan.FromHours(hours).Humanize(precision: 2, culture: CultureInfo.CurrentUICulture, toWords: true);
    }

    private static long ToLong(object? value) => value switch
    {
        null => throw new ArgumentException("expected a number but got null"),
        int i => i,
        long l => l,
        decimal m => (long)Math.Round(m),
        double d => (long)Math.Round(d),
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static double ToDouble(object? value) => value switch
    {
        null => throw new ArgumentException("expected a number but got null"),
        string s => double.Parse(s, CultureInfo.InvariantCulture),
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
