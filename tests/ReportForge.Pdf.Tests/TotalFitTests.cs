using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;
using Xunit.Abstractions;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// Justified paragraphs are broken by total fit among the breaks that give first fit's line count (Word parity), every
/// line at its natural width or wider; no more than two lines in a row end at a soft hyphen.
/// </summary>
public sealed class TotalFitTests(ITestOutputHelper output)
{
    private static readonly FontFace Body = new("Liberation Sans", false, false, 10);
    private static readonly Rgb Black = new(0, 0, 0);
    private const char Shy = '\u00AD';

    private static readonly string[] Vocabulary =
    [
        "a", "an", "the", "of", "to", "in", "and", "talks", "border", "crisis", "round", "envoys", "Moscow", "Washington",
        "inconclusive", "confrontation", "internationalisation", "counter-revolutionary", "well-known", "NATO",
        $"ne{Shy}go{Shy}ti{Shy}a{Shy}tions", $"diplo{Shy}mats", $"en{Shy}croach{Shy}ment", $"incur{Shy}sion", "it", "is", "by",
        "presidency", "Kremlin", "—", "sidelined", "breakthrough", "membership", "sovereign", "states",
    ];

    private static List<TextLine> Break(IReadOnlyList<TextSpan> spans, double width, bool justify, double indent = 0) =>
        LineBreaker.Break(spans, width, PdfSharpMeasurer.Shared, 1.2, indent, justify);

    private static List<TextLine> Break(string text, double width, bool justify, double indent = 0) =>
        Break([new TextSpan(text, Body, Black)], width, justify, indent);

