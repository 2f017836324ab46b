using System.Globalization;
using ReportForge.Theming;

namespace ReportForge.Word;

/// Conversions from the theme's points and colours to the units WordprocessingML wants.
internal static class Units
{
    public static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    public static string TwipsText(double points) => Text(Twips(points));

    public static string HalfPoints(double points) => Text((int)Math.Round(points * 2, MidpointRounding.AwayFromZero));

    /// Border widths are in eighths of a point.
    public static uint EighthPoints(double points) => (uint)Math.Round(points * 8, MidpointRounding.AwayFromZero);

    /// Line spacing with lineRule auto is in 240ths of a line.
    public static string LineFactor(double factor) => Text((int)Math.Round(240 * factor, MidpointRounding.AwayFromZero));

    public static string Color(Rgb colour) => colour.Hex;

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
