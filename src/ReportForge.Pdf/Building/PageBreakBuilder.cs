using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

/// <summary>Ends the page; the next block starts a new one.</summary>
internal static class PageBreakBuilder
{
    public static Element Build() => new PageBreakElement();
}
