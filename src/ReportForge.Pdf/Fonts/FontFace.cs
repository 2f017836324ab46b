namespace ReportForge.Pdf.Fonts;

/// <summary>A font family in one style at one size.</summary>
public readonly record struct FontFace(string Family, bool Bold, bool Italic, double Size)
{
    /// <summary>The same face at another size.</summary>
    public FontFace WithSize(double size) => this with { Size = size };
}
