using System.Diagnostics;
using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Output;
using ReportForge.Templating;

namespace ReportForge.Batch;

/// <summary>
/// <c>reportforge build</c>: runs a manifest's jobs in parallel in one process. Where every job writes is planned first,
/// and two jobs that would write one file stop the build before anything is written (RF1503). The output folder is then
/// locked, what an interrupted run left there is finished or removed, and a journal records each job's artifacts as soon
/// as they are in place. Each job renders in memory and writes its artifacts atomically (a PDF and DOCX as a pair); a
/// failed job, even one that meets a bug, leaves its previous artifacts as they were and the others are still written
/// (unless fail-fast). Up-to-date jobs are skipped. At the end the journal is compacted into <c>manifest.json</c>, which
/// lists every file there with the hash of its bytes, and every failure.
/// </summary>
public static class BuildRunner
{
    /// <summary>Runs a build; <paramref name="onEvent"/> is called from worker threads.</summary>
    public static BuildResult Run(BuildManifest manifest, BuildOptions options, Action<BuildEvent>? onEvent = null, CancellationToken cancellation = default)
    {
        var manifestPath = Path.Combine(manifest.OutputDirectory, BuildManifestFile.FileName);
        var planned = BuildPlanner.Plan(manifest);
        if (!planned.Succeeded) return new BuildResult([], planned.Diagnostics, manifestPath);
        var outputs = BuildOutputPlan.Resolve(manifest, planned.Value, options.TemplateFolders);
        if (!outputs.Succeeded) return new BuildResult([], outputs.Diagnostics, manifestPath);
        var jobs = BuildPlanner.Shard(planned.Value, options.Shard.K, options.Shard.N);

        var opened = OutputFolder.Open(manifest.OutputDirectory, Relative(manifest, manifest.OutputDirectory), subfolders: true, options.WaitingForOutputFolder,
            cancellation);
        if (!opened.Succeeded) return new BuildResult([], opened.Diagnostics, manifestPath);
        using var folder = opened.Value;
        var diagnostics = new List<Diagnostic>(opened.Diagnostics);
        var journalPath = BuildJournal.PathIn(folder.StateFolder);
        if (Previous(manifest, manifestPath, journalPath, diagnostics) is not { } previous) return new BuildResult([], diagnostics, manifestPath);

        BuildJournal journal;
        try
        {
            journal = BuildJournal.Start(journalPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                $"cannot start the build journal: {OutputFileException.Describe(e)}; nothing was written",
                    SourceLocation.OfFile(Relative(manifest, journalPath))));
            return new BuildResult([], diagnostics, manifestPath);
        }
        using (journal)
        {
            var final = RunJobs(jobs, manifest, options, outputs.Value, previous, folder, journal, onEvent, cancellation);
            var artifacts = Listed(final, previous, manifest);
            try
            {
                AtomicFile.Write(manifestPath, BuildManifestFile.Write(artifacts, final.Where(r => !r.Succeeded)));
                CrashPoint.Reached("compacted");
                journal.Complete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var why = OutputFileException.Describe(e);
                diagnostics.Add(new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                    $"cannot write the build manifest: {why}; it still lists the files as they were before this build, and the next build brings it up to " +
                        $"date from its journal and the files",
                    SourceLocation.OfFile(Relative(manifest, manifestPath))));
            }
            return new BuildResult(final, diagnostics, manifestPath);
        }
    }

    // The previous build's artifacts. After an interrupted build (its journal is still there) they are first reconciled with
    // the files on disk and written to manifest.json, so that what the journal knew is not lost if this build is interrupted
    // too; null (with the error) when that cannot be written.
    private static List<BuildArtifact>? Previous(BuildManifest manifest, string manifestPath, string journalPath, List<Diagnostic> diagnostics)
    {
        var recorded = BuildManifestFile.ReadArtifacts(manifestPath);
        try
        {
            if (BuildJournal.ReadLeftOver(journalPath) is not { } leftOver) return recorded;
            var merged = BuildReconciler.Merge(recorded, leftOver);
            var reconciled = merged.Select(a => BuildReconciler.Check(a, manifest)).OfType<BuildArtifact>().ToList();
            AtomicFile.Write(manifestPath, BuildManifestFile.Write(reconciled, []));
            File.Delete(journalPath);
            var rehashed = reconciled.Count(a => !merged.Contains(a));
            diagnostics.Add(new Diagnostic(ErrorCodes.OutputRecovered, Severity.Warning,
                $"the last build into {Relative(manifest, manifest.OutputDirectory)} was interrupted; the manifest was brought up to date with the files there "
                + $"({reconciled.Count} listed, {rehashed} with other bytes than recorded, {merged.Count - reconciled.Count} gone)",
                SourceLocation.OfFile(Relative(manifest, manifestPath))));
            return reconciled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                $"cannot bring the build manifest up to date after an interrupted build: {OutputFileException.Describe(e)}; nothing was written",
                SourceLocation.OfFile(Relative(manifest, manifestPath))));
            return null;
        }
    }

    private static List<BuildJobResult> RunJobs(IReadOnlyList<BuildJob> jobs, BuildManifest manifest, BuildOptions options, BuildOutputPlan outputs,
        List<BuildArtifact> previous, OutputFolder folder, BuildJournal journal, Action<BuildEvent>? onEvent, CancellationToken cancellation)
    {
        var byPath = new Dictionary<string, BuildArtifact>(FileNames.PathComparer);
        foreach (var artifact in previous) byPath[artifact.Path] = artifact;
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
                    BuildJobResult result;
                    try
                    {
                        result = RunJob(jobs[i], manifest, options, outputs.For(jobs[i]), byPath, folder);
                    }
                    catch (Exception e)
                    {
                        // A bug in one job is that job's failure: the others are still run, and the manifest still written.
                        result = Failed(jobs[i], new Diagnostic(ErrorCodes.InternalError, Severity.Error,
                            $"internal error: {e.Message} (this is a bug in ReportForge; the other jobs were still run)",
                                SourceLocation.OfFile(jobs[i].NotesPath)));
                    }
                    if (result.Succeeded && !result.Skipped)
                    {
                        CrashPoint.Reached("replaced");
                        journal.Append(result.Artifacts);
                        CrashPoint.Reached("journaled");
                    }
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
        return results.Select((r, i) => r ?? new BuildJobResult(jobs[i], [],
            [new Diagnostic(ErrorCodes.ManifestInvalid, Severity.Error, "not run: the build stopped after an earlier failure",
                SourceLocation.OfFile(jobs[i].NotesPath))], false)).ToList();
    }

    // What manifest.json lists: this build's artifacts, then whatever earlier builds wrote that is still there with the bytes
    // recorded (the files of failed jobs, of other shards, of jobs no longer in the manifest), as kept.
    private static List<BuildArtifact> Listed(IReadOnlyList<BuildJobResult> results, IReadOnlyList<BuildArtifact> previous, BuildManifest manifest)
    {
        var listed = new List<BuildArtifact>();
        var paths = new HashSet<string>(FileNames.PathComparer);
        foreach (var artifact in results.Where(r => r.Succeeded).SelectMany(r => r.Artifacts))
        {
            if (paths.Add(artifact.Path)) listed.Add(artifact);
        }
        foreach (var artifact in previous)
        {
            if (!paths.Contains(artifact.Path) && BuildReconciler.Check(artifact, manifest) is { } kept && paths.Add(kept.Path))
                listed.Add(kept with { Skipped = true, Kept = true });
        }
        return listed;
    }

    private static BuildJobResult RunJob(BuildJob job, BuildManifest manifest, BuildOptions options, IReadOnlyList<PlannedOutput>? planned,
        Dictionary<string, BuildArtifact> previous, OutputFolder folder)
    {
        var clock = Stopwatch.StartNew();
        // --pdf-standard over the manifest's: the key and the render both take the one that applies.
        if (options.PdfStandard is { } standard) job = job with { PdfStandard = standard };
        if (options.TrackChanges) job = job with { TrackChanges = true };
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
        if (!options.Force && planned is not null && UpToDate(job, key, planned, manifest, previous) is { } kept) return new BuildJobResult(job, kept, [],
            true);
        var date = BuildOutputPlan.NotesDate(notes);

        var request = new ReportRequest
        {
            NotesPath = notesFull,
            NotesBytes = notes,
            Template = job.Template,
            Formats = formats,
            Culture = job.Culture,
            PdfStandard = job.PdfStandard,
            TrackChanges = job.TrackChanges,
            TemplateFolders = options.TemplateFolders,
            SourceDateEpoch = options.SourceDateEpoch,
            Parameters = job.Parameters,
            RenderTimeout = options.RenderTimeout ?? job.Timeout,
            Limits = options.Limits ?? manifest.Limits,
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
            var path = BuildPlanner.OutputPath(manifest.OutputDirectory, job.OutputPattern, name, date, job.Template, format, job.NotesPath);
            if (path is null)
                return Failed(job, new Diagnostic(ErrorCodes.OutputOutsideFolder, Severity.Error,
                    $"output pattern '{job.OutputPattern}' leads outside the output folder for {job.NotesPath}", job.Origin));
            // Only planned files were checked against every other job's: the notes must not have changed since.
            if (planned is null || !planned.Any(p => FileNames.PathComparer.Equals(p.Path, path)))
                return Failed(job, new Diagnostic(ErrorCodes.BuildNotesChanged, Severity.Error,
                    $"the notes changed while the build ran: this job would now write {Relative(manifest, path)}, which was not planned; nothing of this job " +
                        $"was written; run the build again",
                    SourceLocation.OfFile(job.NotesPath)));
            targets.Add((path, bytes, format));
        }

        var subfolder = "";
        try
        {
            foreach (var target in targets)
            {
                subfolder = Path.GetDirectoryName(target.Path)!;
                Directory.CreateDirectory(subfolder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BuildJobResult(job, [], [.. rendered.Diagnostics, new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                $"cannot create the output folder: {(File.Exists(subfolder) ? "a file of that name is in the way" : OutputFileException.Describe(e))}",
                    SourceLocation.OfFile(Relative(manifest, subfolder)))], false);
        }
        if (folder.Replace(targets.Select(t => (t.Path, t.Bytes)).ToList(), "this job", out _) is { } failed)
            return new BuildJobResult(job, [], [.. rendered.Diagnostics, failed], false);

        var artifacts = targets.Select(t => new BuildArtifact(Relative(manifest, t.Path), t.Format, job.Template, job.NotesPath,
            BuildFingerprint.Sha256(t.Bytes),
            t.Bytes.Length, t.Format == "pdf" && files.Count <= formats.Count ? pages : 0, clock.ElapsedMilliseconds, key, false)).ToList();
        return new BuildJobResult(job, artifacts, rendered.Diagnostics, false);
    }

    // Up to date: an earlier build wrote every file this job plans, with the same key, and each is still there with the
    // bytes it recorded.
    private static List<BuildArtifact>? UpToDate(BuildJob job, string key, IReadOnlyList<PlannedOutput> planned, BuildManifest manifest, Dictionary<string,
        BuildArtifact> previous)
    {
        var found = new List<BuildArtifact>();
        foreach (var output in planned)
        {
            if (!previous.TryGetValue(Relative(manifest, output.Path), out var earlier) || earlier.Key != key || earlier.Format != output.Format) return null;
            if (!File.Exists(output.Path) || BuildFingerprint.Sha256(output.Path) != earlier.Sha256) return null;
            found.Add(earlier with { Template = job.Template, Input = job.NotesPath, Skipped = true, Kept = false, Milliseconds = 0 });
        }
        return found.Count > 0 ? found : null;
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
