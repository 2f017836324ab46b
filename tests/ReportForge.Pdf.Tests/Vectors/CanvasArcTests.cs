using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Tests.Vectors;

/// <summary>
/// Arcs turn counter-clockwise on the page from three o'clock (y grows downwards, so a quarter turn ends above the
/// centre), in Bézier pieces of at most 90°; arcs that cover nothing are nothing, whatever numbers they were given.
/// </summary>
public sealed class CanvasArcTests
{
    private const double Kappa = 0.5522847498307936; // 4/3 tan(π/8): a quarter circle's control point distance

    private static List<PathSegment> Segments(CanvasPath path) => [.. path.Segments];

    private static void Near(PathPoint expected, PathPoint actual, double tolerance = 1e-9)
    {
        Assert.True(Math.Abs(expected.X - actual.X) <= tolerance && Math.Abs(expected.Y - actual.Y) <= tolerance, $"expected {expected}, got {actual}");
    }

    [Fact]
    public void A_quarter_arc_from_zero_degrees_goes_from_three_o_clock_up_to_twelve_o_clock()
    {
        var path = new PathBuilder().ArcTo(100, 100, 50, 0, 90).Build();
        var s = Segments(path);
        Assert.Equal([PathSegmentKind.Move, PathSegmentKind.Cubic], s.Select(x => x.Kind));
        Assert.Equal(new PathPoint(150, 100), s[0].End);
        // Whole multiples of 90° land exactly, with no 6e-17 left over from cos(π/2).
        Assert.Equal(new PathPoint(100, 50), s[1].End);
        Near(new PathPoint(150, 100 - 50 * Kappa), s[1].Control1);
        Near(new PathPoint(100 + 50 * Kappa, 50), s[1].Control2);
    }

    [Fact]
    public void A_negative_sweep_turns_clockwise()
    {
        var s = Segments(new PathBuilder().ArcTo(100, 100, 50, 0, -90).Build());
        Assert.Equal(new PathPoint(100, 150), s[^1].End);
        Near(new PathPoint(150, 100 + 50 * Kappa), s[1].Control1);
    }

    [Theory]
    [InlineData(30, 10)]
    [InlineData(0, 360)]
    [InlineData(45, 270)]
    [InlineData(-120, -200)]
    public void Every_piece_stays_on_the_circle_within_a_thousandth_of_the_radius(double start, double sweep)
    {
        var path = new PathBuilder().ArcTo(200, 300, 80, start, sweep).Build();
        var s = Segments(path);
        Assert.Equal((int)Math.Ceiling(Math.Abs(sweep) / 90), s.Count - 1);
        for (var i = 1; i < s.Count; i++)
        {
            var p0 = s[i - 1].End;
            foreach (var t in new[] { 0.25, 0.5, 0.75, 1 })
            {
                var u = 1 - t;
                var x = u * u * u * p0.X + 3 * u * u * t * s[i].Control1.X + 3 * u * t * t * s[i].Control2.X + t * t * t * s[i].End.X;
                var y = u * u * u * p0.Y + 3 * u * u * t * s[i].Control1.Y + 3 * u * t * t * s[i].Control2.Y + t * t * t * s[i].End.Y;
                Assert.InRange(Math.Sqrt((x - 200) * (x - 200) + (y - 300) * (y - 300)), 80 * 0.999, 80 * 1.001);
            }
        }
        Near(PathBuilder.OnCircle(new PathPoint(200, 300), 80, start + sweep), s[^1].End);
    }

    [Fact]
    public void A_slice_runs_from_the_centre_round_the_arc_and_back()
    {
        var path = new CanvasArc(100, 100, 50, 90, 90).ToPath();
        var s = Segments(path);
        Assert.Equal([PathSegmentKind.Move, PathSegmentKind.Line, PathSegmentKind.Cubic, PathSegmentKind.Close], s.Select(x => x.Kind));
        Assert.Equal(new PathPoint(100, 100), s[0].End);
        Assert.Equal(new PathPoint(100, 50), s[1].End);
        Assert.Equal(new PathPoint(50, 100), s[2].End);
    }

