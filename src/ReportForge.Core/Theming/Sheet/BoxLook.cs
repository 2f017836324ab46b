namespace ReportForge.Theming;

/// <summary>A block drawn in a box: background, a bar at the left, inner padding, in points on the twip grid.</summary>
/// <param name="Background">The fill, or none.</param>
/// <param name="Bar">The colour of the bar at the left, or none.</param>
/// <param name="BarWidth">The bar's width.</param>
/// <param name="Left">Padding at the left, from the bar's outer edge.</param>
/// <param name="Right">Padding at the right.</param>
/// <param name="Top">Padding at the top.</param>
/// <param name="Bottom">Padding at the bottom.</param>
public sealed record BoxLook(Rgb? Background, Rgb? Bar, double BarWidth, double Left, double Right, double Top, double Bottom);
