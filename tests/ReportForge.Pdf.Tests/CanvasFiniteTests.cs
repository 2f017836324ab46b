using PdfSharp.Pdf;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>No NaN or infinite number reaches a PDF operator: the canvas refuses it as the bug it is, naming the operator.</summary>
public sealed class CanvasFiniteTests
{
    private static readonly Rgb Black = new(0, 0, 0);

    private static PdfSharpCanvas Page(PdfDocument document)
    {
        var canvas = new PdfSharpCanvas(document, "D:20220111000000Z", tagged: false);
        canvas.BeginPage(595, 842, 1);
        canvas.BeginArtifact();
        return canvas;
    }

    public static TheoryData<string, Action<ICanvas>, string> Draws() => new()
    {
        { "rectangle", c => c.FillRectangle(double.NaN, 10, 20, 20, Black), "re (rectangle) was given x = NaN" },
        { "rectangle width", c => c.FillRectangle(10, 10, double.PositiveInfinity, 20, Black), "re (rectangle) was given width = Infinity" },
        { "line", c => c.DrawLine(0, 0, 10, double.NegativeInfinity, 1, Black), "m l (line) was given y2 = -Infinity" },
        { "line thickness", c => c.DrawLine(0, 0, 10, 10, double.NaN, Black), "m l (line) was given thickness = NaN" },
        { "text", c => c.DrawText("x", new FontFace("Liberation Sans", false, false, double.NaN), Black, 10, 10), "Tj (text) was given font size = NaN" },
        { "text position", c => c.DrawText("x", new FontFace("Liberation Sans", false, false, 10), Black, double.NaN, 10), "Tj (text) was given x = NaN" },
        { "rotated text", c => c.DrawRotatedText("x", new FontFace("Liberation Sans", true, false, 96), Black, 0.3, 300, 400, double.NaN), "cm Tj (rotated text) was given angle = NaN" },
        { "link", c => c.AddLink(0, 0, double.NaN, 10, "https://example.org"), "/Rect (link) was given width = NaN" },
        { "anchor", c => c.AddAnchor("a", double.PositiveInfinity), "/Dest (anchor) was given y = Infinity" },
    };

    [Theory]
    [MemberData(nameof(Draws))]
    public void A_non_finite_number_is_refused_naming_the_operator(string what, Action<ICanvas> draw, string message)
    {
        using var document = new PdfDocument();
        var canvas = Page(document);
        var e = Assert.Throws<InvalidOperationException>(() => draw(canvas));
        Assert.Contains("page 1: the PDF operator " + message, e.Message);
        Assert.EndsWith("only finite numbers may reach a PDF", e.Message);
        Assert.False(string.IsNullOrEmpty(what));
    }

    // Chart data is input, not layout: its gaps and nonsense are left out by the canvas, never thrown on.
    public static TheoryData<string, Action<ICanvas>> ChartDraws() => new()
    {
        { "path point", c => c.DrawPath(new PathBuilder().MoveTo(0, 0).LineTo(double.NaN, 5).LineTo(10, 10).Build(), PathStyle.Stroked(Black, 1)) },
        { "path line width", c => c.DrawPath(new PathBuilder().MoveTo(0, 0).LineTo(5, 5).Build(), PathStyle.Stroked(Black, double.NaN)) },
        { "polygon point", c => c.DrawPolygon([new(0, 0), new(double.PositiveInfinity, 0), new(5, 5)], PathStyle.Filled(Black)) },
        { "arc centre", c => c.DrawArc(new CanvasArc(double.NaN, 0, 5, 0, 90), PathStyle.Filled(Black)) },
        { "arc angle", c => c.DrawArc(new CanvasArc(0, 0, 5, 0, double.NegativeInfinity), PathStyle.Filled(Black)) },
        { "arc inner radius", c => c.DrawArc(new CanvasArc(0, 0, 5, 0, 90, double.NaN), PathStyle.Filled(Black)) },
    };

    [Theory]
    [MemberData(nameof(ChartDraws))]
    public void A_non_finite_number_in_a_chart_primitive_is_left_out_not_thrown_on(string what, Action<ICanvas> draw)
    {
        using var document = new PdfDocument();
        var canvas = Page(document);
        draw(canvas);
        canvas.EndArtifact();
        canvas.EndPage();
        Assert.Equal(1, document.PageCount);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void A_page_of_non_finite_size_is_refused()
    {
        using var document = new PdfDocument();
        var canvas = new PdfSharpCanvas(document, "D:20220111000000Z", tagged: false);
        var e = Assert.Throws<InvalidOperationException>(() => canvas.BeginPage(double.NaN, 842, 1));
        Assert.Contains("/MediaBox was given width = NaN", e.Message);
    }

    [Fact]
    public void Finite_numbers_draw()
    {
        using var document = new PdfDocument();
        var canvas = Page(document);
        canvas.FillRectangle(10, 10, 20, 20, Black);
        canvas.DrawLine(0, 0, 10, 10, 0.5, Black);
        canvas.EndArtifact();
        canvas.EndPage();
        Assert.Equal(1, document.PageCount);
    }
}
