using System.Text;
using System.Xml.Linq;
using PdfSharp.Pdf.IO;
using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Tests;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// What each --pdf-standard writes into the PDF (XMP identification, title display, tab order, language, version),
/// that it stays byte-reproducible, and what a standard refuses or warns about in the document.
/// </summary>
public sealed class PdfStandardTests
{
    private static PdfStandard Standard(string text)
    {
        if (text.Length == 0) return PdfStandard.None;
        Assert.True(PdfStandard.TryParse(text, out var standard, out var problem), problem);
        return standard;
    }

    private static Result<PdfOutput> Write(Document document, string standard, Theme? theme = null) =>
        PdfReportWriter.Write(document, theme ?? Theme.Default, new PdfWriterOptions { Standard = Standard(standard) });

    private static byte[] Bytes(Document document, string standard, Theme? theme = null)
    {
        var result = Write(document, standard, theme);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value.Bytes;
    }

    [Theory]
    [InlineData("a-1b", "B", false)]
    [InlineData("a-1a", "A", false)]
    [InlineData("ua-1", null, true)]
    [InlineData("ua-1,a-1a", "A", true)]
    [InlineData("ua-1,a-1b", "B", true)]
    public void The_xmp_identifies_each_standard_and_describes_pdfuaid_only_inside_pdfa(string text, string? conformance, bool ua)
    {
        var xmp = XmpReader.Read(Bytes(ClientTests.Document(), text));

        Assert.Equal(Only(conformance is not null, "1"), XmpReader.Values(xmp, XmpReader.PdfAId + "part"));
        Assert.Equal(Only(conformance is not null, conformance ?? ""), XmpReader.Values(xmp, XmpReader.PdfAId + "conformance"));
        Assert.Equal(Only(ua, "1"), XmpReader.Values(xmp, XmpReader.PdfUaId + "part"));
        var described = xmp.Descendants(XmpReader.PdfAExtension + "schemas").Descendants(XmpReader.PdfASchema + "namespaceURI").Select(e => e.Value).ToList();
        Assert.Equal(Only(ua && conformance is not null, "http://www.aiim.org/pdfua/ns/id/"), described);
        if (described.Count > 0)
        {
            Assert.Equal(["pdfuaid"], XmpReader.Values(xmp, XmpReader.PdfASchema + "prefix"));
            Assert.Equal(["part"], XmpReader.Values(xmp, XNamespaceProperty + "name"));
            Assert.Equal(["Integer"], XmpReader.Values(xmp, XNamespaceProperty + "valueType"));
            Assert.Equal(["internal"], XmpReader.Values(xmp, XNamespaceProperty + "category"));
        }
        Assert.Equal("Test report", XmpReader.Title(xmp));
    }

    private static List<string> Only(bool present, string value) => present ? [value] : [];

    private static readonly XNamespace XNamespaceProperty = "http://www.aiim.org/pdfa/ns/property#";

    [Fact]
    public void Without_a_standard_the_xmp_declares_none()
    {
        var xmp = XmpReader.Read(Bytes(ClientTests.Document(), ""));
        Assert.Empty(XmpReader.Values(xmp, XmpReader.PdfAId + "part"));
        Assert.Empty(XmpReader.Values(xmp, XmpReader.PdfUaId + "part"));
    }

    [Theory]
    [InlineData("ua-1")]
    [InlineData("a-1b")]
    public void A_title_with_markup_characters_stays_well_formed_xmp(string standard)
    {
        var document = Docs.Document(Docs.Para("Body.")) with { Metadata = Docs.Metadata("R&D <Report> \"Q1\"") with { Author = "Smith & Sons" } };
        var xmp = XmpReader.Read(Bytes(document, standard));
        Assert.Equal("R&D <Report> \"Q1\"", XmpReader.Title(xmp));
        Assert.Equal(["Smith & Sons"], xmp.Descendants(XmpReader.Dc + "creator").Descendants(XmpReader.Rdf + "li").Select(e => e.Value));
    }

