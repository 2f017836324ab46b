using ReportForge.Pdf.Canvas;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Vectors;

/// <summary>The recording canvas keeps paths, polygons and arcs in page coordinates, with their style and what they were drawn in.</summary>
public sealed class RecordingCanvasPathTests
{
    private static readonly Rgb Blue = new(0x1f, 0x4e, 0x79);
    private static readonly Rgb Grey = new(0xbf, 0xbf, 0xbf);

    private static RecordingCanvas Page()
    {
        var canvas = new RecordingCanvas();
        canvas.BeginPage(595, 842, 1);
        canvas.Translate(50, 100);
        return canvas;
    }

    [Fact]
    public void Paths_polygons_and_arcs_are_recorded_translated_with_their_style_order_and_structure()
    {
        var canvas = Page();
        canvas.BeginStructure(StructureKind.Figure, altText: "A chart");
        canvas.BeginArtifact();
        var grid = PathStyle.Stroked(Grey, 0.5, new DashPattern(2, 1));
        canvas.DrawPath(new PathBuilder().MoveTo(0, 10).LineTo(100, 10).Build(), grid);
        canvas.EndArtifact();
        canvas.DrawPolygon([new(0, 0), new(10, 0), new(10, 20), new(0, 20)], PathStyle.Filled(Blue));
        canvas.DrawArc(new CanvasArc(30, 30, 20, 90, -45, InnerRadius: 10), PathStyle.FilledAndStroked(Blue, Grey, 1));
        canvas.EndStructure();
        canvas.EndPage();

        var path = Assert.Single(canvas.Paths);
        Assert.Equal("50 110 m 150 110 l", path.Path.ToString());
        Assert.Equal((1, true, StructureKind.Figure, 0), (path.Page, path.AsArtifact, path.Structure, path.Order));
        Assert.Equal(grid, path.Style);

        var polygon = Assert.Single(canvas.Polygons);
        Assert.Equal([new(50, 100), new(60, 100), new(60, 120), new(50, 120)], polygon.Points);
        Assert.Equal((false, StructureKind.Figure, 1), (polygon.AsArtifact, polygon.Structure, polygon.Order));
        Assert.Equal(Blue, polygon.Style.Fill);
        Assert.Null(polygon.Style.Stroke);

        var arc = Assert.Single(canvas.Arcs);
        Assert.Equal(new CanvasArc(80, 130, 20, 90, -45, 10), arc.Arc);
        Assert.Equal((Blue, Grey, 2), (arc.Style.Fill, arc.Style.Stroke, arc.Order));
    }

    [Fact]
    public void What_draws_nothing_is_not_recorded_and_does_not_throw()
    {
        var canvas = Page();
        canvas.BeginArtifact();
        var ink = PathStyle.FilledAndStroked(Blue, Grey, 1);
        canvas.DrawPath(CanvasPath.Empty, ink);
        canvas.DrawPath(new PathBuilder().MoveTo(double.NaN, 0).LineTo(double.PositiveInfinity, 3).Build(), ink);
        canvas.DrawPolygon([], ink);
        canvas.DrawPolygon([new(1, 1), new(double.NaN, double.NaN)], ink);
        canvas.DrawArc(new CanvasArc(10, 10, 0, 0, 90), ink);
        canvas.DrawArc(new CanvasArc(10, 10, 5, 0, 0), ink);
        canvas.DrawArc(new CanvasArc(double.NaN, 10, 5, 0, 90), ink);
        canvas.DrawArc(new CanvasArc(10, 10, 5, 0, 90), new PathStyle { Stroke = Grey, LineWidth = double.NaN });
        canvas.DrawPath(new PathBuilder().MoveTo(0, 0).LineTo(5, 5).Build(), new PathStyle());
        canvas.EndArtifact();
        canvas.EndPage();
        Assert.Empty(canvas.Paths);
        Assert.Empty(canvas.Polygons);
        Assert.Empty(canvas.Arcs);
        Assert.Equal(0, canvas.DrawCount);
    }

    [Fact]
    public void Non_finite_polygon_points_are_left_out_and_huge_ones_held_in()
    {
        var canvas = Page();
        canvas.BeginArtifact();
        canvas.DrawPolygon([new(0, 0), new(double.NaN, 5), new(1e300, 0), new(0, double.NegativeInfinity), new(0, 10)], PathStyle.Filled(Blue));
        canvas.EndArtifact();
        Assert.Equal([new(50, 100), new(CanvasPath.CoordinateLimit + 50, 100), new(50, 110)], Assert.Single(canvas.Polygons).Points);
    }

    [Fact]
    public void A_style_that_cannot_stroke_keeps_its_fill()
    {
        var style = new PathStyle { Fill = Blue, Stroke = Grey, LineWidth = double.PositiveInfinity, Dash = new DashPattern(1, 1) }.Sanitized()!;
        Assert.Equal((Blue, (Rgb?)null, (DashPattern?)null), (style.Fill, style.Stroke, style.Dash));
        Assert.Null(new PathStyle { Stroke = Grey, LineWidth = 0 }.Sanitized());
        Assert.Null(PathStyle.Stroked(Grey, 1, new DashPattern(0, 0)).Sanitized()!.Dash);
        Assert.Null(PathStyle.Stroked(Grey, 1, new DashPattern(double.NaN, 2)).Sanitized()!.Dash);
        var plain = PathStyle.Stroked(Grey, 1, new DashPattern(3, 2));
        Assert.Same(plain, plain.Sanitized());
    }

    [Fact]
    public void A_path_drawn_outside_any_structure_element_or_artifact_is_the_bug_it_is_everywhere_else()
    {
        var canvas = Page();
        var e = Assert.Throws<InvalidOperationException>(() => canvas.DrawArc(new CanvasArc(1, 1, 1, 0, 90), PathStyle.Filled(Blue)));
        Assert.Equal("page 1: an arc drawn outside any structure element or artifact", e.Message);
    }
}
