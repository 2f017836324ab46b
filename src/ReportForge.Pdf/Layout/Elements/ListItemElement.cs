using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// A list item: the label (bullet or number) in the indent, the body beside it. The label goes with the first part.
/// An ordered list's items share one label column (<see cref="Column"/>): the numbers right-aligned at its label edge,
/// the text at its width, as wide as the list's widest number needs.
/// </summary>
public sealed class ListItemElement(TextBlockElement label, Element body, double indent) : Element
{
    private bool _labelDrawn;
    // The item and its body go on as the same elements on the next page (ICanvas.ContinueStructure).
    private int _itemKey = -1;
    private int _bodyKey = -1;
    private double _indent = indent;
    private double _labelWidth = indent;

    /// <summary>The list's label column, worked out once for all its items from the measurer; null keeps the label
    /// left-aligned in the indent (a bullet).</summary>
    public Func<ITextMeasurer, ListColumn>? Column { get; init; }

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        _itemKey = _bodyKey = -1;
        label.Attach(context);
        body.Attach(context);
        if (Column?.Invoke(context.Measurer) is { } column)
        {
            _indent = column.Width;
            _labelWidth = column.LabelRight;
        }
        else
            _labelWidth = Math.Max(_indent, label.IntrinsicWidths().Max);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var plan = body.Measure(new Size(Math.Max(1, available.Width - _indent), available.Height));
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
        _itemKey = canvas.ContinueStructure(_itemKey, StructureKind.ListItem);
        if (!_labelDrawn)
        {
            canvas.BeginStructure(StructureKind.ListLabel);
            label.Draw(new Size(_labelWidth, available.Height));
            canvas.EndStructure();
            _labelDrawn = true;
        }
        _bodyKey = canvas.ContinueStructure(_bodyKey, StructureKind.ListBody);
        canvas.Translate(_indent, 0);
        body.Draw(new Size(Math.Max(1, available.Width - _indent), available.Height));
        canvas.Translate(-_indent, 0);
        canvas.EndStructure();
        canvas.EndStructure();
    }
}
