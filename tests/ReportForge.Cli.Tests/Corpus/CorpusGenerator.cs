using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ReportForge.Tests.Corpus;

/// <summary>
/// Writes the files a case's <c>generate.json</c> describes, so the corpus holds no 10 MB notes and no bytes an
/// editor could change. Each file is a list of parts: <c>text</c> (UTF-8), <c>bytes</c> (hex), <c>repeat</c> with
/// <c>count</c>, an optional <c>separator</c> and an optional <c>indent</c> written once more before each repetition
/// (<c>{i}</c> becomes 1, 2, 3…), or the whole file is a <c>png</c> of a given width and height.
/// </summary>
internal static class CorpusGenerator
{
    public static void Run(string description, string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(description));
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = Path.Combine(folder, file.GetProperty("path").GetString()!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var output = File.Create(path);
            if (file.TryGetProperty("png", out var png))
                WritePng(output, png.GetProperty("width").GetInt32(), png.GetProperty("height").GetInt32());
            else
                foreach (var part in file.GetProperty("parts").EnumerateArray()) WritePart(output, part);
        }
    }

    private static void WritePart(Stream output, JsonElement part)
    {
        if (part.TryGetProperty("text", out var text)) output.Write(Encoding.UTF8.GetBytes(text.GetString()!));
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

    /// <summary>An RGB PNG, a horizontal gradient: large in pixels, small on disk.</summary>
    private static void WritePng(Stream output, int width, int height) =>
        PngWriter.WriteRgb(output, width, height, (x, _) => ((byte)(x * 255L / width), 100, 160));
}
