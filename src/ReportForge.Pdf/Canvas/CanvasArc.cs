namespace ReportForge.Pdf.Canvas;

/// <summary>
/// A pie slice, or with an inner radius a donut's ring segment: around a centre, from <see cref="StartAngle"/> through
/// <see cref="SweepAngle"/> degrees, counter-clockwise as seen on the page from three o'clock (negative: clockwise), as
/// <see cref="PathBuilder.ArcTo"/> draws. A sweep of 360 or more is the whole disc or ring.
/// </summary>
public readonly record struct CanvasArc(double CenterX, double CenterY, double Radius, double StartAngle, double SweepAngle, double InnerRadius = 0)
{
    /// <summary>Whether the arc covers the whole circle.</summary>
    public bool IsFull => Math.Abs(SweepAngle) >= 360;

    /// <summary>
    /// The arc as it can be drawn, or null when it covers nothing: a NaN or infinite number, a radius that is not
    /// positive, no sweep, or an inner radius at least the radius. The sweep is held within ±360, the start within
    /// ±360, radii within <see cref="CanvasPath.CoordinateLimit"/>; a negative or NaN inner radius is none.
    /// </summary>
    public CanvasArc? Sanitized()
    {
        if (!double.IsFinite(CenterX) || !double.IsFinite(CenterY) || !double.IsFinite(Radius) || !double.IsFinite(StartAngle)
            || !double.IsFinite(SweepAngle) || Radius <= 0 || SweepAngle == 0) return null;
        var center = new PathPoint(CenterX, CenterY).Clamped();
        var radius = Math.Min(Radius, CanvasPath.CoordinateLimit);
        var inner = double.IsFinite(InnerRadius) && InnerRadius > 0 ? InnerRadius : 0;
        if (inner >= radius) return null;
        return new CanvasArc(center.X, center.Y, radius, StartAngle % 360, Math.Clamp(SweepAngle, -360, 360), inner);
    }

    /// <summary>The arc moved by an offset.</summary>
    public CanvasArc Offset(double dx, double dy) => this with { CenterX = CenterX + dx, CenterY = CenterY + dy };

    /// <summary>
    /// The outline as a path: a slice runs from the centre out along the start angle, round the arc and back; a ring
    /// segment round the outer arc and back round the inner one; a whole ring is two circles turning opposite ways,
    /// so non-zero filling leaves the hole.
    /// </summary>
    public CanvasPath ToPath()
    {
        if (Sanitized() is not { } arc) return CanvasPath.Empty;
        var builder = new PathBuilder();
        var end = arc.StartAngle + arc.SweepAngle;
        if (arc.InnerRadius == 0)
        {
            if (!arc.IsFull) builder.MoveTo(arc.CenterX, arc.CenterY);
            return builder.ArcTo(arc.CenterX, arc.CenterY, arc.Radius, arc.StartAngle, arc.SweepAngle).Close().Build();
        }
        builder.ArcTo(arc.CenterX, arc.CenterY, arc.Radius, arc.StartAngle, arc.SweepAngle);
        if (arc.IsFull)
        {
            var innerStart = PathBuilder.OnCircle(new PathPoint(arc.CenterX, arc.CenterY), arc.InnerRadius, end);
            builder.Close().MoveTo(innerStart.X, innerStart.Y);
        }
        return builder.ArcTo(arc.CenterX, arc.CenterY, arc.InnerRadius, end, -arc.SweepAngle).Close().Build();
    }
}
