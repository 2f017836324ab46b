using System.Globalization;
using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Pdf.Layout;

namespace ReportForge.Pdf.Output;

/// <summary>
/// What a document holds that its PDF standard does not allow, found before the layout starts: an image with
/// transparency under PDF/A-1, an image without alternative text or a document without a title under PDF/UA-1 (an image
/// without alternative text is a warning under no standard). Each image problem is located where the image's markup
/// came from.
/// </summary>
internal static class PdfStandardCheck
{
    public static List<Diagnostic> Check(Document document, PdfStandard standard)
    {
        var problems = new List<Diagnostic>();
        if (standard.Ua1 && string.IsNullOrWhiteSpace(document.Metadata.Title))
            problems.Add(new Diagnostic(ErrorCodes.PdfUaTitleMissing, Severity.Error,
                "PDF/UA-1 needs a document title (the viewer shows it in place of the file name): the template sets none; assign document.title"));
        foreach (var image in Images(document.Blocks.Concat(document.Footnotes.SelectMany(f => f.Blocks))))
        {
            if (standard.IsPdfA && image.Data.Transparency is { } transparency)
                problems.Add(Located(image, ErrorCodes.PdfAImageTransparent, Severity.Error,
                    $"image '{image.Data.Source}' has {transparency}, which PDF/A-1 does not allow (its see-through parts would be drawn opaque); "
                    + "save it without transparency (flattened onto white), or choose a standard without PDF/A"));
            if (string.IsNullOrWhiteSpace(image.AltText))
                problems.Add(standard.Ua1
                    ? Located(image, ErrorCodes.ImageAltMissing, Severity.Error,
                        $"image '{image.Data.Source}' has no alternative text, which PDF/UA-1 requires of every figure; write what it shows "
                        + "between the brackets: ![what it shows](…)")
                    : Located(image, ErrorCodes.ImageAltMissing, Severity.Warning,
                        $"image '{image.Data.Source}' has no alternative text: a screen reader cannot say what it shows; write it between the "
                        + "brackets: ![what it shows](…)"));
        }
        return problems;
    }

    /// <summary>
    /// The error for a character no font has (its RF1303 warning, <paramref name="missing"/>) under PDF/A: it would be
    /// drawn as the font's empty glyph 0, which PDF/A does not allow (Preflight 3.3.1).
    /// </summary>
    public static Diagnostic NoGlyph(Diagnostic missing)
    {
        var which = missing.Message.Split("; it shows as an empty box", 2)[0];
        return new Diagnostic(ErrorCodes.PdfAGlyphMissing, Severity.Error, which + ", and PDF/A does not allow a character drawn without a glyph "
            + "(the empty box is the font's glyph 0): install a font that has it and add it to fonts.fallbacks in theme.json, or remove it from the notes",
            missing.Location);
    }

    /// <summary>The warning for a translucent watermark that PDF/A-1 has drawn opaque.</summary>
    public static Diagnostic OpaqueWatermark(WatermarkStyle watermark)
    {
        var opaque = watermark.Opaque().Color;
        var opacity = watermark.Opacity.ToString("0.##", CultureInfo.InvariantCulture);
        return new Diagnostic(ErrorCodes.PdfAWatermarkOpaque, Severity.Warning,
            $"the watermark '{watermark.Text}' is translucent (opacity {opacity}), and PDF/A-1 allows no transparency: it is drawn "
            + $"opaque in #{opaque.R:x2}{opaque.G:x2}{opaque.B:x2}, the colour it shows over white paper, and hides what it overlaps; "
            + "set watermark.opacity to 1 in theme.json to choose the colour yourself");
    }

    private static Diagnostic Located(Image image, string code, Severity severity, string message) => image.Origin is { } origin
        ? new Diagnostic(code, severity, $"{message} (markup line {origin.MarkupLine})", origin.Location)
        : new Diagnostic(code, severity, message);

    private static IEnumerable<Image> Images(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            IEnumerable<Image> inner = block switch
            {
                Image image => [image],
                Quote quote => Images(quote.Blocks),
                Callout callout => Images(callout.Blocks),
                KeepTogether keep => Images(keep.Blocks),
                Change change => Images(change.Accepted),
                ListBlock list => Images(list.Items.SelectMany(i => i.Blocks)),
                _ => [],
            };
            foreach (var found in inner) yield return found;
        }
    }
}
