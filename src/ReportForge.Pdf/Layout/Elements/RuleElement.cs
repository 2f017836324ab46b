using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>A horizontal line across the width, <paramref name="above"/> below the top of its height (centred without it);
/// decoration, so an artifact.</summary>
public sealed class RuleElement(double height, double thickness, Rgb color, double? above = null) : Element
{
    private bool _drawn;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) =>
        _drawn ? SpacePlan.Empty
        : available.Height >= height ? SpacePlan.Full(available.Width, height)
        : SpacePlan.WrapBecause($"the rule ({LayoutContext.Points(height)}) {Context.TooTall(height, available)}");

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var canvas = Context.Canvas;
        canvas.BeginArtifact();
        canvas.FillRectangle(0, above ?? (height - thickness) / 2, available.Width, thickness, color);
        canvas.EndArtifact();
        _drawn = true;
    }
}