    [Theory]
    [InlineData("ua-1", "%PDF-1.7")]
    [InlineData("a-1b", "%PDF-1.4")]
    [InlineData("a-1a", "%PDF-1.4")]
    [InlineData("ua-1,a-1a", "%PDF-1.4")]
    public void The_catalog_shows_the_title_names_the_language_and_every_page_tabs_in_structure_order(string standard, string header)
    {
        var document = ClientTests.Document() with { Metadata = Docs.Metadata() with { Language = "en-GB" } };
        var bytes = Bytes(document, standard);
        Assert.Equal(header, Encoding.ASCII.GetString(bytes, 0, 8));

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var catalog = pdf.Internals.Catalog.Elements;
        Assert.True(catalog.GetDictionary("/ViewerPreferences")!.Elements.GetBoolean("/DisplayDocTitle"));
        Assert.Equal("en-GB", catalog.GetString("/Lang"));
        Assert.True(catalog.GetDictionary("/MarkInfo")!.Elements.GetBoolean("/Marked"));
        Assert.True(pdf.PageCount >= 3);
        Assert.All(Enumerable.Range(0, pdf.PageCount), i => Assert.Equal("/S", pdf.Pages[i].Elements.GetName("/Tabs")));
        Assert.Equal(standard.Split(",").Any(s => s.StartsWith("a-", StringComparison.Ordinal)), catalog.GetArray("/OutputIntents") is not null);
    }

