namespace ReportForge.Theming;

/// <summary>
/// Geometry the theme does not set but both writers must draw alike: the quote card and how far page furniture keeps
/// its text from the paper edge. Points throughout.
/// </summary>
public static class Furniture
{
    /// <summary>The quote's bar starts this far in from the text's left edge.</summary>
    public const double QuoteBarInset = 4;

    /// <summary>Width of the quote's bar.</summary>
    public const double QuoteBarWidth = 2.5;

    /// <summary>From the text's left edge to the quoted text: the bar's inset, the bar and the gap after it.</summary>
    public const double QuoteIndent = 16;

    /// <summary>Space inside the card above its first and below its last line.</summary>
    public const double QuotePadding = 3;

    /// <summary>Space between paragraphs inside a quote.</summary>
    public const double QuoteParagraphGap = 3;

    /// <summary>
    /// No banner, header or footer text comes nearer the paper edge than this (5 mm): office printers leave about
    /// that much unprinted. A coloured bar may run to the edge; its text may not.
    /// </summary>
    public const double EdgeClearance = 14;

    /// <summary>
    /// Height of the classification banner's bar at the top and bottom of the page, which runs to the paper edge: its
    /// text keeps <see cref="EdgeClearance"/> from the edge, with about 4 pt of bar on its other side.
    /// </summary>
    public const double BannerHeight = 28;

    /// <summary>Size of the banner's marking.</summary>
    public const double BannerTextSize = 8.5;
}
