namespace ReportForge.Pdf.Canvas;

/// <summary>
/// Builds a <see cref="CanvasPath"/>, in canvas coordinates (points, y downwards). Chart data may hold gaps and
/// nonsense: a point with a NaN or infinite coordinate is left out and lifts the pen, so the next point starts a new
/// figure (a line chart's gap); finite coordinates are held within <see cref="CanvasPath.CoordinateLimit"/>. Nothing
/// here throws on numbers.
/// </summary>
public sealed class PathBuilder
{
    private readonly List<PathSegment> _segments = [];
    private PathPoint? _current;
    private PathPoint _figureStart;
    private bool _figureDraws;

    /// <summary>Starts a new figure at a point.</summary>
    public PathBuilder MoveTo(double x, double y)
    {
        var point = new PathPoint(x, y);
        if (!point.IsFinite) return Lift();
        point = point.Clamped();
        // A move that follows a move replaces it: the first drew nothing.
        if (_segments.Count > 0 && _segments[^1].Kind == PathSegmentKind.Move) _segments.RemoveAt(_segments.Count - 1);
        _segments.Add(new PathSegment(PathSegmentKind.Move, point));
        _current = _figureStart = point;
        _figureDraws = false;
        return this;
    }

    /// <summary>A straight line to a point; with no current point (at the start, after a gap) it moves there instead.</summary>
    public PathBuilder LineTo(double x, double y)
    {
        var point = new PathPoint(x, y);
        if (!point.IsFinite) return Lift();
        if (_current is null) return MoveTo(x, y);
        point = point.Clamped();
        _segments.Add(new PathSegment(PathSegmentKind.Line, point));
        _current = point;
        _figureDraws = true;
        return this;
    }

    /// <summary>A cubic Bézier curve through two control points; with no current point it moves to the end instead.</summary>
    public PathBuilder CurveTo(double x1, double y1, double x2, double y2, double x, double y)
    {
        PathPoint c1 = new(x1, y1), c2 = new(x2, y2), end = new(x, y);
        if (!c1.IsFinite || !c2.IsFinite || !end.IsFinite) return Lift();
        if (_current is null) return MoveTo(x, y);
        end = end.Clamped();
        _segments.Add(new PathSegment(PathSegmentKind.Cubic, end, c1.Clamped(), c2.Clamped()));
        _current = end;
        _figureDraws = true;
        return this;
    }

    /// <summary>A quadratic Bézier curve through one control point, drawn as the cubic it equals.</summary>
    public PathBuilder QuadraticTo(double cx, double cy, double x, double y)
    {
        PathPoint control = new(cx, cy), end = new(x, y);
        if (!control.IsFinite || !end.IsFinite) return Lift();
        if (_current is not { } start) return MoveTo(x, y);
        control = control.Clamped();
        end = end.Clamped();
        return CurveTo(start.X + 2.0 / 3 * (control.X - start.X), start.Y + 2.0 / 3 * (control.Y - start.Y),
            end.X + 2.0 / 3 * (control.X - end.X), end.Y + 2.0 / 3 * (control.Y - end.Y), end.X, end.Y);
    }

    /// <summary>
    /// A circular arc around (<paramref name="centerX"/>, <paramref name="centerY"/>): from <paramref name="startAngle"/>
    /// through <paramref name="sweepAngle"/> degrees, counter-clockwise as seen on the page from the direction of
    /// three o'clock (as <see cref="ICanvas.DrawRotatedText"/> turns), clockwise when the sweep is negative. A line joins
    /// the current point to the arc's start, or the figure starts there. The sweep is held within ±360; a radius that is
    /// not positive draws a line to the centre. Drawn as cubic Béziers of at most 90° each.
    /// </summary>
    public PathBuilder ArcTo(double centerX, double centerY, double radius, double startAngle, double sweepAngle)
    {
        if (!double.IsFinite(centerX) || !double.IsFinite(centerY) || !double.IsFinite(radius) || !double.IsFinite(startAngle)
            || !double.IsFinite(sweepAngle)) return Lift();
        var center = new PathPoint(centerX, centerY).Clamped();
        if (radius <= 0) return To(center);
        radius = Math.Min(radius, CanvasPath.CoordinateLimit);
        startAngle %= 360;
        sweepAngle = Math.Clamp(sweepAngle, -360, 360);
        To(OnCircle(center, radius, startAngle));
        if (sweepAngle == 0) return this;
        var pieces = Math.Max(1, (int)Math.Ceiling(Math.Abs(sweepAngle) / 90 - 1e-9));
        var step = sweepAngle / pieces;
        // The control points' distance along the tangents, for a unit circle (the usual 4/3 tan(θ/4)).
        var k = 4.0 / 3 * Math.Tan(step * Math.PI / 720);
        for (var i = 0; i < pieces; i++)
        {
            var a0 = startAngle + step * i;
            var a1 = i == pieces - 1 ? startAngle + sweepAngle : a0 + step;
            var (cos0, sin0) = (double.CosPi(a0 / 180), double.SinPi(a0 / 180));
            var (cos1, sin1) = (double.CosPi(a1 / 180), double.SinPi(a1 / 180));
            // y grows downwards on the page, so the sine is subtracted.
            CurveTo(center.X + radius * (cos0 - k * sin0), center.Y - radius * (sin0 + k * cos0),
                center.X + radius * (cos1 + k * sin1), center.Y - radius * (sin1 - k * cos1),
                center.X + radius * cos1, center.Y - radius * sin1);
        }
        return this;
    }

    /// <summary>Closes the current figure with a line back to its start; nothing when the figure draws nothing.</summary>
    public PathBuilder Close()
    {
        if (_current is null || !_figureDraws) return this;
        _segments.Add(new PathSegment(PathSegmentKind.Close, _figureStart));
        _current = _figureStart;
        _figureDraws = false;
        return this;
    }

    /// <summary>The path built so far (a trailing move, which draws nothing, left out).</summary>
    public CanvasPath Build()
    {
        var count = _segments.Count > 0 && _segments[^1].Kind == PathSegmentKind.Move ? _segments.Count - 1 : _segments.Count;
        return count == 0 ? CanvasPath.Empty : new CanvasPath(_segments.GetRange(0, count).ToArray());
    }

    /// <summary>The point at an angle on a circle, in page coordinates (y downwards).</summary>
    internal static PathPoint OnCircle(PathPoint center, double radius, double angle) =>
        new(center.X + radius * double.CosPi(angle / 180), center.Y - radius * double.SinPi(angle / 180));

    private PathBuilder To(PathPoint point)
    {
        if (_current is null) return MoveTo(point.X, point.Y);
        return _current == point ? this : LineTo(point.X, point.Y);
    }

    private PathBuilder Lift()
    {
        _current = null;
        return this;
    }
}
