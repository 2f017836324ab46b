using System.Globalization;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Scriban's <c>date</c> family, written without reflection so it is the same under the JIT and Native AOT
/// (where Scriban's <c>date.parse</c> and <c>date.to_string</c> do not exist), and without the clock or the
/// machine's time zone: a time without a date is on 0001-01-01 (never today), a text without a year is an
/// error (never this year), and every date is UTC, offsets converted, so <c>TZ</c> never reaches the report.
/// It stays a <see cref="DateTimeFunctions"/>, through which Scriban writes a date value with <c>date.format</c>.
/// </summary>
internal sealed class SandboxDateFunctions : DateTimeFunctions
{
    private const DateTimeStyles Styles = DateTimeStyles.NoCurrentDateDefault | DateTimeStyles.AssumeUniversal
        | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    public SandboxDateFunctions()
    {
        this.Add("parse", 2, (text, pattern, culture) => Parse(text, pattern, culture));
        this.Add("to_string", 1, (date, pattern, culture) => ToText(date, pattern, culture));
        this.Add("parse_to_string", 2, (text, pattern, culture) => ToText(Parse(text, null, culture), pattern, culture));
        AddUnit("add_days", (d, n) => d.AddDays(n));
        AddUnit("add_months", (d, n) => d.AddMonths(checked((int)n)));
        AddUnit("add_years", (d, n) => d.AddYears(checked((int)n)));
        AddUnit("add_hours", (d, n) => d.AddHours(n));
        AddUnit("add_minutes", (d, n) => d.AddMinutes(n));
        AddUnit("add_seconds", (d, n) => d.AddSeconds(n));
        AddUnit("add_milliseconds", (d, n) => d.AddMilliseconds(n));
    }

    private void AddUnit(string name, Func<DateTime, double, DateTime> add) =>
        this.Add(name, (date, amount) => Date(date) is { } d ? add(d, Convert.ToDouble(amount, CultureInfo.InvariantCulture)) : null);

    /// <summary>Writes a date value (and <c>date.to_string</c>) with the pattern; the time zone is always UTC.</summary>
    public override string ToString(DateTime? datetime, string pattern, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (datetime is not { } date) return null!;
        return Strftime.Format(date, pattern == "%g" ? "%g " + Format : pattern, culture);
    }

    /// <summary><c>date "2022-01-11"</c> parses, as <c>date.parse</c> does.</summary>
    public override object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count == 0) return this;
        if (arguments.Count > 1) throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan,
            $"date takes 0 or 1 argument but was given {arguments.Count}");
        try
        {
            return Parse(arguments[0], null, null)!;
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "date: " + e.Message);
        }
    }

    private string? ToText(object? date, object? pattern, object? culture) =>
        Date(date) is { } d ? ToString(d, pattern is null ? Format : ScriptFunctions.Text(pattern), Culture(culture)) : null;

    private static DateTime? Date(object? value) => value switch
    {
        null => null,
        DateTime d => d,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        string s => Parse(s, null, null),
        _ => throw new ArgumentException($"expected a date but got '{ScriptFunctions.Text(value)}'"),
    };

    private static CultureInfo Culture(object? culture) =>
        culture is null ? CultureInfo.CurrentCulture : CultureInfo.GetCultureInfo(ScriptFunctions.Text(culture));

    /// <summary>Parses a date without the clock; null for empty text.</summary>
    internal static DateTime? Parse(object? value, object? pattern, object? cultureName)
    {
        var text = ScriptFunctions.Text(value);
        if (text.Length == 0) return null;
        var culture = Culture(cultureName);
        DateTime result;
        var parsed = pattern is null
            ? DateTime.TryParse(text, culture, Styles, out result)
            : DateTime.TryParseExact(text, Strftime.ParsePattern(ScriptFunctions.Text(pattern), ref culture), culture, Styles, out result);
        if (!parsed) throw new ArgumentException(pattern is null ? $"'{text}' is not a date" : $"'{text}' is not a date of the pattern '{pattern}'");
        // .NET fills a missing year from the clock; a report must not depend on the day it was rendered.
        if (result.Date != DateTime.MinValue.Date && !HasYear(text, result.Year))
            throw new ArgumentException($"'{text}' has no year, and a report must not take it from the clock; write the year");
        return DateTime.SpecifyKind(result, DateTimeKind.Utc);
    }

    private static bool HasYear(string text, int year) =>
        text.Contains(year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        || text.Contains((year % 100).ToString("D2", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
