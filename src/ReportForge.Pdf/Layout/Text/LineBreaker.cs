using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Breaks styled text into lines, at spaces, after hyphens and dashes and at soft hyphens; a word longer than
/// the line breaks between characters; no-break spaces hold words together; forced breaks end a line.
/// A soft hyphen (U+00AD) is a break opportunity shown as "-" only when the line ends there; no more than
/// <see cref="MaxHyphensInARow"/> lines in a row end at one (Word's and LibreOffice's consecutive-hyphen limit).
/// Lines are filled first fit, as Word and LibreOffice fill them; a justified paragraph then takes, among the
/// breaks that give as many lines as first fit, the ones that stretch its spaces least (<see cref="TotalFit"/>):
/// the same line count keeps the .docx's headings on the same pages.
/// Breaking is in logical order; a line of a paragraph holding right-to-left text is then laid out as seen (BidiLine).
/// </summary>
internal static class LineBreaker
{
    /// <summary>The most lines in a row that may end at a soft or automatic hyphen.</summary>
    public const int MaxHyphensInARow = 2;

    // firstLineIndent: how much narrower the first line is (a list item's text pushed right by a wide number).
    public static List<TextLine> Break(IReadOnlyList<TextSpan> spans, double maxWidth, ITextMeasurer measurer, double lineHeightFactor,
        double firstLineIndent = 0, bool justify = false)
    {
        var words = LineWords.Of(spans, measurer).ToList();
        var planned = FirstFit(words, maxWidth, firstLineIndent, measurer);
        if (justify) planned = TotalFit.Refine(planned, words, maxWidth, firstLineIndent, measurer);

        var bidi = BidiParagraph.Of(spans);
        var lines = new List<TextLine>(planned.Count);
        foreach (var line in planned)
        {
            var pieces = line.Pieces;
            if (line.Hyphen && pieces.Count > 0)
            {
                var at = pieces[^1];
                pieces.Add(at with { Text = "-", Width = measurer.Width("-", at.Span.Face), Start = at.Start + at.Text.Length - 1 });
            }
            lines.Add(Build(pieces, measurer, lineHeightFactor, spans, line.Last, line.Forced, bidi));
        }
        return lines;
    }

    /// <summary>
    /// Lines filled one at a time: each takes every word that fits. When a line would be the third in a row to end at
    /// a soft hyphen, it ends instead at its last space or hyphen, if it has one (the rest of the word moves down).
    /// </summary>
    private static List<PlannedLine> FirstFit(List<LineWord> words, double maxWidth, double firstLineIndent, ITextMeasurer measurer)
    {
        var lines = new List<PlannedLine>();
        var current = new List<LinePiece>();
        var width = 0.0;
        var pendingSpace = (LinePiece?)null;
        var endsAtSoftHyphen = false;
        var segment = 0;
        var hyphensInARow = 0;
        // The latest place the current line may end short of its end without a hyphen: its pieces then, and the word to go on from.
        var shortPieces = -1;
        var shortResume = 0;

        void EndLine(bool forced, bool last)
        {
            var hyphen = !forced && !last && endsAtSoftHyphen && current.Count > 0;
            hyphensInARow = hyphen ? hyphensInARow + 1 : 0;
            lines.Add(new PlannedLine(current, forced, hyphen, last, segment));
            current = [];
            width = 0;
            pendingSpace = null;
            endsAtSoftHyphen = false;
            shortPieces = -1;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.IsBreak)
            {
                EndLine(forced: true, last: false);
                segment++;
                continue;
            }
            if (word.IsSpace)
            {
                if (current.Count > 0)
                {
                    pendingSpace = word.Pieces[0];
                    (shortPieces, shortResume) = (current.Count, i + 1);
                }
                endsAtSoftHyphen = false;
                continue;
            }

            var spaceWidth = pendingSpace?.Width ?? 0;
            var lineWidth = lines.Count == 0 ? maxWidth - firstLineIndent : maxWidth;
            // A piece before a soft hyphen needs room for the "-" it shows if the line ends after it.
            var hyphenWidth = word.HyphenWidth(measurer);
            if (word.Width > maxWidth + 0.01)
            {
                // Longer than a whole line: break between characters, on a line of its own, as Word and LibreOffice
                // do: a line that holds something already ends at its last break chance first.
                var room = lineWidth;
                if (current.Count > 0) { EndLine(forced: false, last: false); room = maxWidth; }
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
                if (endsAtSoftHyphen && hyphensInARow >= MaxHyphensInARow && shortPieces > 0)
                {
                    current.RemoveRange(shortPieces, current.Count - shortPieces);
                    endsAtSoftHyphen = false;
                    i = shortResume - 1;
                    EndLine(forced: false, last: false);
                    continue;
                }
                EndLine(forced: false, last: false);
                spaceWidth = 0;
            }
            // Right after a hyphen or a dash (not a soft hyphen): the line may end here without a "-".
            if (current.Count > 0 && pendingSpace is null && !endsAtSoftHyphen) (shortPieces, shortResume) = (current.Count, i);

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

        if (current.Count > 0 || lines.Count == 0 || lines[^1].Forced) EndLine(forced: false, last: true);
        else lines[^1] = lines[^1] with { Last = true };
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
                    && previous.Rise == span.Rise && previous.Background == span.Background)
            {
                // Pieces of one word split at a hyphen, or runs in the same style: draw them as one.
                fragments[^1] = previous with { Text = previous.Text + piece.Text, Width = previous.Width + piece.Width };
            }
            else
            {
                fragments.Add(new LineFragment(piece.Text, span.Face, span.Color, span.Link, span.Underline, x, piece.Width, piece.IsSpace, span.Rise,
                    span.Background));
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

/// <summary>
/// A line chosen and not yet laid out: its pieces in logical order; whether a forced break ends it, whether it ends at a
/// soft hyphen (and shows "-"), whether it is the paragraph's last; and which of the paragraph's parts between forced
/// breaks it belongs to.
/// </summary>
internal sealed record PlannedLine(List<LinePiece> Pieces, bool Forced, bool Hyphen, bool Last, int Segment);
