namespace ReportForge.Theming;

/// <summary>Words the writers generate themselves.</summary>
public sealed class WordingTheme
{
    /// <summary>Above a table's repeated header on later pages; {caption} is the table's caption.</summary>
    public string TableContinued { get; set; } = "{caption} (continued)";
    /// <summary>The default title of a table of contents.</summary>
    public string Contents { get; set; } = "Contents";
}
