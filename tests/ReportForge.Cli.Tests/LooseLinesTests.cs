using System.Globalization;
using ReportForge.Tests.Client;

namespace ReportForge.Tests;

public sealed class LooseLinesTests
{
    // A line of words at these left edges, each word 10 pt wide and 12 pt tall.
    private static string Line(params double[] lefts) =>
        "<line>" + string.Concat(lefts.Select((x, i) => string.Create(CultureInfo.InvariantCulture, $"<word xMin=\"{x}\" yMin=\"100\" xMax=\"{x + 10}\" yMax=\"112\">w{i}</word>"))) + "</line>";

    private static string Page(params string[] lines) => "<page width=\"595\" height=\"842\"><flow><block>" + string.Concat(lines) + "</block></flow></page>";

    [Fact]
    public void A_line_is_loose_when_its_mean_word_space_is_over_one_and_a_half_times_the_tenth_percentile()
    {
        // Nine lines spaced 3 pt, one 4.6 pt (loose), one 4.4 pt (not quite); a five-word line and a taller line do not count.
        var normal = Enumerable.Range(0, 9).Select(_ => Line(0, 13, 26, 39, 52, 65)).ToArray();
        var loose = Line(0, 14.6, 29.2, 43.8, 58.4, 73);
        var almost = Line(0, 14.4, 28.8, 43.2, 57.6, 72);
        var fewWords = Line(0, 30, 60, 90, 120);
        var tall = "<line>" + string.Concat(Enumerable.Range(0, 6).Select(i => $"<word xMin=\"{i * 40}\" yMin=\"0\" xMax=\"{i * 40 + 10}\" yMax=\"20\">t</word>")) + "</line>";
        var xhtml = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"x.dtd\"><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><doc>"
            + Page([.. normal[..5], loose, fewWords]) + Page([.. normal[5..], almost, tall]) + "</doc></body></html>";

        var measured = LooseLines.Measure(xhtml);

        Assert.Equal(11, measured.Body);
        Assert.Equal(3, measured.Normal, 6);
        Assert.Equal(1, measured.Loose);
        Assert.Equal(1, measured.Worst.Single().Page);
        Assert.Equal(4.6 / 3, measured.Worst.Single().Times, 6);
        Assert.StartsWith("loose 1/11 (0.091)", measured.ToString());
    }
}
