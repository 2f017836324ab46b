using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Elements.Kit;

/// <summary>
/// A child with a known answer: it is <c>width</c> wide and comes in parts, one per page, each of a given height. It
/// fits (Full, or Partial while parts remain) when offered at least its next part's height and wraps otherwise. Drawing
/// fills its rectangle as an artifact, and the fake notes where the canvas put it, in page coordinates.
/// </summary>
internal sealed class FakeChild(double width, params double[] parts) : Element
{
    private int _next;

    /// <summary>One part: the whole child fits in <paramref name="height"/>.</summary>
    public static FakeChild Sized(double width, double height) => new(width, height);

    /// <summary>A child no space holds.</summary>
    public static FakeChild TooTall(double width = 10) => new(width, double.PositiveInfinity);

    /// <summary>Whether the fake keeps with what follows it (as a heading does).</summary>
    public bool KeepsWithNext { get; init; }

    /// <inheritdoc />
    public override bool KeepWithNext => KeepsWithNext;

    /// <summary>Each space offered to <see cref="Measure"/>, in order.</summary>
    public List<Size> Measured { get; } = [];

    /// <summary>Each part drawn: page, place and size on the page, and the space offered to <see cref="Draw"/>.</summary>
    public List<Placed> Drawn { get; } = [];

    /// <summary>Parts not yet drawn.</summary>
    public int PartsLeft => parts.Length - _next;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        Measured.Add(available);
        return Answer(available);
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var plan = Answer(available);
        if (!plan.DrawsSomething) return;
        var canvas = (RecordingCanvas)Context.Canvas;
        canvas.BeginArtifact();
        canvas.FillRectangle(0, 0, plan.Width, plan.Height, new Rgb(1, 2, 3));
        canvas.EndArtifact();
        var r = canvas.Rectangles[^1];
        Drawn.Add(new Placed(r.Page, r.X, r.Y, r.Width, r.Height, available));
        _next++;
    }

    private SpacePlan Answer(Size available)
    {
        if (_next >= parts.Length) return SpacePlan.Empty;
        var height = parts[_next];
        if (height > available.Height + 0.01) return SpacePlan.Wrap;
        return _next == parts.Length - 1 ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }
}

/// <summary>Where one part of an element was drawn, and the space it was offered.</summary>
internal sealed record Placed(int Page, double X, double Y, double Width, double Height, Size Offered)
{
    /// <summary>Page, place and size, for comparing with an expected placement.</summary>
    public (int Page, double X, double Y, double Width, double Height) Box =>
        (Page, Math.Round(X, 3), Math.Round(Y, 3), Math.Round(Width, 3), Math.Round(Height, 3));
}
