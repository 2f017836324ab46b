using System.Globalization;
using System.Text;

namespace ReportForge.Word;

/// Maps a heading anchor to a bookmark name Word keeps: at most 40 characters, no spaces.
/// Anchors that already fit are used as they are; others get a sanitised prefix and a stable hash so they stay unique.
internal static class BookmarkNames
{
    private const int MaxLength = 40;

    public static string For(string anchor)
    {
        if (anchor.Length is > 0 and <= MaxLength && char.IsLetter(anchor[0]) && anchor.All(IsPlain))
            return anchor;

        var clean = new StringBuilder("_");
        foreach (var c in anchor)
        {
            if (clean.Length >= MaxLength - 9)
                break;
            clean.Append(IsPlain(c) ? c : '_');
        }
        return clean.Append('_').Append(Fnv1a(anchor).ToString("x8", CultureInfo.InvariantCulture)).ToString();
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
            hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
