using System.Collections.Concurrent;
using PdfSharp.Drawing;
using ReportForge.Pdf.Fonts.Shaping;
using ReportForge.Text;

namespace ReportForge.Pdf.Fonts;

/// <summary>
/// Measures with PDFsharp's font metrics through a per-character width table (same results as
/// <c>MeasureString</c>, which sums advance widths, and several times faster). Text in a script that needs shaping
/// (Devanagari, Tamil…) measures as the shaped glyphs' advances, as <c>PdfSharpCanvas</c> draws it. Thread-safe.
/// </summary>
internal sealed class PdfSharpMeasurer : ITextMeasurer
{
    private const double ReferenceSize = 1000;
    private static readonly XGraphics MeasureContext = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private static readonly object MeasureGate = new();

    private readonly ConcurrentDictionary<(string Family, bool Bold, bool Italic), FaceMetrics> _faces = new();

    public PdfSharpMeasurer()
    {
        _ = FontCatalog.Instance;
    }

    public static PdfSharpMeasurer Shared { get; } = new();

    public double Width(string text, FontFace face) => Width(text, 0, text.Length, face);

    public double Width(string text, int start, int length, FontFace face)
    {
        var metrics = Metrics(face);
        var total = 0.0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c >= '\u0900' && ComplexScripts.IsComplex(c) && Shaped(text, start, length, face) is { } shaped) return shaped;
            if (char.IsHighSurrogate(c) && i + 1 < end)
            {
                total += metrics.PairWidth(text.Substring(i, 2));
                i++;
            }
            else
            {
                total += metrics.CharWidth(c);
            }
        }
        return total * face.Size / ReferenceSize;
    }

    // Shaping is per string: conjuncts and reordered vowel signs change the advance of the whole, not of each letter.
    private static double? Shaped(string text, int start, int length, FontFace face) =>
        TextShaper.Shape(start == 0 && length == text.Length ? text : text.Substring(start, length), face) is { } shaped
            ? shaped.Advance * face.Size / ReferenceSize
            : null;

    public bool HasGlyph(FontFace face, int codePoint) => Metrics(face).HasGlyph(codePoint);

    public (double Ascent, double Descent) VerticalMetrics(FontFace face)
    {
        var m = Metrics(face);
        return (m.Ascent * face.Size, m.Descent * face.Size);
    }

    /// <summary>The PDFsharp font for a face, for drawing.</summary>
    public static XFont CreateFont(FontFace face)
    {
        var style = (face.Bold, face.Italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        return new XFont(face.Family, face.Size, style, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
    }

    // Layout asks for the same few faces millions of times: the last one found is kept per thread, compared
    // by the family string's reference first (faces are built from the theme's strings), so the common case
    // neither hashes the family name nor touches the shared dictionary.
    [ThreadStatic] private static (PdfSharpMeasurer Owner, string Family, bool Bold, bool Italic, FaceMetrics Metrics)? _last;

    private FaceMetrics Metrics(FontFace face)
    {
        if (_last is { } last && ReferenceEquals(last.Owner, this) && last.Bold == face.Bold && last.Italic == face.Italic
            && (ReferenceEquals(last.Family, face.Family) || last.Family == face.Family))
            return last.Metrics;
        var key = (face.Family, face.Bold, face.Italic);
        if (!_faces.TryGetValue(key, out var metrics))
            metrics = _faces.GetOrAdd(key, k => new FaceMetrics(CreateFont(new FontFace(k.Family, k.Bold, k.Italic, ReferenceSize))));
        _last = (this, face.Family, face.Bold, face.Italic, metrics);
        return metrics;
    }

    private sealed class FaceMetrics
    {
        private readonly XFont _font;
        private readonly double[] _ascii = new double[128];
        private readonly ConcurrentDictionary<string, double> _other = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<int, bool> _glyphs = new();
        private readonly ConcurrentDictionary<char, double> _bmp = new();
        private readonly bool[] _asciiGlyphs = new bool[127];

        public FaceMetrics(XFont font)
        {
            _font = font;
            var m = font.Metrics;
            Ascent = (double)m.Ascent / m.UnitsPerEm;
            Descent = Math.Abs((double)m.Descent) / m.UnitsPerEm;
            for (var c = 32; c < 128; c++) _ascii[c] = Measure(((char)c).ToString());
            for (var c = 32; c < 127; c++) _asciiGlyphs[c] = PdfSharp.Fonts.GlyphHelper.GlyphIndexFromCodePoint(c, _font) != 0;
        }

        public double Ascent { get; }
        public double Descent { get; }

        // Looking a glyph up is slow, misses most of all: cache every answer (ASCII in an array).
        public bool HasGlyph(int codePoint)
        {
            if (codePoint is >= 32 and < 127) return _asciiGlyphs[codePoint];
            if (_glyphs.TryGetValue(codePoint, out var has)) return has;
            lock (MeasureGate) has = PdfSharp.Fonts.GlyphHelper.GlyphIndexFromCodePoint(codePoint, _font) != 0;
            _glyphs[codePoint] = has;
            return has;
        }

        public double CharWidth(char c)
        {
            if (c < 128) return _ascii[c];
            if (_bmp.TryGetValue(c, out var width)) return width;
            width = Drawn(Measure(c.ToString()), c);
            _bmp[c] = width;
            return width;
        }

        public double PairWidth(string pair) => _other.GetOrAdd(pair, p => Drawn(Measure(p), char.ConvertToUtf32(p[0], p[1])));

        // A character the font lacks is drawn as its missing-glyph box at the PDF's default width, one em (PDFsharp
        // leaves glyph 0 out of the font's width table), while MeasureString gives the box's own, narrower advance:
        // the text after it on the line would be placed over it.
        private double Drawn(double measured, int codePoint) => measured > 0 && !HasGlyph(codePoint) ? ReferenceSize : measured;

        private double Measure(string s)
        {
            lock (MeasureGate) return MeasureContext.MeasureString(s, _font).Width;
        }
    }
}
