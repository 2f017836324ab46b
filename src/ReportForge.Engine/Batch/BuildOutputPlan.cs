using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Notes;
using ReportForge.Output;
using ReportForge.Templating;

namespace ReportForge.Batch;

/// <summary>
/// Where every job of a build writes, found before anything is written: the formats (the job's or its template's), the
/// notes' date and, for a template that renders each item of a list, the items' names, put through the output pattern.
/// Two jobs (or two items) that would write one file, or one job's file that is another's folder, are an error naming
/// both (RF1503), for every shard at once: a shard could otherwise overwrite another's file. A job whose outputs cannot
/// be found (its notes or template do not load) has none planned; it fails when it runs, with its own error.
/// </summary>
internal sealed class BuildOutputPlan
{
    private const int MostReported = 10;

    private readonly Dictionary<int, IReadOnlyList<PlannedOutput>> _byJob;

    private BuildOutputPlan(Dictionary<int, IReadOnlyList<PlannedOutput>> byJob) => _byJob = byJob;

    /// <summary>The files <paramref name="job"/> will write; null when they could not be found before running it.</summary>
    public IReadOnlyList<PlannedOutput>? For(BuildJob job) => _byJob.GetValueOrDefault(job.Index);

    /// <summary>Plans every job; fails with RF1503 when two would write one file.</summary>
    public static Result<BuildOutputPlan> Resolve(BuildManifest manifest, IReadOnlyList<BuildJob> jobs, IReadOnlyList<string> templateFolders)
    {
        var templates = new Dictionary<string, TemplateManifest?>(StringComparer.Ordinal);
        var byJob = new Dictionary<int, IReadOnlyList<PlannedOutput>>();
        foreach (var job in jobs)
        {
            if (!templates.TryGetValue(job.Template, out var template))
            {
                var loaded = TemplateLocator.Load(job.Template, templateFolders);
                templates[job.Template] = template = loaded.Succeeded ? loaded.Value.Manifest : null;
            }
            if (template is not null && Planned(manifest, job, template) is { } outputs) byJob[job.Index] = outputs;
        }
        var collisions = Collisions(manifest, jobs, byJob);
        return collisions.Count > 0 ? Result<BuildOutputPlan>.Fail(collisions) : Result<BuildOutputPlan>.Ok(new BuildOutputPlan(byJob));
    }

    /// <summary>The notes' <c>date</c>, for {date}; null when the notes have none (or do not parse: the render then says why).</summary>
    public static string? NotesDate(byte[] notes)
    {
        try
        {
            using var document = JsonDocument.Parse(notes);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("date", out var d)
                && d.ValueKind == JsonValueKind.String
                ? d.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null; // malformed, or a date .NET cannot hold: the render says why, with its place
        }
    }

