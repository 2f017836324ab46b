using System.Globalization;
using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Events;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Fonts.Shaping;
using ReportForge.Pdf.Output;
using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// Draws onto a PDFsharp document. The only place that touches PDFsharp's drawing types. When tagged,
/// structure and artifact calls build the document's structure tree (<see cref="StructureTree"/>).
/// </summary>
internal sealed class PdfSharpCanvas : TranslatingCanvas
{
    private readonly PdfDocument _document;
    private readonly string _annotationDate;
    private readonly StructureTree? _structure;
    private readonly Dictionary<FontFace, XFont> _fonts = [];
    private readonly Dictionary<(Rgb, int), XSolidBrush> _brushes = [];
    private readonly Dictionary<ImageData, XImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly PdfOutline?[] _outlineLevels = new PdfOutline?[7];
    private PdfPage? _page;
    private XGraphics? _graphics;
    private int _linkCount;
    private bool _glyphSwapInstalled;
    private bool _swapGlyphs;

    public PdfSharpCanvas(PdfDocument document, string annotationDate, bool tagged)
    {
        _document = document;
        _annotationDate = annotationDate;
        if (tagged) _structure = new StructureTree(document);
    }

    /// <summary>The structure tree, when tagged: the save completes it.</summary>
    public StructureTree? Structure => _structure;

    private PdfPage Page => _page ?? throw new InvalidOperationException("no page begun");
    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page begun");

    public override void BeginPage(double width, double height, int pageNumber)
    {
        base.BeginPage(width, height, pageNumber);
        Finite("/MediaBox", ("width", width), ("height", height));
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(width);
        _page.Height = XUnit.FromPoint(height);
        _graphics = XGraphics.FromPdfPage(_page);
        _structure?.BeginPage(_page, _graphics);
    }

    public override void EndPage()
    {
        base.EndPage();
        _structure?.EndPage();
        _graphics?.Dispose();
        _graphics = null;
        CompressContent(Page);
    }

