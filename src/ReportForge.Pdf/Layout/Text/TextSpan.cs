using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// A run of text in one face and colour, optionally a link. "\n" alone is a forced line break. A footnote
/// reference is a span raised by <paramref name="Rise"/> points that carries its footnote's number.
/// </summary>
public sealed record TextSpan(string Text, FontFace Face, Rgb Color, string? Link = null, bool Underline = false, double Rise = 0, int? Footnote = null)
{
    /// <summary>A forced line break.</summary>
    public bool IsLineBreak => Text == "\n";
}

/// <summary>A positioned piece of a laid-out line.</summary>
public sealed record LineFragment(string Text, FontFace Face, Rgb Color, string? Link, bool Underline, double X, double Width, bool IsSpace, double Rise = 0);

/// <summary>One laid-out line of a paragraph.</summary>
public sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, double Height, double Baseline, bool IsLast, bool EndsWithForcedBreak)
{
    /// <summary>Numbers of the footnotes cited on this line.</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];
}
