using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>Makes every call on two canvases, the first first: the drawing pass drawn and recorded at once.</summary>
internal sealed class TeeCanvas(ICanvas first, ICanvas second) : ICanvas
{
    public bool Draws => first.Draws || second.Draws;

    public void BeginPage(double width, double height, int pageNumber)
    {
        first.BeginPage(width, height, pageNumber);
        second.BeginPage(width, height, pageNumber);
    }

    public void EndPage()
    {
        first.EndPage();
        second.EndPage();
    }

    public void Translate(double dx, double dy)
    {
        first.Translate(dx, dy);
        second.Translate(dx, dy);
    }

    public void SetLetterSpacing(double points)
    {
        first.SetLetterSpacing(points);
        second.SetLetterSpacing(points);
    }

    public void DrawText(string text, FontFace face, Rgb color, double x, double baseline, string? actualText = null)
    {
        first.DrawText(text, face, color, x, baseline, actualText);
        second.DrawText(text, face, color, x, baseline, actualText);
    }

    public void DrawRotatedText(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle)
    {
        first.DrawRotatedText(text, face, color, opacity, centerX, centerY, angle);
        second.DrawRotatedText(text, face, color, opacity, centerX, centerY, angle);
    }

    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
        first.DrawImage(image, x, y, width, height);
        second.DrawImage(image, x, y, width, height);
    }

    public void FillRectangle(double x, double y, double width, double height, Rgb color)
    {
        first.FillRectangle(x, y, width, height, color);
        second.FillRectangle(x, y, width, height, color);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Rgb color)
    {
        first.DrawLine(x1, y1, x2, y2, thickness, color);
        second.DrawLine(x1, y1, x2, y2, thickness, color);
    }

    public void DrawPath(CanvasPath path, PathStyle style)
    {
        first.DrawPath(path, style);
        second.DrawPath(path, style);
    }

    public void DrawPolygon(IReadOnlyList<PathPoint> points, PathStyle style)
    {
        first.DrawPolygon(points, style);
        second.DrawPolygon(points, style);
    }

    public void DrawArc(CanvasArc arc, PathStyle style)
    {
        first.DrawArc(arc, style);
        second.DrawArc(arc, style);
    }

    public void AddLink(double x, double y, double width, double height, string target)
    {
        first.AddLink(x, y, width, height, target);
        second.AddLink(x, y, width, height, target);
    }

    public void BeginLink(double x, double y, double width, double height, string target, string text)
    {
        first.BeginLink(x, y, width, height, target, text);
        second.BeginLink(x, y, width, height, target, text);
    }

    public void EndLink()
    {
        first.EndLink();
        second.EndLink();
    }

    public void AddAnchor(string name, double y)
    {
        first.AddAnchor(name, y);
        second.AddAnchor(name, y);
    }

    public void AddOutline(int level, string title, string anchor, double y)
    {
        first.AddOutline(level, title, anchor, y);
        second.AddOutline(level, title, anchor, y);
    }

    public void BeginStructure(StructureKind kind, int level = 0, string? altText = null)
    {
        first.BeginStructure(kind, level, altText);
        second.BeginStructure(kind, level, altText);
    }

    public int ContinueStructure(int key, StructureKind kind, int level = 0, string? altText = null)
    {
        // The first canvas draws (and tags); the second records.
        var next = first.ContinueStructure(key, kind, level, altText);
        second.ContinueStructure(key, kind, level, altText);
        return next;
    }

    public void EndStructure()
    {
        first.EndStructure();
        second.EndStructure();
    }

    public void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
    {
        first.BeginArtifact(kind);
        second.BeginArtifact(kind);
    }

    public void EndArtifact()
    {
        first.EndArtifact();
        second.EndArtifact();
    }
}
