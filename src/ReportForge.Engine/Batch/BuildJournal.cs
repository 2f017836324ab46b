using System.Text.Json;
using ReportForge.IO;

namespace ReportForge.Batch;

/// <summary>
/// The build's append-only journal, <c>.reportforge/build.journal</c> in the output folder: one JSON line when the build
/// starts, then one line with a job's artifacts as soon as they are in place, each flushed to the disk. The build
/// compacts it into manifest.json at the end and removes it; a journal found at the start of a build therefore means the
/// last one was killed or could not write its manifest, and the new build reconciles manifest.json first
/// (<see cref="BuildReconciler"/>). Lines cut short by a crash are ignored.
/// </summary>
internal sealed class BuildJournal : IDisposable
{
    /// <summary>The journal's name in the state folder.</summary>
    public const string FileName = "build.journal";

    private readonly FileStream _file;
    private readonly string _path;
    private readonly object _gate = new();
    private bool _broken;

    private BuildJournal(FileStream file, string path)
    {
        _file = file;
        _path = path;
    }

    /// <summary>The journal's path in a state folder.</summary>
    public static string PathIn(string stateFolder) => Path.Combine(stateFolder, FileName);

    /// <summary>The artifacts a left-over journal records, in order; null when there is none.</summary>
    public static List<BuildArtifact>? ReadLeftOver(string path)
    {
        if (InputFiles.Read(path, ReadLimit.BuildRecord).Text is not { } text) return null;
        var artifacts = new List<BuildArtifact>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                if (!document.RootElement.TryGetProperty("artifacts", out var list)) continue;
                artifacts.AddRange(list.EnumerateArray().Select(BuildManifestFile.ReadArtifact));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                // A line cut short by the crash: the reconciliation finds those files from what is on disk.
            }
        }
        return artifacts;
    }

    /// <summary>Starts a new journal (replacing any left over); throws IOException or UnauthorizedAccessException when it cannot be written.</summary>
    public static BuildJournal Start(string path)
    {
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        try
        {
            var journal = new BuildJournal(file, path);
            journal.WriteLine(json => json.WriteString("build", "started"), throwOnFailure: true);
            return journal;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Records a job's artifacts. A failure (a full disk) is not the job's: the journal stays incomplete, and since it is
    /// then not removed unless the manifest is written, the next build reconciles from what is on disk.
    /// </summary>
    public void Append(IReadOnlyList<BuildArtifact> artifacts) => WriteLine(json =>
    {
        json.WriteStartArray("artifacts");
        foreach (var artifact in artifacts) BuildManifestFile.WriteArtifact(json, artifact);
        json.WriteEndArray();
    }, throwOnFailure: false);

    /// <summary>Closes and removes the journal: the manifest now holds everything it recorded.</summary>
    public void Complete()
    {
        _file.Dispose();
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left over, it only makes the next build check every file against the manifest again.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    private void WriteLine(Action<Utf8JsonWriter> body, bool throwOnFailure)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        lock (_gate)
        {
            if (_broken) return;
            try
            {
                _file.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
                _file.Flush(flushToDisk: true);
            }
            catch (Exception e) when (!throwOnFailure && e is IOException or UnauthorizedAccessException)
            {
                // A line written half would make the ones after it unreadable: stop appending.
                _broken = true;
            }
        }
    }
}
