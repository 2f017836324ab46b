namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Moves its child to the next page whole when it would split here but fits on a fresh page.</summary>
public sealed class KeepTogetherElement(Element child) : WrapperElement(child)
{
    private bool _started;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var plan = Child.Measure(available);
        if (_started || plan.Kind != SpacePlanKind.Partial) return plan;
        var onFreshPage = Child.Measure(new Size(available.Width, Context.ContentArea.Height));
        return onFreshPage.Kind == SpacePlanKind.Full ? SpacePlan.WrapBecause("it is kept together and moves whole to the next page") : plan;
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        Child.Draw(available);
        _started = true;
    }
}
