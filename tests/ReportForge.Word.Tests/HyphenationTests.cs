using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// <summary>
/// The .docx asks Word and LibreOffice to hyphenate what the PDF hyphenates: automatic hyphenation in the settings,
/// suppressed in the styles the PDF never hyphenates, and no language (zxx) on code and addresses.
/// </summary>
public sealed class HyphenationTests
{
    private static DocxPackage Write(Document? document = null, Theme? theme = null) =>
        new(DocxWriter.Write(document ?? SampleDocument.BuildRich(), theme ?? Theme.Default));

    [Fact]
    public void Settings_ask_for_automatic_hyphenation_two_lines_at_most_and_no_capitals()
    {
        using var docx = Write();
        var settings = docx.Main.DocumentSettingsPart!.Settings!;

        Assert.NotNull(settings.GetFirstChild<W.AutoHyphenation>());
        Assert.Equal(2, settings.GetFirstChild<W.ConsecutiveHyphenLimit>()!.Val!.Value);
        Assert.NotNull(settings.GetFirstChild<W.DoNotHyphenateCaps>());
    }

    [Fact]
    public void A_theme_without_hyphenation_leaves_the_settings_out()
    {
        using var docx = Write(theme: new Theme { Hyphenate = false });
        var settings = docx.Main.DocumentSettingsPart!.Settings!;

        Assert.Null(settings.GetFirstChild<W.AutoHyphenation>());
        Assert.Null(settings.GetFirstChild<W.ConsecutiveHyphenLimit>());
        Assert.Null(settings.GetFirstChild<W.DoNotHyphenateCaps>());
    }

    [Fact]
    public void Styles_the_PDF_does_not_hyphenate_suppress_hyphenation_and_body_styles_do_not()
    {
        using var docx = Write();
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!);
        bool Suppressed(string id) => styles[id].StyleParagraphProperties?.SuppressAutoHyphens is not null;

        Assert.All(["Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Heading6", "Caption", "Header", "Footer", "SourceCode", "TOC1", "TOC6"],
            id => Assert.True(Suppressed(id), id));
        Assert.All(["Normal", "Quote", "ListParagraph", "TableText", "FootnoteText"], id => Assert.False(Suppressed(id), id));
    }

    [Fact]
    public void Runs_carry_the_document_language_and_code_spans_none()
    {
        using var docx = Write(SampleDocument.BuildRich() with { Metadata = new DocumentMetadata { Title = "T", Language = "de-DE" } });
        var styles = docx.Main.StyleDefinitionsPart!.Styles!;

        Assert.Equal("de-DE", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.GetFirstChild<W.Languages>()!.Val!.Value);
        var verbatim = styles.Elements<W.Style>().Single(s => s.StyleId == "VerbatimChar");
        Assert.Equal("zxx", verbatim.StyleRunProperties!.Languages!.Val!.Value);
    }

    [Fact]
    public void An_address_in_running_text_gets_a_run_without_language()
    {
        var paragraph = new Paragraph([new TextRun("Read https://example.org/annual-reports/2022 and write to press@example.org today.")]);
        using var docx = Write(new Document(new DocumentMetadata { Title = "T" }, [paragraph]));

        var runs = docx.Body.Elements<W.Paragraph>().Last().Elements<W.Run>()
            .Select(r => (Text: r.InnerText, Language: r.RunProperties?.Languages?.Val?.Value)).ToList();
        // The URL also carries its break chances (UrlBreaks); the address without a scheme has none.
        Assert.Equal(
            [("Read ", null), (ReportForge.Text.UrlBreaks.Mark("https://example.org/annual-reports/2022", isUrl: true), "zxx"), (" and write to ", null), ("press@example.org", "zxx"), (" today.", null)],
            runs);
    }
}
