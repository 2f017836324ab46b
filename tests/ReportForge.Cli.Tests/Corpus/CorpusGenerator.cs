using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// Writes the files a case's <c>generate.json</c> describes, so the corpus holds no 10 MB notes, no bytes an
/// editor could change and no links or FIFOs, which git keeps badly or not at all. Each entry has a <c>path</c> and
/// one of: <c>parts</c> (<c>text</c> as UTF-8, <c>bytes</c> in hex, the first <c>length</c> bytes of a repository file <c>from</c>, <c>repeat</c> with <c>count</c>, an optional
/// <c>separator</c> and an optional <c>indent</c> written once more before each repetition; <c>{i}</c> becomes 1,
/// 2, 3…), a <c>png</c> of a given width and height, a <c>zip</c> of entries each with a <c>name</c> and
/// <c>parts</c>, a symbolic <c>link</c> to a target (as given: relative or absolute), a <c>fifo</c>, a
/// <c>sparse</c> file of that many bytes, or a <c>copy</c> of a file or folder under <c>tests/Corpus</c> (files
/// the case already has are kept).
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>Copies a case's files (not its <c>expected.json</c> and <c>generate.json</c>) into <paramref name="target"/>, then writes the generated ones.</summary>
    public static void Materialise(string caseFolder, string target)
    {
        foreach (var file in Directory.EnumerateFiles(caseFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(caseFolder, file);
            if (relative is "expected.json" or "generate.json") continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        var description = Path.Combine(caseFolder, "generate.json");
        if (File.Exists(description)) Run(description, target);
    }

    public static void Run(string description, string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(description));
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = Path.Combine(folder, file.GetProperty("path").GetString()!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (file.TryGetProperty("link", out var link)) File.CreateSymbolicLink(Replace(path), link.GetString()!);
            else if (file.TryGetProperty("fifo", out _)) MakeFifo(Replace(path));
            else if (file.TryGetProperty("copy", out var copy)) Copy(Path.Combine(TestPaths.Root, "tests", "Corpus", copy.GetString()!), path);
            else
            {
                using var output = File.Create(path);
                if (file.TryGetProperty("png", out var png)) WritePng(output, png.GetProperty("width").GetInt32(), png.GetProperty("height").GetInt32());
                else if (file.TryGetProperty("sparse", out var sparse)) output.SetLength(sparse.GetInt64());
                else if (file.TryGetProperty("zip", out var zip)) WriteZip(output, zip);
                else WriteParts(output, file.GetProperty("parts"));
            }
        }
    }

    private static void WriteParts(Stream output, JsonElement parts)
    {
        foreach (var part in parts.EnumerateArray()) WritePart(output, part);
    }

    private static void WritePart(Stream output, JsonElement part)
    {
        if (part.TryGetProperty("text", out var text)) output.Write(Encoding.UTF8.GetBytes(text.GetString()!));
        else if (part.TryGetProperty("from", out var from))
        {
            var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Root, from.GetString()!));
            output.Write(bytes, 0, part.TryGetProperty("length", out var length) ? length.GetInt32() : bytes.Length);
        }
        else if (part.TryGetProperty("bytes", out var hex)) output.Write(Convert.FromHexString(hex.GetString()!.Replace(" ", "", StringComparison.Ordinal)));
        else
        {
            var repeat = part.GetProperty("repeat").GetString()!;
            var separator = Encoding.UTF8.GetBytes(part.TryGetProperty("separator", out var s) ? s.GetString()! : "");
            var indent = Encoding.UTF8.GetBytes(part.TryGetProperty("indent", out var d) ? d.GetString()! : "");
            var count = part.GetProperty("count").GetInt32();
            for (var i = 1; i <= count; i++)
            {
                if (i > 1) output.Write(separator);
                for (var level = 1; indent.Length > 0 && level < i; level++) output.Write(indent);
                output.Write(Encoding.UTF8.GetBytes(repeat.Replace("{i}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            }
        }
    }

    /// <summary>A zip (a .docx is one) with a fixed timestamp on every entry.</summary>
    private static void WriteZip(Stream output, JsonElement entries)
    {
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries.EnumerateArray())
        {
            var zipped = archive.CreateEntry(entry.GetProperty("name").GetString()!, CompressionLevel.Optimal);
            zipped.LastWriteTime = new DateTimeOffset(2022, 1, 11, 0, 0, 0, TimeSpan.Zero);
            using var stream = zipped.Open();
            WriteParts(stream, entry.GetProperty("parts"));
        }
    }

    /// <summary>An RGB PNG, a horizontal gradient: large in pixels, small on disk.</summary>
    private static void WritePng(Stream output, int width, int height) =>
        PngWriter.WriteRgb(output, width, height, (x, _) => ((byte)(x * 255L / width), 100, 160));

    /// <summary>A link or FIFO takes the place of a file the case (or a copy) already has.</summary>
    private static string Replace(string path)
    {
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null) File.Delete(path);
        return path;
    }

    private static bool Occupied(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        if (!mkfifo.WaitForExit(30_000) || mkfifo.ExitCode != 0) throw new IOException($"mkfifo {path} failed");
    }

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            if (!Occupied(target)) File.Copy(source, target);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            if (Occupied(Path.GetDirectoryName(to)!) && !Directory.Exists(Path.GetDirectoryName(to)!)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            if (!Occupied(to)) File.Copy(file, to);
        }
    }
}
