namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Moves its child to the next page whole when it would split here but fits on a fresh page.</summary>
public sealed class KeepTogetherElement(Element child) : Element
{
    private bool _started;

    internal override PaddingElement? SpacingAbove => child.SpacingAbove;

    internal override PaddingElement? SpacingBelow => child.SpacingBelow;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        child.Attach(context);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var plan = child.Measure(available);
        if (_started || plan.Kind != SpacePlanKind.Partial) return plan;
        var onFreshPage = child.Measure(new Size(available.Width, Context.ContentArea.Height));
        return onFreshPage.Kind == SpacePlanKind.Full ? SpacePlan.WrapBecause("it is kept together and moves whole to the next page") : plan;
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        child.Draw(available);
        _started = true;
    }
}