    [Fact]
    public void Every_page_of_a_tagged_pdf_tabs_in_structure_order_without_a_standard_too()
    {
        using var pdf = PdfReader.Open(new MemoryStream(Bytes(ClientTests.Document(), "")), PdfDocumentOpenMode.Import);
        Assert.All(Enumerable.Range(0, pdf.PageCount), i => Assert.Equal("/S", pdf.Pages[i].Elements.GetName("/Tabs")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ua-1")]
    [InlineData("a-1b")]
    [InlineData("a-1a")]
    [InlineData("ua-1,a-1a")]
    public void Each_standard_gives_the_same_bytes_for_the_same_document(string standard)
    {
        var theme = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT" } };
        Assert.Equal(Bytes(ClientTests.Document(), standard, theme), Bytes(ClientTests.Document(), standard, theme));
    }

    [Fact]
    public void A_translucent_watermark_under_pdfa_is_drawn_opaque_with_a_warning()
    {
        var theme = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT", Color = new Rgb(0, 0, 0), Opacity = 0.25 } };
        var pdfA = Write(ClientTests.Document(), "a-1b", theme);
        var warning = Assert.Single(pdfA.Diagnostics, d => d.Code == ErrorCodes.PdfAWatermarkOpaque);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("the watermark 'DRAFT' is translucent (opacity 0.25), and PDF/A-1 allows no transparency: it is drawn opaque in #bfbfbf", warning.Message);
        Assert.True(pdfA.Succeeded);
        Assert.DoesNotContain("/ca 0.2", Encoding.Latin1.GetString(pdfA.Value.Bytes));

        Assert.DoesNotContain(Write(ClientTests.Document(), "ua-1", theme).Diagnostics, d => d.Code == ErrorCodes.PdfAWatermarkOpaque);
        var solid = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT", Opacity = 1 } };
        Assert.DoesNotContain(Write(ClientTests.Document(), "a-1a", solid).Diagnostics, d => d.Code == ErrorCodes.PdfAWatermarkOpaque);
    }

    private static readonly BlockOrigin Origin = new(new SourceLocation("templates/t/template.sbn", 12, 5), 7);

    private static Image AlphaImage(string alt) =>
        new(ImageHeader("logo.png", PngWriter.Rgba(8, 4, (x, y) => (200, 10, 10, (byte)(x * 30)))), alt, null, ColumnWidth.Auto) { Origin = Origin };

    private static ImageData ImageHeader(string source, byte[] png) => Markup.ImageHeader.Read(source, png)!;

    [Theory]
    [InlineData("a-1b")]
    [InlineData("ua-1,a-1a")]
    public void An_image_with_an_alpha_channel_under_pdfa_is_an_error_at_its_template_line(string standard)
    {
        var result = Write(Docs.Document(Docs.Para("Before."), new Callout("Logo", [AlphaImage("The logo")])), standard);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "templates/t/template.sbn:12:5: error RF2003: image 'logo.png' has an alpha channel, which PDF/A-1 does not allow (its see-through parts "
            + "would be drawn opaque); save it without transparency (flattened onto white), or choose a standard without PDF/A (markup line 7)",
            error.ToString());
    }

    [Fact]
    public void An_image_with_an_alpha_channel_is_drawn_under_ua_1_alone()
    {
        var result = Write(Docs.Document(AlphaImage("The logo")), "ua-1");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("/SMask", Encoding.Latin1.GetString(result.Value.Bytes));
    }

    [Fact]
    public void An_image_without_alt_text_is_an_error_under_ua_1_and_a_warning_otherwise()
    {
        var image = new Image(TestImages.Png(40, 20, "map.png"), "", null, ColumnWidth.Auto) { Origin = Origin };
        var document = Docs.Document(Docs.Para("Before."), new ListBlock(false, 1, [new ListItem([image])]));

        var ua = Write(document, "ua-1,a-1b");
        Assert.False(ua.Succeeded);
        var error = Assert.Single(ua.Diagnostics);
        Assert.Equal("templates/t/template.sbn:12:5: error RF2004: image 'map.png' has no alternative text, which PDF/UA-1 requires of every figure; "
            + "write what it shows between the brackets: ![what it shows](…) (markup line 7)", error.ToString());

        foreach (var standard in new[] { "", "a-1a" })
        {
            var plain = Write(document, standard);
            Assert.True(plain.Succeeded);
            var warning = Assert.Single(plain.Diagnostics, d => d.Code == ErrorCodes.ImageAltMissing);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.StartsWith("templates/t/template.sbn:12:5: warning RF2004: image 'map.png' has no alternative text: a screen reader cannot say", warning.ToString());
        }
    }

    [Fact]
    public void Ua_1_needs_a_document_title()
    {
        var result = Write(Docs.Document(Docs.Para("Body.")) with { Metadata = Docs.Metadata(" ") }, "ua-1");
        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.PdfUaTitleMissing, Assert.Single(result.Diagnostics).Code);
        Assert.True(Write(Docs.Document(Docs.Para("Body.")) with { Metadata = Docs.Metadata(" ") }, "a-1b").Succeeded);
    }

    [Fact]
    public void A_character_in_no_font_is_an_error_under_pdf_a_and_a_warning_otherwise()
    {
        // 日 is in neither Liberation Sans nor DejaVu Sans: without a standard it is drawn as glyph 0 (an empty box),
        // which PDF/A does not allow (Preflight 3.3.1).
        var document = Docs.Document(Docs.Para("Tokyo 日 twice 日."));

        foreach (var standard in new[] { "a-1b", "ua-1,a-1a" })
        {
            var refused = Write(document, standard);
            Assert.False(refused.Succeeded);
            var error = Assert.Single(refused.Diagnostics);
            Assert.Equal(ErrorCodes.PdfAGlyphMissing, error.Code);
            Assert.Equal(Severity.Error, error.Severity);
            Assert.StartsWith("the character U+65E5 '日' is in no font (Liberation Sans", error.Message);
            Assert.EndsWith("and PDF/A does not allow a character drawn without a glyph (the empty box is the font's glyph 0): install a font that has "
                + "it and add it to fonts.fallbacks in theme.json, or remove it from the notes", error.Message);
        }

        foreach (var standard in new[] { "", "ua-1" })
        {
            var drawn = Write(document, standard);
            Assert.True(drawn.Succeeded);
            Assert.Equal(Severity.Warning, Assert.Single(drawn.Diagnostics, d => d.Code == ErrorCodes.GlyphMissing).Severity);
        }
    }
}