    // PDFsharp holds every page's drawing uncompressed until it saves: compressed as each page ends, a long
    // document keeps a third of the bytes (and the work moves out of the save). A complete zlib stream,
    // checksum included, so the repair pass after saving has nothing to add. The structure tree's marker comments
    // become the marked-content operators they carry on the way.
    private static void CompressContent(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            if ((item as PdfReference)?.Value is not PdfContent { Stream.Value: { Length: > 0 } raw } content
                || content.Elements.ContainsKey("/Filter")) continue;
            using var packed = new MemoryStream(raw.Length / 3 + 64);
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) StructureTree.StripMarkers(raw, zlib);
            content.Stream.Value = packed.ToArray();
            content.Elements.SetInteger("/Length", content.Stream.Length);
            content.Elements.SetName("/Filter", "/FlateDecode");
        }
    }

    public override void BeginStructure(StructureKind kind, int level = 0, string? altText = null)
    {
        base.BeginStructure(kind, level, altText);
        Begin(kind, level, altText);
    }

    public override int ContinueStructure(int key, StructureKind kind, int level = 0, string? altText = null)
    {
        base.BeginStructure(kind, level, altText);
        if (_structure is not { } sb) return -1;
        return key >= 0 && sb.Reopen(key) ? key : Begin(kind, level, altText);
    }

    // Opens the element for a kind; returns its key for ContinueStructure.
    private int Begin(StructureKind kind, int level, string? altText)
    {
        if (_structure is not { } sb) return -1;
        var (tag, category) = kind switch
        {
            StructureKind.Heading => (level is >= 1 and <= 6 ? "/H" + level.ToString(CultureInfo.InvariantCulture) : "/H", StructureTree.Category.Block),
            StructureKind.Paragraph => ("/P", StructureTree.Category.Block),
            StructureKind.List => ("/L", StructureTree.Category.Block),
            StructureKind.ListItem => ("/LI", StructureTree.Category.Block),
            StructureKind.ListLabel => ("/Lbl", StructureTree.Category.Block),
            StructureKind.ListBody => ("/LBody", StructureTree.Category.Block),
            // Table, head, body and row group cells: their borders and backgrounds are decoration (artifacts), not content.
            StructureKind.Table => ("/Table", StructureTree.Category.Grouping),
            StructureKind.TableHead => ("/THead", StructureTree.Category.Grouping),
            StructureKind.TableBody => ("/TBody", StructureTree.Category.Grouping),
            StructureKind.TableRow => ("/TR", StructureTree.Category.Grouping),
            StructureKind.TableHeaderCell => ("/TH", StructureTree.Category.Block),
            StructureKind.TableCell => ("/TD", StructureTree.Category.Block),
            StructureKind.BlockQuote => ("/BlockQuote", StructureTree.Category.Grouping),
            StructureKind.Figure when altText is not null => ("/Figure", StructureTree.Category.Illustration),
            StructureKind.Figure => ("/Div", StructureTree.Category.Grouping),
            StructureKind.Code => ("/Code", StructureTree.Category.Inline),
            StructureKind.Caption => ("/Caption", StructureTree.Category.Block),
            StructureKind.Note => ("/Note", StructureTree.Category.Inline),
            StructureKind.TableOfContents => ("/TOC", StructureTree.Category.Grouping),
            StructureKind.TableOfContentsItem => ("/TOCI", StructureTree.Category.Block),
            StructureKind.Reference => ("/Reference", StructureTree.Category.Inline),
            _ => throw new InvalidOperationException($"no tag for {kind}"),
        };
        var keys = kind switch
        {
            // Header cells head their column: the model's header rows are the table's top rows.
            StructureKind.TableHeaderCell => "/A<</O/Table/Scope/Column>>",
            // A footnote (level: its number) is a Note with an /ID, which PDF/UA-1 asks of every Note. PDF 1.7 has no /Ref
            // to point back at it (PDF 2.0 adds one): the number in the text is a Reference element instead.
            StructureKind.Note when level > 0 => "/ID(" + NoteId(level) + ")",
            _ => null,
        };
        return sb.BeginElement(tag, category, kind == StructureKind.Figure ? altText : null, keys);
    }

    /// <summary>The structure element ID of footnote <paramref name="number"/>'s Note.</summary>
    internal static string NoteId(int number) => "fn-" + number.ToString(CultureInfo.InvariantCulture);

    public override void EndStructure()
    {
        base.EndStructure();
        _structure?.End();
    }

    public override void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
    {
        base.BeginArtifact(kind);
        _structure?.BeginArtifact(kind switch
        {
            ArtifactKind.Pagination => "/Type/Pagination",
            ArtifactKind.Header => "/Type/Pagination/Subtype/Header",
            ArtifactKind.Footer => "/Type/Pagination/Subtype/Footer",
            ArtifactKind.Watermark => "/Type/Pagination/Subtype/Watermark",
            _ => null,
        });
    }

    public override void EndArtifact()
    {
        base.EndArtifact();
        _structure?.End();
    }

    // Invisible format characters (joiners, variation selectors, word joiner, zero-width space and no-break space):
    // measured as nothing, but a font that lacks one draws its missing-glyph box over the next letter.
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create("\u200B\u200C\u200D\u2060\uFE0E\uFE0F\uFEFF");

    private static string Visible(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible.Contains(c)) kept.Append(c);
        }
        return kept.ToString();
    }

    // Tc is text state: outside a text object it holds for every text object after it, until it is set again.
    protected override void LetterSpacingChanged() =>
        StructureTree.WriteOperator(Graphics, LetterSpacing.ToString("0.####", CultureInfo.InvariantCulture) + " Tc");

    protected override void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline, string? actualText)
    {
        Finite("Tj (text)", ("x", x), ("baseline", baseline), ("font size", face.Size));
        if (ComplexScripts.NeedsShaping(text) && TextShaper.Shape(text, face) is { } shaped)
        {
            DrawShaped(shaped, text, face, color, x, baseline, actualText);
            return;
        }
        text = Visible(text);
        if (text.Length == 0) return;
        if (actualText is null || _structure is not { } sb || InArtifact)
        {
            _structure?.BeforeDraw(text: true);
            Graphics.DrawString(text, Font(face), Brush(color, 1), x, baseline, XStringFormats.BaseLineLeft);
            return;
        }
        // Text drawn otherwise than written (reversed, shaped) goes in a Span whose /ActualText is the written text,
        // for assistive technology and tagged-PDF text extraction. It is set on the structure element only: poppler
        // (pdftotext) reads the glyphs as seen and puts right-to-left text in reading order itself, and reverses an
        // /ActualText found in the content stream a second time.
        sb.BeginElement("/Span", StructureTree.Category.Inline);
        sb.SetActualText(actualText);
        sb.BeforeDraw(text: true);
        Graphics.DrawString(text, Font(face), Brush(color, 1), x, baseline, XStringFormats.BaseLineLeft);
        sb.End();
    }

    // Shaped glyphs are drawn one by one, each at its shaped position (marks sit on offsets from the pen), through a
    // code point of their own: PDFsharp draws only by code point and keeps one glyph per code point in the font subset,
    // so glyph g goes in as the private-use code point GlyphBase + g and the render event puts g back (SwapGlyphs).
    // Those code points mean nothing to a reader: the run is a marked-content span whose /ActualText is the text as
    // written, which copying and text extraction (pdftotext) read instead, in page furniture too.
    private const int GlyphBase = 0xF0000;

    private void DrawShaped(ShapedText shaped, string text, FontFace face, Rgb color, double x, double baseline, string? actualText)
    {
        var graphics = Graphics;
        if (!_glyphSwapInstalled)
        {
            _document.RenderEvents.RenderTextEvent += SwapGlyphs;
            _glyphSwapInstalled = true;
        }
        var font = Font(face);
        var brush = Brush(color, 1);
        var scale = face.Size / 1000;
        // Tagged, the run is a Span whose /ActualText is the written text both in the structure tree (assistive
        // technology reads it there) and on its marked content (poppler reads it there); in page furniture, or
        // untagged, a marked-content span of its own carries it.
        var written = actualText ?? text;
        var span = _structure is { } sb && !InArtifact ? sb : null;
        if (span is not null)
        {
            span.BeginElement("/Span", StructureTree.Category.Inline);
            span.SetActualText(written);
            span.BeforeDraw(text: true, written);
        }
        else
        {
            _structure?.BeforeDraw(text: true);
            StructureTree.WriteOperator(graphics, "/Span<</ActualText " + StructureTree.TextString(written) + ">>BDC");
        }
        _swapGlyphs = true;
        try
        {
            var pen = x;
            foreach (var glyph in shaped.Glyphs)
            {
                graphics.DrawString(char.ConvertFromUtf32(GlyphBase + glyph.GlyphId), font, brush, pen + glyph.OffsetX * scale,
                    baseline - glyph.OffsetY * scale, XStringFormats.BaseLineLeft);
                pen += glyph.Advance * scale;
            }
        }
        finally
        {
            _swapGlyphs = false;
        }
        if (span is not null) span.End();
        else StructureTree.WriteOperator(graphics, "EMC");
    }

    private void SwapGlyphs(object sender, RenderTextEventArgs e)
    {
        if (!_swapGlyphs) return;
        var pairs = e.CodePointGlyphIndexPairs;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].CodePoint >= GlyphBase) pairs[i].GlyphIndex = (ushort)(pairs[i].CodePoint - GlyphBase);
        }
    }

    protected override void DrawRotatedTextAt(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle)
    {
        Finite("cm Tj (rotated text)", ("x", centerX), ("y", centerY), ("angle", angle), ("opacity", opacity), ("font size", face.Size));
        var graphics = Graphics;
        // Marked content begun before the graphics state is saved, so the restore (Q) comes inside it.
        _structure?.BeforeDraw(text: true);
        // Letters set along a diagonal are not on one line to text extraction: poppler (pdftotext) read DRAFT as
        // "DR AF T". Its /ActualText span makes the run one word.
        StructureTree.WriteOperator(graphics, "/Span<</ActualText " + StructureTree.TextString(text) + ">>BDC");
        var state = graphics.Save();
        graphics.TranslateTransform(centerX, centerY);
        graphics.RotateTransform(-angle);
        graphics.DrawString(text, Font(face), Brush(color, opacity), 0, 0, XStringFormats.Center);
        graphics.Restore(state);
        StructureTree.WriteOperator(graphics, "EMC");
    }

    protected override void DrawImageAt(ImageData image, double x, double y, double width, double height)
    {
        Finite("cm Do (image)", ("x", x), ("y", y), ("width", width), ("height", height));
        if (!_images.TryGetValue(image, out var xImage))
            _images[image] = xImage = XImage.FromStream(image.OpenRead());
        if (_structure is { } sb)
        {
            var pageHeight = Page.Height.Point;
            sb.BeforeDraw(text: false);
            sb.NoteBounds(x, pageHeight - y - height, x + width, pageHeight - y);
        }
        Graphics.DrawImage(xImage, x, y, width, height);
    }

    protected override void FillRectangleAt(double x, double y, double width, double height, Rgb color)
    {
        Finite("re (rectangle)", ("x", x), ("y", y), ("width", width), ("height", height));
        _structure?.BeforeDraw(text: false);
        Graphics.DrawRectangle(Brush(color, 1), x, y, width, height);
    }

    protected override void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color)
    {
        Finite("m l (line)", ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2), ("thickness", thickness));
        _structure?.BeforeDraw(text: false);
        Graphics.DrawLine(new XPen(XColor.FromArgb(color.R, color.G, color.B), thickness), x1, y1, x2, y2);
    }

    protected override void DrawPathAt(CanvasPath path, PathStyle style)
    {
        // The canvas has left out every non-finite number already (TranslatingCanvas, PathBuilder): this only guards.
        var (left, top, right, bottom) = path.Bounds();
        Finite("m l c h (path)", ("left", left), ("top", top), ("right", right), ("bottom", bottom), ("line width", style.LineWidth));
        if (_structure is { } sb)
        {
            sb.BeforeDraw(text: false);
            var pad = style.Stroke is null ? 0 : style.LineWidth / 2;
            var pageHeight = Page.Height.Point;
            sb.NoteBounds(left - pad, pageHeight - bottom - pad, right + pad, pageHeight - top + pad);
        }
        var brush = style.Fill is { } fill ? Brush(fill, 1) : null;
        var pen = style.Stroke is { } stroke ? Pen(stroke, style) : null;
        var mode = style.EvenOdd ? XFillMode.Alternate : XFillMode.Winding;
        // PDFsharp's StartFigure does nothing: a figure added after an open one is joined to it by a line. Only a closed
        // figure ends a subpath. Filling closes every figure anyway, so the fill closes them all; a stroke ends its
        // path after each open figure (a gridline, a line series after a gap) and draws the rest in another.
        var figures = Figures(path);
        if (brush is not null && (pen is null || figures.All(f => f.Closed)))
        {
            Graphics.DrawPath(pen, brush, Shape(path, figures, 0, figures.Count, mode));
            return;
        }
        if (brush is not null) Graphics.DrawPath(brush, Shape(path, figures, 0, figures.Count, mode));
        if (pen is null) return;
        var first = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Closed && i < figures.Count - 1) continue;
            Graphics.DrawPath(pen, Shape(path, figures, first, i + 1, mode));
            first = i + 1;
        }
    }

    private readonly record struct Figure(PathPoint Origin, int First, int End, bool Closed);

    // Each figure: where it starts, its segments that draw [First, End), and whether a close ends it. A figure starts at
    // a move, or where a close left the pen.
    private static List<Figure> Figures(CanvasPath path)
    {
        var figures = new List<Figure>();
        var segments = path.Segments;
        var origin = default(PathPoint);
        var first = 0;
        for (var i = 0; i <= segments.Count; i++)
        {
            var kind = i < segments.Count ? segments[i].Kind : PathSegmentKind.Move;
            if (kind is PathSegmentKind.Line or PathSegmentKind.Cubic) continue;
            if (i > first) figures.Add(new Figure(origin, first, i, kind == PathSegmentKind.Close));
            if (i < segments.Count) origin = segments[i].End;
            first = i + 1;
        }
        return figures;
    }

    // Figures [from, to) as one PDFsharp path, every figure but an open last one closed.
    private static XGraphicsPath Shape(CanvasPath path, List<Figure> figures, int from, int to, XFillMode mode)
    {
        var shape = new XGraphicsPath { FillMode = mode };
        for (var f = from; f < to; f++)
        {
            var figure = figures[f];
            var at = figure.Origin;
            for (var i = figure.First; i < figure.End; i++)
            {
                var segment = path.Segments[i];
                if (segment.Kind == PathSegmentKind.Line) shape.AddLine(at.X, at.Y, segment.End.X, segment.End.Y);
                else shape.AddBezier(at.X, at.Y, segment.Control1.X, segment.Control1.Y, segment.Control2.X, segment.Control2.Y, segment.End.X, segment.End.Y);
                at = segment.End;
            }
            if (figure.Closed || f < to - 1) shape.CloseFigure();
        }
        return shape;
    }

    private static XPen Pen(Rgb color, PathStyle style)
    {
        var pen = new XPen(XColor.FromArgb(color.R, color.G, color.B), style.LineWidth);
        if (style.Round)
        {
            pen.LineJoin = XLineJoin.Round;
            pen.LineCap = XLineCap.Round;
        }
        if (style.Dash is { } dash)
        {
            // PDFsharp takes a custom pattern in multiples of the line width.
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = [dash.On / style.LineWidth, dash.Off / style.LineWidth];
        }
        return pen;
    }

    protected override void AddLinkAt(double x, double y, double width, double height, string target)
    {
        var link = CreateLink(x, y, width, height, target);
        // Tagged, every annotation has its place in the structure tree (PDF/UA); described by where it leads.
        if (_structure is { } sb) sb.AddLink(link, target.StartsWith('#') ? "Go to " + target[1..] : target);
        else Page.Annotations.Add(link);
    }

    protected override void BeginLinkAt(double x, double y, double width, double height, string target, string text)
    {
        var link = CreateLink(x, y, width, height, target);
        // The structure tree adds the annotation to the page itself, with its place in the tree.
        if (_structure is { } sb) sb.BeginLink(link, text);
        else Page.Annotations.Add(link);
    }

    protected override void EndLinkAt() => _structure?.End();

    private PdfLinkAnnotation CreateLink(double x, double y, double width, double height, string target)
    {
        Finite("/Rect (link)", ("x", x), ("y", y), ("width", width), ("height", height));
        var pageHeight = Page.Height.Point;
        var rect = new PdfRectangle(new XPoint(x, pageHeight - y - height), new XPoint(x + width, pageHeight - y));
        var link = target.StartsWith('#') ? PdfLinkAnnotation.CreateDocumentLink(rect, target[1..]) : PdfLinkAnnotation.CreateWebLink(rect, target);
        // PDFsharp gives every annotation a random /NM and the current time as /M: fix both for reproducible bytes.
        link.Elements.SetString("/NM", string.Create(CultureInfo.InvariantCulture, $"rf-link-{PageNumber}-{++_linkCount}"));
        link.Elements.SetString("/M", _annotationDate);
        link.Elements.SetInteger("/F", 4);
        link.Elements.SetValue("/Border", new PdfArray(_document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0)));
        return link;
    }

    protected override void AddAnchorAt(string name, double y)
    {
        Finite("/Dest (anchor)", ("y", y));
        var top = Page.Height.Point - y;
        _document.AddNamedDestination(name, PageNumber, PdfNamedDestinationParameters.CreateVerticalPosition(top, null));
    }

    protected override void AddOutlineAt(int level, string title, string anchor, double y)
    {
        Finite("/Dest (outline)", ("y", y));
        level = Math.Clamp(level, 1, 6);
        PdfOutline? parent = null;
        for (var l = level - 1; l >= 1 && parent is null; l--) parent = _outlineLevels[l];
        var collection = parent?.Outlines ?? _document.Outlines;
        // Added closed, so PDFsharp writes no /Count of its own: it counts only items added open, so an open item
        // whose children are closed got none, which ISO 32000 requires of every item with children.
        var outline = collection.Add(title, Page, false);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Top = Page.Height.Point - y;
        _outlineLevels[level] = outline;
        for (var l = level + 1; l < _outlineLevels.Length; l++) _outlineLevels[l] = null;
        CountOutline(outline);
    }

    /// <summary>
    /// Counts a new outline item in its ancestors' <c>/Count</c> (ISO 32000 12.3.3): an open item counts the items
    /// shown below it, a closed one the negated number opening it would show, the root every item shown. The top
    /// level is open (a reader sees the document's sections and their subsections), everything below it closed.
    /// </summary>
    private static void CountOutline(PdfOutline outline)
    {
        for (var ancestor = outline.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            var open = ancestor.Parent?.Parent is null;
            ancestor.Elements.SetInteger("/Count", ancestor.Elements.GetInteger("/Count") + (open ? 1 : -1));
            if (!open) return;
        }
    }

    // PDFsharp would write NaN or Infinity into the content stream as is: poppler reports a syntax error and drops
    // what follows, and qpdf does not notice. Layout never hands one over unless it has a bug.
    private void Finite(string pdfOperator, params ReadOnlySpan<(string Name, double Value)> operands)
    {
        foreach (var (name, value) in operands)
        {
            if (!double.IsFinite(value))
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"page {PageNumber}: the PDF operator {pdfOperator} was given {name} = {value}; only finite numbers may reach a PDF"));
        }
    }

    private XFont Font(FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font)) _fonts[face] = font = PdfSharpMeasurer.CreateFont(face);
        return font;
    }

    private XSolidBrush Brush(Rgb color, double opacity)
    {
        var alpha = (int)Math.Round(Math.Clamp(opacity, 0, 1) * 255);
        if (!_brushes.TryGetValue((color, alpha), out var brush))
            _brushes[(color, alpha)] = brush = new XSolidBrush(XColor.FromArgb(alpha, color.R, color.G, color.B));
        return brush;
    }
}
