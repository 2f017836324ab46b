using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.IO;

namespace ReportForge.Batch;

/// <summary>Reads and writes <c>out/manifest.json</c>: every artifact and every failure of the last build.</summary>
public static class BuildManifestFile
{
    /// <summary>The manifest's name in the output folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Artifacts of the previous build by job id, with their key; empty when there is none or it is unreadable.</summary>
    internal static Dictionary<string, List<BuildArtifact>> ReadPrevious(string path)
    {
        var previous = new Dictionary<string, List<BuildArtifact>>(StringComparer.Ordinal);
        try
        {
            if (InputFiles.Read(path, ReadLimit.BuildRecord).Bytes is not { } bytes) return previous;
            using var document = JsonDocument.Parse(bytes);
            foreach (var a in document.RootElement.GetProperty("artifacts").EnumerateArray())
            {
                var artifact = new BuildArtifact(
                    a.GetProperty("path").GetString()!, a.GetProperty("format").GetString()!, a.GetProperty("template").GetString()!,
                    a.GetProperty("input").GetString()!, a.GetProperty("sha256").GetString()!, a.GetProperty("bytes").GetInt64(),
                    a.GetProperty("pages").GetInt32(), a.GetProperty("milliseconds").GetInt64(), a.GetProperty("key").GetString()!, true);
                var id = $"{artifact.Template}|{artifact.Input}";
                if (!previous.TryGetValue(id, out var list)) previous[id] = list = [];
                list.Add(artifact);
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            previous.Clear(); // an unreadable manifest only means a full rebuild
        }
        return previous;
    }

    /// <summary>One artifact as a JSON object: the manifest and the --json events use the same shape.</summary>
    public static void WriteArtifact(Utf8JsonWriter json, BuildArtifact artifact)
    {
        json.WriteStartObject();
        json.WriteString("path", artifact.Path);
        json.WriteString("format", artifact.Format);
        json.WriteString("template", artifact.Template);
        json.WriteString("input", artifact.Input);
        json.WriteString("sha256", artifact.Sha256);
        json.WriteNumber("bytes", artifact.Bytes);
        json.WriteNumber("pages", artifact.Pages);
        json.WriteNumber("milliseconds", artifact.Milliseconds);
        json.WriteString("key", artifact.Key);
        json.WriteBoolean("skipped", artifact.Skipped);
        json.WriteEndObject();
    }

    /// <summary>The manifest's bytes.</summary>
    public static byte[] Write(IReadOnlyList<BuildJobResult> results, string baseDirectory)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "reportforge " + BuildFingerprint.ToolVersion);
            json.WriteStartArray("artifacts");
            foreach (var artifact in results.SelectMany(r => r.Artifacts)) WriteArtifact(json, artifact);
            json.WriteEndArray();
            json.WriteStartArray("failures");
            foreach (var failed in results.Where(r => !r.Succeeded))
            {
                json.WriteStartObject();
                json.WriteString("input", failed.Job.NotesPath);
                json.WriteString("template", failed.Job.Template);
                json.WriteStartArray("errors");
                foreach (var d in failed.Diagnostics.Where(d => d.Severity == Severity.Error))
                {
                    json.WriteStartObject();
                    json.WriteString("code", d.Code);
                    json.WriteString("message", d.Message);
                    if (d.Location is { } l)
                    {
                        json.WriteString("file", l.File);
                        if (l.Line > 0) { json.WriteNumber("line", l.Line); json.WriteNumber("column", l.Column); }
                        if (l.Pointer is not null) json.WriteString("pointer", l.Pointer);
                    }
                    json.WriteString("text", d.ToString());
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        _ = baseDirectory;
        return stream.ToArray();
    }
}
