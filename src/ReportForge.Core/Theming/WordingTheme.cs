namespace ReportForge.Theming;

/// <summary>
/// Words the writers generate themselves; by default the template's strings <c>table_continued</c> and <c>contents</c>
/// (<see cref="ThemeWords"/>).
/// </summary>
public sealed class WordingTheme
{
    /// <summary>Above a table's repeated header on later pages; {caption} is the table's caption.</summary>
    public string TableContinued { get; set; } = ThemeWords.Reference("table_continued");
    /// <summary>The default title of a table of contents.</summary>
    public string Contents { get; set; } = ThemeWords.Reference("contents");
}
