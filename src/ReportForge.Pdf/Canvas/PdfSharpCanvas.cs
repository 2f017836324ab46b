using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>
/// Draws onto a PDFsharp document. The only place that touches PDFsharp's drawing types.
/// Structure calls are tracked by the base class; tagging proper comes with the tagged-PDF work.
/// </summary>
internal sealed class PdfSharpCanvas(PdfDocument document, string annotationDate) : TranslatingCanvas
{
    private readonly Dictionary<FontFace, XFont> _fonts = [];
    private readonly Dictionary<Rgb, XSolidBrush> _brushes = [];
    private readonly PdfOutline?[] _outlineLevels = new PdfOutline?[7];
    private PdfPage? _page;
    private XGraphics? _graphics;
    private int _linkCount;

    private PdfPage Page => _page ?? throw new InvalidOperationException("no page begun");
    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page begun");

    public override void BeginPage(double width, double height, int pageNumber)
    {
        base.BeginPage(width, height, pageNumber);
        _page = document.AddPage();
        _page.Width = XUnit.FromPoint(width);
        _page.Height = XUnit.FromPoint(height);
        _graphics = XGraphics.FromPdfPage(_page);
    }

    public override void EndPage()
    {
        base.EndPage();
        _graphics?.Dispose();
        _graphics = null;
    }

    protected override void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline) =>
        Graphics.DrawString(text, Font(face), Brush(color), x, baseline, XStringFormats.BaseLineLeft);

    protected override void FillRectangleAt(double x, double y, double width, double height, Rgb color) =>
        Graphics.DrawRectangle(Brush(color), x, y, width, height);

    protected override void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color) =>
        Graphics.DrawLine(new XPen(XColor.FromArgb(color.R, color.G, color.B), thickness), x1, y1, x2, y2);

    protected override void AddLinkAt(double x, double y, double width, double height, string target)
    {
        var pageHeight = Page.Height.Point;
        var rect = new PdfRectangle(new XPoint(x, pageHeight - y - height), new XPoint(x + width, pageHeight - y));
        var link = target.StartsWith('#') ? Page.AddDocumentLink(rect, target[1..]) : Page.AddWebLink(rect, target);
        // PDFsharp gives every annotation a random /NM and the current time as /M: fix both for reproducible bytes.
        link.Elements.SetString("/NM", string.Create(CultureInfo.InvariantCulture, $"rf-link-{PageNumber}-{++_linkCount}"));
        link.Elements.SetString("/M", annotationDate);
        link.Elements.SetInteger("/F", 4);
        link.Elements.SetValue("/Border", new PdfArray(document, new PdfInteger(0), new PdfInteger(0), new PdfInteger(0)));
    }

    protected override void AddAnchorAt(string name, double y)
    {
        var top = Page.Height.Point - y;
        document.AddNamedDestination(name, PageNumber, PdfNamedDestinationParameters.CreateVerticalPosition(top, null));
    }

    protected override void AddOutlineAt(int level, string title, string anchor, double y)
    {
        level = Math.Clamp(level, 1, 6);
        PdfOutline? parent = null;
        for (var l = level - 1; l >= 1 && parent is null; l--) parent = _outlineLevels[l];
        var collection = parent?.Outlines ?? document.Outlines;
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

    private XSolidBrush Brush(Rgb color)
    {
        if (!_brushes.TryGetValue(color, out var brush)) _brushes[color] = brush = new XSolidBrush(XColor.FromArgb(color.R, color.G, color.B));
        return brush;
    }
}
