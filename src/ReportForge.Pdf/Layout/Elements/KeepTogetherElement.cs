namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Moves its child to the next page whole when it would split here but fits on a fresh page.</summary>
public sealed class KeepTogetherElement(Element child) : WrapperElement(child)
{
    private bool _started;
    private double _movedFrom = double.MaxValue;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(available);
        if (_started || plan.Kind != SpacePlanKind.Partial) return plan;
        // Moved once and offered more room since (the next page), it splits: a fresh page can offer less than the
        // content area (footnotes carried over, the gaps around the block), and moving again would never end.
        if (available.Height > _movedFrom + 0.01) return plan;
        var onFreshPage = Child.Measure(new Size(available.Width, Context.ContentArea.Height));
        if (onFreshPage.Kind != SpacePlanKind.Full) return plan;
        _movedFrom = available.Height;
        return SpacePlan.WrapBecause("it is kept together and moves whole to the next page");
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        Child.Draw(available);
        _started = true;
    }
}
