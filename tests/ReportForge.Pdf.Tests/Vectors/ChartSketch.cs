using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Vectors;

/// <summary>
/// A chart drawn by hand through the canvas, every new primitive in it: gridlines as a dashed artifact, axes, bars,
/// a line series with a gap, pie slices at 0, 90 and 360 degrees, a donut, a rotated axis title and labels; and the
/// degenerate calls chart data can make (empty paths, zero radii, NaN and infinite numbers), which draw nothing.
/// </summary>
internal static class ChartSketch
{
    public const string AltText = "Talks by status: 3 done, 2 planned, 1 dropped.";
    public static readonly FontFace Label = new("Liberation Sans", false, false, 9);
    public static readonly Rgb Ink = new(0x26, 0x26, 0x26);
    public static readonly Rgb Grid = new(0xd9, 0xd9, 0xd9);
    public static readonly Rgb[] Series = [new(0x1f, 0x4e, 0x79), new(0xc5, 0x5a, 0x11), new(0x54, 0x82, 0x35)];

    public static void Draw(ICanvas canvas)
    {
        canvas.BeginPage(595, 842, 1);
        canvas.BeginStructure(StructureKind.Paragraph);
        canvas.DrawText("Talks at a glance", Label, Ink, 72, 60);
        canvas.EndStructure();
        canvas.Translate(72, 80);
        canvas.BeginStructure(StructureKind.Figure, altText: AltText);

        canvas.BeginArtifact();
        var grid = new PathBuilder();
        for (var y = 0; y <= 150; y += 50) grid.MoveTo(0, y).LineTo(300, y);
        canvas.DrawPath(grid.Build(), PathStyle.Stroked(Grid, 0.5, new DashPattern(2, 2)));
        canvas.EndArtifact();

        canvas.DrawPath(new PathBuilder().MoveTo(0, 0).LineTo(0, 150).LineTo(300, 150).Build(), PathStyle.Stroked(Ink, 1));
        double[] counts = [3, 2, 1];
        for (var i = 0; i < counts.Length; i++)
        {
            var (left, top) = (20 + i * 50.0, 150 - counts[i] * 40);
            canvas.DrawPolygon([new(left, 150), new(left, top), new(left + 30, top), new(left + 30, 150)], PathStyle.Filled(Series[i]));
            canvas.DrawText(counts[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Label, Ink, left + 12, top - 4);
        }
        var line = new PathBuilder().MoveTo(180, 120).CurveTo(200, 60, 210, 60, 230, 90).QuadraticTo(240, 100, 250, 80)
            .LineTo(double.NaN, 70).LineTo(270, 40).LineTo(290, 50).Build();
        canvas.DrawPath(line, PathStyle.Stroked(Series[1], 1.5) with { Round = true });
        canvas.DrawRotatedText("Talks", Label, Ink, 1, -12, 75, 90);

        canvas.DrawArc(new CanvasArc(380, 75, 60, 0, 90), PathStyle.FilledAndStroked(Series[0], Ink, 0.5));
        canvas.DrawArc(new CanvasArc(380, 75, 60, 90, 360 - 90 - 60), PathStyle.Filled(Series[1]));
        canvas.DrawArc(new CanvasArc(380, 75, 60, 300, 60), PathStyle.Filled(Series[2]));
        canvas.DrawArc(new CanvasArc(380, 230, 50, 0, 360, InnerRadius: 30), PathStyle.Filled(Series[0]));
        canvas.DrawArc(new CanvasArc(380, 230, 50, 90, -120, InnerRadius: 30), PathStyle.FilledAndStroked(Series[2], Ink, 1));

        // What chart data can hand over and must not crash on; none of it draws.
        canvas.DrawPath(CanvasPath.Empty, PathStyle.Filled(Ink));
        canvas.DrawPath(new PathBuilder().MoveTo(double.NaN, 1).LineTo(double.PositiveInfinity, 2).Build(), PathStyle.Stroked(Ink, 1));
        canvas.DrawPolygon([new(double.NaN, double.NaN), new(1, 1)], PathStyle.Filled(Ink));
        canvas.DrawArc(new CanvasArc(10, 10, 0, 0, 90), PathStyle.Filled(Ink));
        canvas.DrawArc(new CanvasArc(10, 10, 10, 45, 0), PathStyle.Filled(Ink));
        canvas.DrawArc(new CanvasArc(double.NaN, 10, 10, 0, 90), PathStyle.Filled(Ink));
        canvas.DrawArc(new CanvasArc(10, 10, double.PositiveInfinity, 0, 90), PathStyle.Filled(Ink));
        canvas.DrawArc(new CanvasArc(10, 10, 10, 0, 90), PathStyle.Stroked(Ink, double.NaN));

        canvas.EndStructure();
        canvas.EndPage();
    }
}
