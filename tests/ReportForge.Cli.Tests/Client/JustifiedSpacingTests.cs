using Xunit.Abstractions;

namespace ReportForge.Tests.Client;

/// <summary>
/// Issue 19's measure of even justified text: the share of the 40-talk report's body lines (the daily briefing,
/// justified) whose word spaces are over 1.5 times the normal one. The figure is printed, with the sample briefing's.
/// The goal is under 1 %; total fit and hyphenation bring it from 11.4 % (first fit, b73c5f5) to 6.5 %, and
/// the test holds that gain while the rest (spaces that shrink, docs/typesetting.md) is open.
/// </summary>
[Trait("Category", "Client")]
public sealed class JustifiedSpacingTests(ITestOutputHelper output)
{
    [Fact]
    public void Justified_body_lines_of_the_40_talk_report_are_loose_no_more_often_than_measured()
    {
        var pdftotext = ClientTool.Find("pdftotext", "poppler-utils", "pdftotext");
        var talks = Loose(pdftotext, Path.Combine(TestPaths.Root, "tests", "Parity", "notes", "talks-40.json"), "talks-40");
        var sample = Loose(pdftotext, null, "talks-2022-01-11");
        output.WriteLine($"40-talk report: {talks}");
        output.WriteLine($"sample briefing: {sample}");
        Assert.True(talks.Body > 500, $"only {talks.Body} body lines were found: {talks}");
        Assert.True(talks.Share <= 0.066, $"40-talk report: {talks} (measured at 67/1030 when this was written)");
    }

    // The report of the notes (null: the CLI without arguments, the built-in sample) in the daily briefing, measured.
    private static LooseLines Loose(string pdftotext, string? notes, string stem)
    {
        var folder = CliRunner.TempDir();
        string[] args = notes is null ? [] : ["render", notes, "-t", "daily-briefing", "--templates", TestPaths.Templates, "-o", "out", "-f", "pdf"];
        var run = CliRunner.Process(folder, null, args);
        Assert.True(run.ExitCode == 0, $"reportforge {string.Join(' ', args)} exited {run.ExitCode}: {run.Stdout}{run.Stderr}");
        var pdf = Path.Combine(folder, "out", stem + ".pdf");
        var html = Path.Combine(folder, stem + ".html");
        var (code, _, stderr) = ClientTool.Run(pdftotext, ["-bbox-layout", pdf, html], "pdftotext -bbox-layout did not finish");
        Assert.True(code == 0, $"pdftotext -bbox-layout {pdf} exited {code}: {stderr}");
        return LooseLines.Measure(File.ReadAllText(html));
    }
}
