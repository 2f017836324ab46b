using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// A bar in the margin to the left of a changed part, beside all of it that each page holds (an artifact: it marks the
/// text, it is not text). The child is laid out exactly as without the bar.
/// </summary>
public sealed class ChangeBarElement(Element child, Rgb color) : WrapperElement(child)
{
    /// <summary>The bar's width.</summary>
    public const double Width = 2;

    /// <summary>The room between the bar and the text.</summary>
    public const double Gap = 6;

    /// <inheritdoc />
    public override bool KeepWithNext => Child.KeepWithNext;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child.Measure(available);

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var plan = Child.Measure(available);
        // The space below the last block is not changed text: the bar stops where the text does.
        var below = plan.Kind == SpacePlanKind.Full && Child.SpacingBelow is { } spacing ? spacing.SpaceBelow : 0;
        var height = plan.Height - below;
        Child.Draw(available);
        if (!plan.DrawsSomething || height <= 0) return;
        var canvas = Context.Canvas;
        canvas.BeginArtifact();
        canvas.FillRectangle(-Gap - Width, 0, Width, height, color);
        canvas.EndArtifact();
    }
}
