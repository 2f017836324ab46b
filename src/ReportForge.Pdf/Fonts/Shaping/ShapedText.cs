namespace ReportForge.Pdf.Fonts.Shaping;

/// <summary>
/// One glyph of shaped text, in thousandths of an em: its advance and its offset from the pen (x right, y up), and the
/// index in the text of the first character it stands for.
/// </summary>
internal readonly record struct ShapedGlyph(int GlyphId, int Cluster, double Advance, double OffsetX, double OffsetY);

/// <summary>Text as the font's shaping rules draw it: glyphs in the order they are seen, and their total advance in thousandths of an em.</summary>
internal sealed record ShapedText(ShapedGlyph[] Glyphs, double Advance);
