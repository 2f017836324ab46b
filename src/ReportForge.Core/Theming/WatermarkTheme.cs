namespace ReportForge.Theming;

/// <summary>A diagonal text across every page, such as DRAFT.</summary>
public sealed class WatermarkTheme
{
    /// <summary>The text; empty for none (the template can set <c>document.watermark</c>).</summary>
    public string Text { get; set; } = "";
    /// <summary>Colour.</summary>
    public Rgb Color { get; set; } = new(0xc8, 0xcc, 0xd2);
    /// <summary>0 (invisible) to 1 (opaque).</summary>
    public double Opacity { get; set; } = 0.35;
    /// <summary>Font size in points.</summary>
    public double Size { get; set; } = 96;
}
