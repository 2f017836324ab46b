namespace ReportForge.Pdf.Canvas;

/// <summary>What a path segment does.</summary>
public enum PathSegmentKind
{
    /// <summary>Starts a new figure at <see cref="PathSegment.End"/> (PDF <c>m</c>).</summary>
    Move,
    /// <summary>A straight line to <see cref="PathSegment.End"/> (PDF <c>l</c>).</summary>
    Line,
    /// <summary>A cubic Bézier curve through two control points to <see cref="PathSegment.End"/> (PDF <c>c</c>).</summary>
    Cubic,
    /// <summary>Closes the figure with a line back to its start (PDF <c>h</c>).</summary>
    Close,
}

/// <summary>
/// One segment of a <see cref="CanvasPath"/>; the control points are used by <see cref="PathSegmentKind.Cubic"/> only. A
/// close's end is the figure's start, where the pen is after it.
/// </summary>
public readonly record struct PathSegment(PathSegmentKind Kind, PathPoint End, PathPoint Control1 = default, PathPoint Control2 = default)
{
    /// <summary>The segment moved by an offset.</summary>
    public PathSegment Offset(double dx, double dy) =>
        Kind == PathSegmentKind.Cubic ? new(Kind, End.Offset(dx, dy), Control1.Offset(dx, dy), Control2.Offset(dx, dy)) : new(Kind, End.Offset(dx, dy));
}
