using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>Records every call of a drawing pass, in page coordinates, and saves them as a canvas log (see <see cref="CanvasLog"/>).</summary>
internal sealed class CanvasLogWriter : TranslatingCanvas
{
    private readonly DocumentMetadata _metadata;
    private readonly bool _pdfA;
    private readonly MemoryStream _ops = new();
    private readonly BinaryWriter _out;
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<long> _usedAgainFlags = [];
    private readonly List<bool> _usedAgain = [];
    private readonly Dictionary<FontFace, int> _faces = [];
    private readonly Dictionary<ImageData, int> _images = new(ReferenceEqualityComparer.Instance);
    private int _pageCount;

    public CanvasLogWriter(DocumentMetadata metadata, bool pdfA)
    {
        _metadata = metadata;
        _pdfA = pdfA;
        _out = new BinaryWriter(_ops);
    }

    public override void BeginPage(double width, double height, int pageNumber)
    {
        base.BeginPage(width, height, pageNumber);
        _pageCount++;
        Op(CanvasOp.BeginPage);
        _out.Write(width);
        _out.Write(height);
        _out.Write7BitEncodedInt(pageNumber);
    }

    public override void EndPage()
    {
        base.EndPage();
        Op(CanvasOp.EndPage);
    }

    public override void BeginStructure(StructureKind kind, int level = 0, string? altText = null)
    {
        base.BeginStructure(kind, level, altText);
        Op(CanvasOp.BeginStructure);
        _out.Write((byte)kind);
        _out.Write7BitEncodedInt(level);
        _out.Write(altText is not null);
        if (altText is not null) String(altText);
    }

    // The key is the drawing canvas's (the one this is teed with): a replay on a like canvas makes the same keys.
    public override int ContinueStructure(int key, StructureKind kind, int level = 0, string? altText = null)
    {
        base.BeginStructure(kind, level, altText);
        Op(CanvasOp.ContinueStructure);
        _out.Write(key);
        _out.Write((byte)kind);
        _out.Write7BitEncodedInt(level);
        _out.Write(altText is not null);
        if (altText is not null) String(altText);
        return key;
    }

    public override void EndStructure()
    {
        base.EndStructure();
        Op(CanvasOp.EndStructure);
    }

    public override void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
    {
        base.BeginArtifact(kind);
        Op(CanvasOp.BeginArtifact);
        _out.Write((byte)kind);
    }

    public override void EndArtifact()
    {
        base.EndArtifact();
        Op(CanvasOp.EndArtifact);
    }

    protected override void LetterSpacingChanged()
    {
        Op(CanvasOp.SetLetterSpacing);
        _out.Write(LetterSpacing);
    }