    // A job whose planning meets a bug (notes that crash a reader) is left unplanned: it meets the bug again when it runs,
    // where the build turns it into that job's failure, instead of stopping every job here.
    private static List<PlannedOutput>? Planned(BuildManifest manifest, BuildJob job, TemplateManifest template)
    {
        try
        {
            return Outputs(manifest, job, template);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static List<PlannedOutput>? Outputs(BuildManifest manifest, BuildJob job, TemplateManifest template)
    {
        // A notes file that cannot be read is not planned: its job reports why when it runs.
        var read = InputFiles.ReadInside(Path.Combine(manifest.BaseDirectory, job.NotesPath), BuildPlanner.NotesRoots(manifest), ReadLimit.Notes);
        if (read.Bytes is not { } notes) return null;
        var formats = job.Formats.Count > 0 ? job.Formats : template.Formats;
        IReadOnlyList<string?> items = [null];
        if (template.Each is { } each)
        {
            var document = NotesDocument.Parse(notes, job.NotesPath);
            if (!document.Succeeded || ReportEngine.ItemNames(document.Value, each) is not { } names) return null;
            items = names;
        }
        var date = NotesDate(notes);
        var outputs = new List<PlannedOutput>();
        foreach (var item in items)
        {
            var name = item ?? Path.GetFileNameWithoutExtension(job.NotesPath);
            foreach (var format in formats)
            {
                if (BuildPlanner.OutputPath(manifest.OutputDirectory, job.OutputPattern, $"{name}.{format}", date, job.Template, format,
                    job.NotesPath) is not { } path)
                    return null;
                outputs.Add(new PlannedOutput(path, format, item));
            }
        }
        return outputs;
    }

    private static List<Diagnostic> Collisions(BuildManifest manifest, IReadOnlyList<BuildJob> jobs, Dictionary<int, IReadOnlyList<PlannedOutput>> byJob)
    {
        var owners = new Dictionary<string, (BuildJob Job, PlannedOutput Output)>(FileNames.PathComparer);
        var clashes = new List<(BuildJob Job, PlannedOutput Output, BuildJob Other, PlannedOutput OtherOutput, string? Folder)>();
        foreach (var job in jobs)
        {
            foreach (var output in byJob.GetValueOrDefault(job.Index) ?? [])
            {
                if (owners.TryGetValue(output.Path, out var first)) clashes.Add((job, output, first.Job, first.Output, null));
                else owners[output.Path] = (job, output);
            }
        }
        foreach (var (path, owner) in owners)
        {
            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > manifest.OutputDirectory.Length; folder =
                Path.GetDirectoryName(folder))
            {
                if (owners.TryGetValue(folder, out var file)) clashes.Add((owner.Job, owner.Output, file.Job, file.Output, folder));
            }
        }

        // One error per pair of jobs (the items of two notes files may clash by the dozen).
        var pairs = clashes.GroupBy(c => (c.Job.Index, Other: c.Other.Index, Folder: c.Folder is null)).ToList();
        var errors = new List<Diagnostic>();
        foreach (var pair in pairs.Take(MostReported))
        {
            var (job, output, other, otherOutput, folder) = pair.First();
            var otherText = Describe(other, otherOutput) + (other.Origin == job.Origin ? "" : $" ({other.Origin})");
            var clash = folder is null ? $"which {otherText} writes too" : $"but {Relative(manifest, folder)} is a file that {otherText} writes";
            var more = pair.Count() > 1 ? $" (and {pair.Count() - 1} more file{(pair.Count() == 2 ? "" : "s")} of theirs clash)" : "";
            errors.Add(new Diagnostic(ErrorCodes.BuildOutputCollision, Severity.Error,
                $"{Describe(job, output)} would write {Relative(manifest, output.Path)}, {clash}{more}; {Hint(job, output, other, otherOutput)}; nothing was " +
                    $"written",
                job.Origin));
        }
        if (pairs.Count > MostReported)
        {
            errors.Add(new Diagnostic(ErrorCodes.BuildOutputCollision, Severity.Error,
                $"and {pairs.Count - MostReported} more pairs of jobs that would write the same files", SourceLocation.OfFile(manifest.File)));
        }
        return errors;
    }

    private static string Describe(BuildJob job, PlannedOutput output) =>
        output.Item is null ? $"{job.NotesPath} ({job.Template})" : $"item '{output.Item}' of {job.NotesPath} ({job.Template})";

    // The placeholder that tells the two apart, when there is one.
    private static string Hint(BuildJob job, PlannedOutput output, BuildJob other, PlannedOutput otherOutput)
    {
        if (job.Index == other.Index) return "put {name} in the output pattern so that each item gets a file of its own";
        if (job.NotesPath != other.NotesPath)
        {
            var sameName = Path.GetFileNameWithoutExtension(job.NotesPath) == Path.GetFileNameWithoutExtension(other.NotesPath);
            return sameName ? "put {dir} in the output pattern (the notes file's folder), as in \"{dir}/{name}.{format}\""
                : output.Item is not null || otherOutput.Item is not null ?
                    "put {notes} in the output pattern (the notes file's name), as in \"{notes}/{name}.{format}\""
                : "put {name} in the output pattern";
        }
        return job.Template != other.Template
            ? "put {template} in the output pattern, as in \"{template}/{name}.{format}\""
            : "give one of the jobs an output pattern of its own";
    }

    private static string Relative(BuildManifest manifest, string path) => Path.GetRelativePath(manifest.BaseDirectory, path).Replace('\\', '/');
}
