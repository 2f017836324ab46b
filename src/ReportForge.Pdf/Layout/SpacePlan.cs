namespace ReportForge.Pdf.Layout;

/// <summary>What an element answers when offered a space.</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing to draw.</summary>
    Empty,
    /// <summary>Nothing fits here; try the next page.</summary>
    Wrap,
    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>Everything left fits.</summary>
    Full,
}

/// <summary>An element's answer to a Measure call: its kind and the size it would take.</summary>
/// <remarks>
/// <see cref="Height"/> is the height in the flow; <see cref="FootnoteHeight"/> is what the footnotes cited by
/// that part reserve at the foot of the page. An element offered a height never plans more than both together.
/// </remarks>
public readonly record struct SpacePlan(SpacePlanKind Kind, double Width, double Height)
{
    /// <summary>Space the footnotes cited by this part reserve at the foot of the page.</summary>
    public double FootnoteHeight { get; init; }

    /// <summary>Flow height plus footnote reservation: what the part takes from the page.</summary>
    public double TotalHeight => Height + FootnoteHeight;

    /// <summary>Nothing to draw.</summary>
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);
    /// <summary>Nothing fits.</summary>
    public static SpacePlan Wrap => new(SpacePlanKind.Wrap, 0, 0);
    /// <summary>Part fits.</summary>
    public static SpacePlan Partial(double width, double height) => new(SpacePlanKind.Partial, width, height);
    /// <summary>All fits.</summary>
    public static SpacePlan Full(double width, double height) => new(SpacePlanKind.Full, width, height);

    /// <summary>True for Partial and Full: something is drawn.</summary>
    public bool DrawsSomething => Kind is SpacePlanKind.Partial or SpacePlanKind.Full;
}

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height);