    protected override void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline, string? actualText)
    {
        Op(CanvasOp.DrawText);
        String(text);
        Face(face);
        Color(color);
        _out.Write(x);
        _out.Write(baseline);
        _out.Write(actualText is not null);
        if (actualText is not null) String(actualText);
    }

    protected override void DrawRotatedTextAt(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle)
    {
        Op(CanvasOp.DrawRotatedText);
        String(text);
        Face(face);
        Color(color);
        _out.Write(opacity);
        _out.Write(centerX);
        _out.Write(centerY);
        _out.Write(angle);
    }

    protected override void DrawImageAt(ImageData image, double x, double y, double width, double height)
    {
        Op(CanvasOp.DrawImage);
        Image(image);
        Rectangle(x, y, width, height);
    }

    protected override void FillRectangleAt(double x, double y, double width, double height, Rgb color)
    {
        Op(CanvasOp.FillRectangle);
        Rectangle(x, y, width, height);
        Color(color);
    }

    protected override void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color)
    {
        Op(CanvasOp.DrawLine);
        Rectangle(x1, y1, x2, y2);
        _out.Write(thickness);
        Color(color);
    }

    protected override void DrawPathAt(CanvasPath path, PathStyle style)
    {
        Op(CanvasOp.DrawPath);
        _out.Write7BitEncodedInt(path.Segments.Count);
        foreach (var segment in path.Segments)
        {
            _out.Write((byte)segment.Kind);
            if (segment.Kind == PathSegmentKind.Close) continue;
            if (segment.Kind == PathSegmentKind.Cubic)
            {
                Point(segment.Control1);
                Point(segment.Control2);
            }
            Point(segment.End);
        }
        Style(style);
    }

    protected override void DrawPolygonAt(IReadOnlyList<PathPoint> points, PathStyle style)
    {
        Op(CanvasOp.DrawPolygon);
        _out.Write7BitEncodedInt(points.Count);
        foreach (var point in points) Point(point);
        Style(style);
    }

    protected override void DrawArcAt(CanvasArc arc, PathStyle style)
    {
        Op(CanvasOp.DrawArc);
        Rectangle(arc.CenterX, arc.CenterY, arc.Radius, arc.StartAngle);
        _out.Write(arc.SweepAngle);
        _out.Write(arc.InnerRadius);
        Style(style);
    }

    protected override void AddLinkAt(double x, double y, double width, double height, string target)
    {
        Op(CanvasOp.AddLink);
        Rectangle(x, y, width, height);
        String(target);
    }

    protected override void BeginLinkAt(double x, double y, double width, double height, string target, string text)
    {
        Op(CanvasOp.BeginLink);
        Rectangle(x, y, width, height);
        String(target);
        String(text);
    }

    protected override void EndLinkAt() => Op(CanvasOp.EndLink);

    protected override void AddAnchorAt(string name, double y)
    {
        Op(CanvasOp.AddAnchor);
        String(name);
        _out.Write(y);
    }

    protected override void AddOutlineAt(int level, string title, string anchor, double y)
    {
        Op(CanvasOp.AddOutline);
        _out.Write7BitEncodedInt(level);
        String(title);
        String(anchor);
        _out.Write(y);
    }

    /// <summary>Writes the header and the recorded calls.</summary>
    public void Save(Stream stream)
    {
        _out.Flush();
        var ops = _ops.GetBuffer();
        for (var i = 0; i < _usedAgain.Count; i++)
            if (_usedAgain[i]) ops[_usedAgainFlags[i]] = 1;

        using var file = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        file.Write(CanvasLog.Magic);
        file.Write7BitEncodedInt(CanvasLog.Version);
        file.Write(_metadata.Title);
        Optional(file, _metadata.Author);
        Optional(file, _metadata.Subject);
        file.Write7BitEncodedInt(_metadata.Keywords.Count);
        foreach (var keyword in _metadata.Keywords) file.Write(keyword);
        file.Write(_metadata.Language);
        file.Write(_metadata.Timestamp.UtcTicks);
        file.Write((short)_metadata.Timestamp.Offset.TotalMinutes);
        file.Write(_pdfA);
        file.Write7BitEncodedInt(_pageCount);
        file.Write(ops, 0, (int)_ops.Length);
        file.Write((byte)CanvasOp.End);
    }

    private static void Optional(BinaryWriter file, string? value)
    {
        file.Write(value is not null);
        if (value is not null) file.Write(value);
    }

    private void Op(CanvasOp op) => _out.Write((byte)op);

    private void Color(Rgb color)
    {
        _out.Write(color.R);
        _out.Write(color.G);
        _out.Write(color.B);
    }

    private void Point(PathPoint point)
    {
        _out.Write(point.X);
        _out.Write(point.Y);
    }

    // Flags: fill, stroke, dash, even-odd, round; then what the set ones need.
    private void Style(PathStyle style)
    {
        var flags = (style.Fill is null ? 0 : 1) | (style.Stroke is null ? 0 : 2) | (style.Dash is null ? 0 : 4);
        _out.Write((byte)(flags | (style.EvenOdd ? 8 : 0) | (style.Round ? 16 : 0)));
        if (style.Fill is { } fill) Color(fill);
        if (style.Stroke is { } stroke) Color(stroke);
        _out.Write(style.LineWidth);
        if (style.Dash is not { } dash) return;
        _out.Write(dash.On);
        _out.Write(dash.Off);
    }

    private void Rectangle(double a, double b, double c, double d)
    {
        _out.Write(a);
        _out.Write(b);
        _out.Write(c);
        _out.Write(d);
    }

    // First use: the new number, a flag patched on saving when the string comes again, the text. Later: the number.
    private void String(string value)
    {
        if (_strings.TryGetValue(value, out var id))
        {
            _out.Write7BitEncodedInt(id);
            _usedAgain[id] = true;
            return;
        }
        id = _strings.Count;
        _strings.Add(value, id);
        _out.Write7BitEncodedInt(id);
        _out.Flush();
        _usedAgainFlags.Add(_ops.Position);
        _usedAgain.Add(false);
        _out.Write((byte)0);
        _out.Write(value);
    }

    private void Face(FontFace face)
    {
        var isNew = !_faces.TryGetValue(face, out var id);
        if (isNew) _faces.Add(face, id = _faces.Count);
        _out.Write7BitEncodedInt(id);
        if (!isNew) return;
        String(face.Family);
        _out.Write((byte)((face.Bold ? 1 : 0) | (face.Italic ? 2 : 0)));
        _out.Write(face.Size);
    }

    private void Image(ImageData image)
    {
        var isNew = !_images.TryGetValue(image, out var id);
        if (isNew) _images.Add(image, id = _images.Count);
        _out.Write7BitEncodedInt(id);
        if (!isNew) return;
        String(image.Source);
        _out.Write7BitEncodedInt(image.Bytes.Length);
        _out.Write(image.Bytes.Span);
        _out.Write((byte)image.Format);
        _out.Write(image.PixelWidth);
        _out.Write(image.PixelHeight);
        _out.Write(image.DpiX);
        _out.Write(image.DpiY);
        _out.Write(image.NotEmbeddable is not null);
        if (image.NotEmbeddable is not null) String(image.NotEmbeddable);
    }
}
