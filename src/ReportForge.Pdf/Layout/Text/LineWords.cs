using System.Globalization;
using ReportForge.Pdf.Fonts;
using ReportForge.Text;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// A paragraph's text cut into the pieces lines are made of: words (split after hyphens and dashes, at soft hyphens,
/// at hyphenation points and in URLs after <c>/ . - ? &amp; = #</c>), spaces and forced breaks, each measured; and a
/// word too long for any line cut between characters.
/// </summary>
internal static class LineWords
{
    private const char NoBreakSpace = '\u00A0';
    private const char SoftHyphen = '\u00AD';

    /// <summary>
    /// The words, spaces and forced breaks of <paramref name="spans"/>, in logical order; words in spans that carry a
    /// hyphenator are cut at its hyphenation points (<see cref="WordHyphenation"/>).
    /// </summary>
    public static IEnumerable<LineWord> Of(IReadOnlyList<TextSpan> spans, ITextMeasurer measurer)
    {
        var words = Cut(spans, measurer);
        foreach (var span in spans)
        {
            if (span.Hyphenator is not null) return WordHyphenation.Apply(words, measurer);
        }
        return words;
    }

    private static IEnumerable<LineWord> Cut(IReadOnlyList<TextSpan> spans, ITextMeasurer measurer)
    {
        var pieces = new List<LinePiece>();
        var width = 0.0;
        var offset = 0; // where the span starts in the paragraph's text

        foreach (var span in spans)
        {
            if (span.IsLineBreak)
            {
                if (pieces.Count > 0) { yield return new LineWord(pieces, width); pieces = []; width = 0; }
                yield return LineWord.Break;
                offset += span.Text.Length;
                continue;
            }

            var text = span.Text;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    if (i > start) Add(span, start, i);
                    if (pieces.Count > 0) { yield return new LineWord(pieces, width); pieces = []; width = 0; }
                    var space = new LinePiece(span, " ", measurer.Width(" ", span.Face), IsSpace: true, offset + i);
                    yield return new LineWord([space], space.Width, IsSpace: true);
                    start = i + 1;
                }
                else if (c == UrlBreaks.ZeroWidthSpace)
                {
                    // A break chance the author typed, as LibreOffice and Word read it: no space, no hyphen.
                    if (i > start) Add(span, start, i);
                    if (pieces.Count > 0) { yield return new LineWord(pieces, width); pieces = []; width = 0; }
                    start = i + 1;
                }
                else if (c == SoftHyphen)
                {
                    if (i > start) Add(span, start, i);
                    if (pieces.Count > 0) { yield return new LineWord(pieces, width, EndsAtSoftHyphen: true); pieces = []; width = 0; }
                    start = i + 1;
                }
                else if (span.IsUrl ? UrlBreaks.BreaksAfter(text, i, text.Length) : BreaksAfter(text, i, start))
                {
                    Add(span, start, i + 1);
                    yield return new LineWord(pieces, width);
                    pieces = [];
                    width = 0;
                    start = i + 1;
                }
            }
            if (start < text.Length) Add(span, start, text.Length);
            offset += text.Length;
        }
        if (pieces.Count > 0) yield return new LineWord(pieces, width);

        void Add(TextSpan span, int start, int end)
        {
            var shown = span.Text[start..end].Replace(NoBreakSpace, ' ');
            var w = measurer.Width(shown, span.Face);
            pieces.Add(new LinePiece(span, shown, w, IsSpace: false, offset + start));
            width += w;
        }
    }

    // Outside URLs: after a hyphen, a dash or a slash between letters.
    private static bool BreaksAfter(string text, int i, int start) =>
        text[i] is '-' or '–' or '—' or '/' && i > start && i + 1 < text.Length
            && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]);

    /// <summary>
    /// A word longer than a line cut between characters: the first piece fits <paramref name="firstWidth"/>,
    /// the others <paramref name="maxWidth"/>.
    /// </summary>
    public static IEnumerable<LineWord> SplitLongWord(LineWord word, double firstWidth, double maxWidth, ITextMeasurer measurer)
    {
        var pieces = new List<LinePiece>();
        var width = 0.0;
        var limit = firstWidth;
        foreach (var piece in word.Pieces)
        {
            var start = 0;
            var text = piece.Text;
            for (var i = 0; i < text.Length; i++)
            {
                // A letter of a shaped script stays with its vowel signs and marks (a text element): cut between
                // them, the shaper would draw a dotted circle for the orphaned sign.
                var len = ComplexScripts.IsComplex(text[i]) ? StringInfo.GetNextTextElementLength(text.AsSpan(i))
                    : char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                var w = measurer.Width(text, i, len, piece.Span.Face);
                if (width + w > limit && (pieces.Count > 0 || i > start))
                {
                    if (i > start) pieces.Add(piece with { Text = text[start..i], Width = measurer.Width(text, start, i - start, piece.Span.Face),
                        Start = piece.Start + start });
                    yield return new LineWord(pieces, pieces.Sum(p => p.Width));
                    pieces = [];
                    width = 0;
                    limit = maxWidth;
                    start = i;
                }
                width += w;
                i += len - 1;
            }
            if (start < text.Length) pieces.Add(piece with { Text = text[start..], Width = measurer.Width(text, start, text.Length - start, piece.Span.Face),
                Start = piece.Start + start });
        }
        if (pieces.Count > 0) yield return new LineWord(pieces, pieces.Sum(p => p.Width));
    }
}
