namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Space around a child. The top space goes before the child's first part only, the bottom after its last.</summary>
public sealed class PaddingElement(Element child, double top, double bottom, double left = 0, double right = 0) : Element
{
    private bool _started;

    /// <summary>
    /// Whether the space above and below is paragraph spacing, which meets the neighbours' as in Word: between two such
    /// blocks the larger of the two spaces stands, not their sum. At the top of a page the space above stands in full.
    /// </summary>
    public bool Collapses
    {
        get => CollapsesAbove && CollapsesBelow;
        init => CollapsesAbove = CollapsesBelow = value;
    }

    /// <summary>Whether only the space above is paragraph spacing (a table's caption), the space below being a fixed gap.</summary>
    public bool CollapsesAbove { get; init; }

    /// <summary>Whether the space below is paragraph spacing.</summary>
    public bool CollapsesBelow { get; init; }

    /// <summary>How much of the space above gives way to the space below the block above; the column stacking it sets it.</summary>
    internal double Overlap { get; set; }

    internal override PaddingElement? SpacingAbove => CollapsesAbove ? this : null;

    internal override PaddingElement? SpacingBelow => CollapsesBelow ? this : null;

    /// <summary>The space above the child's first part.</summary>
    public double SpaceAbove => top;

    /// <summary>The space below the child's last part.</summary>
    public double SpaceBelow => bottom;

    /// <inheritdoc />
    public override bool KeepWithNext => child.KeepWithNext;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        child.Attach(context);
    }

    private double Top => _started ? 0 : top - Overlap;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var inner = new Size(Math.Max(0, available.Width - left - right), available.Height - Top);
        if (inner.Height < 0) return SpacePlan.WrapBecause($"the space above it ({LayoutContext.Points(Top)}) {Context.TooTall(Top, available)}");
        var plan = child.Measure(inner);
        return plan.Kind switch
        {
            SpacePlanKind.Full => (available.Height >= Top + plan.TotalHeight + bottom - 0.01 || bottom == 0
                ? SpacePlan.Full(plan.Width + left + right, Math.Min(available.Height - plan.FootnoteHeight, Top + plan.Height + bottom))
                : SpacePlan.Full(plan.Width + left + right, Top + plan.Height)) with { FootnoteHeight = plan.FootnoteHeight },
            SpacePlanKind.Partial => SpacePlan.Partial(plan.Width + left + right, Top + plan.Height) with { FootnoteHeight = plan.FootnoteHeight },
            _ => plan,
        };
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var t = Top;
        var canvas = Context.Canvas;
        canvas.Translate(left, t);
        child.Draw(new Size(Math.Max(0, available.Width - left - right), available.Height - t));
        canvas.Translate(-left, -t);
        _started = true;
    }
}
