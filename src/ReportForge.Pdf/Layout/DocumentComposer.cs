using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout;

/// <summary>The one paging loop: offers each page's content area to the root element until it is drawn in full.</summary>
public static class DocumentComposer
{
    /// <summary>Page geometry and what goes around the content.</summary>
    public sealed record PageSetup(double Width, double Height, double ContentLeft, double ContentTop, Size ContentArea, PageFurniture Furniture, string Title, string Date, string Classification);

    /// <summary>The result of one pass.</summary>
    public sealed record ComposeResult(int PageCount, string? Error);

    /// <summary>
    /// Lays out and draws one pass. <paramref name="totalPages"/> and <paramref name="pageMap"/> (where each anchor
    /// landed) are known in the second pass.
    /// </summary>
    public static ComposeResult Compose(Element root, ICanvas canvas, ITextMeasurer measurer, PageSetup setup, int totalPages, IReadOnlyDictionary<string, int>? pageMap = null, int maxPages = 100_000)
    {
        var context = new LayoutContext(canvas, measurer, setup.ContentArea, pageMap);
        root.Attach(context);

        var page = 0;
        while (true)
        {
            page++;
            context.PageNumber = page;
            var plan = root.Measure(setup.ContentArea);
            if (plan.Kind == SpacePlanKind.Wrap)
                return new ComposeResult(page, $"a block does not fit on an empty page (page {page}): it is taller or wider than the page's content area");

            canvas.BeginPage(setup.Width, setup.Height, page);
            var values = new RunningValues(setup.Title, setup.Date, setup.Classification, page, Math.Max(totalPages, page));
            setup.Furniture.Draw(canvas, measurer, setup.Width, setup.Height, values);
            canvas.Translate(setup.ContentLeft, setup.ContentTop);
            if (plan.DrawsSomething) root.Draw(setup.ContentArea);
            canvas.Translate(-setup.ContentLeft, -setup.ContentTop);
            canvas.EndPage();

            if (plan.Kind is SpacePlanKind.Full or SpacePlanKind.Empty) return new ComposeResult(page, null);
            if (page >= maxPages) return new ComposeResult(page, $"the document passed {maxPages:N0} pages; stopped");
        }
    }
}
