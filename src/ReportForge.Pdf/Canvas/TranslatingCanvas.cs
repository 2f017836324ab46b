using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// Keeps the translation and checks structure nesting, so backends only deal in page coordinates.
/// Drawing outside any structure element or artifact throws here as it does in tagged PDFsharp, so the
/// recording canvas of the layout tests catches it.
/// </summary>
public abstract class TranslatingCanvas : ICanvas
{
    private readonly Stack<StructureKind> _open = new();
    private int _artifactDepth;

    /// <summary>Current x offset.</summary>
    protected double OffsetX { get; private set; }
    /// <summary>Current y offset.</summary>
    protected double OffsetY { get; private set; }
    /// <summary>The page being drawn, 1-based.</summary>
    protected int PageNumber { get; private set; }

    /// <inheritdoc />
    public virtual bool Draws => true;

    /// <inheritdoc />
    public virtual void BeginPage(double width, double height, int pageNumber)
    {
        PageNumber = pageNumber;
        OffsetX = 0;
        OffsetY = 0;
    }

    /// <inheritdoc />
    public virtual void EndPage()
    {
        if (_open.Count > 0 || _artifactDepth > 0)
            throw new InvalidOperationException($"page {PageNumber} ended with {_open.Count} structure elements and {_artifactDepth} artifacts open");
    }

    /// <inheritdoc />
    public void Translate(double dx, double dy)
    {
        OffsetX += dx;
        OffsetY += dy;
    }

    /// <summary>The innermost open structure kind, or null.</summary>
    protected StructureKind? CurrentStructure => _open.Count > 0 ? _open.Peek() : null;

    /// <summary>Whether an artifact is open.</summary>
    protected bool InArtifact => _artifactDepth > 0;

    /// <summary>The letter spacing set last (<see cref="SetLetterSpacing"/>).</summary>
    protected double LetterSpacing { get; private set; }

    /// <inheritdoc />
    public void SetLetterSpacing(double points)
    {
        if (points == LetterSpacing) return;
        LetterSpacing = points;
        LetterSpacingChanged();
    }

    /// <summary>Called when the letter spacing changes; a canvas that draws it writes it here.</summary>
    protected virtual void LetterSpacingChanged()
    {
    }

    /// <inheritdoc />
    public void DrawText(string text, FontFace face, Rgb color, double x, double baseline, string? actualText = null)
    {
        EnsureMarked(text);
        DrawTextAt(text, face, color, OffsetX + x, OffsetY + baseline, actualText);
    }

    /// <inheritdoc />
    public void DrawRotatedText(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle)
    {
        EnsureMarked(text);
        DrawRotatedTextAt(text, face, color, opacity, OffsetX + centerX, OffsetY + centerY, angle);
    }

    /// <inheritdoc />
    public void DrawImage(ImageData image, double x, double y, double width, double height)
    {
        EnsureMarked(image.Source);
        DrawImageAt(image, OffsetX + x, OffsetY + y, width, height);
    }

    /// <inheritdoc />
    public void FillRectangle(double x, double y, double width, double height, Rgb color)
    {
        EnsureMarked("a rectangle");
        FillRectangleAt(OffsetX + x, OffsetY + y, width, height, color);
    }

