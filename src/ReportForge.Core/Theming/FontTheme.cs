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
}
