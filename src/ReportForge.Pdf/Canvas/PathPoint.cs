namespace ReportForge.Pdf.Canvas;

/// <summary>A point of a path or polygon, in points, y downwards like every canvas coordinate.</summary>
public readonly record struct PathPoint(double X, double Y)
{
    /// <summary>Whether both coordinates are finite numbers.</summary>
    public bool IsFinite => double.IsFinite(X) && double.IsFinite(Y);

    /// <summary>The point moved by an offset.</summary>
    public PathPoint Offset(double dx, double dy) => new(X + dx, Y + dy);

    /// <summary>
    /// The point with each coordinate held within <see cref="CanvasPath.CoordinateLimit"/>: PDF/A-1 (ISO 19005-1, 6.1.12)
    /// keeps real numbers within ±32767, and a page's offset is added after this.
    /// </summary>
    public PathPoint Clamped() =>
        new(Math.Clamp(X, -CanvasPath.CoordinateLimit, CanvasPath.CoordinateLimit), Math.Clamp(Y, -CanvasPath.CoordinateLimit, CanvasPath.CoordinateLimit));
}
