using System.Globalization;
using System.IO.Compression;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// Draws onto a PDFsharp document. The only place that touches PDFsharp's drawing types. When tagged,
/// structure and artifact calls become PDFsharp's structure builder calls (tagged PDF).
/// </summary>
internal sealed class PdfSharpCanvas : TranslatingCanvas
{
    private readonly PdfDocument _document;
    private readonly string _annotationDate;
    private readonly StructureBuilder? _structure;
    private readonly Dictionary<FontFace, XFont> _fonts = [];
    private readonly Dictionary<(Rgb, int), XSolidBrush> _brushes = [];
    private readonly Dictionary<ImageData, XImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly PdfOutline?[] _outlineLevels = new PdfOutline?[7];
    private PdfPage? _page;
    private XGraphics? _graphics;
    private int _linkCount;

    public PdfSharpCanvas(PdfDocument document, string annotationDate, bool tagged)
    {
        _document = document;
        _annotationDate = annotationDate;
        if (tagged) _structure = UAManager.ForDocument(document).StructureBuilder;
    }

    private PdfPage Page => _page ?? throw new InvalidOperationException("no page begun");
    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page begun");

    public override void BeginPage(double width, double height, int pageNumber)
    {
        base.BeginPage(width, height, pageNumber);
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(width);
        _page.Height = XUnit.FromPoint(height);
        _graphics = XGraphics.FromPdfPage(_page);
    }

    public override void EndPage()
    {
        base.EndPage();
        _graphics?.Dispose();
        _graphics = null;
        CompressContent(Page);
        if (_structure is not null) StashParentTree();
    }

