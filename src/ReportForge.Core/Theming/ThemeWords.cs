using System.Text.RegularExpressions;

namespace ReportForge.Theming;

/// <summary>
/// Words a theme takes from the template's strings rather than writing them itself: <c>{t:KEY}</c> in a header or
/// footer slot or a <c>wording</c> entry is the string KEY of the report's culture (<c>strings/CULTURE.json</c>), so a
/// French report's footer reads "Page 1 sur 6" from the same theme.json. A key the strings lack reads as the built-in
/// English word (<see cref="English"/>); a key nobody knows is left as written, where a reader sees it.
/// </summary>
public static partial class ThemeWords
{
    /// <summary>The words the writers fall back on when the strings lack them (a theme without a template).</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["contents"] = "Contents",
        ["table_continued"] = "{caption} (continued)",
        ["page_of_pages"] = "Page {page} of {pages}",
    };

    /// <summary>The string key's reference as a theme writes it.</summary>
    public static string Reference(string key) => "{t:" + key + "}";

    /// <summary>Replaces each <c>{t:KEY}</c> in <paramref name="text"/> by the string KEY.</summary>
    public static string Resolve(string text, IReadOnlyDictionary<string, string>? strings)
    {
        if (!text.Contains("{t:", StringComparison.Ordinal)) return text;
        return Key().Replace(text, m =>
        {
            var key = m.Groups[1].Value;
            return strings is not null && strings.TryGetValue(key, out var word) ? word
                : English.TryGetValue(key, out var english) ? english
                : m.Value;
        });
    }

    /// <summary>A header or footer with its string references resolved.</summary>
    public static RunningText Resolve(RunningText running, IReadOnlyDictionary<string, string>? strings) => new()
    {
        Left = Resolve(running.Left, strings),
        Center = Resolve(running.Center, strings),
        Right = Resolve(running.Right, strings),
        OnFirstPage = running.OnFirstPage,
    };

    [GeneratedRegex(@"\{t:([A-Za-z0-9_.\-]+)\}")]
    private static partial Regex Key();
}
