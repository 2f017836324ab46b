namespace ReportForge.Theming;

/// <summary>Font sizes in points.</summary>
public sealed class SizeTheme
{
    /// <summary>Running text.</summary>
    public double Body { get; set; } = 10.5;
    /// <summary>Header, footer, captions.</summary>
    public double Small { get; set; } = 8;
    /// <summary>Document title.</summary>
    public double Title { get; set; } = 22;
    /// <summary>Subtitle.</summary>
    public double Subtitle { get; set; } = 13;
    /// <summary>Heading level 1.</summary>
    public double H1 { get; set; } = 15;
    /// <summary>Heading level 2.</summary>
    public double H2 { get; set; } = 12.5;
    /// <summary>Heading level 3 and below.</summary>
    public double H3 { get; set; } = 11;
    /// <summary>Code.</summary>
    public double Code { get; set; } = 9;
    /// <summary>Table cells.</summary>
    public double Table { get; set; } = 9.5;

    /// <summary>The size of a heading level.</summary>
    public double Heading(int level) => level switch { 1 => H1, 2 => H2, _ => H3 };
}
