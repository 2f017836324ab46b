using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.IO;

namespace ReportForge.Batch;

/// <summary>
/// <c>reportforge build</c>: runs a manifest's jobs in parallel in one process. Each job renders in
/// memory and writes its artifacts atomically; a failed job leaves its previous artifacts as they were
/// and the others are still written (unless fail-fast). Up-to-date jobs are skipped.
/// <c>manifest.json</c> in the output folder records every artifact and failure.
/// </summary>
public static class BuildRunner
{
    /// <summary>Runs a build; <paramref name="onEvent"/> is called from worker threads.</summary>
    public static BuildResult Run(BuildManifest manifest, BuildOptions options, Action<BuildEvent>? onEvent = null, CancellationToken cancellation = default)
    {
        var manifestPath = Path.Combine(manifest.OutputDirectory, BuildManifestFile.FileName);
        var planned = BuildPlanner.Plan(manifest);
        if (!planned.Succeeded) return new BuildResult([], planned.Diagnostics, manifestPath);
        var jobs = BuildPlanner.Shard(planned.Value, options.Shard.K, options.Shard.N);
        var previous = options.Force ? [] : BuildManifestFile.ReadPrevious(manifestPath);

        var results = new BuildJobResult?[jobs.Count];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        try
        {
            Parallel.ForEach(
                Enumerable.Range(0, jobs.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = stop.Token },
                i =>
                {
                    onEvent?.Invoke(new BuildEvent(BuildEventKind.Started, jobs[i], null));
                    var result = RunJob(jobs[i], manifest, options, previous);
                    results[i] = result;
                    var kind = !result.Succeeded ? BuildEventKind.Failed : result.Skipped ? BuildEventKind.Skipped : BuildEventKind.Written;
                    onEvent?.Invoke(new BuildEvent(kind, jobs[i], result));
                    if (!result.Succeeded && options.FailFast) stop.Cancel();
                });
        }
        catch (OperationCanceledException)
        {
            // fail-fast or the caller's cancellation: the jobs not started are reported as not run.
        }

        var final = results.Select((r, i) => r ?? new BuildJobResult(jobs[i], [],
            [new Diagnostic(ErrorCodes.ManifestInvalid, Severity.Error, "not run: the build stopped after an earlier failure", SourceLocation.OfFile(jobs[i].NotesPath))], false)).ToList();

        // Artifacts of shards run elsewhere stay recorded: keep previous entries of jobs this run did not touch.
        var touched = final.Select(r => r.Job.Id).ToHashSet(StringComparer.Ordinal);
        var kept = BuildManifestFile.ReadPrevious(manifestPath).Where(kv => !touched.Contains(kv.Key))
            .Select(kv => new BuildJobResult(new BuildJob(-1, kv.Value[0].Input, kv.Value[0].Template, [], null, "", SourceLocation.OfFile(kv.Value[0].Input)), kv.Value, [], true));
        var diagnostics = new List<Diagnostic>();
        try
        {
            Directory.CreateDirectory(manifest.OutputDirectory);
            AtomicFile.Write(manifestPath, BuildManifestFile.Write([.. final, .. kept], manifest.BaseDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is OutputFileException ? e.Message : File.Exists(manifest.OutputDirectory) ? "the output folder is a file" : OutputFileException.Describe(e);
            diagnostics.Add(new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error, $"cannot write the build manifest: {why}", SourceLocation.OfFile(manifestPath)));
        }
        return new BuildResult(final, diagnostics, manifestPath);
    }

    private static BuildJobResult RunJob(BuildJob job, BuildManifest manifest, BuildOptions options, Dictionary<string, List<BuildArtifact>> previous)
    {
        var clock = Stopwatch.StartNew();
        var notesFull = Path.Combine(manifest.BaseDirectory, job.NotesPath);
        var notesRead = InputFiles.ReadInside(notesFull, BuildPlanner.NotesRoots(manifest), ReadLimit.Notes);
        if (notesRead.Bytes is not { } notes) return Failed(job, NotesRefused(job, notesRead));

        var source = TemplateLocator.Locate(job.Template, options.TemplateFolders);
        var formats = job.Formats;
        if (formats.Count == 0)
        {
            var package = TemplateLocator.Load(job.Template, options.TemplateFolders);
            if (!package.Succeeded) return new BuildJobResult(job, [], package.Diagnostics, false);
            formats = package.Value.Manifest.Formats;
        }
        var key = BuildFingerprint.Key(job, notes, source, formats, options.SourceDateEpoch);
        if (!options.Force && UpToDate(job, key, formats, manifest, previous) is { } kept) return new BuildJobResult(job, kept, [], true);
        var date = NotesDate(notes);

        var request = new ReportRequest
        {
            NotesPath = notesFull,
            NotesBytes = notes,
            Template = job.Template,
            Formats = formats,
            Culture = job.Culture,
            TemplateFolders = options.TemplateFolders,
            SourceDateEpoch = options.SourceDateEpoch,
            Parameters = job.Parameters,
            RenderTimeout = options.RenderTimeout ?? job.Timeout,
        };
        var rendered = ReportEngine.RenderInMemory(request);
        if (!rendered.Succeeded) return new BuildJobResult(job, [], rendered.Diagnostics, false);

        var (files, pages) = rendered.Value;
        // One file per format, or one per item for a template that renders each item of a list.
        var targets = new List<(string Path, byte[] Bytes, string Format)>();
        foreach (var (name, bytes) in files)
        {
            var format = Path.GetExtension(name).TrimStart('.');
            if (!formats.Contains(format)) continue;
            var path = BuildPlanner.OutputPath(manifest.OutputDirectory, job.OutputPattern, name, date, job.Template, format);
            if (path is null)
                return Failed(job, new Diagnostic(ErrorCodes.OutputOutsideFolder, Severity.Error,
                    $"output pattern '{job.OutputPattern}' leads outside the output folder for {job.NotesPath}", job.Origin));
            targets.Add((path, bytes, format));
        }

        var folder = "";
        try
        {
            foreach (var target in targets)
            {
                folder = Path.GetDirectoryName(target.Path)!;
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BuildJobResult(job, [], [.. rendered.Diagnostics, new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                $"cannot create the output folder: {(File.Exists(folder) ? "a file of that name is in the way" : OutputFileException.Describe(e))}", SourceLocation.OfFile(Relative(manifest, folder)))], false);
        }
        try
        {
            AtomicFile.WriteAll(targets.Select(t => (t.Path, t.Bytes)).ToList());
        }
        catch (OutputFileException e)
        {
            return new BuildJobResult(job, [], [.. rendered.Diagnostics, new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                $"cannot write the output: {e.Message}; no file of this job was written, and earlier ones are as they were", SourceLocation.OfFile(Relative(manifest, e.Path)))], false);
        }

        var artifacts = targets.Select(t => new BuildArtifact(Relative(manifest, t.Path), t.Format, job.Template, job.NotesPath, BuildFingerprint.Sha256(t.Bytes),
            t.Bytes.Length, t.Format == "pdf" && files.Count <= formats.Count ? pages : 0, clock.ElapsedMilliseconds, key, false)).ToList();
        return new BuildJobResult(job, artifacts, rendered.Diagnostics, false);
    }

