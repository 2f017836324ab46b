using ReportForge.Text.Hyphenation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Inlines;

/// <summary>
/// Text the PDF never hyphenates, marked for Word and LibreOffice: a word between spaces that looks like a URL or an
/// address (it holds "://", "www." or "@") is set in the language "zxx" (no linguistic content), which neither
/// hyphenates. Code spans get the same language from their Verbatim Char style.
/// </summary>
internal static class Unhyphenated
{
    public const string NoLanguage = "zxx";

    /// <summary>Whether <paramref name="text"/> holds a word that looks like an address.</summary>
    public static bool HasAddress(string text) => HyphenationRules.LooksLikeAddress(text);

    /// <summary>The text cut into pieces, each an address or not, in order.</summary>
    public static IEnumerable<(string Text, bool IsAddress)> Split(string text)
    {
        var start = 0;
        var plain = new System.Text.StringBuilder();
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
            var word = text[start..end];
            if (HasAddress(word.TrimEnd()))
            {
                if (plain.Length > 0) { yield return (plain.ToString(), false); plain.Clear(); }
                var trimmed = word.TrimEnd();
                yield return (trimmed, true);
                if (trimmed.Length < word.Length) plain.Append(word, trimmed.Length, word.Length - trimmed.Length);
            }
            else plain.Append(word);
            start = end;
        }
        if (plain.Length > 0) yield return (plain.ToString(), false);
    }

    /// <summary>Marks a run's properties with no language.</summary>
    public static W.RunProperties Mark(W.RunProperties? properties)
    {
        properties ??= new W.RunProperties();
        properties.Languages = new W.Languages { Val = NoLanguage };
        return properties;
    }
}
