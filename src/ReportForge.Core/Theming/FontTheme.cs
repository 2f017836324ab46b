namespace ReportForge.Theming;

/// <summary>Font families; <see cref="Fallbacks"/> serve scripts the body family lacks.</summary>
public sealed class FontTheme
{
    /// <summary>Running text.</summary>
    public string Body { get; set; } = "Liberation Sans";
    /// <summary>Headings and title.</summary>
    public string Headings { get; set; } = "Liberation Sans";
    /// <summary>Code.</summary>
    public string Mono { get; set; } = "Liberation Mono";
    /// <summary>Families tried in order for characters the others lack.</summary>
    public List<string> Fallbacks { get; set; } = ["DejaVu Sans"];

    /// <summary>
    /// Where theme.json named each family (<c>body</c>, <c>headings</c>, <c>mono</c>), so a family that turns out not to
    /// exist, found only when the PDF is laid out, is an error at its place; empty for the built-in defaults.
    /// </summary>
    public Dictionary<string, Diagnostics.SourceLocation> Places { get; } = new(StringComparer.Ordinal);
}