    // How far each stretched line (not the last, not one ended by a forced break) widens its spaces: 0.5 is 1.5 times.
    private static IEnumerable<double> Stretches(List<TextLine> lines, double width, double indent = 0)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsLast || line.EndsWithForcedBreak) continue;
            var slack = Math.Max(0, (i == 0 ? width - indent : width) - line.Width);
            var spaces = line.Fragments.Where(f => f.IsSpace).Sum(f => f.Width);
            yield return spaces > 0 ? slack / spaces : slack > 0.5 ? double.PositiveInfinity : 0;
        }
    }

    private static double MostStretch(List<TextLine> lines, double width, double indent = 0) => Stretches(lines, width, indent).DefaultIfEmpty(0).Max();

    // The text again, without the "-" shown at a soft hyphen.
    private static string Words(List<TextLine> lines) =>
        string.Concat(lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text)))).Replace("-", "").Replace(" ", "");

    private static string Paragraph(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    [Fact]
    public void Total_fit_keeps_first_fits_line_count_fits_every_line_and_never_stretches_further()
    {
        var random = new Random(19);
        var better = 0;
        for (var round = 0; round < 400; round++)
        {
            var width = 120 + random.NextDouble() * 280;
            var indent = random.Next(4) == 0 ? random.NextDouble() * 20 : 0;
            var spans = new List<TextSpan> { new(Paragraph(random, random.Next(5, 120)), Body, Black) };
            if (random.Next(3) == 0) spans.AddRange([new TextSpan("\n", Body, Black), new TextSpan(Paragraph(random, random.Next(1, 60)), Body, Black)]);
            var what = $"round {round}, width {width:0.0}, indent {indent:0.0}";

            var firstFit = Break(spans, width, justify: false, indent);
            var totalFit = Break(spans, width, justify: true, indent);

            Assert.True(firstFit.Count == totalFit.Count, $"{what}: {totalFit.Count} lines, first fit {firstFit.Count}");
            for (var i = 0; i < totalFit.Count; i++)
                Assert.True(totalFit[i].Width <= (i == 0 ? width - indent : width) + 0.01, $"{what}: line {i} is {totalFit[i].Width:0.00} wide");
            Assert.Equal(Words(firstFit), Words(totalFit));
            Assert.True(totalFit[^1].IsLast, what);
            Assert.Equal(firstFit.Select(l => l.EndsWithForcedBreak), totalFit.Select(l => l.EndsWithForcedBreak));
            var (most, mostFirstFit) = (MostStretch(totalFit, width, indent), MostStretch(firstFit, width, indent));
            Assert.True(most <= mostFirstFit + 1e-9, $"{what}: stretches {most:0.000}, first fit {mostFirstFit:0.000}");
            if (most < mostFirstFit - 0.05) better++;
        }
        output.WriteLine($"total fit stretched least where first fit stretched more in {better} of 400 paragraphs");
        Assert.True(better > 40, $"only {better} of 400 paragraphs were set better");
    }

    [Fact]
    public void A_loose_line_before_a_long_word_takes_a_word_from_the_line_above_and_left_text_stays_first_fit()
    {
        const string text = "envoys of breakthrough crisis the round by to round Kremlin it Washington is to diplomats and is "
            + "counter-revolutionary an envoys an by breakthrough membership counter-revolutionary — — is — it";
        string[] firstFit =
        [
            "envoys of breakthrough crisis the round by to",
            "round Kremlin it Washington is to diplomats",
            "and is counter-revolutionary an envoys an by",
            "breakthrough membership counter-",
            "revolutionary — — is — it",
        ];
        string[] totalFit =
        [
            "envoys of breakthrough crisis the round by to",
            "round Kremlin it Washington is to diplomats",
            "and is counter-revolutionary an envoys",
            "an by breakthrough membership counter-",
            "revolutionary — — is — it",
        ];
        static string[] Shown(List<TextLine> lines) => lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text))).ToArray();

        var left = Break(text, 200, justify: false);
        var justified = Break(text, 200, justify: true);
        Assert.Equal(firstFit, Shown(left));
        Assert.Equal(totalFit, Shown(justified));
        var (most, mostFirstFit) = (MostStretch(justified, 200), MostStretch(left, 200));
        output.WriteLine($"most stretch: first fit {mostFirstFit:0.00}, total fit {most:0.00} (1 = spaces twice as wide)");
        // Spaces almost nine times as wide in first fit's fourth line; the two words it takes make the third loose instead.
        Assert.True(mostFirstFit > 7 && most < 3, $"first fit {mostFirstFit:0.00}, total fit {most:0.00}");
    }

    [Fact]
    public void The_last_line_is_not_stretched_and_its_slack_costs_nothing()
    {
        // Five lines of first fit; total fit leaves the last one short rather than stretching the others.
        var text = Paragraph(new Random(3), 60).Replace(Shy.ToString(), "");
        var lines = Break(text, 250, justify: true);
        Assert.True(lines[^1].IsLast);
        Assert.All(lines.Take(lines.Count - 1), l => Assert.False(l.IsLast));
        var first = Break(text, 250, justify: false);
        Assert.True(lines[^1].Width >= first[^1].Width - 0.01, $"last line {lines[^1].Width:0.0}, first fit's {first[^1].Width:0.0}");

        // Drawn justified, its words are a space apart.
        var canvas = new RecordingCanvas();
        canvas.BeginPage(595, 842, 1);
        canvas.BeginStructure(StructureKind.Paragraph);
        var block = new TextBlockElement([new TextSpan("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike", Body, Black)],
            TextAlignment.Justify, 1.2);
        block.Attach(new LayoutContext(canvas, PdfSharpMeasurer.Shared, new Size(150, 500)));
        Assert.Equal(SpacePlanKind.Full, block.Measure(new Size(150, 500)).Kind);
        block.Draw(new Size(150, 500));
        var last = canvas.Texts.Where(t => t.Baseline == canvas.Texts.Max(x => x.Baseline)).OrderBy(t => t.X).ToList();
        Assert.Single(last);
        Assert.Equal(last[0].Text, last[0].Text.Trim());
        Assert.Contains(" ", last[0].Text);
    }

    [Fact]
    public void No_more_than_two_lines_in_a_row_end_at_a_soft_hyphen_in_first_fit_or_total_fit()
    {
        var word = $"ne{Shy}go{Shy}ti{Shy}a{Shy}tions";
        var text = string.Join(' ', Enumerable.Repeat($"to {word}", 30));
        foreach (var justify in new[] { false, true })
        {
            for (var width = 90.0; width < 200; width += 7)
            {
                var lines = Break(text, width, justify);
                var run = 0;
                foreach (var line in lines)
                {
                    run = line.Fragments[^1].Text.EndsWith('-') ? run + 1 : 0;
                    Assert.True(run <= LineBreaker.MaxHyphensInARow, $"width {width}, justify {justify}: {run} lines in a row end at a hyphen");
                }
                Assert.Equal(Words(Break(text.Replace(Shy.ToString(), ""), width, justify)), Words(lines));
            }
        }
        // Without the limit first fit would end three lines in a row at a hyphen here.
        var unlimited = 0;
        for (var width = 90.0; width < 200; width += 7) unlimited = Math.Max(unlimited, RunWithoutLimit(text, width));
        Assert.True(unlimited > LineBreaker.MaxHyphensInARow, $"no width gives a longer run ({unlimited})");
    }

    // First fit by hand, every soft hyphen a break: the longest run of lines ending at one.
    private static int RunWithoutLimit(string text, double width)
    {
        var measure = PdfSharpMeasurer.Shared;
        var (run, longest, line) = (0, 0, "");
        var pieces = text.Split(' ').SelectMany((w, i) => w.Split(Shy).Select((p, k) => (Text: (k == 0 && i > 0 ? " " : "") + p, Soft: k < w.Split(Shy).Length - 1)));
        var soft = false;
        foreach (var (piece, endsSoft) in pieces)
        {
            var tried = line + piece;
            if (line.Length > 0 && measure.Width(tried.TrimStart() + (endsSoft ? "-" : ""), Body) > width + 0.01)
            {
                run = soft ? run + 1 : 0;
                longest = Math.Max(longest, run);
                line = piece.TrimStart();
            }
            else line = tried;
            soft = endsSoft;
        }
        return longest;
    }

    [Fact]
    public void Lines_ending_at_a_written_hyphen_do_not_count_toward_the_limit()
    {
        var text = string.Join('-', Enumerable.Repeat("alpha-bravo-charlie-delta-echo", 8));
        var lines = Break(text, 100, justify: true);
        var run = 0;
        var longest = 0;
        foreach (var line in lines.Take(lines.Count - 1))
        {
            run = line.Fragments[^1].Text.EndsWith('-') ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        Assert.True(longest > LineBreaker.MaxHyphensInARow, $"at most {longest} lines in a row end at a written hyphen");
        Assert.Equal(text.Replace(" ", "").Replace("-", ""), Words(lines));
    }

    [Fact]
    public void A_right_to_left_paragraph_is_broken_by_total_fit_and_laid_out_as_seen()
    {
        var words = new[] { "שלום", "עולם", "ירושלים", "הסכם", "שיחות", "בטחון", "אמנה", "מדינות", "ריבוניות" };
        var random = new Random(11);
        var text = string.Join(' ', Enumerable.Range(0, 90).Select(_ => words[random.Next(words.Length)]));
        var spans = new List<TextSpan> { new(text, new FontFace("DejaVu Sans", false, false, 10), Black) };
        var firstFit = Break(spans, 180, justify: false);
        var totalFit = Break(spans, 180, justify: true);
        Assert.Equal(firstFit.Count, totalFit.Count);
        Assert.All(totalFit, l => Assert.True(l.IsRightToLeft && l.ReadingOrder is not null && l.Width <= 180.01, $"line {l.Width:0.00} wide"));
        Assert.True(MostStretch(totalFit, 180) <= MostStretch(firstFit, 180) + 1e-9);
        // Read in order, the lines hold every word once.
        var read = totalFit.SelectMany(l => l.ReadingOrder!.Select(r => r.ActualText ?? l.Fragments[r.Index].Text)).Where(t => t.Trim().Length > 0);
        Assert.Equal(text.Split(' '), read.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
