using ReportForge.Theming;

namespace ReportForge.Word.Blocks;

/// Whether a block Word must keep on one page (a table row, a quote card) could be taller than a page, where keeping it
/// whole would make Word cut it off. Word lays the text out itself, so this is an estimate at about half an em a
/// character, and only a block well past a page's text height counts.
internal static class PageFit
{
    /// Lines of <paramref name="text"/> in a column <paramref name="widthPoints"/> wide at <paramref name="size"/>.
    public static double Lines(string text, double widthPoints, double size) =>
        Math.Max(1, Math.Ceiling(text.Length / Math.Max(1, widthPoints / (size * 0.5))));

    public static bool TallerThanPage(double height, Theme theme) =>
        height > (theme.Page.Dimensions.Height - theme.Page.MarginTop - theme.Page.MarginBottom) * 0.9;
}
