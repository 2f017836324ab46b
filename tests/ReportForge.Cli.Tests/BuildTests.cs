using System.Text.Json;
using System.Text.RegularExpressions;
using ReportForge.Batch;

namespace ReportForge.Tests;

/// <summary>reportforge build: manifest, parallel determinism, failures, shards, incremental builds, exit codes, output.</summary>
public sealed class BuildTests
{
    /// <summary>A folder with a manifest and <paramref name="count"/> notes files made from the sample.</summary>
    private static string Workspace(int count, string? manifest = null)
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        var sample = File.ReadAllText(TestPaths.SampleNotes);
        for (var i = 1; i <= count; i++)
        {
            var notes = sample.Replace("\"date\": \"2022-01-11\"", $"\"date\": \"2022-01-{10 + i:00}\"", StringComparison.Ordinal)
                .Replace("US/NATO–Russia talks on the Ukraine border crisis", $"Briefing number {i}", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(dir, "input", $"day-{i}.json"), notes);
        }
        File.WriteAllText(Path.Combine(dir, "reportforge.json"), manifest ?? """
            { "output_dir": "out", "output": "{date}/{name}.{format}",
              "jobs": [ { "notes": "input/*.json", "template": "daily-briefing", "formats": ["pdf", "docx"] } ] }
            """);
        return dir;
    }

    private static BuildResult Build(string dir, BuildOptions? options = null)
    {
        var manifest = BuildManifest.Load(Path.Combine(dir, "reportforge.json"));
        Assert.True(manifest.Succeeded, string.Join("\n", manifest.Diagnostics));
        return BuildRunner.Run(manifest.Value, (options ?? new BuildOptions()) with { TemplateFolders = [TestPaths.Templates] });
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal) && Path.GetFileName(Path.GetDirectoryName(f)) != ".reportforge")
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void Manifest_errors_are_located_and_all_reported()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(path, """
            {
              "output": "../{name}.{format}",
              "colour": "blue",
              "jobs": [
                { "template": "daily-briefing", "formats": ["pdf", "odt"] },
                { "notes": "input/*.json", "output": "{name}.pdf" }
              ]
            }
            """);
        var result = BuildManifest.Load(path);
        Assert.False(result.Succeeded);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => Regex.IsMatch(m, @"reportforge\.json:2:13: error RF1501: /output: output pattern '\.\./\{name\}\.\{format\}' must stay inside the output folder"));
        Assert.Contains(messages, m => Regex.IsMatch(m, @"reportforge\.json:3:13: error RF1501: /colour: unknown key 'colour'"));
        Assert.Contains(messages, m => Regex.IsMatch(m, @"reportforge\.json:5:5: error RF1501: /jobs/0: 'notes' is required"));
        Assert.Contains(messages, m => Regex.IsMatch(m, @"reportforge\.json:5:56: error RF1501: /jobs/0/formats/1: unknown format 'odt'"));
        Assert.Contains(messages, m => Regex.IsMatch(m, @"reportforge\.json:6:42: error RF1501: /jobs/1/output: output pattern '\{name\}\.pdf' must contain \{format\}"));

        File.WriteAllText(path, "{ \"jobs\": [ ");
        Assert.Matches(@"reportforge\.json:1:13: error RF1501: malformed JSON", Assert.Single(BuildManifest.Load(path).Diagnostics).ToString());
    }

    [Fact]
    public void Parallel_output_is_byte_identical_to_sequential_output()
    {
        var sequential = Workspace(4);
        var parallel = Workspace(4);
        Assert.True(Build(sequential, new BuildOptions { Parallelism = 1 }).Succeeded);
        var result = Build(parallel, new BuildOptions { Parallelism = 4 });
        Assert.True(result.Succeeded, string.Join("\n", result.Jobs.SelectMany(j => j.Diagnostics)));
        var a = Files(Path.Combine(sequential, "out"));
        var b = Files(Path.Combine(parallel, "out"));
        Assert.Equal(8, a.Count);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (name, bytes) in a) Assert.True(bytes.SequenceEqual(b[name]), $"{name} differs between -j 1 and -j 4");
        Assert.Contains(Path.Combine("2022-01-12", "day-2.pdf"), a.Keys);
    }

    [Fact]
    public void A_failing_job_keeps_its_old_artifact_and_the_others_are_written()
    {
        var dir = Workspace(3, """
            { "output_dir": "out", "jobs": [ { "notes": "input/*.json", "formats": ["pdf"] } ] }
            """);
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        File.WriteAllText(Path.Combine(dir, "out", "day-2.pdf"), "the previous report");
        File.WriteAllText(Path.Combine(dir, "input", "day-2.json"), "{ \"title\": \"T\", \"date\": \"2022-01-11\",\n  \"talks\": [ { \"id\": \"x\" } ] }");

        var result = Build(dir);
        Assert.False(result.Succeeded);
        Assert.Equal("the previous report", File.ReadAllText(Path.Combine(dir, "out", "day-2.pdf")));
        Assert.True(File.Exists(Path.Combine(dir, "out", "day-1.pdf")));
        Assert.True(File.Exists(Path.Combine(dir, "out", "day-3.pdf")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(dir, "out"), "*.tmp", SearchOption.AllDirectories));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "out", "manifest.json")));
        var failure = Assert.Single(manifest.RootElement.GetProperty("failures").EnumerateArray());
        Assert.Equal("input/day-2.json", failure.GetProperty("input").GetString());
        var error = failure.GetProperty("errors")[0];
        Assert.Equal("RF1003", error.GetProperty("code").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal("/talks/0", error.GetProperty("pointer").GetString());
        Assert.Equal(2, manifest.RootElement.GetProperty("artifacts").GetArrayLength());
        var artifact = manifest.RootElement.GetProperty("artifacts")[0];
        Assert.Equal("out/day-1.pdf", artifact.GetProperty("path").GetString());
        Assert.Equal(64, artifact.GetProperty("sha256").GetString()!.Length);
        Assert.True(artifact.GetProperty("pages").GetInt32() >= 4);
    }

    [Fact]
    public void Shards_cover_every_job_exactly_once()
    {
        var jobs = Enumerable.Range(0, 11).Select(i => new BuildJob(i, $"n{i}.json", "t", [], null, "{name}.{format}", Diagnostics.SourceLocation.OfFile("m"))).ToList();
        foreach (var n in new[] { 1, 2, 3, 4, 11, 12 })
        {
            var seen = Enumerable.Range(1, n).SelectMany(k => BuildPlanner.Shard(jobs, k, n)).Select(j => j.Index).ToList();
            Assert.Equal(Enumerable.Range(0, 11), seen.Order());
        }

        var dir = Workspace(3);
        Assert.True(Build(dir, new BuildOptions { Shard = (1, 2) }).Succeeded);
        Assert.True(Build(dir, new BuildOptions { Shard = (2, 2) }).Succeeded);
        Assert.Equal(6, Files(Path.Combine(dir, "out")).Count);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "out", "manifest.json")));
        Assert.Equal(6, manifest.RootElement.GetProperty("artifacts").GetArrayLength());
    }

    [Fact]
    public void Unchanged_jobs_are_skipped_until_something_changes_or_force()
    {
        var dir = Workspace(2);
        Assert.All(Build(dir).Jobs, j => Assert.False(j.Skipped));
        Assert.All(Build(dir).Jobs, j => Assert.True(j.Skipped));

        File.AppendAllText(Path.Combine(dir, "input", "day-1.json"), "\n");
        var changed = Build(dir);
        Assert.False(changed.Jobs.Single(j => j.Job.NotesPath == "input/day-1.json").Skipped);
        Assert.True(changed.Jobs.Single(j => j.Job.NotesPath == "input/day-2.json").Skipped);

        File.WriteAllText(Path.Combine(dir, "out", "2022-01-12", "day-2.pdf"), "tampered");
        Assert.False(Build(dir).Jobs.Single(j => j.Job.NotesPath == "input/day-2.json").Skipped);

        Assert.All(Build(dir, new BuildOptions { Force = true }).Jobs, j => Assert.False(j.Skipped));
        Assert.All(Build(dir, new BuildOptions { SourceDateEpoch = 1700000000 }).Jobs, j => Assert.False(j.Skipped));
    }

    [Fact]
    public void Exit_codes_and_plain_lines()
    {
        var dir = Workspace(2);
        var manifest = Path.Combine(dir, "reportforge.json");
        var ok = CliRunner.InProcess("build", "-m", manifest, "--templates", TestPaths.Templates);
        Assert.Equal(0, ok.ExitCode);
        var lines = ok.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^wrote out/2022-01-11/day-1\.pdf \(\d+ pages, \d+ ms\)$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^wrote out/2022-01-12/day-2\.docx \(\d+ ms\)$"));
        Assert.Matches(@"^2 written, 0 up to date, 0 failed; manifest .*manifest\.json$", lines[^1]);

        var again = CliRunner.InProcess("build", "-m", manifest, "--templates", TestPaths.Templates, "--json");
        Assert.Equal(0, again.ExitCode);
        var events = again.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["done", "skipped", "skipped"], events.Select(e => e.GetProperty("event").GetString()).Order().ToList());

        File.WriteAllText(Path.Combine(dir, "input", "day-1.json"), "{ broken");
        var failed = CliRunner.InProcess("build", "-m", manifest, "--templates", TestPaths.Templates);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("failed input/day-1.json (daily-briefing)", failed.Stdout);
        Assert.Contains("day-1.json:1:3: error RF1002:", failed.Stderr);

        Assert.Equal(2, CliRunner.InProcess("build", "-m", manifest, "--shard", "3/2").ExitCode);
        Assert.Equal(2, CliRunner.InProcess("build", "-m", Path.Combine(dir, "missing.json")).ExitCode);
    }

    [Fact]
    public void A_template_that_renders_each_item_writes_one_artifact_per_item_and_set_reaches_the_template()
    {
        var dir = Workspace(1, """
            { "output_dir": "out", "output": "{template}/{name}.{format}",
              "jobs": [ { "notes": "input/*.json", "template": "meeting-record", "formats": ["pdf"] },
                        { "notes": "input/*.json", "template": "daily-briefing", "formats": ["pdf"], "set": { "show_quotes": false } } ] }
            """);
        var result = Build(dir);
        Assert.True(result.Succeeded, string.Join("\n", result.Jobs.SelectMany(j => j.Diagnostics)));
        var meetings = Directory.EnumerateFiles(Path.Combine(dir, "out", "meeting-record")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["geneva.pdf", "nato-briefing.pdf", "nato-russia.pdf", "normandy.pdf"], meetings);
        var sections = Readers.PdfBookmarks(Path.Combine(dir, "out", "daily-briefing", "day-1.pdf"));
        Assert.Contains("Positions", sections);
        Assert.DoesNotContain("Quotes", sections);
        Assert.All(Build(dir).Jobs, j => Assert.True(j.Skipped));
    }
}
