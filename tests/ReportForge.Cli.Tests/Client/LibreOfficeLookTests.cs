using ReportForge.Theming;
using UglyToad.PdfPig;

namespace ReportForge.Tests.Client;

/// <summary>
/// The daily briefing's .docx as LibreOffice lays it out, measured in its PDF: the banner's marking keeps 14 pt from the
/// paper edge, the running header and footer stay off the banner, and the quotes' text and attribution start where ours do.
/// Needs LibreOffice (<c>libreoffice-writer-nogui</c>); .ci/run installs it and runs this category.
/// </summary>
[Trait("Category", "Client")]
public sealed class LibreOfficeLookTests : IClassFixture<LibreOfficeTests.Converted>
{
    private readonly LibreOfficeTests.Converted _converted;

    public LibreOfficeLookTests(LibreOfficeTests.Converted converted) => _converted = converted;

    [Fact]
    public void Banner_markings_keep_clear_of_the_paper_edge_and_the_running_text_of_the_banner()
    {
        using var pdf = PdfDocument.Open(_converted.ConvertedPdf);
        Assert.True(pdf.NumberOfPages >= 2);
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            var banners = words.Where(w => w.Text == "OFFICIAL" && (w.FontName ?? "").Contains("Bold", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(banners.Count == 2, $"page {page.Number}: {banners.Count} banner markings");
            foreach (var banner in banners)
            {
                var box = Ink(banner);
                Assert.True(box.Bottom >= Furniture.EdgeClearance && page.Height - box.Top >= Furniture.EdgeClearance,
                    $"page {page.Number}: the marking at {box} is within {Furniture.EdgeClearance} pt of the edge");
            }
            // Everything else stays off both bars.
            foreach (var word in words.Except(banners))
            {
                var box = Ink(word);
                Assert.True(box.Bottom > Furniture.BannerHeight && box.Top < page.Height - Furniture.BannerHeight,
                    $"page {page.Number}: \"{word.Text}\" at {box} touches a banner");
            }
        }
    }

    [Fact]
    public void Quote_text_and_attributions_start_where_our_pdf_starts_them()
    {
        static List<double> DashStarts(string path)
        {
            using var pdf = PdfDocument.Open(path);
            return pdf.GetPages().SelectMany(p => p.GetWords()).Where(w => w.Text == "—").Select(w => Math.Round(Ink(w).Left, 0)).Distinct().ToList();
        }
        var ours = DashStarts(_converted.OwnPdf);
        var theirs = DashStarts(_converted.ConvertedPdf);
        var quoteX = Assert.Single(ours, x => x > 70 && x < 90);
        Assert.Contains(theirs, x => Math.Abs(x - quoteX) <= 1);
    }

    // The glyphs' own extent, not the font's line box, which LibreOffice's PDF makes taller.
    private static UglyToad.PdfPig.Core.PdfRectangle Ink(UglyToad.PdfPig.Content.Word word)
    {
        var letters = word.Letters.Select(l => l.BoundingBox).Where(r => r.Width > 0 || r.Height > 0).ToList();
        if (letters.Count == 0) return word.BoundingBox;
        return new UglyToad.PdfPig.Core.PdfRectangle(letters.Min(r => r.Left), letters.Min(r => r.Bottom), letters.Max(r => r.Right), letters.Max(r => r.Top));
    }
}
