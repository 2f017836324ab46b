using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>--pdf-standard's values: what they read as, and why the others are refused.</summary>
public sealed class PdfStandardTests
{
    [Theory]
    [InlineData("ua-1", true, PdfALevel.None, "ua-1")]
    [InlineData("a-1b", false, PdfALevel.A1b, "a-1b")]
    [InlineData("a-1a", false, PdfALevel.A1a, "a-1a")]
    [InlineData("ua-1,a-1a", true, PdfALevel.A1a, "ua-1,a-1a")]
    [InlineData("a-1a,ua-1", true, PdfALevel.A1a, "ua-1,a-1a")]
    [InlineData(" UA-1 , A-1B ", true, PdfALevel.A1b, "ua-1,a-1b")]
    [InlineData("a-1a,a-1a", false, PdfALevel.A1a, "a-1a")]
    public void A_list_of_ua_1_and_one_pdfa_level_reads_in_any_order_and_case(string text, bool ua, PdfALevel level, string canonical)
    {
        Assert.True(PdfStandard.TryParse(text, out var standard, out var problem), problem);
        Assert.Equal(new PdfStandard(ua, level), standard);
        Assert.Equal(canonical, standard.ToString());
        Assert.True(PdfStandard.TryParse(standard.ToString(), out var again, out _));
        Assert.Equal(standard, again);
    }

    [Theory]
    [InlineData("a-2b", '2')]
    [InlineData("a-2u", '2')]
    [InlineData("A-2A", '2')]
    [InlineData("ua-1,a-3b", '3')]
    public void Later_pdfa_parts_are_refused_saying_why_and_naming_the_supported_values(string text, char part)
    {
        Assert.False(PdfStandard.TryParse(text, out _, out var problem));
        Assert.Contains($"(PDF/A-{part}) is not supported: it cannot be validated here", problem);
        Assert.Contains("PDFsharp declares only PDF/A part 1", problem);
        Assert.Contains("ua-1, a-1b, a-1a", problem);
    }

    [Theory]
    [InlineData("pdfa", "unknown PDF standard 'pdfa'")]
    [InlineData("ua-2", "unknown PDF standard 'ua-2'")]
    [InlineData("", "no PDF standard is named")]
    [InlineData(" , ", "no PDF standard is named")]
    [InlineData("a-1a,a-1b", "names two PDF/A levels")]
    public void Unknown_empty_and_doubled_values_are_refused(string text, string expected)
    {
        Assert.False(PdfStandard.TryParse(text, out var standard, out var problem));
        Assert.Contains(expected, problem);
        Assert.Contains(PdfStandard.Supported, problem);
        Assert.Equal(PdfStandard.None, standard);
    }

    [Fact]
    public void None_is_the_default_and_declares_nothing()
    {
        Assert.True(default(PdfStandard).IsNone);
        Assert.False(PdfStandard.A1a.IsNone);
        Assert.True(PdfStandard.A1a.IsPdfA);
        Assert.Equal("", PdfStandard.None.ToString());
    }

    [Fact]
    public void A_png_with_an_alpha_channel_says_so_and_an_rgb_one_does_not()
    {
        var alpha = ImageHeader.Read("logo.png", PngWriter.Rgba(4, 3, (x, y) => (10, 20, 30, (byte)(x * 60))));
        var opaque = ImageHeader.Read("chart.png", PngWriter.Rgb(4, 3, (x, y) => (10, 20, 30)));
        Assert.Equal("an alpha channel", alpha!.Transparency);
        Assert.Null(opaque!.Transparency);
    }
}
