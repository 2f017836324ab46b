using ReportForge.Pdf.Fonts;
using ReportForge.Text.Hyphenation;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Cuts words at their hyphenation points into pieces that end at a discretionary break, as a soft hyphen does ("-"
/// shown only when a line ends there). As in LibreOffice, a word that holds a soft hyphen keeps only those breaks; a
/// run between spaces that looks like a URL or an address is not hyphenated, nor is a word with other than letters,
/// digits and apostrophes between its first and last letter ("e.g.", "file_name"). Each part of a word split after a
/// hyphen ("well-" "known") is hyphenated by itself.
/// </summary>
internal static class WordHyphenation
{
    public static IEnumerable<LineWord> Apply(IEnumerable<LineWord> words, ITextMeasurer measurer)
    {
        var run = new List<LineWord>();
        foreach (var word in words)
        {
            if (!word.IsSpace && !word.IsBreak)
            {
                run.Add(word);
                continue;
            }
            foreach (var piece in Hyphenate(run, measurer)) yield return piece;
            run.Clear();
            yield return word;
        }
        foreach (var piece in Hyphenate(run, measurer)) yield return piece;
    }

    private static IEnumerable<LineWord> Hyphenate(List<LineWord> run, ITextMeasurer measurer)
    {
        if (run.Count == 0 || run.Any(w => w.EndsAtSoftHyphen) || LooksLikeAddress(run)) return run;
        return run.SelectMany(w => Split(w, measurer));
    }

    private static bool LooksLikeAddress(List<LineWord> run)
    {
        if (!run.Any(w => w.Pieces.Any(p => HyphenationRules.MayBeAddress(p.Text)))) return false;
        return HyphenationRules.LooksLikeAddress(string.Concat(run.SelectMany(w => w.Pieces).Select(p => p.Text)));
    }

    private static IEnumerable<LineWord> Split(LineWord word, ITextMeasurer measurer)
    {
        var hyphenator = word.Pieces[0].Span.Hyphenator;
        if (hyphenator is null || word.Pieces.Any(p => p.Span.Hyphenator != hyphenator)) return [word];

        var text = word.Pieces.Count == 1 ? word.Pieces[0].Text : string.Concat(word.Pieces.Select(p => p.Text));
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start])) start++;
        var end = text.Length;
        while (end > start && !char.IsLetterOrDigit(text[end - 1])) end--;
        if (end - start < HyphenationRules.MinimumWordLength) return [word];
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) && c is not '\'' and not '\u2019' && !IsMark(c)) return [word];
        }

        var points = hyphenator.Points(text[start..end]);
        return points.Count == 0 ? [word] : Cut(word, points.Select(p => start + p).ToList(), measurer);
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // The word cut before each of the offsets (into the word's text); every part but the last ends at a discretionary break.
    private static IEnumerable<LineWord> Cut(LineWord word, List<int> cuts, ITextMeasurer measurer)
    {
        var parts = new List<LinePiece>();
        var width = 0.0;
        var next = 0; // the next cut
        var offset = 0; // where the piece starts in the word's text
        foreach (var piece in word.Pieces)
        {
            var from = 0;
            while (next < cuts.Count && cuts[next] - offset < piece.Text.Length)
            {
                var at = cuts[next] - offset;
                if (at > from)
                {
                    var part = Part(piece, from, at, measurer);
                    parts.Add(part);
                    width += part.Width;
                }
                if (parts.Count > 0) yield return new LineWord(parts, width, EndsAtSoftHyphen: true);
                parts = [];
                width = 0;
                from = at;
                next++;
            }
            var rest = from == 0 ? piece : Part(piece, from, piece.Text.Length, measurer);
            parts.Add(rest);
            width += rest.Width;
            offset += piece.Text.Length;
        }
        yield return new LineWord(parts, width, EndsAtSoftHyphen: word.EndsAtSoftHyphen);
    }

    private static LinePiece Part(LinePiece piece, int from, int to, ITextMeasurer measurer) =>
        piece with { Text = piece.Text[from..to], Width = measurer.Width(piece.Text, from, to - from, piece.Span.Face), Start = piece.Start + from };
}
