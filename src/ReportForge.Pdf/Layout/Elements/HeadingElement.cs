using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>A heading: keeps with what follows, never splits, and marks its anchor and bookmark where it lands.</summary>
public sealed class HeadingElement(TextBlockElement text, int level, string anchor, string title) : Element
{
    private bool _drawn;

    /// <inheritdoc />
    public override bool KeepWithNext => !_drawn;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        text.Attach(context);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_drawn) return SpacePlan.Empty;
        var plan = text.Measure(available);
        return plan.Kind == SpacePlanKind.Partial
            ? SpacePlan.WrapBecause($"the heading does not fit whole in {LayoutContext.Left(available)}, and headings do not split")
            : plan;
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var canvas = Context.Canvas;
        canvas.AddAnchor(anchor, 0);
        canvas.AddOutline(level, title, anchor, 0);
        canvas.BeginStructure(StructureKind.Heading, level);
        text.Draw(available);
        canvas.EndStructure();
        _drawn = true;
    }
}
