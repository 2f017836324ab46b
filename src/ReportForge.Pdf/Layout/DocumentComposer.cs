using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Layout;

/// <summary>The one paging loop: offers each page's content area to the root element until it is drawn in full.</summary>
public static class DocumentComposer
{
    /// <summary>Page geometry and what goes around the content.</summary>
    public sealed record PageSetup(double Width, double Height, double ContentLeft, double ContentTop, Size ContentArea, PageFurniture Furniture, string Title,
        string Date, string Classification)
    {
        /// <summary>Families tried, in order, for characters a span's own font lacks.</summary>
        public IReadOnlyList<string> FontFallbacks { get; init; } = [];
    }

    /// <summary>What one pass lays out: the body and the footnotes it cites.</summary>
    public sealed record Content(Element Body, FootnoteArea Footnotes);

    /// <summary>The result of one pass.</summary>
    public sealed record ComposeResult(int PageCount, string? Error)
    {
        /// <summary>Characters (code points) that no font had.</summary>
        public IReadOnlyCollection<int> MissingCharacters { get; init; } = [];

        /// <summary>The first letter in the document of a joining script the layout leaves unjoined, if any.</summary>
        public int? Unjoined { get; init; }

        /// <summary>The scripts met that need shaping (Devanagari, Tamil…), by name.</summary>
        public IReadOnlyCollection<string> ShapedScripts { get; init; } = [];

        /// <summary>When a block did not fit on an empty page: its index among the root column's children.</summary>
        public int? Unfitting { get; init; }
    }

    /// <summary>
    /// Lays out and draws one pass. <paramref name="totalPages"/> and <paramref name="pageMap"/> (where each anchor
    /// landed) are known in the second pass.
    /// </summary>
    public static ComposeResult Compose(Content content, ICanvas canvas, ITextMeasurer measurer, PageSetup setup, int totalPages, IReadOnlyDictionary<string,
        int>? pageMap = null, int maxPages = 100_000, LineCache? lines = null)
    {
        var (root, footnotes) = content;
        var fonts = new FontFallback(setup.FontFallbacks, measurer);
        var context = new LayoutContext(canvas, measurer, setup.ContentArea, pageMap) { Footnotes = footnotes, Fonts = fonts, Lines = lines };
        root.Attach(context);
        footnotes.Attach(context);

        var page = 0;
        while (true)
        {
            page++;
            context.PageNumber = page;
            // The stage's processor time and memory are checked at each page (see StageBudget).
            Runtime.StageBudget.Check();
            // Footnotes carried over from the last page take their room first (at most half the page).
            var carried = Math.Min(footnotes.PendingHeight, setup.ContentArea.Height / 2);
            var body = setup.ContentArea with { Height = setup.ContentArea.Height - carried };
            var plan = root.Measure(body);
            if (plan.Kind == SpacePlanKind.Wrap && carried == 0)
            {
                var reason = plan.Reason ?? "it is taller or wider than the page's content area";
                return new ComposeResult(page,
                    $"a block does not fit on an empty page (page {page}): {reason}") { Unfitting = (root as ColumnElement)?.Current };
            }

            canvas.BeginPage(setup.Width, setup.Height, page);
            var values = new RunningValues(setup.Title, setup.Date, setup.Classification, page, Math.Max(totalPages, page));
            setup.Furniture.Draw(canvas, measurer, setup.Width, setup.Height, values, fonts);
            canvas.Translate(setup.ContentLeft, setup.ContentTop);
            if (plan.DrawsSomething) root.Draw(body);
            footnotes.DrawAtFoot(canvas, setup.ContentArea, setup.ContentArea.Height - (plan.DrawsSomething ? plan.Height : 0));
            canvas.Translate(-setup.ContentLeft, -setup.ContentTop);
            canvas.EndPage();

            if ((plan.Kind is SpacePlanKind.Full or SpacePlanKind.Empty) && !footnotes.HasPending) return new ComposeResult(page,
                null) { MissingCharacters = fonts.Missing, Unjoined = fonts.FirstUnjoined, ShapedScripts = fonts.ShapedScripts };
            if (page >= maxPages) return new ComposeResult(page, $"the document passed {maxPages:N0} pages; stopped");
        }
    }
}
