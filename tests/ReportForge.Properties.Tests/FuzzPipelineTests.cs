using System.Text;
using ReportForge.Fuzz;

namespace ReportForge.Tests;

/// <summary>
/// The notes and theme fuzzing targets (issue 16): their seed corpora replay through the harness, and a short,
/// seeded run of mutations of each seed goes through it as well, the same every time. The property is the fuzzer's:
/// no exception, no internal error, every error names its file. The hang guard is generous; nothing is timed.
/// </summary>
public sealed class FuzzPipelineTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(300);

    /// <summary>Tokens a mutation may put in: JSON punctuation, edge numbers .NET holds, escapes it can decode.</summary>
    private static readonly string[] Tokens =
        ["{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "0.5", "1e3", "99999", "\"\"", "\"#zzzzzz\"", "\"\\u00e9\"", "\"\\n\"", "[]", "{}"];

    private readonly PipelineHarness _harness = new(Path.Combine(TestPaths.Root, "tests", "Corpus", "_base"));

    public void Dispose() => _harness.Dispose();

    public static TheoryData<string> NotesSeeds() => Seeds("corpus-notes");

    public static TheoryData<string> ThemeSeeds() => Seeds("corpus-themes");

    [Theory]
    [MemberData(nameof(NotesSeeds))]
    public void Notes_seed_replays_through_the_harness(string seed) => Guarded(() => _harness.RunNotes(Read("corpus-notes", seed)));

    [Theory]
    [MemberData(nameof(ThemeSeeds))]
    public void Theme_seed_replays_through_the_harness(string seed) => Guarded(() => _harness.RunTheme(Read("corpus-themes", seed)));

    [Fact]
    public void Seeded_notes_mutations_get_located_errors_or_render() => Mutate("corpus-notes", seed: 16, count: 100, b => _harness.RunNotes(b));

    [Fact]
    public void Seeded_theme_mutations_get_located_errors_or_render() => Mutate("corpus-themes", seed: 17, count: 100, b => _harness.RunTheme(b));

    private static void Mutate(string folder, int seed, int count, Action<byte[]> run)
    {
        var random = new Random(seed);
        var seeds = Directory.EnumerateFiles(Folder(folder)).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; i < count; i++)
        {
            var text = seeds[random.Next(seeds.Count)];
            for (var edits = random.Next(1, 4); edits > 0; edits--) text = Edit(text, random);
            var input = Encoding.UTF8.GetBytes(text);
            try
            {
                Guarded(() => run(input));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"mutation {i} crashed the harness: {e.Message}\ninput:\n{text}");
            }
        }
    }

    /// <summary>Deletes a span, inserts a token, or duplicates a span: small edits that keep most inputs near-valid.</summary>
    private static string Edit(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        var length = Math.Min(random.Next(1, 12), text.Length - at);
        return random.Next(3) switch
        {
            0 when length > 0 => text.Remove(at, length),
            1 => text.Insert(at, Tokens[random.Next(Tokens.Length)]),
            _ => text.Insert(at, text.Substring(at, Math.Max(0, length))),
        };
    }

    private static void Guarded(Action work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(HangGuard), $"the harness did not finish within {HangGuard.TotalSeconds} s: a hang");
    }

    private static string Folder(string name) => Path.Combine(TestPaths.Root, "tests", "ReportForge.Fuzz", name);

    private static byte[] Read(string folder, string seed) => File.ReadAllBytes(Path.Combine(Folder(folder), seed));

    private static TheoryData<string> Seeds(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder(folder)).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }
}
