using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>A list item: the label (bullet or number) in the indent, the body beside it. The label goes with the first part.</summary>
public sealed class ListItemElement(TextBlockElement label, Element body, double indent) : Element
{
    private bool _labelDrawn;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        label.Attach(context);
        body.Attach(context);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var plan = body.Measure(new Size(Math.Max(1, available.Width - indent), available.Height));
        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(available.Width, plan.Height) with { FootnoteHeight = plan.FootnoteHeight },
            SpacePlanKind.Partial => SpacePlan.Partial(available.Width, plan.Height) with { FootnoteHeight = plan.FootnoteHeight },
            _ => plan,
        };
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var canvas = Context.Canvas;
        canvas.BeginStructure(StructureKind.ListItem);
        if (!_labelDrawn)
        {
            canvas.BeginStructure(StructureKind.ListLabel);
            label.Draw(new Size(indent, available.Height));
            canvas.EndStructure();
            _labelDrawn = true;
        }
        canvas.BeginStructure(StructureKind.ListBody);
        canvas.Translate(indent, 0);
        body.Draw(new Size(Math.Max(1, available.Width - indent), available.Height));
        canvas.Translate(-indent, 0);
        canvas.EndStructure();
        canvas.EndStructure();
    }
}
