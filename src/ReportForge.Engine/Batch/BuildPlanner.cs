using Microsoft.Extensions.FileSystemGlobbing;
using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Output;

namespace ReportForge.Batch;

/// <summary>Expands a manifest's globs into jobs, in a stable order, and picks this shard's share.</summary>
public static class BuildPlanner
{
    /// <summary>Every job of the manifest, ordered by template then notes path; a glob matching nothing is an error.</summary>
    public static Result<IReadOnlyList<BuildJob>> Plan(BuildManifest manifest)
    {
        var jobs = new List<BuildJob>();
        var errors = new List<Diagnostic>();
        foreach (var spec in manifest.Jobs)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(spec.Notes);
            var files = matcher.Execute(GlobFolder.Root(manifest.BaseDirectory, NotesRoots(manifest))).Files
                .Select(match => Path.GetFullPath(Path.Combine(manifest.BaseDirectory, match.Path))).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                errors.Add(new Diagnostic(ErrorCodes.ManifestNoMatch, Severity.Error,
                    $"notes pattern '{spec.Notes}' matches no file under {manifest.BaseDirectory}", spec.Location));
                continue;
            }
            foreach (var file in files)
                jobs.Add(new BuildJob(0, Path.GetRelativePath(manifest.BaseDirectory, file).Replace('\\', '/'), spec.Template, spec.Formats, spec.Culture,
                    spec.Output, spec.Location) { Parameters = spec.Parameters, Timeout = spec.Timeout, PdfStandard = spec.PdfStandard,
                    TrackChanges = spec.TrackChanges });
        }
        if (errors.Count > 0) return Result<IReadOnlyList<BuildJob>>.Fail(errors);

        // A job given twice is run once; jobs that differ in anything else are all run (and must not share an output file).
        var ordered = jobs
            .DistinctBy(j => (j.Template, j.NotesPath, j.OutputPattern, string.Join(",", j.Formats), j.Culture, j.Timeout, j.PdfStandard, j.TrackChanges,
                string.Join("\n", j.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))))
            .OrderBy(j => j.Template, StringComparer.Ordinal).ThenBy(j => j.NotesPath, StringComparer.Ordinal)
            .Select((j, i) => j with { Index = i })
            .ToList();
        return Result<IReadOnlyList<BuildJob>>.Ok(ordered);
    }

    /// <summary>The folder a manifest's notes must stay in, links followed: the manifest's own.</summary>
    internal static FileRoots NotesRoots(BuildManifest manifest) => new($"the manifest's folder ({manifest.BaseDirectory})", manifest.BaseDirectory);

    /// <summary>The jobs of shard K of N: every job belongs to exactly one shard.</summary>
    public static IReadOnlyList<BuildJob> Shard(IReadOnlyList<BuildJob> jobs, int k, int n) =>
        jobs.Where(j => j.Index % n == k - 1).ToList();

    /// <summary>
    /// Fills an output pattern; null when the result would leave the output folder, by name or through a symbolic link.
    /// <paramref name="name"/> is the file the render made (the notes' name, or an item's); <paramref name="notes"/> the notes
    /// file (relative to the manifest's folder) for {notes} and {dir}. Each value is made safe for a file name and cut to
    /// <see cref="FileNames.MaxNameBytes"/> (<see cref="FileNames.Fit"/>).
    /// </summary>
    public static string? OutputPath(string outputDirectory, string pattern, string name, string? date, string template, string format, string? notes = null)
    {
        var notesPath = notes ?? name;
        var folder = Path.GetDirectoryName(notesPath.Replace('\\', '/')) is { Length: > 0 } dir
            ? string.Join("/", dir.Split('/', '\\').Select(Safe))
            : ".";
        var relative = pattern
            .Replace("{name}", Safe(Path.GetFileNameWithoutExtension(name)), StringComparison.Ordinal)
            .Replace("{notes}", Safe(Path.GetFileNameWithoutExtension(notesPath)), StringComparison.Ordinal)
            .Replace("{dir}", folder, StringComparison.Ordinal)
            .Replace("{date}", Safe(date ?? "undated"), StringComparison.Ordinal)
            .Replace("{template}", Safe(template), StringComparison.Ordinal)
            .Replace("{format}", format, StringComparison.Ordinal);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return FileNames.IsInside(root, full) && !ThroughLink(root, full) ? full : null;
    }

    // A folder under the output folder that is a symbolic link could lead anywhere; the output folder itself may be one.
    private static bool ThroughLink(string root, string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null) return true;
        }
        return false;
    }

    private static string Safe(string value)
    {
        var safe = new string(value.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return safe.Length > 0 && safe != "." && safe != ".." ? FileNames.Fit(safe) : "_";
    }
}
