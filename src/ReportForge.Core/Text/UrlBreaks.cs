using System.Text;

namespace ReportForge.Text;

/// <summary>
/// Where a URL may break across lines, the same for both writers: after <c>/ . - ? &amp; = #</c> when a letter, a digit
/// or one of <c>% _ ~</c> follows, so a run of these characters (the <c>//</c> after the scheme, <c>?&amp;</c>) stays
/// whole and ends the line only after its last character, and punctuation closing a sentence never starts a line; and
/// before a <c>%</c> escape. No hyphen is shown. This is the Chicago Manual's practice (after the scheme's <c>//</c>,
/// never inside it; before a percent sign) and, for these characters, that of LaTeX's url package. It also holds every
/// break LibreOffice takes by itself inside such a URL (after <c>/</c>, <c>-</c> and <c>?</c> before a letter, before
/// <c>%</c>), so once the .docx marks these places with a zero-width space it breaks where the PDF does.
/// </summary>
public static class UrlBreaks
{
    /// <summary>The zero-width space (U+200B) that marks a break chance in the .docx's text.</summary>
    public const char ZeroWidthSpace = '\u200B';

    private static readonly string[] Prefixes = ["www.", "mailto:"];

    /// <summary>
    /// Whether a link's text is its own address: the target itself, or the target without its scheme
    /// (<c>https://</c>, <c>mailto:</c>) or a final <c>/</c>. A link into the document (<c>#anchor</c>) never is.
    /// </summary>
    public static bool IsAddress(string text, string target)
    {
        if (text.Length == 0 || target.StartsWith('#') || text.Any(char.IsWhiteSpace)) return false;
        var bare = target;
        var scheme = SchemeLength(target, 0);
        if (scheme > 0) bare = target[scheme..];
        else if (target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) bare = target["mailto:".Length..];
        return Same(text, target) || Same(text, bare);

        static bool Same(string a, string b) =>
            string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The URLs written as text in <paramref name="text"/>, as (start, length): each begins with a scheme
    /// (<c>https://</c>, any <c>letters://</c>), <c>www.</c> or <c>mailto:</c>, at the start of a word or after an
    /// opening bracket or quote, and runs to the end of its word.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string text)
    {
        // Every run of text of both writers comes here: most hold no URL, and are answered without a scan.
        if (!text.Contains("://", StringComparison.Ordinal) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("mailto:", StringComparison.OrdinalIgnoreCase))
            return [];
        var found = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var wordEnd = i;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            var start = i;
            while (start < wordEnd && IsOpening(text[start])) start++;
            var prefix = SchemeLength(text, start);
            if (prefix == 0)
                prefix = Prefixes.FirstOrDefault(p => string.Compare(text, start, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0)?.Length ?? 0;
            if (prefix > 0 && start + prefix < wordEnd) found.Add((start, wordEnd - start));
            i = wordEnd;
        }
        return found;
    }

    /// <summary>Whether a line may break after <c>url[i]</c>, in a URL that ends at <paramref name="end"/>.</summary>
    public static bool BreaksAfter(string url, int i, int end) =>
        i + 1 < end && (IsBreakCharacter(url[i]) ? StartsPart(url[i + 1]) : url[i + 1] == '%' && url[i] != '%');

    /// <summary>
    /// <paramref name="text"/> with a zero-width space after every break chance of its URLs: of all of it when
    /// <paramref name="isUrl"/> (a link whose text is its address), else of the URLs <see cref="Find"/> finds in it.
    /// Text without one is returned as it is.
    /// </summary>
    public static string Mark(string text, bool isUrl)
    {
        IReadOnlyList<(int Start, int Length)> urls = isUrl ? [(0, text.Length)] : Find(text);
        if (urls.Count == 0) return text;
        var marked = new StringBuilder(text.Length + 16);
        var from = 0;
        foreach (var (start, length) in urls)
        {
            var end = start + length;
            for (var i = start; i < end; i++)
            {
                if (!BreaksAfter(text, i, end)) continue;
                marked.Append(text, from, i + 1 - from).Append(ZeroWidthSpace);
                from = i + 1;
            }
        }
        return marked.Append(text, from, text.Length - from).ToString();
    }

    private static bool IsBreakCharacter(char c) => c is '/' or '.' or '-' or '?' or '&' or '=' or '#';

    private static bool StartsPart(char c) => char.IsLetterOrDigit(c) || c is '%' or '_' or '~';

    private static bool IsOpening(char c) => c is '(' or '[' or '<' or '"' or '\'' or '“' or '‘' or '«' or '‹';

    // "scheme://": a letter, then letters, digits, '+', '-' or '.', then "://".
    private static int SchemeLength(string text, int start)
    {
        if (start >= text.Length || !char.IsAsciiLetter(text[start])) return 0;
        var i = start + 1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.')) i++;
        return string.CompareOrdinal(text, i, "://", 0, 3) == 0 ? i + 3 - start : 0;
    }
}
