using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.IO;

namespace ReportForge.Output;

/// <summary>
/// The record of a group of files (a report's PDF and DOCX) being replaced, written to the output folder's
/// <c>.reportforge/replace-PID-GUID.json</c> before the first rename and removed after the last. A run that finds one
/// left over (its writer was killed, or could not put the earlier files back) finishes the group: forward, renaming the
/// remaining new files into place, when every new file is still there; otherwise back, putting the earlier files back.
/// Either way the group ends all old or all new.
/// </summary>
internal static class ReplaceJournal
{
    private const string Prefix = "replace-";

    /// <summary>A new journal's path in <paramref name="stateFolder"/>.</summary>
    public static string NewPath(string stateFolder) => Path.Combine(stateFolder, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}.json");

    /// <summary>Writes the journal and flushes it to the disk; paths are kept relative to <paramref name="root"/>.</summary>
    public static void Write(string path, string root, IReadOnlyList<ReplaceEntry> entries)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using (var json = new Utf8JsonWriter(file))
        {
            json.WriteStartObject();
            json.WriteStartArray("files");
            foreach (var entry in entries)
            {
                json.WriteStartObject();
                json.WriteString("target", Relative(root, entry.Target));
                json.WriteString("temp", Relative(root, entry.Temp));
                if (entry.Backup is null) json.WriteNull("backup");
                else json.WriteString("backup", Relative(root, entry.Backup));
                json.WriteString("sha256", entry.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        file.Flush(flushToDisk: true);
    }

    /// <summary>
    /// Finishes every group left over in <paramref name="stateFolder"/>; a warning says what was done to each. Throws
    /// IOException or UnauthorizedAccessException when a file cannot be renamed or removed.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Recover(string root, string stateFolder, Func<string, string> display)
    {
        var notes = new List<Diagnostic>();
        if (!Directory.Exists(stateFolder)) return notes;
        foreach (var journal in Directory.EnumerateFiles(stateFolder, Prefix + "*.json").Order(StringComparer.Ordinal).ToList())
        {
            if (WriterRuns(journal)) continue;
            var entries = Read(journal, root);
            // A journal that is cut short or names files outside the folder was never acted on: the renames start only
            // once it is complete. Its scratch files are removed with the other stale ones.
            if (entries is not null && entries.Count > 0) notes.Add(Finish(entries, display));
            File.Delete(journal);
        }
        return notes;
    }

    private static Diagnostic Finish(IReadOnlyList<ReplaceEntry> entries, Func<string, string> display)
    {
        var isNew = entries.Select(e => HasBytes(e.Target, e.Sha256)).ToList();
        var forward = entries.Select((e, i) => isNew[i] || HasBytes(e.Temp, e.Sha256)).All(ready => ready);
        var lost = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (forward && !isNew[i]) File.Move(entry.Temp, entry.Target, overwrite: true);
            else if (!forward && isNew[i])
            {
                if (entry.Backup is null) File.Delete(entry.Target);
                else if (File.Exists(entry.Backup)) File.Move(entry.Backup, entry.Target, overwrite: true);
                else lost.Add(display(entry.Target));
            }
        }
        foreach (var entry in entries)
        {
            File.Delete(entry.Temp);
            if (entry.Backup is not null) File.Delete(entry.Backup);
        }

        var shown = entries.Select(e => display(e.Target)).ToList();
        var names = shown.Count == 1 ? shown[0] : $"{string.Join(", ", shown.SkipLast(1))} and {shown[^1]}";
        var done = forward ? "this run finished replacing them with the new files"
            : lost.Count == 0 ? "this run put the earlier files back"
            : $"this run put the earlier files back, except {string.Join(", ", lost)}, whose earlier copy is gone (it keeps the new one)";
        return new Diagnostic(ErrorCodes.OutputRecovered, Severity.Warning,
            $"an earlier run was interrupted while replacing {names}; {done}", SourceLocation.OfFile(display(entries[0].Target)));
    }

    private static bool WriterRuns(string journal)
    {
        var parts = Path.GetFileNameWithoutExtension(journal)[Prefix.Length..].Split('-');
        return int.TryParse(parts[0], out var pid) && pid != Environment.ProcessId && RunningProcess.IsRunning(pid);
    }

    private static List<ReplaceEntry>? Read(string journal, string root)
    {
        try
        {
            if (InputFiles.Read(journal, ReadLimit.BuildRecord).Bytes is not { } bytes) return null;
            using var document = JsonDocument.Parse(bytes);
            var entries = new List<ReplaceEntry>();
            foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
            {
                var target = Inside(root, file.GetProperty("target").GetString());
                var temp = Scratch(root, file.GetProperty("temp").GetString());
                var backupValue = file.GetProperty("backup");
                var backup = backupValue.ValueKind == JsonValueKind.Null ? null : Scratch(root, backupValue.GetString());
                var sha = file.GetProperty("sha256").GetString();
                if (target is null || temp is null || (backupValue.ValueKind != JsonValueKind.Null && backup is null) || sha is null) return null;
                entries.Add(new ReplaceEntry(target, temp, backup, sha));
            }
            return entries;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Inside(string root, string? relative)
    {
        if (relative is null || Path.IsPathRooted(relative)) return null;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return FileNames.IsInside(root, full) ? full : null;
    }

    // Only a scratch file's name may be renamed onto a target or removed.
    private static string? Scratch(string root, string? relative) =>
        Inside(root, relative) is { } full && ScratchFile.TryParse(Path.GetFileName(full), out _) ? full : null;

    private static bool HasBytes(string path, string sha256)
    {
        return Batch.BuildFingerprint.Sha256(path) is { } found && found.Equals(sha256, StringComparison.OrdinalIgnoreCase);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
