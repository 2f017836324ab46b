using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>A dash pattern: <paramref name="On"/> points drawn, then <paramref name="Off"/> points left out, repeated.</summary>
public readonly record struct DashPattern(double On, double Off);

/// <summary>
/// How a path, polygon or arc is painted: filled, stroked or both. Colours are opaque, as PDF/A-1 wants (it allows no
/// transparency).
/// </summary>
public sealed record PathStyle
{
    /// <summary>The fill colour; null leaves the inside unpainted.</summary>
    public Rgb? Fill { get; init; }

    /// <summary>The stroke colour; null draws no outline.</summary>
    public Rgb? Stroke { get; init; }

    /// <summary>The stroke's width in points.</summary>
    public double LineWidth { get; init; } = 1;

    /// <summary>A dash pattern for the stroke; null strokes solid.</summary>
    public DashPattern? Dash { get; init; }

    /// <summary>Fills by the even-odd rule (a figure inside another is a hole whatever its direction) instead of non-zero winding.</summary>
    public bool EvenOdd { get; init; }

    /// <summary>Round line joins and caps (a line chart's corners) instead of mitred joins and butt caps.</summary>
    public bool Round { get; init; }

    /// <summary>Filled with a colour, no outline.</summary>
    public static PathStyle Filled(Rgb color) => new() { Fill = color };

    /// <summary>Stroked with a colour and width, optionally dashed.</summary>
    public static PathStyle Stroked(Rgb color, double lineWidth, DashPattern? dash = null) => new() { Stroke = color, LineWidth = lineWidth, Dash = dash };

    /// <summary>Filled and outlined.</summary>
    public static PathStyle FilledAndStroked(Rgb fill, Rgb stroke, double lineWidth) => new() { Fill = fill, Stroke = stroke, LineWidth = lineWidth };

    /// <summary>
    /// The style as it can be drawn, or null when it paints nothing: a stroke whose width is not a positive finite number
    /// is dropped, so is a dash pattern with a negative or non-finite length or nothing drawn or left out (PDF forbids
    /// an all-zero pattern). Widths are held within <see cref="CanvasPath.CoordinateLimit"/>.
    /// </summary>
    public PathStyle? Sanitized()
    {
        var stroke = Stroke is not null && double.IsFinite(LineWidth) && LineWidth > 0 ? Stroke : null;
        if (Fill is null && stroke is null) return null;
        var dash = stroke is not null && Dash is { } d && double.IsFinite(d.On) && double.IsFinite(d.Off) && d.On >= 0 && d.Off >= 0 && d.On + d.Off > 0
            ? d with { On = Math.Min(d.On, CanvasPath.CoordinateLimit), Off = Math.Min(d.Off, CanvasPath.CoordinateLimit) }
            : (DashPattern?)null;
        var width = stroke is null ? LineWidth : Math.Min(LineWidth, CanvasPath.CoordinateLimit);
        return stroke == Stroke && dash == Dash && width == LineWidth ? this : this with { Stroke = stroke, Dash = dash, LineWidth = width };
    }
}
