using System.Security.Cryptography;
using System.Text;

namespace ReportForge.Output;

/// <summary>File names that fit every file system, and whether a path stays inside a folder.</summary>
internal static class FileNames
{
    /// <summary>
    /// The longest name, in UTF-8 bytes, that a placeholder or an item's id gives a file: well under the 255 bytes file
    /// systems allow, leaving room for the extension, the rest of an output pattern and a temporary file's decoration.
    /// </summary>
    public const int MaxNameBytes = 100;

    private const int HashDigits = 8;

    /// <summary>
    /// <paramref name="name"/> when it is at most <see cref="MaxNameBytes"/> bytes; otherwise its beginning, cut at a character
    /// boundary, then '-' and the first 8 hex digits of the SHA-256 of the whole name, so the result is stable and two long
    /// names that share a beginning still differ.
    /// </summary>
    public static string Fit(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) <= MaxNameBytes) return name;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashDigits].ToLowerInvariant();
        return Prefix(name, MaxNameBytes - HashDigits - 1).TrimEnd('-', '.', '_') + "-" + hash;
    }

    /// <summary>The longest beginning of <paramref name="name"/> of at most <paramref name="bytes"/> UTF-8 bytes, never half a character.</summary>
    public static string Prefix(string name, int bytes)
    {
        var used = 0;
        var end = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            used += rune.Utf8SequenceLength;
            if (used > bytes) break;
            end += rune.Utf16SequenceLength;
        }
        return name[..end];
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="root"/> (not the folder itself), by name; a trailing separator on either does not
    /// matter.</summary>
    public static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return relative != "." && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathRooted(relative);
    }

    /// <summary>How output paths compare: by case on Linux; without it where file systems usually ignore case.</summary>
    public static StringComparer PathComparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
}
