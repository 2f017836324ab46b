using System.Globalization;
using System.Text;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// An immutable vector path: figures of straight lines and cubic Bézier curves, each begun by a move and possibly
/// closed. Built with <see cref="PathBuilder"/>, which leaves out non-finite points, so every path here can reach a PDF.
/// </summary>
public sealed class CanvasPath : IEquatable<CanvasPath>
{
    /// <summary>
    /// How far from the origin a coordinate may lie, in points: PDF/A-1 keeps real numbers within ±32767, and a page
    /// (at most 14400 points a side) adds its offset to these.
    /// </summary>
    public const double CoordinateLimit = 16384;

    /// <summary>A path that draws nothing.</summary>
    public static CanvasPath Empty { get; } = new([]);

    private readonly PathSegment[] _segments;

    internal CanvasPath(PathSegment[] segments) => _segments = segments;

    /// <summary>The segments in drawing order.</summary>
    public IReadOnlyList<PathSegment> Segments => _segments;

    /// <summary>Whether the path has nothing to draw (no line or curve).</summary>
    public bool IsEmpty => !_segments.Any(s => s.Kind is PathSegmentKind.Line or PathSegmentKind.Cubic);

    /// <summary>A closed figure through the points, in order (non-finite points left out).</summary>
    public static CanvasPath Polygon(IEnumerable<PathPoint> points)
    {
        var builder = new PathBuilder();
        foreach (var point in points.Where(p => p.IsFinite)) builder.LineTo(point.X, point.Y);
        return builder.Close().Build();
    }

    /// <summary>The path moved by an offset.</summary>
    public CanvasPath Offset(double dx, double dy) =>
        dx == 0 && dy == 0 ? this : new CanvasPath(Array.ConvertAll(_segments, s => s.Offset(dx, dy)));

    /// <summary>
    /// The smallest rectangle holding every point and control point (so the whole drawn path, curves included, less
    /// the stroke's width); all zero for an empty path.
    /// </summary>
    public (double Left, double Top, double Right, double Bottom) Bounds()
    {
        if (_segments.Length == 0) return (0, 0, 0, 0);
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        void Include(PathPoint p)
        {
            left = Math.Min(left, p.X);
            top = Math.Min(top, p.Y);
            right = Math.Max(right, p.X);
            bottom = Math.Max(bottom, p.Y);
        }
        foreach (var s in _segments)
        {
            if (s.Kind == PathSegmentKind.Close) continue;
            Include(s.End);
            if (s.Kind != PathSegmentKind.Cubic) continue;
            Include(s.Control1);
            Include(s.Control2);
        }
        return left <= right ? (left, top, right, bottom) : (0, 0, 0, 0);
    }

    /// <inheritdoc />
    public bool Equals(CanvasPath? other) => other is not null && _segments.AsSpan().SequenceEqual(other._segments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CanvasPath);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var s in _segments) hash.Add(s);
        return hash.ToHashCode();
    }

    /// <summary>The path in PDF's operators, page coordinates as they are (y downwards): <c>10 20 m 30 40 l h</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        void Point(PathPoint p) =>
            text.Append(p.X.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(p.Y.ToString("R", CultureInfo.InvariantCulture)).Append(' ');
        foreach (var s in _segments)
        {
            switch (s.Kind)
            {
                case PathSegmentKind.Move: Point(s.End); text.Append("m "); break;
                case PathSegmentKind.Line: Point(s.End); text.Append("l "); break;
                case PathSegmentKind.Cubic: Point(s.Control1); Point(s.Control2); Point(s.End); text.Append("c "); break;
                default: text.Append("h "); break;
            }
        }
        return text.ToString().TrimEnd();
    }
}
