using ReportForge.Pdf.Fonts;

namespace ReportForge.Pdf.Tests.Elements.Kit;

/// <summary>
/// Every character half the font size wide (5 pt at 10 pt), ascent 0.8 and descent 0.2 of the size: line
/// breaks and places come out as round numbers, independent of the fonts installed.
/// </summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public static FixedWidthMeasurer Instance { get; } = new();

    /// <inheritdoc />
    public double Width(string text, FontFace face) => text.Length * face.Size / 2;

    /// <inheritdoc />
    public double Width(string text, int start, int length, FontFace face) => length * face.Size / 2;

    /// <inheritdoc />
    public bool HasGlyph(FontFace face, int codePoint) => true;

    /// <inheritdoc />
    public (double Ascent, double Descent) VerticalMetrics(FontFace face) => (face.Size * 0.8, face.Size * 0.2);
}
