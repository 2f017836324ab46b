using ReportForge.Pdf.Fonts;
using ReportForge.Text.Hyphenation;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// A run of text in one face and colour, optionally a link. "\n" alone is a forced line break. A footnote
/// reference is a span raised by <paramref name="Rise"/> points that carries its footnote's number.
/// </summary>
public sealed record TextSpan(string Text, FontFace Face, Rgb Color, string? Link = null, bool Underline = false, double Rise = 0, int? Footnote = null)
{
    /// <summary>
    /// What hyphenates the words of this span (the document language's patterns); null: they are not hyphenated (code,
    /// headings, hyphenation off). Part of the span's equality, so lines broken with hyphenation are cached apart.
    /// </summary>
    public Hyphenator? Hyphenator { get; init; }

    /// <summary>A forced line break.</summary>
    public bool IsLineBreak => Text == "\n";

    /// <summary>
    /// Whether the text is a URL: it breaks where <see cref="ReportForge.Text.UrlBreaks"/> says, without a hyphen, and is
    /// never hyphenated.
    /// </summary>
    public bool IsUrl { get; init; }

    /// <summary>A tint drawn behind the text (a tag); null for none. Text with a background is one word, never broken.</summary>
    public Rgb? Background { get; init; }
}

/// <summary>
/// A positioned piece of a laid-out line. A value, not an object: a document's lines are held from the layout pass to
/// the drawing pass, and a line's fragments then live in one array instead of one object each.
/// </summary>
public readonly record struct LineFragment(string Text, FontFace Face, Rgb Color, string? Link, bool Underline, double X, double Width, bool IsSpace,
    double Rise = 0, Rgb? Background = null);

/// <summary>One laid-out line of a paragraph.</summary>
public sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width, double Height, double Baseline, bool IsLast, bool EndsWithForcedBreak)
{
    /// <summary>Numbers of the footnotes cited on this line.</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];

    /// <summary>
    /// Whether the paragraph runs right to left (its first letter is Hebrew or Arabic): its lines start at the right,
    /// so a left-aligned one is set against the right edge.
    /// </summary>
    public bool IsRightToLeft { get; init; }

    /// <summary>
    /// For a line of a paragraph that holds right-to-left text: its fragments (which lie left to right, as seen) in
    /// reading order, each with the text it stands for where the drawn text differs (reversed, or Arabic letters in
    /// their joined forms). Null for a line whose fragments are already in reading order.
    /// </summary>
    public IReadOnlyList<ReadingFragment>? ReadingOrder { get; init; }
}

/// <summary>
/// A fragment of a line in reading order: its index in <see cref="TextLine.Fragments"/> and, where the drawn text was
/// reversed or shaped, the text as written (for text extraction and assistive technology), else null.
/// </summary>
public readonly record struct ReadingFragment(int Index, string? ActualText);
