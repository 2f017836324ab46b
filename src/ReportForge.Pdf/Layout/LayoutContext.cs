using System.Globalization;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Layout;

/// <summary>What every element shares during one layout pass.</summary>
public sealed class LayoutContext(ICanvas canvas, ITextMeasurer measurer, Size contentArea, IReadOnlyDictionary<string, int>? pageMap = null)
{
    /// <summary>Where each anchor landed in the first pass (anchor → page); empty during the first pass.</summary>
    public IReadOnlyDictionary<string, int> PageMap { get; } = pageMap ?? new Dictionary<string, int>();

    /// <summary>Where elements draw.</summary>
    public ICanvas Canvas { get; } = canvas;

    /// <summary>How text is measured.</summary>
    public ITextMeasurer Measurer { get; } = measurer;

    /// <summary>The content area of a full page: what an element gets on a fresh page.</summary>
    public Size ContentArea { get; } = contentArea;

    /// <summary>Picks a font per character where the span's own lacks the glyph.</summary>
    public FontFallback Fonts { get; init; } = FontFallback.None(measurer);

    /// <summary>Line breaks shared by the two passes of one document; none: every pass breaks its own.</summary>
    public LineCache? Lines { get; init; }

    /// <summary>
    /// Whether elements keep their last answer to a Measure call (<see cref="MeasureMemo{T}"/>); false only under the
    /// test hook <see cref="MeasureMemos.Off"/>, read once per pass.
    /// </summary>
    internal bool RemembersMeasures { get; } = !MeasureMemos.Off;

    /// <summary>The footnotes of this pass.</summary>
    public FootnoteArea Footnotes { get; init; } = FootnoteArea.None;

    /// <summary>
    /// How a wrap's reason says that something <paramref name="height"/> tall does not fit in <paramref name="available"/>:
    /// "is taller than a page" when no page could hold it, else "does not fit in the 50 pt left".
    /// </summary>
    public string TooTall(double height, Size available) =>
        height > ContentArea.Height + 0.01 ? "is taller than a page" : $"does not fit in {Left(available)}";

    /// <summary>The space offered, as a wrap's reason names it: "the 50 pt left".</summary>
    public static string Left(Size available) => $"the {Points(available.Height)} left";

    /// <summary>A length in a wrap's reason, whatever the culture: "12.5 pt".</summary>
    public static string Points(double length) => length.ToString("0.#", CultureInfo.InvariantCulture) + " pt";

    /// <summary>The page being laid out, 1-based.</summary>
    public int PageNumber { get; set; }
}
