using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Tests.Vectors;

/// <summary>Paths are built in canvas coordinates; chart data's gaps and nonsense numbers are left out, never thrown on.</summary>
public sealed class PathBuilderTests
{
    [Fact]
    public void Moves_lines_curves_and_closes_are_kept_in_order()
    {
        var path = new PathBuilder().MoveTo(10, 20).LineTo(30, 20).CurveTo(40, 20, 50, 30, 50, 40).Close().Build();
        Assert.Equal("10 20 m 30 20 l 40 20 50 30 50 40 c h", path.ToString());
        Assert.False(path.IsEmpty);
        Assert.Equal((10, 20, 50, 40), path.Bounds());
    }

    [Fact]
    public void A_quadratic_curve_is_the_cubic_with_control_points_two_thirds_of_the_way_to_its_control_point()
    {
        var path = new PathBuilder().MoveTo(0, 0).QuadraticTo(30, 60, 60, 0).Build();
        Assert.Equal("0 0 m 20 40 40 40 60 0 c", path.ToString());
    }

    [Fact]
    public void A_line_with_no_point_before_it_starts_the_figure()
    {
        Assert.Equal("5 5 m 9 9 l", new PathBuilder().LineTo(5, 5).LineTo(9, 9).Build().ToString());
    }

    [Theory]
    [InlineData(double.NaN, 5)]
    [InlineData(5, double.NaN)]
    [InlineData(double.PositiveInfinity, 5)]
    [InlineData(5, double.NegativeInfinity)]
    public void A_non_finite_point_is_left_out_and_the_next_point_starts_a_new_figure(double x, double y)
    {
        var path = new PathBuilder().MoveTo(0, 0).LineTo(10, 0).LineTo(x, y).LineTo(20, 0).LineTo(30, 0).Close().Build();
        Assert.Equal("0 0 m 10 0 l 20 0 m 30 0 l h", path.ToString());
        Assert.DoesNotContain("NaN", path.ToString());
        Assert.DoesNotContain("Infinity", path.ToString());
    }

    [Fact]
    public void A_curve_or_arc_with_a_non_finite_number_lifts_the_pen_too()
    {
        var path = new PathBuilder().MoveTo(0, 0).LineTo(1, 0).CurveTo(double.NaN, 0, 1, 1, 2, 2).LineTo(3, 3).LineTo(4, 4)
            .QuadraticTo(4, double.PositiveInfinity, 5, 5).LineTo(6, 6).LineTo(7, 7).ArcTo(0, 0, double.NaN, 0, 90).LineTo(8, 8).Build();
        Assert.Equal("0 0 m 1 0 l 3 3 m 4 4 l 6 6 m 7 7 l", path.ToString());
    }

    [Fact]
    public void Only_gaps_make_an_empty_path()
    {
        var path = new PathBuilder().MoveTo(0, 0).CurveTo(double.NaN, 0, 1, 1, 2, 2).LineTo(3, 3).LineTo(double.NaN, 4).LineTo(5, 5).Build();
        Assert.Same(CanvasPath.Empty, path);
    }

    [Fact]
    public void Huge_coordinates_are_held_within_the_limit_PDF_A_allows()
    {
        var path = new PathBuilder().MoveTo(-1e300, 0).LineTo(1e300, double.MaxValue).Build();
        Assert.Equal("-16384 0 m 16384 16384 l", path.ToString());
    }

    [Fact]
    public void A_path_that_draws_nothing_is_empty()
    {
        Assert.True(new PathBuilder().Build().IsEmpty);
        Assert.Same(CanvasPath.Empty, new PathBuilder().MoveTo(1, 1).Build());
        Assert.Same(CanvasPath.Empty, new PathBuilder().MoveTo(1, 1).Close().MoveTo(2, 2).Build());
        Assert.Equal((0, 0, 0, 0), CanvasPath.Empty.Bounds());
    }

    [Fact]
    public void A_polygon_leaves_out_non_finite_points_and_closes()
    {
        var polygon = CanvasPath.Polygon([new(0, 0), new(double.NaN, 1), new(10, 0), new(10, 10)]);
        Assert.Equal("0 0 m 10 0 l 10 10 l h", polygon.ToString());
    }

    [Fact]
    public void Paths_with_the_same_segments_are_equal_and_an_offset_moves_every_point()
    {
        var a = new PathBuilder().MoveTo(0, 0).CurveTo(1, 2, 3, 4, 5, 6).Build();
        var b = new PathBuilder().MoveTo(0, 0).CurveTo(1, 2, 3, 4, 5, 6).Build();
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("10 100 m 11 102 13 104 15 106 c", a.Offset(10, 100).ToString());
        Assert.Same(a, a.Offset(0, 0));
        // Offset, a path equals the one built where it lands, closes included.
        Assert.Equal(new PathBuilder().MoveTo(5, 5).LineTo(6, 5).Close().LineTo(5, 7).Build(),
            new PathBuilder().MoveTo(0, 0).LineTo(1, 0).Close().LineTo(0, 2).Build().Offset(5, 5));
    }
}
