using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Notes;
using ReportForge.Output;

namespace ReportForge.Batch;

/// <summary>
/// What a build remembers between runs so that each job's report can show the changes since the last different notes:
/// per job, in <c>.reportforge/state/TEMPLATE/DIR/NAME.last.json</c> (the notes of its last successful render) and
/// <c>NAME.previous.json</c> (the different notes before them), beside the manifest, outside the output folder, so
/// never published with the reports. A rerun on unchanged notes (<c>--force</c> the same day) keeps comparing with the
/// notes before them, not with themselves. A damaged state file is a warning (RF2103) and a report without changes.
/// </summary>
internal static class BuildState
{
    /// <summary>The state folder under the manifest's folder.</summary>
    public const string Folder = ".reportforge/state";

    /// <summary>Remembered previous notes (their bytes and file; none when null), or why they cannot be used.</summary>
    public sealed record Remembered(byte[]? Bytes, string? Path, Diagnostic? Warning);

    /// <summary>The notes to compare <paramref name="notes"/> with: the last ones if they differ, else the ones before.</summary>
    public static Remembered Previous(BuildManifest manifest, BuildJob job, byte[] notes)
    {
        var (last, previous) = Files(manifest, job);
        var lastRead = Read(manifest, last);
        if (lastRead.Warning is not null || lastRead.Bytes is null) return lastRead;
        return lastRead.Bytes.AsSpan().SequenceEqual(notes) ? Read(manifest, previous) : lastRead;
    }

    /// <summary>
    /// Remembers <paramref name="notes"/> as the job's last notes after a successful render; the last ones, when they
    /// differ, become the previous. A warning when the files cannot be written.
    /// </summary>
    public static Diagnostic? Remember(BuildManifest manifest, BuildJob job, byte[] notes)
    {
        var (last, previous) = Files(manifest, job);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(last)!);
            var read = InputFiles.Read(last, ReadLimit.Notes);
            if (read.Bytes is { } was)
            {
                if (was.AsSpan().SequenceEqual(notes)) return null;
                AtomicFile.Write(previous, was);
            }
            AtomicFile.Write(last, notes);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic(ErrorCodes.BuildStateUnusable, Severity.Warning,
                $"cannot remember these notes for the next build's changes: {OutputFileException.Describe(e)}",
                SourceLocation.OfFile(Relative(manifest, last)));
        }
    }

    private static Remembered Read(BuildManifest manifest, string path)
    {
        var read = InputFiles.Read(path, ReadLimit.Notes);
        if (read.Problem == FileProblem.Missing) return new Remembered(null, null, null);
        var name = Relative(manifest, path);
        if (read.Bytes is not { } bytes) return Unusable(name, $"the file {read.Detail}");
        var parsed = NotesDocument.Parse(bytes, name);
        return parsed.Succeeded ? new Remembered(bytes, path, null) : Unusable(name, parsed.Diagnostics[0].Message);
    }

    /// <summary>The warning for remembered notes that are not notes of the job's template (its schema changed since).</summary>
    public static Diagnostic NotNotes(string name) => Unusable(name,
        "they are not notes of the template (did its schema change?)").Warning!;

    private static Remembered Unusable(string name, string why) => new(null, null, new Diagnostic(ErrorCodes.BuildStateUnusable, Severity.Warning,
        $"the remembered previous notes cannot be used: {why}; this report shows no changes", SourceLocation.OfFile(name)));

    private static (string Last, string Previous) Files(BuildManifest manifest, BuildJob job)
    {
        var notes = job.NotesPath.Replace('\\', '/');
        var folder = System.IO.Path.GetDirectoryName(notes) is { Length: > 0 } dir ? dir.Split('/').Select(Safe).ToArray() : [];
        var name = Safe(System.IO.Path.GetFileNameWithoutExtension(notes));
        var parts = new[] { manifest.BaseDirectory, Folder, Safe(job.Template) }.Concat(folder).ToArray();
        var root = System.IO.Path.Combine(parts);
        return (System.IO.Path.Combine(root, name + ".last.json"), System.IO.Path.Combine(root, name + ".previous.json"));
    }

    private static string Safe(string value)
    {
        var safe = new string(value.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return safe.Length > 0 && safe != "." && safe != ".." ? FileNames.Fit(safe) : "_";
    }

    private static string Relative(BuildManifest manifest, string path) => System.IO.Path.GetRelativePath(manifest.BaseDirectory, path).Replace('\\', '/');
}
