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

    /// <summary>
    /// For a wrap, why nothing fits, said of the element (such as "the table's body row 3 is taller than a page"): the
    /// paging loop reports it when a block does not fit on an empty page. Null when the element gives no reason.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>Flow height plus footnote reservation: what the part takes from the page.</summary>
    public double TotalHeight => Height + FootnoteHeight;

    /// <summary>Nothing to draw.</summary>
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);
    /// <summary>Nothing fits.</summary>
    public static SpacePlan Wrap => new(SpacePlanKind.Wrap, 0, 0);
    /// <summary>Nothing fits, for the reason given (see <see cref="Reason"/>).</summary>
    public static SpacePlan WrapBecause(string? reason) => new(SpacePlanKind.Wrap, 0, 0) { Reason = reason };
    /// <summary>Part fits.</summary>
    public static SpacePlan Partial(double width, double height) => new(SpacePlanKind.Partial, width, height);
    /// <summary>All fits.</summary>
    public static SpacePlan Full(double width, double height) => new(SpacePlanKind.Full, width, height);

    /// <summary>True for Partial and Full: something is drawn.</summary>
    public bool DrawsSomething => Kind is SpacePlanKind.Partial or SpacePlanKind.Full;
}

/// <summary>A width and height in points.</summary>
public readonly record struct Size(double Width, double Height);
