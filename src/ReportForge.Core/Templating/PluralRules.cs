using System.Globalization;

namespace ReportForge.Templating;

/// <summary>
/// The CLDR plural category of a count in a language (<c>zero one two few many other</c>), from a small table of the
/// languages the shipped templates speak and a few neighbours; any other language counts as English does ("one" for
/// exactly 1). Humanizer's <c>Pluralize</c> and <c>ToQuantity</c> know only English; strings name their forms by these
/// categories instead (<c>talks_intro.one</c>, <c>talks_intro.other</c>).
/// </summary>
public static class PluralRules
{
    /// <summary>The category of <paramref name="count"/> in <paramref name="culture"/>'s language.</summary>
    public static string Category(CultureInfo culture, decimal count)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var n = Math.Abs(count);
        var integer = n == decimal.Truncate(n);
        var i = integer ? (long)Math.Min(n, long.MaxValue) : -1;
        return culture.TwoLetterISOLanguageName switch
        {
            // French and Portuguese: one covers 0 and 1 (and 1.5: "1,5 heure"); CLDR's "many" for a million is left out.
            "fr" or "pt" => n < 2 ? "one" : "other",
            // No plural forms.
            "ja" or "zh" or "ko" or "th" or "vi" or "id" or "ms" or "tr" => "other",
            "ru" or "uk" or "be" => !integer ? "other"
                : i % 10 == 1 && i % 100 != 11 ? "one"
                : i % 10 is >= 2 and <= 4 && i % 100 is < 12 or > 14 ? "few"
                : "many",
            "pl" => !integer ? "other"
                : i == 1 ? "one"
                : i % 10 is >= 2 and <= 4 && i % 100 is < 12 or > 14 ? "few"
                : "many",
            "cs" or "sk" => !integer ? "many" : i == 1 ? "one" : i is >= 2 and <= 4 ? "few" : "other",
            // English, German, Spanish, Italian, Dutch, the Nordic languages and the default.
            _ => integer && i == 1 ? "one" : "other",
        };
    }
}
