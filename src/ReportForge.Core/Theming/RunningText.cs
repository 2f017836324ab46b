namespace ReportForge.Theming;

/// <summary>
/// Header or footer text in three slots. Placeholders: {title} {date} {page} {pages} {classification}, and {t:KEY}, a string
/// of the report's culture (<see cref="ThemeWords"/>; the English word when the theme was not localized).
/// </summary>
public sealed class RunningText
{
    /// <summary>Left slot.</summary>
    public string Left { get; set; } = "";
    /// <summary>Centre slot.</summary>
    public string Center { get; set; } = "";
    /// <summary>Right slot.</summary>
    public string Right { get; set; } = "";
    /// <summary>Whether the first page shows it.</summary>
    public bool OnFirstPage { get; set; } = true;

    /// <summary>Fills the placeholders.</summary>
    public static string Expand(string text, RunningValues values) => ThemeWords.Resolve(text, null)
        .Replace("{title}", values.Title, StringComparison.Ordinal)
        .Replace("{date}", values.Date, StringComparison.Ordinal)
        .Replace("{page}", values.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{pages}", values.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{classification}", values.Classification, StringComparison.Ordinal);
}
