using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Elements.Kit;

/// <summary>
/// A child that flows like text: <c>lines</c> lines of <c>lineHeight</c> each, as many on a page as the space offered
/// holds (Partial while lines remain, Wrap when not one fits). Drawing fills the lines' rectangle as an artifact and
/// notes where the canvas put it.
/// </summary>
internal sealed class FakeFlow(double width, int lines, double lineHeight = 10) : Element
{
    private int _next;

    /// <summary>Each part drawn: page, place and size on the page, and the space offered.</summary>
    public List<Placed> Drawn { get; } = [];

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var left = lines - _next;
        if (left == 0) return SpacePlan.Empty;
        var fit = Math.Min(left, (int)Math.Floor((available.Height + 0.01) / lineHeight));
        if (fit == 0) return SpacePlan.Wrap;
        return fit == left ? SpacePlan.Full(width, fit * lineHeight) : SpacePlan.Partial(width, fit * lineHeight);
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var plan = Measure(available);
        if (!plan.DrawsSomething) return;
        var canvas = (RecordingCanvas)Context.Canvas;
        canvas.BeginArtifact();
        canvas.FillRectangle(0, 0, plan.Width, plan.Height, new Rgb(4, 5, 6));
        canvas.EndArtifact();
        var r = canvas.Rectangles[^1];
        Drawn.Add(new Placed(r.Page, r.X, r.Y, r.Width, r.Height, available));
        _next += (int)Math.Round(plan.Height / lineHeight);
    }
}
