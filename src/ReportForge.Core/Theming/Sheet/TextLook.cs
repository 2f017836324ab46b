namespace ReportForge.Theming;

/// <summary>
/// Text as both writers set it: family, size, colour, weight, slant and line pitch. The pitch is the least distance
/// from one baseline to the next: the PDF takes it or the font's ascent plus descent, whichever is larger, and
/// the .docx asks for it with Word's "at least" line rule, which takes the same maximum.
/// </summary>
/// <param name="Family">The font family.</param>
/// <param name="Size">The size in points.</param>
/// <param name="Color">The text colour.</param>
/// <param name="Bold">Whether the text is bold.</param>
/// <param name="Italic">Whether the text is italic.</param>
/// <param name="LineFactor">The line pitch as a multiple of the size.</param>
public sealed record TextLook(string Family, double Size, Rgb Color, bool Bold, bool Italic, double LineFactor)
{
    /// <summary>The line pitch in points, on the twip grid Word stores.</summary>
    public double Pitch => Twips.Round(Size * LineFactor);

    /// <summary>The same text in another size, line factor kept.</summary>
    public TextLook Sized(double size) => this with { Size = size };
}
