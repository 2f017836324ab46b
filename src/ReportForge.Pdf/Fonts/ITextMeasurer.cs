namespace ReportForge.Pdf.Fonts;

/// <summary>Measures text for layout; the layout never touches PDFsharp's font types itself.</summary>
public interface ITextMeasurer
{
    /// <summary>The advance width of the text in points.</summary>
    double Width(string text, FontFace face);

    /// <summary>The advance width of part of a string in points.</summary>
    double Width(string text, int start, int length, FontFace face);

    /// <summary>Whether the face's font has a glyph for the code point.</summary>
    bool HasGlyph(FontFace face, int codePoint);

    /// <summary>Ascent and descent in points, both positive.</summary>
    (double Ascent, double Descent) VerticalMetrics(FontFace face);
}
