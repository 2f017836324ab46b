using System.Text;
using ReportForge.Pdf.Fonts;
using ReportForge.Text;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Splits spans into runs by font: each character takes the first family of [the span's own, fallbacks…]
/// whose font has its glyph. A character no font has stays in the span's family (it shows as a box) and is
/// recorded, so the writer can warn about it by name.
/// </summary>
public sealed class FontFallback(IReadOnlyList<string> fallbacks, ITextMeasurer measurer)
{
    private readonly SortedSet<int> _missing = [];
    private readonly SortedSet<string> _shapedScripts = new(StringComparer.Ordinal);

    /// <summary>No fallback families: spans stay as they are, missing characters are still recorded.</summary>
    public static FontFallback None(ITextMeasurer measurer) => new([], measurer);

    /// <summary>Code points that no font had, in order.</summary>
    public IReadOnlyCollection<int> Missing => _missing;

    /// <summary>
    /// The first letter met of a joining script that the layout leaves unjoined (Syriac, N'Ko, Mandaic, Arabic letters
    /// without presentation forms), if any: such text is set right to left, but its words look broken. Spans come
    /// here after shaping, so the Arabic letters the shaper joined are presentation forms by then.
    /// </summary>
    public int? FirstUnjoined { get; private set; }

    /// <summary>The scripts met that need shaping (Devanagari, Tamil…), by name, so the writer can warn when one cannot be shaped.</summary>
    public IReadOnlyCollection<string> ShapedScripts => _shapedScripts;

    /// <summary>The spans, split where the font changes.</summary>
    public IReadOnlyList<TextSpan> Apply(IReadOnlyList<TextSpan> spans)
    {
        List<TextSpan>? result = null;
        for (var i = 0; i < spans.Count; i++)
        {
            var split = Split(spans[i]);
            if (split is null)
            {
                result?.Add(spans[i]);
                continue;
            }
            result ??= [.. spans.Take(i)];
            result.AddRange(split);
        }
        return result ?? spans;
    }

    private List<TextSpan>? Split(TextSpan span)
    {
        if (span.IsLineBreak || IsPlainAscii(span.Text)) return null;
        if (ComplexScripts.NeedsShaping(span.Text)) NoteScripts(span.Text);
        if (AllInOwnFont(span)) return null;
        var runs = new List<TextSpan>();
        var run = new StringBuilder();
        string? runFamily = null;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in span.Text.EnumerateRunes())
        {
            // Spaces and invisible marks go with the run they are in, so runs do not break at every space.
            var family = IsNeutral(rune) ? runFamily ?? span.Face.Family : FamilyFor(span.Face, rune.Value);
            if (runFamily is not null && family != runFamily)
            {
                runs.Add(span with { Text = run.ToString(), Face = span.Face with { Family = runFamily } });
                run.Clear();
            }
            runFamily = family;
            run.Append(utf16[..rune.EncodeToUtf16(utf16)]);
        }
        if (run.Length > 0) runs.Add(span with { Text = run.ToString(), Face = span.Face with { Family = runFamily! } });
        return runs.Count == 1 && runs[0].Face == span.Face ? null : runs;
    }

    private string FamilyFor(FontFace face, int codePoint)
    {
        if (measurer.HasGlyph(face, codePoint)) return face.Family;
        foreach (var family in fallbacks)
        {
            if (measurer.HasGlyph(face with { Family = family }, codePoint)) return family;
        }
        lock (_missing) _missing.Add(codePoint);
        return face.Family;
    }

    private void NoteScripts(string text)
    {
        foreach (var c in text)
        {
            if (!ComplexScripts.IsComplex(c) || ComplexScripts.ScriptOf(c) is not { } script) continue;
            lock (_shapedScripts) _shapedScripts.Add(script);
        }
    }

    // One walk over text outside ASCII: it notes letters left unjoined, and says whether the span's own font has
    // every character (most such text, dashes, quotes, accented letters, needs no split).
    private bool AllInOwnFont(TextSpan span)
    {
        var all = true;
        foreach (var rune in span.Text.EnumerateRunes())
        {
            if (rune.Value < 0x7F || IsNeutral(rune)) continue;
            if (FirstUnjoined is null && ArabicShaper.LeavesUnjoined(rune.Value)) FirstUnjoined = rune.Value;
            if (all && !measurer.HasGlyph(span.Face, rune.Value)) all = false;
            if (!all && FirstUnjoined is not null) break;
        }
        return all;
    }

    private static bool IsNeutral(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune.Value is 0xAD or 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF;

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x7F) return false;
        }
        return true;
    }
}
