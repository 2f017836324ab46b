namespace ReportForge.Theming;

/// <summary>Vertical space above and below a block, in points on the twip grid. The two writers add a block's space after
/// and the next block's space before, as Word does.</summary>
/// <param name="Before">Space above.</param>
/// <param name="After">Space below.</param>
public readonly record struct Gap(double Before, double After)
{
    /// <summary>A gap whose values are rounded to the twip grid.</summary>
    public static Gap Of(double before, double after) => new(Twips.Round(before), Twips.Round(after));
}
