using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// Records what would be drawn, in page coordinates: the first layout pass (page count and anchors)
/// and layout tests use it.
/// </summary>
public sealed class RecordingCanvas : TranslatingCanvas
{
    /// <summary>A piece of text placed on a page, with the text as written where it is drawn otherwise (right to left, shaped).</summary>
    public sealed record PlacedText(int Page, string Text, FontFace Face, double X, double Baseline, string? ActualText = null)
    {
        /// <summary>The space added after each glyph (<see cref="ICanvas.SetLetterSpacing"/>).</summary>
        public double LetterSpacing { get; init; }
    }

    /// <summary>An image placed on a page.</summary>
    public sealed record PlacedImage(int Page, ImageData Image, double X, double Y, double Width, double Height);

    /// <summary>Rotated text (a watermark) and whether it was drawn as an artifact.</summary>
    public sealed record PlacedRotatedText(int Page, string Text, double CenterX, double CenterY, double Angle, double Opacity, bool AsArtifact, int Order);

    /// <summary>A structure element opened on a page.</summary>
    public sealed record OpenedStructure(int Page, StructureKind Kind, int Level, string? AltText);

    /// <summary>A filled rectangle.</summary>
    public sealed record PlacedRectangle(int Page, double X, double Y, double Width, double Height, Rgb Color);

    /// <summary>A vector path with its style, whether drawn as an artifact, and the innermost structure element open.</summary>
    public sealed record PlacedPath(int Page, CanvasPath Path, PathStyle Style, bool AsArtifact, StructureKind? Structure, int Order);

    /// <summary>A closed polygon with its style, whether drawn as an artifact, and the innermost structure element open.</summary>
    public sealed record PlacedPolygon(int Page, IReadOnlyList<PathPoint> Points, PathStyle Style, bool AsArtifact, StructureKind? Structure, int Order);

    /// <summary>A pie slice or ring segment with its style, whether drawn as an artifact, and the innermost structure element open.</summary>
    public sealed record PlacedArc(int Page, CanvasArc Arc, PathStyle Style, bool AsArtifact, StructureKind? Structure, int Order);

    /// <summary>A link rectangle.</summary>
    public sealed record PlacedLink(int Page, double X, double Y, double Width, double Height, string Target);

    /// <summary>Whether to keep the drawing calls; the page count and anchors are always kept.</summary>
    public bool RecordDrawing { get; init; } = true;

    /// <inheritdoc />
    public override bool Draws => RecordDrawing;

    /// <summary>Text in drawing order.</summary>
    public List<PlacedText> Texts { get; } = [];
    /// <summary>Images in drawing order.</summary>
    public List<PlacedImage> Images { get; } = [];
    /// <summary>Rotated texts in drawing order.</summary>
    public List<PlacedRotatedText> RotatedTexts { get; } = [];
    /// <summary>Structure elements with page, level and alt text, in the order opened.</summary>
    public List<OpenedStructure> OpenedStructures { get; } = [];
    /// <summary>How many drawing calls were made on the page so far (to tell what was drawn first).</summary>
    public int DrawCount { get; private set; }
    /// <summary>Rectangles in drawing order.</summary>
    public List<PlacedRectangle> Rectangles { get; } = [];
    /// <summary>Paths in drawing order, in page coordinates.</summary>
    public List<PlacedPath> Paths { get; } = [];
    /// <summary>Polygons in drawing order, in page coordinates.</summary>
    public List<PlacedPolygon> Polygons { get; } = [];
    /// <summary>Arcs in drawing order, in page coordinates.</summary>
    public List<PlacedArc> Arcs { get; } = [];
    /// <summary>Links in drawing order.</summary>
    public List<PlacedLink> Links { get; } = [];
    /// <summary>Anchor → (page, y).</summary>
    public Dictionary<string, (int Page, double Y)> Anchors { get; } = new(StringComparer.Ordinal);
    /// <summary>Outline entries in order.</summary>
    public List<(int Level, string Title, int Page)> Outlines { get; } = [];
    /// <summary>Structure kinds in the order opened.</summary>
    public List<StructureKind> Structures { get; } = [];
    /// <summary>Pages begun.</summary>
    public int PageCount { get; private set; }

    /// <inheritdoc />
    public override void BeginPage(double width, double height, int pageNumber)
    {
        base.BeginPage(width, height, pageNumber);
        PageCount = pageNumber;
        DrawCount = 0;
    }

    /// <inheritdoc />
    public override void BeginStructure(StructureKind kind, int level = 0, string? altText = null)
    {
        base.BeginStructure(kind, level, altText);
        if (!RecordDrawing) return;
        Structures.Add(kind);
        OpenedStructures.Add(new OpenedStructure(PageNumber, kind, level, altText));
    }

    /// <inheritdoc />
    protected override void DrawRotatedTextAt(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle)
    {
        if (RecordDrawing) RotatedTexts.Add(new PlacedRotatedText(PageNumber, text, centerX, centerY, angle, opacity, InArtifact, DrawCount));
        DrawCount++;
    }

    /// <inheritdoc />
    protected override void DrawImageAt(ImageData image, double x, double y, double width, double height)
    {
        if (RecordDrawing) Images.Add(new PlacedImage(PageNumber, image, x, y, width, height));
        DrawCount++;
    }

    /// <inheritdoc />
    protected override void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline, string? actualText)
    {
        if (RecordDrawing) Texts.Add(new PlacedText(PageNumber, text, face, x, baseline, actualText) { LetterSpacing = LetterSpacing });
        DrawCount++;
    }

    /// <inheritdoc />
    protected override void FillRectangleAt(double x, double y, double width, double height, Rgb color)
    {
        if (RecordDrawing) Rectangles.Add(new PlacedRectangle(PageNumber, x, y, width, height, color));
        DrawCount++;
    }

    /// <inheritdoc />
    protected override void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color)
    {
    }

    /// <inheritdoc />
    protected override void DrawPathAt(CanvasPath path, PathStyle style)
    {
        if (RecordDrawing) Paths.Add(new PlacedPath(PageNumber, path, style, InArtifact, CurrentStructure, DrawCount));
        DrawCount++;
    }

    /// <inheritdoc />
    protected override void DrawPolygonAt(IReadOnlyList<PathPoint> points, PathStyle style)
    {
        if (RecordDrawing) Polygons.Add(new PlacedPolygon(PageNumber, points, style, InArtifact, CurrentStructure, DrawCount));
        DrawCount++;
    }

    /// <inheritdoc />
    protected override void DrawArcAt(CanvasArc arc, PathStyle style)
    {
        if (RecordDrawing) Arcs.Add(new PlacedArc(PageNumber, arc, style, InArtifact, CurrentStructure, DrawCount));
        DrawCount++;
    }

    /// <inheritdoc />
    protected override void AddLinkAt(double x, double y, double width, double height, string target)
    {
        if (RecordDrawing) Links.Add(new PlacedLink(PageNumber, x, y, width, height, target));
    }

    /// <inheritdoc />
    protected override void BeginLinkAt(double x, double y, double width, double height, string target, string text)
    {
        base.BeginLinkAt(x, y, width, height, target, text);
        if (!RecordDrawing) return;
        Structures.Add(StructureKind.Link);
        OpenedStructures.Add(new OpenedStructure(PageNumber, StructureKind.Link, 0, text));
    }

    /// <inheritdoc />
    protected override void AddAnchorAt(string name, double y) => Anchors.TryAdd(name, (PageNumber, y));

    /// <inheritdoc />
    protected override void AddOutlineAt(int level, string title, string anchor, double y) => Outlines.Add((level, title, PageNumber));
}
