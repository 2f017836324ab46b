using ReportForge.Output;

namespace ReportForge.Batch;

/// <summary>
/// Keeps the manifest's entries true to the files on disk. An entry is checked by hashing the file that is there now:
/// the same bytes keep the entry; other bytes (a crash between a rename and its journal line, or a hand edit) are
/// recorded as they are, as kept and with no key, so the job is never taken as up to date from it; a file that is gone,
/// or an entry that names a file outside the output folder, drops the entry.
/// </summary>
internal static class BuildReconciler
{
    /// <summary>The manifest's entries updated by a left-over journal's, one per path, a later entry winning.</summary>
    public static List<BuildArtifact> Merge(IEnumerable<BuildArtifact> manifest, IEnumerable<BuildArtifact>? journal)
    {
        var byPath = new Dictionary<string, BuildArtifact>(FileNames.PathComparer);
        var order = new List<string>();
        foreach (var artifact in manifest.Concat(journal ?? []))
        {
            if (!byPath.ContainsKey(artifact.Path)) order.Add(artifact.Path);
            byPath[artifact.Path] = artifact;
        }
        return order.Select(p => byPath[p]).ToList();
    }

    /// <summary>The entry as the disk has it (see the class); null when it is dropped.</summary>
    public static BuildArtifact? Check(BuildArtifact artifact, BuildManifest manifest)
    {
        var path = Path.GetFullPath(Path.Combine(manifest.BaseDirectory, artifact.Path));
        if (!FileNames.IsInside(manifest.OutputDirectory, path) || !File.Exists(path)) return null;
        try
        {
            if (BuildFingerprint.Sha256(path) is not { } sha) return null;
            return sha == artifact.Sha256 ? artifact
                : artifact with { Sha256 = sha, Bytes = new FileInfo(path).Length, Key = "", Pages = 0, Milliseconds = 0, Skipped = true, Kept = true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
