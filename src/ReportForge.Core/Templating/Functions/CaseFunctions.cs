using System.Globalization;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Scriban's <c>string.capitalize</c> as it behaves (the first character upper-cased in the report's culture,
/// unless it already is upper case), without the question .NET asks before any casing, even the invariant
/// culture's: whether the culture cases ASCII as the invariant one does, answered by building an ICU collator,
/// about 10 ms of a briefing's render. An ASCII letter is upper-cased directly; only Turkish and Azerbaijani case
/// the letter i differently, and they keep their own casing.
/// <code>
/// {{ "to be confirmed" | string.capitalize }}   → To be confirmed
/// </code>
/// </summary>
internal static class CaseFunctions
{
    public static void Register(ScriptObject builtins) =>
        ((ScriptObject)builtins["string"]!).Add("capitalize", v => Capitalize(v, CultureInfo.CurrentCulture));

    internal static string Capitalize(object? value, CultureInfo culture)
    {
        var text = value switch
        {
            null => "",
            string s => s,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, culture),
            _ => value.ToString() ?? "",
        };
        if (text.Length == 0 || char.IsUpper(text[0])) return text;
        var first = text[0];
        var upper = culture.TwoLetterISOLanguageName is "tr" or "az" ? culture.TextInfo.ToUpper(first)
            : char.IsAsciiLetterLower(first) ? (char)(first - ('a' - 'A'))
            : char.ToUpperInvariant(first);
        return string.Concat(new ReadOnlySpan<char>(in upper), text.AsSpan(1));
    }
}
