using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

public sealed class ScriptFontTests
{
    private static readonly Theme Indic = new()
    {
        Fonts = new FontTheme { Fallbacks = ["DejaVu Sans", "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Tamil"] },
    };

    private static Document Document() => SampleDocument.Build() with
    {
        Blocks =
        [
            new Paragraph([new TextRun("Latin, "), new TextRun("हिन्दी क्षत्रिय", TextStyle.Bold), new TextRun(" and "), new TextRun("தமிழ்")]),
            new Paragraph([new TextRun("বাংলা")]),
            new Paragraph([new TextRun("ਪੰਜਾਬੀ")]),
        ],
    };

    [Fact]
    public void An_indic_run_names_the_themes_fallback_for_its_script_as_its_complex_script_font()
    {
        using var docx = new DocxPackage(DocxWriter.Write(Document(), Indic));
        var fonts = docx.Body.Descendants<W.Run>().Where(r => r.InnerText.Length > 0)
            .ToDictionary(r => r.InnerText, r => r.RunProperties?.RunFonts?.ComplexScript?.Value);
        Assert.Equal("Noto Sans Devanagari", fonts["हिन्दी क्षत्रिय"]);
        Assert.Equal("Noto Sans Tamil", fonts["தமிழ்"]);
        Assert.Equal("Noto Sans Bengali", fonts["বাংলা"]);
        // Latin runs keep the style's fonts; a script the theme names no font for too.
        Assert.Null(fonts["Latin, "]);
        Assert.Null(fonts["ਪੰਜਾਬੀ"]);
        // Only w:cs is set: the Latin letters of such a run keep the style's font.
        var run = docx.Body.Descendants<W.Run>().First(r => r.InnerText == "हिन्दी क्षत्रिय");
        Assert.Null(run.RunProperties!.RunFonts!.Ascii);
        Assert.NotNull(run.RunProperties.Bold);
    }
}
