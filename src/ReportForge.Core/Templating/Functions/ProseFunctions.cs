using System.Collections;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Wording that survives real notes: empty fields, quotes already in quotation marks, a full stop before a comma.
/// <code>
/// {{ if present t.outcome }}**Outcome:** {{ t.outcome }}{{ end }}   → nothing when "", "  " or missing
/// {{ (present t.location) ?? strings.not_stated }}                → the fallback for an empty field too
/// {{ quoted q.text }}                                              → “text”, but «text» stays «text»
/// {{ clause s.title }}, {{ s.publisher }}                          → "Talks end., Reuters" becomes "Talks end, Reuters"
/// </code>
/// </summary>
internal static class ProseFunctions
{
    // Opening mark → the closing marks that may end a text it opens (English, French, German, Swiss, Nordic, plain).
    private static readonly Dictionary<char, string> Pairs = new()
    {
        ['“'] = "”“",
        ['«'] = "»",
        ['»'] = "«",
        ['„'] = "“”",
        ['‘'] = "’",
        ['‚'] = "‘’",
        ['"'] = "\"",
        ['\''] = "'",
        ['”'] = "”",
        ['「'] = "」",
        ['『'] = "』",
    };

    public static void Register(Scriban.Runtime.ScriptObject target)
    {
        target.Add("present", v => Present(v));
        target.Add("clause", v => Clause(ScriptFunctions.Text(v)));
    }

    /// <summary>The value when it says something (text not blank, a list not empty); else null, so <c>??</c> and <c>if</c> see it as missing.</summary>
    public static object? Present(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        RawMarkup r => string.IsNullOrWhiteSpace(r.Text) ? null : r,
        ICollection c => c.Count == 0 ? null : value,
        _ => value,
    };

    /// <summary>Whether the text is already wrapped in a pair of quotation marks.</summary>
    public static bool IsQuoted(string text)
    {
        var t = text.Trim();
        return t.Length >= 2 && Pairs.TryGetValue(t[0], out var closers) && closers.Contains(t[^1], StringComparison.Ordinal);
    }

    /// <summary>The text in <paramref name="quote"/> (the culture's marks around it), unless its author already quoted it (then as written).</summary>
    public static string Quoted(string text, Func<string, string> quote)
    {
        var t = text.Trim();
        return IsQuoted(t) ? t : quote(t);
    }

    /// <summary>
    /// The text ready to be followed by a comma: one closing full stop is dropped, but not an ellipsis ("...", "…"),
    /// a "?" or "!", or the dot of an abbreviation ("Inc.", "U.S."; a short capitalised word, not an acronym such as "EU"),
    /// which the comma may follow.
    /// </summary>
    public static string Clause(string text)
    {
        var t = text.TrimEnd();
        if (t.Length < 2 || t[^1] != '.' || t[^2] == '.') return t;
        var start = t.LastIndexOfAny([' ', '\u00a0', '\u202f', '(', '\n']) + 1;
        var word = t[start..^1];
        var abbreviation = word.Contains('.', StringComparison.Ordinal)
            || (word.Length is > 0 and <= 3 && char.IsUpper(word[0]) && word[1..].All(char.IsLower) && start > 0);
        return abbreviation ? t : t[..^1];
    }
}
