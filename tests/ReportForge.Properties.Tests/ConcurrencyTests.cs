namespace ReportForge.Tests;

/// <summary>
/// Eight renders started together in one process give the bytes of a render on its own: the font resolver,
/// the measured-width caches and the template builtins are shared by every render and must be thread-safe.
/// The parallel renders run first, so they also race to fill the caches.
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const int Renders = 8;
    private readonly string _output = Directory.CreateTempSubdirectory("rf-parallel-").FullName;

    public static TheoryData<string, string> Reports => new()
    {
        { "daily-briefing", Path.Combine("input", "talks-2022-01-11.json") },
        { "showcase", Path.Combine("templates", "showcase", "sample.json") },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void EightParallelRendersGiveTheBytesOfOneOnItsOwn(string template, string notes)
    {
        var request = new ReportRequest
        {
            NotesPath = Path.Combine(TestPaths.Root, notes), Template = template, TemplateFolders = [TestPaths.Templates],
            Formats = ["pdf", "docx"], OutputDirectory = _output, SourceDateEpoch = 1641859200,
        };

        var parallel = new List<(string Name, byte[] Bytes)>[Renders];
        var failures = new Exception?[Renders];
        using var start = new Barrier(Renders);
        var threads = Enumerable.Range(0, Renders).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            try { parallel[i] = Render(request); }
            catch (Exception e) { failures[i] = e; }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var alone = Render(request);

        Assert.All(failures, f => Assert.Null(f));
        Assert.Equal(["pdf", "docx"], alone.Select(f => Path.GetExtension(f.Name).TrimStart('.')).Order().Reverse());
        foreach (var run in parallel)
        {
            Assert.Equal(alone.Select(f => f.Name), run.Select(f => f.Name));
            for (var i = 0; i < alone.Count; i++) Assert.True(alone[i].Bytes.AsSpan().SequenceEqual(run[i].Bytes), $"{alone[i].Name} differs from the render on its own");
        }
    }

    private static List<(string Name, byte[] Bytes)> Render(ReportRequest request)
    {
        var rendered = ReportEngine.RenderInMemory(request);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        return [.. rendered.Value.Files.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);
}