    [Fact]
    public void A_whole_disc_has_no_spoke_to_the_centre()
    {
        var s = Segments(new CanvasArc(100, 100, 50, 0, 360).ToPath());
        Assert.Equal([PathSegmentKind.Move, .. Enumerable.Repeat(PathSegmentKind.Cubic, 4), PathSegmentKind.Close], s.Select(x => x.Kind));
        Assert.Equal(new PathPoint(150, 100), s[0].End);
        Assert.Equal(new PathPoint(150, 100), s[4].End);
    }

    [Fact]
    public void A_ring_segment_goes_out_round_the_outer_arc_and_back_round_the_inner_one()
    {
        var s = Segments(new CanvasArc(100, 100, 50, 0, 90, InnerRadius: 30).ToPath());
        Assert.Equal([PathSegmentKind.Move, PathSegmentKind.Cubic, PathSegmentKind.Line, PathSegmentKind.Cubic, PathSegmentKind.Close], s.Select(x => x.Kind));
        Assert.Equal(new PathPoint(150, 100), s[0].End);
        Assert.Equal(new PathPoint(100, 50), s[1].End);
        Assert.Equal(new PathPoint(100, 70), s[2].End);
        Assert.Equal(new PathPoint(130, 100), s[3].End);
    }

    [Fact]
    public void A_whole_ring_is_two_circles_turning_opposite_ways()
    {
        var s = Segments(new CanvasArc(100, 100, 50, 0, 360, InnerRadius: 30).ToPath());
        Assert.Equal(2, s.Count(x => x.Kind == PathSegmentKind.Move));
        Assert.Equal(2, s.Count(x => x.Kind == PathSegmentKind.Close));
        var inner = s.IndexOf(s.Last(x => x.Kind == PathSegmentKind.Move));
        Assert.Equal(new PathPoint(130, 100), s[inner].End);
        // The outer circle's first piece goes up (counter-clockwise), the inner one's down.
        Assert.True(s[1].Control1.Y < 100);
        Assert.True(s[inner + 1].Control1.Y > 100);
    }

    public static TheoryData<CanvasArc> Nothing() => new()
    {
        new CanvasArc(100, 100, 50, 0, 0),
        new CanvasArc(100, 100, 0, 0, 90),
        new CanvasArc(100, 100, -5, 0, 90),
        new CanvasArc(double.NaN, 100, 50, 0, 90),
        new CanvasArc(100, double.PositiveInfinity, 50, 0, 90),
        new CanvasArc(100, 100, double.NaN, 0, 90),
        new CanvasArc(100, 100, 50, double.NaN, 90),
        new CanvasArc(100, 100, 50, 0, double.NegativeInfinity),
        new CanvasArc(100, 100, 50, 0, 90, InnerRadius: 50),
    };

    [Theory]
    [MemberData(nameof(Nothing))]
    public void An_arc_that_covers_nothing_has_no_path(CanvasArc arc)
    {
        Assert.Null(arc.Sanitized());
        Assert.Same(CanvasPath.Empty, arc.ToPath());
    }

    [Fact]
    public void Sweeps_beyond_a_turn_are_a_whole_turn_and_nonsense_inner_radii_none()
    {
        Assert.Equal(new CanvasArc(0, 0, 10, 30, 360), new CanvasArc(0, 0, 10, 390, 1000).Sanitized());
        Assert.Equal(new CanvasArc(0, 0, 10, 0, -360), new CanvasArc(0, 0, 10, 0, -720).Sanitized());
        Assert.Equal(0, new CanvasArc(0, 0, 10, 0, 90, double.NaN).Sanitized()!.Value.InnerRadius);
        Assert.Equal(0, new CanvasArc(0, 0, 10, 0, 90, -3).Sanitized()!.Value.InnerRadius);
        Assert.Equal(CanvasPath.CoordinateLimit, new CanvasArc(0, 0, 1e300, 0, 90).Sanitized()!.Value.Radius);
    }
}
