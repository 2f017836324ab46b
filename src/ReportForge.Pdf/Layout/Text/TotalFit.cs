using ReportForge.Pdf.Fonts;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Total fit (after Knuth and Plass) for justified paragraphs, held to first fit's line count. Words are boxes, spaces
/// glue that only stretches (Word and LibreOffice never shrink a space, so every line fits at its natural width), soft
/// hyphens penalties. Among the breaks that give each part of the paragraph between forced breaks as many lines as first
/// fit gives it, the ones with the least demerits are taken: a dynamic programme over (last word of a line, lines so far,
/// lines in a row ending at a hyphen). The same line count keeps the .docx (broken first fit by Word and LibreOffice)
/// with its headings on the same pages.
/// </summary>
internal static class TotalFit
{
    private const double LinePenalty = 10;
    private const double HyphenDemerits = 50 * 50;
    private const double DoubleHyphenDemerits = 10_000;
    private const double FinalHyphenDemerits = 5_000;
    // A line without spaces cannot be stretched: it stays ragged, as bad as spaces stretched to about 3.2 times.
    private const double RaggedBadness = 10_000;
    // A space stretches by half its width at badness 100 (TeX's interword glue): 1.5 times a space is "loose".
    private const double Stretchability = 0.5;
    // A line stretched past that (badness 100, TeX's tolerance) costs more than any spread of stretch below it: first the
    // fewest loose lines, then the least demerits. Cubic badness alone spreads one very loose line over two loose ones.
    private const double Tolerance = 100;
    private const double LooseDemerits = 1e9;
    private const int MaxStates = 1_000_000;

    /// <summary>
    /// The first-fit lines with each part between forced breaks broken again by total fit where that can be done:
    /// parts of one line, with a word longer than a line or with no word keep their first-fit lines.
    /// </summary>
    public static List<PlannedLine> Refine(List<PlannedLine> firstFit, List<LineWord> words, double maxWidth, double firstLineIndent,
        ITextMeasurer measurer)
    {
        List<PlannedLine>? refined = null;
        var segment = 0;
        var start = 0; // the segment's first word
        var line = 0; // its first first-fit line
        for (var i = 0; i <= words.Count; i++)
        {
            if (i < words.Count && !words[i].IsBreak) continue;
            var count = 0;
            while (line + count < firstFit.Count && firstFit[line + count].Segment == segment) count++;
            var firstWidth = segment == 0 ? maxWidth - firstLineIndent : maxWidth;
            var better = count >= 2 ? Segment(words, start, i, count, firstWidth, maxWidth, measurer) : null;
            // Least demerits in all may still stretch one line further than first fit did: then first fit stays.
            if (better is not null && MostStretch(better, firstWidth, maxWidth, measurer) > MostStretch(firstFit.GetRange(line, count), firstWidth,
                    maxWidth, measurer) + 1e-9)
                better = null;
            if (better is not null)
            {
                refined ??= firstFit.GetRange(0, line);
                var ends = firstFit[line + count - 1];
                for (var k = 0; k < better.Count; k++)
                {
                    var last = k == better.Count - 1;
                    better[k] = better[k] with { Forced = last && ends.Forced, Last = last && ends.Last, Segment = segment };
                }
                refined.AddRange(better);
            }
            else refined?.AddRange(firstFit.GetRange(line, count));
            line += count;
            segment++;
            start = i + 1;
        }
        return refined ?? firstFit;
    }

    /// <summary>
    /// How far the most stretched of the lines (one part between forced breaks, its last line left out) stretches its
    /// spaces: the room left over their natural width; infinite for a line without spaces that falls short.
    /// </summary>
    public static double MostStretch(List<PlannedLine> lines, double firstWidth, double width, ITextMeasurer measurer)
    {
        var most = 0.0;
        for (var k = 0; k < lines.Count - 1; k++)
        {
            var natural = 0.0;
            var spaces = 0.0;
            foreach (var piece in lines[k].Pieces)
            {
                natural += piece.Width;
                if (piece.IsSpace) spaces += piece.Width;
            }
            if (lines[k].Hyphen && lines[k].Pieces.Count > 0) natural += measurer.Width("-", lines[k].Pieces[^1].Span.Face);
            var slack = Math.Max(0, (k == 0 ? firstWidth : width) - natural);
            most = Math.Max(most, spaces > 0 ? slack / spaces : slack > 0.5 ? double.PositiveInfinity : 0);
        }
        return most;
    }

