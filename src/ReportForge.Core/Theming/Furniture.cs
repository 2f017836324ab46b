namespace ReportForge.Theming;

/// <summary>
/// Page furniture both writers must draw alike and the theme does not set: the classification banner and how far
/// furniture keeps its text from the paper edge. Points throughout. (The look of blocks is the <see cref="StyleSheet"/>'s.)
/// </summary>
public static class Furniture
{
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
