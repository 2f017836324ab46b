using System.Globalization;

namespace ReportForge.Pdf.Tests.SheetParity;

/// <summary>
/// Collects, for one block kind, every place where the PDF's drawing or the .docx's XML differs from the style sheet,
/// and fails once with all of them, each naming the kind, the property, the sheet's value and the writer's.
/// </summary>
internal sealed class Parity(string kind)
{
    // Positions come out of sums of doubles; a hundredth of a point is far below a twip (0.05 pt).
    private const double Tolerance = 0.01;

    private readonly List<string> _differences = [];

    public void Pdf(string property, double sheet, double pdf, double tolerance = Tolerance)
    {
        if (Math.Abs(sheet - pdf) > tolerance) _differences.Add($"{kind}: {property}: sheet {F(sheet)}, PDF {F(pdf)}");
    }

    public void PdfEqual<T>(string property, T sheet, T pdf)
    {
        if (!EqualityComparer<T>.Default.Equals(sheet, pdf)) _differences.Add($"{kind}: {property}: sheet {sheet}, PDF {pdf}");
    }

    public void Word(string property, string? sheet, string? word)
    {
        if (!string.Equals(sheet, word, StringComparison.OrdinalIgnoreCase))
            _differences.Add($"{kind}: {property}: sheet {sheet ?? "(none)"}, Word {word ?? "(none)"}");
    }

    public void Word(string property, double sheet, double word, double tolerance = Tolerance)
    {
        if (Math.Abs(sheet - word) > tolerance) _differences.Add($"{kind}: {property}: sheet {F(sheet)} pt, Word {F(word)} pt");
    }

    public void Word(string property, bool sheet, bool word)
    {
        if (sheet != word) _differences.Add($"{kind}: {property}: sheet {sheet}, Word {word}");
    }

    public void Fail(string what) => _differences.Add($"{kind}: {what}");

    public void Done() =>
        Assert.True(_differences.Count == 0,
            $"{kind} differs from the style sheet in {_differences.Count} place(s):\n  " + string.Join("\n  ", _differences));

    /// <summary>Points as Word stores them: twips.</summary>
    public static string Tw(double points) => ((int)Math.Round(points * 20, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A font size as Word stores it: half points.</summary>
    public static string Half(double points) => ((int)Math.Round(points * 2, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>A border width as Word stores it: eighths of a point.</summary>
    public static string Eighths(double points) => ((int)Math.Round(points * 8, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Twips read back as points; a missing value counts as zero, as Word takes it.</summary>
    public static double Points(string? twips) => twips is null ? 0 : int.Parse(twips, CultureInfo.InvariantCulture) / 20.0;

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
