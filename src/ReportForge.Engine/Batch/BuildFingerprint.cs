using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportForge.IO;
using ReportForge.Templating;

namespace ReportForge.Batch;

/// <summary>
/// What decides whether a job's artifacts are up to date: the notes, every file of the template folder
/// (and templates/_shared), the options and the tool version. Any change gives a new key. The folders are walked
/// as a render reads them: links leading out of them, or round in a loop, are hashed by where they point, never
/// followed, and files too large to be read by a render are hashed by their size.
/// </summary>
internal static class BuildFingerprint
{
    public static string ToolVersion { get; } =
        typeof(BuildFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string Key(BuildJob job, byte[] notes, ITemplateSource? template, IReadOnlyList<string> formats, long? sourceDateEpoch)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add("tool:" + ToolVersion);
        Add("template:" + job.Template);
        Add("formats:" + string.Join(",", formats));
        Add("culture:" + job.Culture);
        // Only when set: the keys of jobs without one stay as they were.
        if (job.PdfStandard is { } standard) Add("pdf-standard:" + standard);
        if (job.TrackChanges) Add("track-changes");
        Add("output:" + job.OutputPattern);
        Add("epoch:" + sourceDateEpoch);
        foreach (var (name, value) in job.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) Add($"set:{name}={value}");
        Add("notes");
        hash.AppendData(notes);
        if (template is DirectoryTemplateSource directory)
        {
            AddFolder(hash, directory.Root, directory.Roots);
            if (directory.Shared is DirectoryTemplateSource shared) AddFolder(hash, shared.Root, shared.Roots);
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    private static void AddFolder(IncrementalHash hash, string folder, FileRoots roots)
    {
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        foreach (var entry in FileTree.Walk(folder, roots))
        {
            Add(entry.RelativePath);
            if (entry.Kind != FileTreeEntryKind.File)
            {
                Add($"{entry.Kind} {entry.RealPath}");
                continue;
            }
            var opened = InputFiles.OpenInside(entry.FullPath, roots, ReadLimit.Image, out var stream);
            if (stream is null)
            {
                Add("refused: " + opened.Detail);
                continue;
            }
            using (stream) Add(AppendStream(hash, stream) ? "read" : "unreadable");
        }
    }

    private static bool AppendStream(IncrementalHash hash, Stream stream)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            for (int read; (read = stream.Read(buffer)) > 0;) hash.AppendData(buffer, 0, read);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>The SHA-256 of a file written earlier; null when it is gone, or is no longer a regular file that can be read.</summary>
    public static string? Sha256(string path)
    {
        if (InputFiles.Open(path, ReadLimit.Artifact, out var stream).Problem != FileProblem.None || stream is null) return null;
        using (stream)
        {
            try
            {
                return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
