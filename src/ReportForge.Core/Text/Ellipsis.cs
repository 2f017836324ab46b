using System.Globalization;

namespace ReportForge.Text;

/// <summary>Cuts text to a width with a trailing "…", at a grapheme boundary (never inside a letter and its marks, an emoji or a surrogate pair).</summary>
public static class Ellipsis
{
    /// <summary>The mark appended to cut text.</summary>
    public const string Mark = "…";

    /// <summary>
    /// <paramref name="text"/> whole when it is at most <paramref name="maxChars"/> long and fits <paramref name="room"/>;
    /// else its longest start (of at most <paramref name="maxChars"/> characters, trailing spaces dropped) that fits
    /// with <see cref="Mark"/> appended; else empty. <paramref name="maxChars"/> bounds the work: a caller that knows
    /// no character is narrower than some width passes room / that width, so a megabyte title costs no more than a
    /// line. The cut is found by binary search, measuring about log2(maxChars) starts.
    /// </summary>
    public static string Fit(string text, double room, Func<string, double> width, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(width);
        if (text.Length <= maxChars && width(text) <= room) return text;

        // Where each grapheme starts, within the first maxChars characters.
        var starts = new List<int>();
        var span = text.AsSpan(0, Math.Min(text.Length, Math.Max(0, maxChars)));
        for (var i = 0; i < span.Length;)
        {
            starts.Add(i);
            i += Math.Max(1, StringInfo.GetNextTextElementLength(span[i..]));
        }
        // A cut ends where the next grapheme starts (starts[k] for k >= 1), or holds nothing but the mark (k = 0).
        string Cut(int k) => k == 0 ? Mark : string.Concat(text.AsSpan(0, starts[k]).TrimEnd(), Mark);
        if (width(Mark) > room) return "";
        int low = 0, high = starts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (width(Cut(middle)) <= room) low = middle;
            else high = middle - 1;
        }
        return Cut(low);
    }
}
