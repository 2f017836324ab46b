namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Ends the page: the first time it is offered space it takes none and asks for a new page.</summary>
public sealed class PageBreakElement : Element
{
    private bool _done;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => _done ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    /// <inheritdoc />
    public override void Draw(Size available) => _done = true;
}
