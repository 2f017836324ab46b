using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportForge.Tests;

/// <summary>Small templates and notes that render fast, and what the tests read back from an output folder.</summary>
internal static partial class OutputTree
{
    /// <summary>A templates folder holding "tiny" (one document: PDF and DOCX) and "tiny-each" (one PDF per item of "items").</summary>
    public static string TinyTemplates()
    {
        var root = CliRunner.TempDir();
        var tiny = Directory.CreateDirectory(Path.Combine(root, "tiny")).FullName;
        File.WriteAllText(Path.Combine(tiny, "template.json"), """{ "name": "tiny", "formats": ["pdf", "docx"] }""");
        File.WriteAllText(Path.Combine(tiny, "schema.json"),
            """{ "type": "object", "properties": { "title": { "type": "string" }, "date": { "type": "string" }, "body": { "type": "string" } } }""");
        File.WriteAllText(Path.Combine(tiny, "template.sbn"), "# {{ title }}\n\n{{ body }}\n");

        var each = Directory.CreateDirectory(Path.Combine(root, "tiny-each")).FullName;
        File.WriteAllText(Path.Combine(each, "template.json"), """{ "name": "tiny-each", "each": "items", "formats": ["pdf"] }""");
        File.WriteAllText(Path.Combine(each, "schema.json"), """
            { "type": "object", "properties": { "date": { "type": "string" },
              "items": { "type": "array", "items": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" } } } } } }
            """);
        File.WriteAllText(Path.Combine(each, "template.sbn"), "# {{ item.title }}\n");
        return root;
    }

    /// <summary>Notes for "tiny".</summary>
    public static string TinyNotes(string title, string body = "Some text.") =>
        JsonSerializer.Serialize(new { title, date = "2022-01-11", body });

    /// <summary>The scratch files, replace journals and build journals under <paramref name="folder"/>: none is left after a run that finished.</summary>
    public static List<string> LeftOvers(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => Scratch().IsMatch(Path.GetFileName(f)) || Path.GetFileName(f).StartsWith("replace-", StringComparison.Ordinal)
                || Path.GetFileName(f) == "build.journal")
            .Select(f => Path.GetRelativePath(folder, f))
            .ToList();

    /// <summary>The manifest's artifacts as (path, sha256), after asserting each names a file whose bytes have that hash.</summary>
    public static Dictionary<string, string> AssertManifestMatchesFiles(string buildDir, string output = "out")
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(buildDir, output, "manifest.json")));
        var listed = new Dictionary<string, string>();
        foreach (var artifact in manifest.RootElement.GetProperty("artifacts").EnumerateArray())
        {
            var path = artifact.GetProperty("path").GetString()!;
            var sha = artifact.GetProperty("sha256").GetString()!;
            Assert.True(listed.TryAdd(path, sha), $"{path} is listed twice");
            var file = Path.Combine(buildDir, path);
            Assert.True(File.Exists(file), $"{path} is listed but not there");
            Assert.True(Sha256(file) == sha, $"{path}: the manifest's sha256 is not the file's");
            Assert.Equal(new FileInfo(file).Length, artifact.GetProperty("bytes").GetInt64());
        }
        return listed;
    }

    /// <summary>The files of an output folder (not the manifest, not the state folder) by relative path, with their hashes.</summary>
    public static Dictionary<string, string> Files(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "manifest.json" && !f.Contains("/.reportforge/", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), Sha256);

    public static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

    [GeneratedRegex(@"^\..*\.[0-9]+\.[0-9a-f]{32}\.(tmp|old)$")]
    private static partial Regex Scratch();
}
