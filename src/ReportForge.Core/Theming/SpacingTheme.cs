namespace ReportForge.Theming;

/// <summary>Spacing in points, and line height as a multiple of the font size.</summary>
public sealed class SpacingTheme
{
    /// <summary>Line height factor.</summary>
    public double LineHeight { get; set; } = 1.3;
    /// <summary>Space after a paragraph.</summary>
    public double Paragraph { get; set; } = 6;
    /// <summary>Space above a heading.</summary>
    public double HeadingBefore { get; set; } = 14;
    /// <summary>Space below a heading.</summary>
    public double HeadingAfter { get; set; } = 5;
    /// <summary>Indent per list level.</summary>
    public double ListIndent { get; set; } = 16;
    /// <summary>Space between list items.</summary>
    public double ListItem { get; set; } = 2;
    /// <summary>Padding inside table cells.</summary>
    public double CellPadding { get; set; } = 4;
    /// <summary>Gap between the header and the body, and the body and the footer.</summary>
    public double HeaderGap { get; set; } = 18;
}
