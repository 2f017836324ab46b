using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportForge.Templating;

namespace ReportForge.Batch;

/// <summary>
/// What decides whether a job's artifacts are up to date: the notes, every file of the template folder
/// (and templates/_shared), the options and the tool version. Any change gives a new key.
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
        Add("output:" + job.OutputPattern);
        Add("epoch:" + sourceDateEpoch);
        foreach (var (name, value) in job.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) Add($"set:{name}={value}");
        Add("notes");
        hash.AppendData(notes);
        if (template is DirectoryTemplateSource directory)
        {
            AddFolder(hash, directory.Root);
            var shared = Path.Combine(Path.GetDirectoryName(directory.Root)!, "_shared");
            if (Directory.Exists(shared)) AddFolder(hash, shared);
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    private static void AddFolder(IncrementalHash hash, string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file).Replace('\\', '/')));
            hash.AppendData([0]);
            hash.AppendData(File.ReadAllBytes(file));
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }
}
