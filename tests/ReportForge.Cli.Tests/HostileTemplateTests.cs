using System.Text.Json;
using System.Text.RegularExpressions;
using ReportForge.Diagnostics;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// Hostile templates, folder-discovered: each folder under <c>tests/Corpus/templates/</c> is a template
/// (template.sbn, template.json, partials) with <c>expected.json</c>: the error <c>code</c>, the <c>file</c> it
/// cites (relative to the case folder), <c>line</c> and <c>column</c> (0 for a timeout that may strike anywhere in
/// a loop: then any place in the file will do), a <c>message</c> fragment, optionally a
/// <c>timeout</c> in seconds, and <c>process: true</c> to run it through the real CLI process as well. Every case
/// goes through the whole pipeline and must stop with its one located error, write nothing, and finish
/// (a hang guard fails a case that runs past a minute). Add a folder to add a case.
/// </summary>
public sealed class HostileTemplateTests
{
    private static string CorpusFolder => Path.Combine(TestPaths.Root, "tests", "Corpus", "templates");

    private static string CorpusNotes => Path.Combine(TestPaths.Root, "tests", "Corpus", "notes.json");

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private sealed record Expected(string Code, string File, int Line, int Column, string Message, double? Timeout, bool Process);

    public static TheoryData<string> Cases() => Discover(_ => true);

    public static TheoryData<string> ProcessCases() => Discover(e => e.Process);

    private static TheoryData<string> Discover(Func<Expected, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(CorpusFolder).Where(d => !Path.GetFileName(d).StartsWith('_')).Order(StringComparer.Ordinal))
        {
            if (which(Read(dir))) data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    private static Expected Read(string dir)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var e = json.RootElement;
        return new Expected(e.GetProperty("code").GetString()!, e.GetProperty("file").GetString()!, e.GetProperty("line").GetInt32(),
            e.GetProperty("column").GetInt32(), e.GetProperty("message").GetString()!,
            e.TryGetProperty("timeout", out var t) ? t.GetDouble() : null, e.TryGetProperty("process", out var p) && p.GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_stops_with_its_located_error_and_writes_nothing(string name)
    {
        var dir = Path.Combine(CorpusFolder, name);
        var expected = Read(dir);
        var output = Path.Combine(CliRunner.TempDir(), "out");
        var request = new ReportRequest
        {
            NotesPath = CorpusNotes,
            Template = dir,
            OutputDirectory = output,
            RenderTimeout = expected.Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };

        var run = Task.Run(() => ReportEngine.Render(request));
        var first = await Task.WhenAny(run, Task.Delay(HangGuard));
        Assert.True(first == run, $"{name}: the render did not stop within {HangGuard.TotalSeconds} s");
        var result = await run;

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RF1999");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(expected.Code, error.Code);
        Assert.Contains(expected.Message, error.Message);
        var file = error.Location!.File.Replace('\\', '/');
        Assert.True(file.Contains($"{name}/{expected.File}", StringComparison.Ordinal), $"{name}: the error cites {file}, not {expected.File}");
        if (expected.Line == 0) Assert.True(error.Location.Line > 0 && error.Location.Column > 0, $"{name}: the error has no place");
        else Assert.Equal((expected.Line, expected.Column), (error.Location.Line, error.Location.Column));
        Assert.False(Directory.Exists(output), $"{name}: something was written");
    }

    [Theory]
    [MemberData(nameof(ProcessCases))]
    public void Case_through_the_cli_process_exits_1_with_one_located_error(string name)
    {
        var dir = Path.Combine(CorpusFolder, name);
        var expected = Read(dir);
        var work = CliRunner.TempDir();
        var args = new List<string> { "render", CorpusNotes, "-t", dir, "-o", Path.Combine(work, "out") };
        if (expected.Timeout is { } seconds) args.AddRange(["--timeout", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        var result = CliRunner.Process(work, null, [.. args]);

        CorpusInvariants.AssertNoCrash(name, result.ExitCode, result.Stderr);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var place = expected.Line == 0 ? @"\d+:\d+" : $"{expected.Line}:{expected.Column}";
        Assert.Matches(new Regex($@"{Regex.Escape(name)}/{Regex.Escape(expected.File)}\S*:{place}: error {expected.Code}: "), line);
        Assert.Contains(expected.Message, line);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    [Fact]
    public void The_corpus_has_the_cases_the_issue_names()
    {
        var names = Directory.EnumerateDirectories(CorpusFolder).Select(Path.GetFileName).ToList();
        Assert.True(names.Count >= 20);
        Assert.Contains("while-true", names);
        Assert.Contains("recursive-partial", names);
        Assert.Contains("include-passwd", names);
        Assert.Contains("dotnet-gettype", names);
        Assert.Contains("environment", names);
        foreach (var dir in Directory.EnumerateDirectories(CorpusFolder).Where(d => !Path.GetFileName(d).StartsWith('_')))
        {
            Assert.NotEqual("RF1999", Read(dir).Code);
        }
    }
}
