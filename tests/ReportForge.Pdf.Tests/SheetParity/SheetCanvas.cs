using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.SheetParity;

/// <summary>
/// Records the drawing pass with what the shared recording canvas leaves out and the parity test needs: each text's
/// colour and the structure elements open around it, and every filled rectangle (boxes, bars, rules) with its colour.
/// </summary>
internal sealed class SheetCanvas : TranslatingCanvas
{
    public sealed record Text(int Page, string Value, FontFace Face, Rgb Color, double X, double Baseline, IReadOnlyList<StructureKind> Open, bool Artifact);

    public sealed record Rect(int Page, double X, double Y, double Width, double Height, Rgb Color)
    {
        public double Bottom => Y + Height;
    }

    public sealed record Picture(int Page, double X, double Y, double Width, double Height)
    {
        public double Bottom => Y + Height;
    }

    public sealed record Line(int Page, double X1, double Y1, double X2, double Y2, double Thickness, Rgb Color);

    private readonly List<StructureKind> _open = [];

    public List<Text> Texts { get; } = [];
    public List<Rect> Rects { get; } = [];
    public List<Picture> Pictures { get; } = [];
    public List<Line> Lines { get; } = [];

    public override void BeginStructure(StructureKind kind, int level = 0, string? altText = null)
    {
        base.BeginStructure(kind, level, altText);
        _open.Add(kind);
    }

    public override void EndStructure()
    {
        base.EndStructure();
        _open.RemoveAt(_open.Count - 1);
    }

    protected override void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline, string? actualText) =>
        Texts.Add(new Text(PageNumber, text, face, color, x, baseline, [.. _open], InArtifact));

    protected override void FillRectangleAt(double x, double y, double width, double height, Rgb color) =>
        Rects.Add(new Rect(PageNumber, x, y, width, height, color));

    protected override void DrawImageAt(ImageData image, double x, double y, double width, double height) =>
        Pictures.Add(new Picture(PageNumber, x, y, width, height));

    protected override void DrawRotatedTextAt(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle)
    {
    }

    protected override void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color) =>
        Lines.Add(new Line(PageNumber, x1, y1, x2, y2, thickness, color));

    protected override void DrawPathAt(CanvasPath path, PathStyle style)
    {
    }

    protected override void AddLinkAt(double x, double y, double width, double height, string target)
    {
    }

    protected override void AddAnchorAt(string name, double y)
    {
    }

    protected override void AddOutlineAt(int level, string title, string anchor, double y)
    {
    }
}
