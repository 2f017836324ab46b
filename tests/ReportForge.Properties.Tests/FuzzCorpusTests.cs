using ReportForge.Fuzz;

namespace ReportForge.Tests;

/// <summary>The fuzzing harness's seed corpus replays through the harness, and through the markup property's checks.</summary>
public sealed class FuzzCorpusTests
{
    private static string Corpus => Path.Combine(TestPaths.Root, "tests", "ReportForge.Fuzz", "corpus");

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Corpus).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedReplaysThroughTheHarness(string seed)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Corpus, seed));

        MarkupHarness.Run(bytes);
        MarkupPipeline.Check(System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void TheCorpusHasSeeds() => Assert.True(Seeds().Count >= 4);
}
