using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;

namespace ReportForge.Pdf.Tests.Elements.Kit;

/// <summary>
/// Lays one element out on pages of a given content size, the way the paging loop does: each page is measured,
/// then drawn with the same space, onto a recording canvas at the page origin.
/// </summary>
internal sealed class ElementHarness
{
    private ElementHarness(Element element, Size page, ITextMeasurer measurer, FootnoteArea footnotes, IReadOnlyDictionary<string, int>? pageMap)
    {
        Element = element;
        Page = page;
        Context = new LayoutContext(Canvas, measurer, page, pageMap) { Footnotes = footnotes };
        element.Attach(Context);
        // The shared empty area needs no context; attaching it would bind it to this test's.
        if (footnotes != FootnoteArea.None) footnotes.Attach(Context);
    }

    /// <summary>The element under test.</summary>
    public Element Element { get; }

    /// <summary>The content area of a page.</summary>
    public Size Page { get; }

    /// <summary>What was drawn, in page coordinates.</summary>
    public RecordingCanvas Canvas { get; } = new();

    /// <summary>The context the element is attached to.</summary>
    public LayoutContext Context { get; }

    /// <summary>Each page's answer, in order.</summary>
    public List<SpacePlan> Plans { get; } = [];

    /// <summary>
    /// An element on pages of <paramref name="width"/> × <paramref name="height"/>; <paramref name="pageMap"/> is what the
    /// first pass found (anchor → page), for elements of the second pass that print page numbers.
    /// </summary>
    public static ElementHarness For(Element element, double width, double height, FootnoteArea? footnotes = null,
        IReadOnlyDictionary<string, int>? pageMap = null) =>
        new(element, new Size(width, height), FixedWidthMeasurer.Instance, footnotes ?? FootnoteArea.None, pageMap);

    /// <summary>
    /// Measures on a fresh page offered <paramref name="available"/> (the page's size when none), then draws what fits
    /// and, as the paging loop does, the footnotes at the foot of the page (those carried over take their room first).
    /// </summary>
    public SpacePlan MeasureThenDraw(Size? available = null)
    {
        var footnotes = Context.Footnotes;
        var carried = Math.Min(footnotes.PendingHeight, Page.Height / 2);
        var space = available ?? Page with { Height = Page.Height - carried };
        Context.PageNumber = Plans.Count + 1;
        Canvas.BeginPage(Page.Width, Page.Height, Context.PageNumber);
        var plan = Element.Measure(space);
        if (plan.DrawsSomething) Element.Draw(space);
        footnotes.DrawAtFoot(Canvas, Page, Page.Height - (plan.DrawsSomething ? plan.Height : 0));
        Canvas.EndPage();
        Plans.Add(plan);
        return plan;
    }

    /// <summary>Pages until the element and its footnotes are drawn in full, or it wraps on an empty page; each page's answer.</summary>
    public List<SpacePlan> LayOut(int maxPages = 20)
    {
        while (Plans.Count < maxPages)
        {
            var plan = MeasureThenDraw();
            if (plan.Kind == SpacePlanKind.Wrap) break;
            if (plan.Kind != SpacePlanKind.Partial && !Context.Footnotes.HasPending) break;
        }
        return Plans;
    }
}