    // Up to date: the previous build wrote this job's artifacts with the same key, for every format asked,
    // and each file is still there with the bytes it recorded.
    private static List<BuildArtifact>? UpToDate(BuildJob job, string key, IReadOnlyList<string> formats, BuildManifest manifest, Dictionary<string, List<BuildArtifact>> previous)
    {
        if (!previous.TryGetValue(job.Id, out var earlier) || earlier.Count == 0) return null;
        if (earlier.Any(a => a.Key != key) || formats.Any(f => earlier.All(a => a.Format != f))) return null;
        foreach (var artifact in earlier)
        {
            var path = Path.Combine(manifest.BaseDirectory, artifact.Path);
            if (!File.Exists(path) || BuildFingerprint.Sha256(path) != artifact.Sha256) return null;
        }
        return earlier.Select(a => a with { Skipped = true, Milliseconds = 0 }).ToList();
    }

    private static string? NotesDate(byte[] notes)
    {
        try
        {
            using var document = JsonDocument.Parse(notes);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null; // the render reports the malformed JSON with its place
        }
    }

    // A notes file the glob found: one leading out of the manifest's folder is placed at the job that named it.
    private static Diagnostic NotesRefused(BuildJob job, FileRead read) => read.Problem switch
    {
        FileProblem.OutsideRoot => new(ErrorCodes.FileOutsideRoot, Severity.Error, $"the notes file {job.NotesPath} {read.Detail}", job.Origin),
        FileProblem.Missing or FileProblem.Unreadable => new(ErrorCodes.NotesUnreadable, Severity.Error,
            $"cannot read the notes: the notes file {read.Detail}", SourceLocation.OfFile(job.NotesPath)),
        _ => new(ErrorCodes.NotesRefused, Severity.Error, $"the notes file {read.Detail}", SourceLocation.OfFile(job.NotesPath)),
    };

    private static string Relative(BuildManifest manifest, string path) => Path.GetRelativePath(manifest.BaseDirectory, path).Replace('\\', '/');

    private static BuildJobResult Failed(BuildJob job, Diagnostic diagnostic) => new(job, [], [diagnostic], false);
}
