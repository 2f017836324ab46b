using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Tests;

/// <summary>contents.min_entries: a contents only for documents with enough headings, read and decided in Core.</summary>
public sealed class ContentsThresholdTests
{
    private static Heading H(int level, string text) => new(level, [new TextRun(text)], text.ToLowerInvariant());

    private static readonly IReadOnlyList<Block> Blocks =
    [
        H(1, "A"), H(2, "A1"), new KeepTogether([H(2, "A2"), new Paragraph([new TextRun("x")])]), H(3, "A2a"),
        new Callout("Box", [H(2, "In a box")]), H(1, "B"),
    ];

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(2, 1, true)]
    [InlineData(3, 1, false)]
    [InlineData(4, 2, true)]
    [InlineData(5, 2, false)]
    [InlineData(5, 3, true)]
    public void The_contents_is_drawn_when_the_headings_down_to_its_depth_reach_the_threshold(int minEntries, int depth, bool shown)
    {
        var contents = new ContentsTheme { MinEntries = minEntries };
        Assert.Equal(shown, contents.Shows(new TableOfContents(null, depth), Blocks));
    }

    [Fact]
    public void The_theme_reads_min_entries_as_a_whole_number_and_defaults_to_always()
    {
        Assert.Equal(0, Theme.Default.Contents.MinEntries);
        var read = ThemeReader.Read("""{ "contents": { "min_entries": 24 } }""", "theme.json");
        Assert.True(read.Succeeded);
        Assert.Equal(24, read.Value.Contents.MinEntries);

        var fraction = ThemeReader.Read("""{ "contents": { "min_entries": 2.5 } }""", "theme.json");
        var error = Assert.Single(fraction.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(ErrorCodes.ThemeValueInvalid, error.Code);
        Assert.Equal("/contents/min_entries", error.Location!.Pointer);
        Assert.Contains("not a whole number", error.Message);

        var negative = ThemeReader.Read("""{ "contents": { "min_entries": -1 } }""", "theme.json");
        Assert.Contains("must lie between 0 and 10000 entries", Assert.Single(negative.Diagnostics, d => d.Severity == Severity.Error).Message);

        var unknown = ThemeReader.Read("""{ "contents": { "min_pages": 3 } }""", "theme.json");
        Assert.Equal(ErrorCodes.ThemeUnknownKey, Assert.Single(unknown.Diagnostics).Code);
    }

    [Fact]
    public void The_daily_briefing_theme_sets_a_threshold_its_sample_stays_under()
    {
        var theme = ThemeReader.Read(File.ReadAllText(Path.Combine(TestPaths.Template("daily-briefing"), "theme.json")), "theme.json");
        Assert.Equal(24, theme.Value.Contents.MinEntries);
    }
}
