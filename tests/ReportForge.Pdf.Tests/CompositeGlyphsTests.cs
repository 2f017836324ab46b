using ReportForge.Pdf.Fonts;
using ReportForge.Theming;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace ReportForge.Pdf.Tests;

public sealed class CompositeGlyphsTests
{
    private static readonly string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void Every_component_of_every_embedded_glyph_is_in_the_subset()
    {
        // DejaVu Sans draws joined Arabic (beh, teh, noon, yeh initial and medial are composites inside composites)
        // and accented letters the body font lacks. PDFsharp's subsetter alone left the inner glyphs out.
        var document = Docs.Document(Docs.Para("بيت ونيل وثبت، ئ ؤ أإ — ǻ ǅ ✓"));
        var result = PdfReportWriter.Write(document, Theme.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var programs = FontPrograms(result.Value.Bytes);
        Assert.NotEmpty(programs);
        Assert.All(programs, p => Assert.Empty(CompositeGlyphs.EmptyComponents(p.Bytes)));
        Assert.Contains(programs, p => p.Name.EndsWith("+DejaVu Sans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_font_without_nested_composites_is_returned_as_it_is()
    {
        using var stream = typeof(FontFace).Assembly.GetManifestResourceStream("ReportForge.Pdf.Fonts.LiberationSans-Regular.ttf")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        Assert.Same(bytes, CompositeGlyphs.Flatten(bytes));
        var notTrueType = "OTTO and then some bytes"u8.ToArray();
        Assert.Same(notTrueType, CompositeGlyphs.Flatten(notTrueType));
    }

    [Fact]
    public void A_flattened_font_keeps_its_glyphs_and_draws_the_same_text()
    {
        var original = File.ReadAllBytes(DejaVuSans);
        var flat = CompositeGlyphs.Flatten(original);
        Assert.NotSame(original, flat);
        Assert.Empty(CompositeGlyphs.EmptyComponents(flat));
        // Flattening again finds nothing left to do.
        Assert.Same(flat, CompositeGlyphs.Flatten(flat));
        // The catalog hands PDFsharp the flattened font; it measures as before (widths come from hmtx, untouched).
        var face = new FontFace("DejaVu Sans", false, false, 10);
        Assert.True(PdfSharpMeasurer.Shared.Width("\uFE91\uFEF4\uFE96", face) > 0);
    }

    private static List<(string Name, byte[] Bytes)> FontPrograms(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var scanner = document.Structure.TokenScanner;
        var programs = new List<(string, byte[])>();
        foreach (var page in document.GetPages())
        {
            if (!page.Dictionary.TryGet(NameToken.Create("Resources"), scanner, out DictionaryToken? resources)
                || !resources.TryGet(NameToken.Create("Font"), scanner, out DictionaryToken? fonts))
                continue;
            foreach (var token in fonts.Data.Values)
            {
                var font = DirectObjectFinder.Get<DictionaryToken>(token, scanner)!;
                if (!font.TryGet(NameToken.Create("DescendantFonts"), scanner, out ArrayToken? descendants)) continue;
                var descendant = DirectObjectFinder.Get<DictionaryToken>(descendants.Data[0], scanner)!;
                if (!descendant.TryGet(NameToken.Create("FontDescriptor"), scanner, out DictionaryToken? descriptor)
                    || !descriptor.TryGet(NameToken.Create("FontFile2"), scanner, out StreamToken? file))
                    continue;
                var name = descriptor.TryGet(NameToken.Create("FontName"), scanner, out NameToken? fontName) ? fontName.Data : "";
                programs.Add((name, file.Decode(document.Structure.FilterProvider, scanner).ToArray()));
            }
        }
        return programs;
    }
}
