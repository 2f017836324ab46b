namespace ReportForge.Theming;

/// <summary>
/// Word stores lengths in twips (a twentieth of a point). Every length both writers set is rounded to that grid
/// once, here, so the PDF lays out with exactly the lengths the .docx holds and the pages break in the same places.
/// </summary>
public static class Twips
{
    /// <summary>Points rounded to the nearest twip.</summary>
    public static double Round(double points) => Math.Round(points * 20, MidpointRounding.AwayFromZero) / 20;
}