    /// <inheritdoc />
    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Rgb color)
    {
        EnsureMarked("a line");
        DrawLineAt(OffsetX + x1, OffsetY + y1, OffsetX + x2, OffsetY + y2, thickness, color);
    }

    /// <inheritdoc />
    public void DrawPath(CanvasPath path, PathStyle style)
    {
        EnsureMarked("a path");
        if (path.IsEmpty || style.Sanitized() is not { } paint) return;
        DrawPathAt(path.Offset(OffsetX, OffsetY), paint);
    }

    /// <inheritdoc />
    public void DrawPolygon(IReadOnlyList<PathPoint> points, PathStyle style)
    {
        EnsureMarked("a polygon");
        if (style.Sanitized() is not { } paint) return;
        var kept = new List<PathPoint>(points.Count);
        foreach (var point in points)
        {
            if (point.IsFinite) kept.Add(point.Clamped().Offset(OffsetX, OffsetY));
        }
        if (kept.Count >= 2) DrawPolygonAt(kept, paint);
    }

    /// <inheritdoc />
    public void DrawArc(CanvasArc arc, PathStyle style)
    {
        EnsureMarked("an arc");
        if (arc.Sanitized() is not { } drawn || style.Sanitized() is not { } paint) return;
        DrawArcAt(drawn.Offset(OffsetX, OffsetY), paint);
    }

    private void EnsureMarked(string what)
    {
        if (_open.Count == 0 && _artifactDepth == 0)
            throw new InvalidOperationException($"page {PageNumber}: {what} drawn outside any structure element or artifact");
    }

    /// <inheritdoc />
    public void AddLink(double x, double y, double width, double height, string target) =>
        AddLinkAt(OffsetX + x, OffsetY + y, width, height, target);

    /// <inheritdoc />
    public void BeginLink(double x, double y, double width, double height, string target, string text)
    {
        _open.Push(StructureKind.Link);
        BeginLinkAt(OffsetX + x, OffsetY + y, width, height, target, text);
    }

    /// <inheritdoc />
    public void EndLink()
    {
        if (_open.Count == 0 || _open.Peek() != StructureKind.Link) throw new InvalidOperationException("EndLink without BeginLink");
        _open.Pop();
        EndLinkAt();
    }

    /// <summary>Adds a link at page coordinates and opens its structure element; by default just the link.</summary>
    protected virtual void BeginLinkAt(double x, double y, double width, double height, string target, string text) => AddLinkAt(x, y, width, height, target);

    /// <summary>Closes a link's structure element.</summary>
    protected virtual void EndLinkAt()
    {
    }

    /// <inheritdoc />
    public void AddAnchor(string name, double y) => AddAnchorAt(name, OffsetY + y);

    /// <inheritdoc />
    public void AddOutline(int level, string title, string anchor, double y) => AddOutlineAt(level, title, anchor, OffsetY + y);

    /// <inheritdoc />
    public virtual void BeginStructure(StructureKind kind, int level = 0, string? altText = null) => _open.Push(kind);

    /// <inheritdoc />
    public virtual int ContinueStructure(int key, StructureKind kind, int level = 0, string? altText = null)
    {
        BeginStructure(kind, level, altText);
        return -1;
    }

    /// <inheritdoc />
    public virtual void EndStructure()
    {
        if (_open.Count == 0) throw new InvalidOperationException("EndStructure without BeginStructure");
        _open.Pop();
    }

    /// <inheritdoc />
    public virtual void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout) => _artifactDepth++;

    /// <inheritdoc />
    public virtual void EndArtifact()
    {
        if (_artifactDepth == 0) throw new InvalidOperationException("EndArtifact without BeginArtifact");
        _artifactDepth--;
    }

    /// <summary>Draws text at page coordinates, with the text as written where it is drawn otherwise.</summary>
    protected abstract void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline, string? actualText);
    /// <summary>Draws rotated text centred on a point in page coordinates.</summary>
    protected abstract void DrawRotatedTextAt(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle);
    /// <summary>Draws an image at page coordinates.</summary>
    protected abstract void DrawImageAt(ImageData image, double x, double y, double width, double height);
    /// <summary>Fills at page coordinates.</summary>
    protected abstract void FillRectangleAt(double x, double y, double width, double height, Rgb color);
    /// <summary>Strokes at page coordinates.</summary>
    protected abstract void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color);
    /// <summary>Draws a path at page coordinates; it has something to draw, all finite, and the style paints.</summary>
    protected abstract void DrawPathAt(CanvasPath path, PathStyle style);

    /// <summary>Draws a closed polygon at page coordinates (at least two finite points); by default as a path.</summary>
    protected virtual void DrawPolygonAt(IReadOnlyList<PathPoint> points, PathStyle style) => DrawPathAt(CanvasPath.Polygon(points), style);

    /// <summary>Draws an arc at page coordinates, already sanitized (<see cref="CanvasArc.Sanitized"/>); by default as a path.</summary>
    protected virtual void DrawArcAt(CanvasArc arc, PathStyle style) => DrawPathAt(arc.ToPath(), style);

    /// <summary>Adds a link at page coordinates.</summary>
    protected abstract void AddLinkAt(double x, double y, double width, double height, string target);
    /// <summary>Adds an anchor at a page y.</summary>
    protected abstract void AddAnchorAt(string name, double y);
    /// <summary>Adds an outline entry at a page y.</summary>
    protected abstract void AddOutlineAt(int level, string title, string anchor, double y);
}
