namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Marks a child (a caption, a label) to stay on the page of what follows it.</summary>
public sealed class KeepWithNextElement(Element child) : WrapperElement(child)
{
    private bool _drawn;

    /// <inheritdoc />
    public override bool KeepWithNext => !_drawn;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child.Measure(available);

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        Child.Draw(available);
        _drawn = true;
    }
}
