using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ReportForge.Batch;
using ReportForge.Diagnostics;
using Spectre.Console;

namespace ReportForge.Cli;

/// <summary><c>reportforge build [-m reportforge.json] [-j N] [--force] [--fail-fast] [--shard K/N] [--json]</c>.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var manifest = new Option<string>("--manifest", "-m") { Description = "The build manifest.", DefaultValueFactory = _ => BuildManifest.DefaultFile };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Jobs to run at once (default: the core count).", DefaultValueFactory = _ =>
            Environment.ProcessorCount };
        var force = new Option<bool>("--force") { Description = "Rebuild everything, even what is up to date." };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop starting jobs after the first failure." };
        var shard = new Option<string?>("--shard") { Description = "Render only shard K of N (e.g. 2/4), for a CI matrix." };
        var json = new Option<bool>("--json") { Description = "Write machine-readable events, one JSON object a line." };
        var reportOptions = ReportOptions.ForBuild();

        var command = new Command("build",
            "Render every job of a manifest (notes × template × formats) in parallel; skip what is up to date.\nExit codes: 0 all written or up to date, 1 " +
            "some job failed, 2 usage or manifest error.")
            { manifest, jobs, force, failFast, shard, json };
        reportOptions.AddTo(command);
        command.SetAction(result =>
        {
            if (!TryParseShard(result.GetValue(shard), out var k, out var n))
            {
                stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --shard must be K/N with 1 ≤ K ≤ N, such as 2/4");
                return CliApp.UsageError;
            }
            if (result.GetValue(jobs) < 1)
            {
                stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --jobs must be at least 1");
                return CliApp.UsageError;
            }
            if (!reportOptions.TryParse(result, stderr, out var settings, out var exitCode)) return exitCode;
            var loaded = BuildManifest.Load(result.GetValue(manifest)!);
            if (!loaded.Succeeded)
            {
                CliApp.Print(loaded.Diagnostics, stderr);
                return CliApp.UsageError;
            }
            var options = settings.Build(new BuildOptions
            {
                Parallelism = result.GetValue(jobs),
                Force = result.GetValue(force),
                FailFast = result.GetValue(failFast),
                Shard = (k, n),
                SourceDateEpoch = CliApp.SourceDateEpoch(stderr),
                WaitingForOutputFolder = CliApp.WaitingForOutputFolder(stderr),
            }, loaded.Value.Limits);
            var reporter = BuildReporter.For(result.GetValue(json), stdout, stderr);
            var outcome = reporter.Run(() => BuildRunner.Run(loaded.Value, options, reporter.OnEvent));
            CliApp.Print(outcome.Diagnostics, stderr);
            reporter.Summary(outcome);
            if (outcome.Diagnostics.Any(d => d.Code is ErrorCodes.ManifestNoMatch or ErrorCodes.BuildOutputCollision)) return CliApp.UsageError;
            return outcome.Succeeded ? CliApp.Ok : CliApp.Failed;
        });
        return command;
    }

    internal static bool TryParseShard(string? value, out int k, out int n)
    {
        k = n = 1;
        if (value is null) return true;
        var parts = value.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out n)
            && n >= 1 && k >= 1 && k <= n;
    }
}

/// <summary>How a build reports progress: a progress bar on a terminal, plain lines when redirected or in CI, JSON lines on request.</summary>
internal abstract class BuildReporter
{
    public static BuildReporter For(bool json, TextWriter stdout, TextWriter stderr)
    {
        if (json) return new JsonReporter(stdout);
        var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return interactive ? new ProgressReporter(stdout, stderr) : new PlainReporter(stdout, stderr);
    }

    public virtual BuildResult Run(Func<BuildResult> build) => build();

    public abstract void OnEvent(BuildEvent e);

    public abstract void Summary(BuildResult result);

    protected static (int Written, int Skipped, int Failed) Count(BuildResult result) =>
        (result.Jobs.Count(j => j.Succeeded && !j.Skipped), result.Jobs.Count(j => j.Skipped), result.Jobs.Count(j => !j.Succeeded));

    protected static string Describe(BuildArtifact a) =>
        a.Skipped ? $"up to date {a.Path}" : a.Format == "pdf" ? $"wrote {a.Path} ({a.Pages} pages, {a.Milliseconds} ms)"
            : $"wrote {a.Path} ({a.Milliseconds} ms)";
}

/// <summary>One plain line per artifact; errors on stderr in the one format.</summary>
internal sealed class PlainReporter(TextWriter stdout, TextWriter stderr) : BuildReporter
{
    private readonly object _gate = new();

    public override void OnEvent(BuildEvent e)
    {
        if (e.Result is null) return;
        lock (_gate)
        {
            foreach (var artifact in e.Result.Artifacts) stdout.WriteLine(Describe(artifact));
            if (e.Kind == BuildEventKind.Failed)
            {
                stdout.WriteLine($"failed {e.Job.NotesPath} ({e.Job.Template})");
                CliApp.Print(e.Result.Diagnostics, stderr);
            }
        }
    }

    public override void Summary(BuildResult result)
    {
        var (written, skipped, failed) = Count(result);
        stdout.WriteLine($"{written} written, {skipped} up to date, {failed} failed; manifest {result.ManifestPath}");
    }
}

/// <summary>A Spectre.Console progress bar; the lines are printed under it as jobs finish.</summary>
internal sealed class ProgressReporter(TextWriter stdout, TextWriter stderr) : BuildReporter
{
    private readonly PlainReporter _lines = new(stdout, stderr);
    private ProgressTask? _task;
    private int _started;

    public override BuildResult Run(Func<BuildResult> build)
    {
        BuildResult? result = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .Start(context =>
            {
                _task = context.AddTask("Rendering", maxValue: 1);
                _task.IsIndeterminate = true;
                result = build();
            });
        return result!;
    }

    public override void OnEvent(BuildEvent e)
    {
        if (e.Kind == BuildEventKind.Started && _task is not null)
        {
            // The bar's length is the number of jobs started so far; it fills as they finish.
            _task.IsIndeterminate = false;
            _task.MaxValue = Interlocked.Increment(ref _started);
            return;
        }
        _task?.Increment(1);
        _lines.OnEvent(e);
    }

    public override void Summary(BuildResult result) => _lines.Summary(result);
}

/// <summary>Machine-readable events: one JSON object a line on stdout.</summary>
internal sealed class JsonReporter(TextWriter stdout) : BuildReporter
{
    private readonly object _gate = new();

    public override void OnEvent(BuildEvent e)
    {
        if (e.Result is null) return;
        Write(json =>
        {
            json.WriteString("event", e.Kind.ToString().ToLowerInvariant());
            json.WriteString("input", e.Job.NotesPath);
            json.WriteString("template", e.Job.Template);
            json.WriteStartArray("artifacts");
            foreach (var a in e.Result.Artifacts) BuildManifestFile.WriteArtifact(json, a);
            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var d in e.Result.Diagnostics) json.WriteStringValue(d.ToString());
            json.WriteEndArray();
        });
    }

    public override void Summary(BuildResult result)
    {
        var (written, skipped, failed) = Count(result);
        Write(json =>
        {
            json.WriteString("event", "done");
            json.WriteNumber("written", written);
            json.WriteNumber("skipped", skipped);
            json.WriteNumber("failed", failed);
            json.WriteString("manifest", result.ManifestPath);
        });
    }

    private void Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        lock (_gate) stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