    // PDFsharp holds every page's drawing uncompressed until it saves: compressed as each page ends, a long
    // document keeps a third of the bytes (and the work moves out of the save). A complete zlib stream,
    // checksum included, so the repair pass after saving has nothing to add.
    private static void CompressContent(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            if ((item as PdfReference)?.Value is not PdfContent { Stream.Value: { Length: > 0 } raw } content || content.Elements.ContainsKey("/Filter")) continue;
            using var packed = new MemoryStream(raw.Length / 3 + 64);
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
            content.Stream.Value = packed.ToArray();
            content.Elements.SetInteger("/Length", content.Stream.Length);
            content.Elements.SetName("/Filter", "/FlateDecode");
        }
    }

    // PDFsharp's StructureBuilder finds the current page's entry in the structure parent tree with linear
    // scans over every page's entries, once per marked-content item: drawing grew with pages × items
    // (28 s for 1,000 pages). Only the current page's entry is ever looked up, so finished pages' entries
    // wait here and go back, in order, before saving (RestoreParentTree).
    private readonly List<PdfItem> _parentTreeStash = [];

    private PdfArray? ParentTreeNums() =>
        _document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")?.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");

    private void StashParentTree()
    {
        if (ParentTreeNums() is not { } nums) return;
        _parentTreeStash.AddRange(nums.Elements);
        nums.Elements.Clear();
    }

    /// <summary>Puts the finished pages' parent-tree entries back in front of the last page's; call once, before saving.</summary>
    public void RestoreParentTree()
    {
        if (_parentTreeStash.Count == 0 || ParentTreeNums() is not { } nums) return;
        var last = nums.Elements.ToList();
        nums.Elements.Clear();
        foreach (var item in _parentTreeStash.Concat(last)) nums.Elements.Add(item);
        _parentTreeStash.Clear();
    }

    public override void BeginStructure(StructureKind kind, int level = 0, string? altText = null)
    {
        base.BeginStructure(kind, level, altText);
        if (_structure is not { } sb) return;
        switch (kind)
        {
            case StructureKind.Heading: sb.BeginBlockLevelElement(level is >= 1 and <= 6 ? "H" + level.ToString(CultureInfo.InvariantCulture) : "H"); break;
            case StructureKind.Paragraph: sb.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case StructureKind.List: sb.BeginElement(PdfBlockLevelElementTag.List); break;
            case StructureKind.ListItem: sb.BeginElement(PdfBlockLevelElementTag.ListItem); break;
            case StructureKind.ListLabel: sb.BeginElement(PdfBlockLevelElementTag.Label); break;
            case StructureKind.ListBody: sb.BeginElement(PdfBlockLevelElementTag.ListBody); break;
            case StructureKind.Table: sb.BeginElement(PdfBlockLevelElementTag.Table); break;
            case StructureKind.TableRow: sb.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case StructureKind.TableHeaderCell: sb.BeginElement(PdfBlockLevelElementTag.TableHeaderCell); break;
            case StructureKind.TableCell: sb.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
            case StructureKind.BlockQuote: sb.BeginElement(PdfGroupingElementTag.BlockQuotation); break;
            case StructureKind.Figure when altText is not null: sb.BeginElement(PdfIllustrationElementTag.Figure, altText, new XRect()); break;
            case StructureKind.Figure: sb.BeginElement(PdfGroupingElementTag.Division); break;
            case StructureKind.Code: sb.BeginElement(PdfInlineLevelElementTag.Code); break;
            case StructureKind.Caption: sb.BeginElement(PdfGroupingElementTag.Caption); break;
            case StructureKind.Note: sb.BeginElement(PdfInlineLevelElementTag.Note); break;
            case StructureKind.TableOfContents: sb.BeginElement(PdfGroupingElementTag.TableOfContents); break;
            case StructureKind.TableOfContentsItem: sb.BeginElement(PdfGroupingElementTag.TableOfContentsItem); break;
            default: throw new InvalidOperationException($"no tag for {kind}");
        }
    }

    public override void EndStructure()
    {
        base.EndStructure();
        _structure?.End();
    }

    public override void BeginArtifact()
    {
        base.BeginArtifact();
        _structure?.BeginArtifact();
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

    protected override void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline, string? actualText)
    {
        text = Visible(text);
        if (text.Length == 0) return;
        if (actualText is null || _structure is not { } sb || InArtifact)
        {
            Graphics.DrawString(text, Font(face), Brush(color, 1), x, baseline, XStringFormats.BaseLineLeft);
            return;
        }
        // Text drawn otherwise than written (reversed, shaped) goes in a Span whose /ActualText is the written text,
        // for assistive technology and tagged-PDF text extraction. It is set on the structure element only: poppler
        // (pdftotext) reads the glyphs as seen and puts right-to-left text in reading order itself, and reverses an
        // /ActualText found in the content stream a second time.
        sb.BeginElement(PdfInlineLevelElementTag.Span);
        sb.CurrentStructureElement.Elements["/ActualText"] = new PdfString(actualText, PdfStringEncoding.Unicode);
        Graphics.DrawString(text, Font(face), Brush(color, 1), x, baseline, XStringFormats.BaseLineLeft);
        sb.End();
    }

    protected override void DrawRotatedTextAt(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle)
    {
        var graphics = Graphics;
        var state = graphics.Save();
        graphics.TranslateTransform(centerX, centerY);
        graphics.RotateTransform(-angle);
        graphics.DrawString(text, Font(face), Brush(color, opacity), 0, 0, XStringFormats.Center);
        graphics.Restore(state);
    }

    protected override void DrawImageAt(ImageData image, double x, double y, double width, double height)
    {
        if (!_images.TryGetValue(image, out var xImage))
            _images[image] = xImage = XImage.FromStream(new MemoryStream(image.Bytes, writable: false));
        Graphics.DrawImage(xImage, x, y, width, height);
    }

    protected override void FillRectangleAt(double x, double y, double width, double height, Rgb color) =>
        Graphics.DrawRectangle(Brush(color, 1), x, y, width, height);

    protected override void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color) =>
        Graphics.DrawLine(new XPen(XColor.FromArgb(color.R, color.G, color.B), thickness), x1, y1, x2, y2);

    protected override void AddLinkAt(double x, double y, double width, double height, string target) =>
        Page.Annotations.Add(CreateLink(x, y, width, height, target));

    protected override void BeginLinkAt(double x, double y, double width, double height, string target, string text)
    {
        var link = CreateLink(x, y, width, height, target);
        // The structure builder adds the annotation to the page itself, with its place in the structure tree.
        if (_structure is { } sb) sb.BeginElement(link, text);
        else Page.Annotations.Add(link);
    }

    protected override void EndLinkAt() => _structure?.End();

    private PdfLinkAnnotation CreateLink(double x, double y, double width, double height, string target)
    {
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
        var top = Page.Height.Point - y;
        _document.AddNamedDestination(name, PageNumber, PdfNamedDestinationParameters.CreateVerticalPosition(top, null));
    }

    protected override void AddOutlineAt(int level, string title, string anchor, double y)
    {
        level = Math.Clamp(level, 1, 6);
        PdfOutline? parent = null;
        for (var l = level - 1; l >= 1 && parent is null; l--) parent = _outlineLevels[l];
        var collection = parent?.Outlines ?? _document.Outlines;
        var outline = collection.Add(title, Page, level <= 1);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Top = Page.Height.Point - y;
        _outlineLevels[level] = outline;
        for (var l = level + 1; l < _outlineLevels.Length; l++) _outlineLevels[l] = null;
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
