using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Breaks styled text into lines: greedy, at spaces and after hyphens and dashes; a word longer than
/// the line breaks between characters; no-break spaces hold words together; forced breaks end a line.
/// A soft hyphen (U+00AD) is a break opportunity shown as "-" only when the line ends there.
/// Breaking is in logical order; a line of a paragraph holding right-to-left text is then laid out as seen (BidiLine).
/// </summary>
internal static class LineBreaker
{
    private const double MinimumStartOfLongWord = 30;

    // firstLineIndent: how much narrower the first line is (a list item's text pushed right by a wide number).
    public static List<TextLine> Break(IReadOnlyList<TextSpan> spans, double maxWidth, ITextMeasurer measurer, double lineHeightFactor,
        double firstLineIndent = 0)
    {
        var bidi = BidiParagraph.Of(spans);
        var lines = new List<TextLine>();
        var current = new List<LinePiece>();
        var width = 0.0;
        var pendingSpace = (LinePiece?)null;
        var endsAtSoftHyphen = false;

        void EndLine(bool forced, bool last)
        {
            if (!forced && !last && endsAtSoftHyphen && current.Count > 0)
            {
                var at = current[^1];
                var hyphen = measurer.Width("-", at.Span.Face);
                current.Add(at with { Text = "-", Width = hyphen, Start = at.Start + at.Text.Length - 1 });
            }
            endsAtSoftHyphen = false;
            lines.Add(Build(current, measurer, lineHeightFactor, spans, last, forced, bidi));
            current = [];
            width = 0;
            pendingSpace = null;
        }

        foreach (var word in LineWords.Of(spans, measurer))
        {
            if (word.IsBreak)
            {
                EndLine(forced: true, last: false);
                continue;
            }
            if (word.IsSpace)
            {
                if (current.Count > 0) pendingSpace = word.Pieces[0];
                endsAtSoftHyphen = false;
                continue;
            }

            var spaceWidth = pendingSpace?.Width ?? 0;
            var lineWidth = lines.Count == 0 ? maxWidth - firstLineIndent : maxWidth;
            // A piece before a soft hyphen needs room for the "-" it shows if the line ends after it.
            var hyphenWidth = word.HyphenWidth(measurer);
            if (word.Width > maxWidth + 0.01)
            {
                // Longer than a whole line: break between characters, starting on this line when there is
                // room for a few letters (else a justified line would be stretched over its few words).
                var room = lineWidth - width - spaceWidth;
                if (current.Count > 0 && room < MinimumStartOfLongWord) { EndLine(forced: false, last: false); room = maxWidth; }
                else if (current.Count > 0 && pendingSpace is not null) { current.Add(pendingSpace); width += spaceWidth; }
                // After a break chance with no space (a URL's "/"), the room is what the line's pieces leave.
                else if (current.Count == 0) room = lineWidth;
                pendingSpace = null;
                var first = true;
                foreach (var chunk in LineWords.SplitLongWord(word, room, maxWidth, measurer))
                {
                    if (!first) EndLine(forced: false, last: false);
                    current.AddRange(chunk.Pieces);
                    width += chunk.Width;
                    first = false;
                }
                endsAtSoftHyphen = word.EndsAtSoftHyphen;
                continue;
            }

            if (current.Count > 0 && width + spaceWidth + word.Width + hyphenWidth > lineWidth + 0.01)
            {
                EndLine(forced: false, last: false);
                spaceWidth = 0;
            }

            if (pendingSpace is not null && current.Count > 0)
            {
                current.Add(pendingSpace);
                width += spaceWidth;
            }
            pendingSpace = null;
            current.AddRange(word.Pieces);
            width += word.Width;
            endsAtSoftHyphen = word.EndsAtSoftHyphen;
        }

        if (current.Count > 0 || lines.Count == 0 || lines[^1].EndsWithForcedBreak) EndLine(forced: false, last: true);
        else lines[^1] = lines[^1] with { IsLast = true };
        return lines;
    }

    /// <summary>
    /// The width of the widest piece that no line breaks inside: a word, or a part of one that ends at a hyphen or a
    /// dash (with the "-" a soft hyphen shows when a line ends there). Found without breaking lines.
    /// </summary>
    public static double WidestUnbreakable(IReadOnlyList<TextSpan> spans, ITextMeasurer measurer)
    {
        var widest = 0.0;
        foreach (var word in LineWords.Of(spans, measurer))
        {
            if (word.IsBreak || word.IsSpace) continue;
            widest = Math.Max(widest, word.Width + word.HyphenWidth(measurer));
        }
        return widest;
    }

    private static TextLine Build(List<LinePiece> pieces, ITextMeasurer measurer, double lineHeightFactor, IReadOnlyList<TextSpan> spans, bool last,
        bool forced, BidiParagraph? bidi)
    {
        if (bidi is not null)
        {
            var (visual, readingOrder, width) = BidiLine.Lay(pieces, bidi, measurer);
            return Finish(visual, width, pieces, measurer, lineHeightFactor, spans, last, forced) with { IsRightToLeft = bidi.IsRightToLeft,
                ReadingOrder = readingOrder };
        }

        var fragments = new List<LineFragment>(pieces.Count);
        var x = 0.0;
        foreach (var piece in pieces)
        {
            var span = piece.Span;
            if (!piece.IsSpace && fragments.Count > 0 && fragments[^1] is { IsSpace: false } previous
                && previous.Face == span.Face && previous.Color == span.Color && previous.Link == span.Link && previous.Underline == span.Underline
                    && previous.Rise == span.Rise)
            {
                // Pieces of one word split at a hyphen, or runs in the same style: draw them as one.
                fragments[^1] = previous with { Text = previous.Text + piece.Text, Width = previous.Width + piece.Width };
            }
            else
            {
                fragments.Add(new LineFragment(piece.Text, span.Face, span.Color, span.Link, span.Underline, x, piece.Width, piece.IsSpace, span.Rise));
            }
            x += piece.Width;
        }
        return Finish(fragments, x, pieces, measurer, lineHeightFactor, spans, last, forced);
    }

    private static TextLine Finish(List<LineFragment> fragments, double width, List<LinePiece> pieces, ITextMeasurer measurer, double lineHeightFactor,
        IReadOnlyList<TextSpan> spans, bool last, bool forced)
    {
        var maxSize = 0.0;
        var ascent = 0.0;
        var descent = 0.0;
        List<int>? footnotes = null;
        foreach (var piece in pieces)
        {
            Grow(piece.Span.Face);
            if (piece.Span.Footnote is int number && !(footnotes?.Contains(number) ?? false)) (footnotes ??= []).Add(number);
        }
        // An empty line (blank paragraph or a break) takes the height of the first span's font.
        if (pieces.Count == 0 && spans.Count > 0) Grow(spans[0].Face);
        if (maxSize == 0) maxSize = 10;

        // The pitch on the twip grid, as the .docx states it (see StyleSheet).
        var height = Math.Max(Twips.Round(maxSize * lineHeightFactor), ascent + descent);
        var baseline = (height - (ascent + descent)) / 2 + ascent;
        return new TextLine(fragments, width, height, baseline, last, forced) { Footnotes = footnotes ?? (IReadOnlyList<int>)[] };

        void Grow(FontFace face)
        {
            var (a, d) = measurer.VerticalMetrics(face);
            maxSize = Math.Max(maxSize, face.Size);
            ascent = Math.Max(ascent, a);
            descent = Math.Max(descent, d);
        }
    }
}
