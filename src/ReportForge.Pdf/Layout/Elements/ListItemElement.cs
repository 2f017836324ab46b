using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// A list item: the label (bullet or number) in the indent, the body beside it. The label goes with the first part.
/// A label wider than the indent never wraps: it runs on, and the first line of the item's text starts at the next
/// tab stop past it, as Word and LibreOffice place the text after a number that overflows its hanging indent.
/// </summary>
public sealed class ListItemElement(TextBlockElement label, Element body, double indent) : Element
{
    private bool _labelDrawn;
    private double _labelWidth;

    /// <summary>The text block of the item's first paragraph, whose first line follows the label; null when the item
    /// starts with another block.</summary>
    public TextBlockElement? FirstText { get; init; }

    /// <summary>How far the list's left edge lies from where tab stops are counted.</summary>
    public double TabOrigin { get; init; }

    /// <summary>The distance between tab stops.</summary>
    public double TabStop { get; init; } = 36;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        label.Attach(context);
        body.Attach(context);
        var natural = label.IntrinsicWidths().Max;
        _labelWidth = Math.Max(indent, natural);
        if (FirstText is not null) FirstText.FirstLineIndent = TextStart(natural) - indent;
    }

    /// <summary>Where the first line's text starts, from the list's edge, after a label this wide.</summary>
    public double TextStart(double labelWidth)
    {
        if (labelWidth <= indent + 0.01) return indent;
        var stops = Math.Floor((TabOrigin + labelWidth) / TabStop + 1e-9) + 1;
        return stops * TabStop - TabOrigin;
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
            label.Draw(new Size(_labelWidth, available.Height));
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