    // The words [from, to) of one part broken into `lines` lines, or null when no such break keeps the rules.
    private static List<PlannedLine>? Segment(List<LineWord> all, int from, int to, int lines, double firstWidth, double width, ITextMeasurer measurer)
    {
        var words = new List<LineWord>();
        var spaces = new List<LinePiece?>(); // the space before each word (the last of several), null right after a hyphen
        LinePiece? pending = null;
        for (var i = from; i < to; i++)
        {
            var word = all[i];
            if (word.IsSpace)
            {
                if (words.Count > 0) pending = word.Pieces[0];
                continue;
            }
            if (word.Width > width + 0.01) return null;
            words.Add(word);
            spaces.Add(pending);
            pending = null;
        }
        var m = words.Count;
        if (m < lines || (long)m * (lines + 1) * 3 > MaxStates) return null;

        var hyphens = new double[m];
        for (var b = 0; b < m; b++) hyphens[b] = words[b].HyphenWidth(measurer);
        // The words' own widths from each word to the end: a state whose remaining lines cannot hold its remaining
        // words, even with no spaces, leads nowhere and is not extended (in a long paragraph most states are such).
        var rest = new double[m + 1];
        for (var b = m - 1; b >= 0; b--) rest[b] = rest[b + 1] + words[b].Width;

        // State (b, k, h): k lines so far, the last ending after word b, h of them in a row at a hyphen.
        int Index(int b, int k, int h) => (b * (lines + 1) + k) * 3 + h;
        var cost = new double[m * (lines + 1) * 3];
        var from_ = new int[cost.Length];
        Array.Fill(cost, double.PositiveInfinity);

        for (var a = 0; a < m; a++)
        {
            for (var k = 0; k < lines; k++)
            {
                for (var h = 0; h <= LineBreaker.MaxHyphensInARow; h++)
                {
                    double before;
                    int source;
                    if (a == 0)
                    {
                        if (k != 0 || h != 0) continue;
                        before = 0;
                        source = -1;
                    }
                    else
                    {
                        source = Index(a - 1, k, h);
                        before = cost[source];
                        if (double.IsPositiveInfinity(before)) continue;
                    }
                    var room = (k == 0 ? firstWidth + (lines - 1) * width : (lines - k) * width) + 0.01 * (lines - k);
                    if (rest[a] > room || m - a < lines - k) continue;
                    Extend(a, k, h, before, source);
                }
            }
        }

        var best = -1;
        for (var h = 0; h <= LineBreaker.MaxHyphensInARow; h++)
        {
            var at = Index(m - 1, lines, h);
            if (!double.IsPositiveInfinity(cost[at]) && (best < 0 || cost[at] < cost[best])) best = at;
        }
        if (best < 0) return null;

        var ends = new int[lines];
        for (var state = best; state >= 0; state = from_[state]) ends[state / 3 % (lines + 1) - 1] = state / 3 / (lines + 1);
        var result = new List<PlannedLine>(lines);
        var first = 0;
        foreach (var end in ends)
        {
            var pieces = new List<LinePiece>();
            for (var w = first; w <= end; w++)
            {
                if (w > first && spaces[w] is { } space) pieces.Add(space);
                pieces.AddRange(words[w].Pieces);
            }
            result.Add(new PlannedLine(pieces, false, IsHyphen(end), false, 0));
            first = end + 1;
        }
        return result;

        bool IsHyphen(int b) => b < m - 1 && hyphens[b] > 0 && spaces[b + 1] is null;

        void Extend(int a, int k, int h, double before, int source)
        {
            var lineWidth = k == 0 ? firstWidth : width;
            var natural = 0.0;
            var stretch = 0.0;
            for (var b = a; b < m; b++)
            {
                if (b > a)
                {
                    var space = spaces[b]?.Width ?? 0;
                    // As first fit checks it: the word, and the "-" it would show, fit after what the line holds.
                    if (natural + space + words[b].Width + hyphens[b] > lineWidth + 0.01) return;
                    natural += space;
                    stretch += space;
                }
                natural += words[b].Width;
                var last = b == m - 1;
                if (last != (k + 1 == lines)) continue;
                var hyphen = IsHyphen(b);
                if (hyphen && h >= LineBreaker.MaxHyphensInARow) continue;

                double badness = 0;
                if (!last)
                {
                    var slack = Math.Max(0, lineWidth - natural - (hyphen ? hyphens[b] : 0));
                    var ratio = stretch > 0 ? slack / (stretch * Stretchability) : 0;
                    badness = stretch > 0 ? 100 * ratio * ratio * ratio : RaggedBadness;
                }
                var demerits = (LinePenalty + badness) * (LinePenalty + badness) + (badness > Tolerance ? LooseDemerits : 0);
                if (hyphen)
                {
                    demerits += HyphenDemerits;
                    if (h > 0) demerits += DoubleHyphenDemerits;
                    if (k + 2 == lines) demerits += FinalHyphenDemerits;
                }
                var to = Index(b, k + 1, hyphen ? h + 1 : 0);
                if (before + demerits < cost[to])
                {
                    cost[to] = before + demerits;
                    from_[to] = source;
                }
            }
        }
    }
}
