using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.IO;

namespace ReportForge.Batch;

/// <summary>Reads and writes <c>out/manifest.json</c>: every artifact and every failure of the last build.</summary>
public static class BuildManifestFile
{
    /// <summary>The manifest's name in the output folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The artifacts the manifest at <paramref name="path"/> lists; empty when there is none or it is unreadable (which only means a full
    /// rebuild).</summary>
    internal static List<BuildArtifact> ReadArtifacts(string path)
    {
        try
        {
            if (InputFiles.Read(path, ReadLimit.BuildRecord).Bytes is not { } bytes) return [];
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.GetProperty("artifacts").EnumerateArray().Select(ReadArtifact).ToList();
        }
        catch (Exception e) when
            (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>One artifact written by <see cref="WriteArtifact"/>; throws KeyNotFoundException or InvalidOperationException when it is not one.</summary>
    internal static BuildArtifact ReadArtifact(JsonElement a) => new(
        a.GetProperty("path").GetString()!, a.GetProperty("format").GetString()!, a.GetProperty("template").GetString()!,
        a.GetProperty("input").GetString()!, a.GetProperty("sha256").GetString()!, a.GetProperty("bytes").GetInt64(),
        a.GetProperty("pages").GetInt32(), a.GetProperty("milliseconds").GetInt64(), a.GetProperty("key").GetString()!, true)
    {
        Kept = a.TryGetProperty("kept", out var kept) && kept.ValueKind == JsonValueKind.True,
    };

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
        json.WriteBoolean("kept", artifact.Kept);
        json.WriteEndObject();
    }

    /// <summary>The manifest's bytes: every job's artifacts and every failure.</summary>
    public static byte[] Write(IReadOnlyList<BuildJobResult> results) =>
        Write(results.SelectMany(r => r.Artifacts), results.Where(r => !r.Succeeded));

    /// <summary>The manifest's bytes: the artifacts on disk, and the failed jobs with their errors.</summary>
    internal static byte[] Write(IEnumerable<BuildArtifact> artifacts, IEnumerable<BuildJobResult> failures)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "reportforge " + BuildFingerprint.ToolVersion);
            json.WriteStartArray("artifacts");
            foreach (var artifact in artifacts) WriteArtifact(json, artifact);
            json.WriteEndArray();
            json.WriteStartArray("failures");
            foreach (var failed in failures)
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
        return stream.ToArray();
    }
}
