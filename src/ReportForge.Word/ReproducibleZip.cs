using System.IO.Compression;

namespace ReportForge.Word;

/// Rewrites a saved package with its entries in a fixed order and a fixed time, so the same document gives the same bytes.
internal static class ReproducibleZip
{
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Leading =
    [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "docProps/app.xml",
        "word/document.xml",
        "word/_rels/document.xml.rels",
    ];

    public static void Rewrite(Stream package, Stream output)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var data = new MemoryStream();
                using (var stream = entry.Open())
                    stream.CopyTo(data);
                entries.Add((entry.FullName, data.ToArray()));
            }
        }

        var ordered = entries.OrderBy(e => Rank(e.Name)).ThenBy(e => e.Name, StringComparer.Ordinal);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, data) in ordered)
        {
            var entry = target.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            stream.Write(data);
        }
    }

    private static int Rank(string name)
    {
        var index = Array.IndexOf(Leading, name);
        return index < 0 ? Leading.Length : index;
    }
}
