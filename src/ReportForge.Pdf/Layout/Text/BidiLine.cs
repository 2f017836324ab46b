using System.Globalization;
using System.Text;
using ReportForge.Pdf.Fonts;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Lays out one line of a paragraph that holds right-to-left text (UAX #9, rules L1–L4). The line's pieces come in
/// logical order; they are cut where the level changes, spaces at the end of the line go back to the paragraph's
/// level (L1), runs are reversed from the highest level down to the lowest odd one (L2), and each right-to-left run
/// is drawn reversed by grapheme cluster (a letter keeps its marks, a surrogate pair stays whole) with paired
/// brackets mirrored (L4). Fragments lie left to right as seen; the reading order says how they are read.
/// </summary>
internal static class BidiLine
{
    private sealed record Run(LinePiece Piece, string Text, double Width, byte Level)
    {
        public bool IsRightToLeft => Level % 2 == 1;
    }

    /// <summary>The line's fragments left to right with their x, the same fragments in reading order, and the line's width.</summary>
    public static (List<LineFragment> Fragments, List<ReadingFragment> ReadingOrder, double Width) Lay(List<LinePiece> pieces, BidiParagraph paragraph,
        ITextMeasurer measurer)
    {
        var runs = Runs(pieces, paragraph, measurer);
        var fragments = new List<LineFragment>(runs.Count);
        var written = new List<(int FirstRun, string Text)>(runs.Count); // each fragment's text in logical order
        var x = 0.0;
        var previous = -1;
        foreach (var r in VisualOrder(runs))
        {
            var run = runs[r];
            var span = run.Piece.Span;
            var shown = run.IsRightToLeft ? ReverseForDisplay(run.Text) : run.Text;
            // Runs next to each other both as seen and as read, in one style and level, are drawn as one.
            if (previous >= 0 && fragments[^1] is { IsSpace: false } last && !run.Piece.IsSpace && runs[previous].Level == run.Level
                && r == previous + (run.IsRightToLeft ? -1 : 1) && SameStyle(last, span))
            {
                fragments[^1] = last with { Text = last.Text + shown, Width = last.Width + run.Width };
                var (first, text) = written[^1];
                written[^1] = run.IsRightToLeft ? (r, run.Text + text) : (first, text + run.Text);
            }
            else
            {
                fragments.Add(new LineFragment(shown, span.Face, span.Color, span.Link, span.Underline, x, run.Width, run.Piece.IsSpace, span.Rise,
                    span.Background));
                written.Add((r, run.Text));
            }
            x += run.Width;
            previous = r;
        }
        return (fragments, ReadingOrder(fragments, written), x);
    }

    private static List<Run> Runs(List<LinePiece> pieces, BidiParagraph paragraph, ITextMeasurer measurer)
    {
        var runs = new List<Run>(pieces.Count + 2);
        var trailing = pieces.Count;
        while (trailing > 0 && pieces[trailing - 1].IsSpace) trailing--;
        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            if (p >= trailing)
            {
                runs.Add(new Run(piece, piece.Text, piece.Width, paragraph.BaseLevel));
                continue;
            }
            var text = piece.Text;
            var start = 0;
            var level = paragraph.LevelAt(piece.Start);
            for (var i = 1; i <= text.Length; i++)
            {
                var next = i < text.Length ? paragraph.LevelAt(piece.Start + i) : (byte)255;
                if (next == level) continue;
                runs.Add(start == 0 && i == text.Length
                    ? new Run(piece, text, piece.Width, level)
                    : new Run(piece, text[start..i], measurer.Width(text, start, i - start, piece.Span.Face), level));
                start = i;
                level = next;
            }
        }
        return runs;
    }

    // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or higher.
    private static int[] VisualOrder(List<Run> runs)
    {
        var order = new int[runs.Count];
        var highest = 0;
        var lowestOdd = int.MaxValue;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            highest = Math.Max(highest, runs[i].Level);
            if (runs[i].IsRightToLeft) lowestOdd = Math.Min(lowestOdd, runs[i].Level);
        }
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < order.Length; i++)
            {
                if (runs[order[i]].Level < level) continue;
                var end = i;
                while (end < order.Length && runs[order[end]].Level >= level) end++;
                Array.Reverse(order, i, end - i);
                i = end;
            }
        }
        return order;
    }

    private static List<ReadingFragment> ReadingOrder(List<LineFragment> fragments, List<(int FirstRun, string Text)> written)
    {
        var indices = new int[fragments.Count];
        var firstRuns = new int[fragments.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
            firstRuns[i] = written[i].FirstRun;
        }
        Array.Sort(firstRuns, indices);
        var order = new List<ReadingFragment>(indices.Length);
        foreach (var i in indices)
        {
            var text = fragments[i].IsSpace ? fragments[i].Text : ArabicShaper.Unshape(written[i].Text);
            order.Add(new ReadingFragment(i, text == fragments[i].Text ? null : text));
        }
        return order;
    }

    private static string ReverseForDisplay(string text)
    {
        if (text.Length == 1) return Mirror(text[0]) is var m && m == text[0] ? text : m.ToString();
        var clusters = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(i));
            clusters.Add((i, length));
            i += length;
        }
        var reversed = new StringBuilder(text.Length);
        for (var k = clusters.Count - 1; k >= 0; k--)
        {
            var (start, length) = clusters[k];
            if (length == 1) reversed.Append(Mirror(text[start]));
            else reversed.Append(text, start, length);
        }
        return reversed.ToString();
    }

    private static char Mirror(char c) => c switch
    {
        '(' => ')', ')' => '(',
        '[' => ']', ']' => '[',
        '{' => '}', '}' => '{',
        '<' => '>', '>' => '<',
        '«' => '»', '»' => '«',
        '‹' => '›', '›' => '‹',
        _ => c,
    };

    private static bool SameStyle(LineFragment fragment, TextSpan span) =>
        fragment.Face == span.Face && fragment.Color == span.Color && fragment.Link == span.Link && fragment.Underline == span.Underline
            && fragment.Rise == span.Rise && fragment.Background == span.Background;
}
