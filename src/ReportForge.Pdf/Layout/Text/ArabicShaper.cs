using System.Globalization;
using System.Text;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Joins Arabic letters: each letter becomes its isolated, final, initial or medial presentation form (U+FB50–U+FEFC)
/// by whether its neighbours join to it, and lam before alef becomes one ligature. Works in logical order, before
/// measuring, over a whole paragraph: a word whose letters lie in two spans (half of it bold) still joins. Marks
/// (harakat) are transparent, ZWJ joins and ZWNJ breaks. PDFsharp draws one glyph per character, so the forms
/// themselves are what the page shows; fonts with the presentation forms (DejaVu Sans) show them joined.
/// </summary>
internal static class ArabicShaper
{
    private const char Lam = '\u0644';
    private const char ZeroWidthJoiner = '\u200D';
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char Tatweel = '\u0640';

    private enum Joining : byte { None, Right, Dual, Causing, Transparent }

    private readonly record struct Forms(char Isolated, char Final, char Initial, char Medial)
    {
        public Joining Joining => Final == 0 ? Joining.None : Initial == 0 ? Joining.Right : Joining.Dual;
    }

    // Letter, then its isolated, final, initial and medial forms; a right-joining letter has no initial or medial
    // form, hamza joins on neither side.
    private static readonly (char Letter, Forms Forms)[] Letters =
    [
        ('\u0621', new('\uFE80', '\0', '\0', '\0')), // hamza
        ('\u0622', new('\uFE81', '\uFE82', '\0', '\0')), // alef with madda
        ('\u0623', new('\uFE83', '\uFE84', '\0', '\0')), // alef with hamza above
        ('\u0624', new('\uFE85', '\uFE86', '\0', '\0')), // waw with hamza
        ('\u0625', new('\uFE87', '\uFE88', '\0', '\0')), // alef with hamza below
        ('\u0626', new('\uFE89', '\uFE8A', '\uFE8B', '\uFE8C')), // yeh with hamza
        ('\u0627', new('\uFE8D', '\uFE8E', '\0', '\0')), // alef
        ('\u0628', new('\uFE8F', '\uFE90', '\uFE91', '\uFE92')), // beh
        ('\u0629', new('\uFE93', '\uFE94', '\0', '\0')), // teh marbuta
        ('\u062A', new('\uFE95', '\uFE96', '\uFE97', '\uFE98')), // teh
        ('\u062B', new('\uFE99', '\uFE9A', '\uFE9B', '\uFE9C')), // theh
        ('\u062C', new('\uFE9D', '\uFE9E', '\uFE9F', '\uFEA0')), // jeem
        ('\u062D', new('\uFEA1', '\uFEA2', '\uFEA3', '\uFEA4')), // hah
        ('\u062E', new('\uFEA5', '\uFEA6', '\uFEA7', '\uFEA8')), // khah
        ('\u062F', new('\uFEA9', '\uFEAA', '\0', '\0')), // dal
        ('\u0630', new('\uFEAB', '\uFEAC', '\0', '\0')), // thal
        ('\u0631', new('\uFEAD', '\uFEAE', '\0', '\0')), // reh
        ('\u0632', new('\uFEAF', '\uFEB0', '\0', '\0')), // zain
        ('\u0633', new('\uFEB1', '\uFEB2', '\uFEB3', '\uFEB4')), // seen
        ('\u0634', new('\uFEB5', '\uFEB6', '\uFEB7', '\uFEB8')), // sheen
        ('\u0635', new('\uFEB9', '\uFEBA', '\uFEBB', '\uFEBC')), // sad
        ('\u0636', new('\uFEBD', '\uFEBE', '\uFEBF', '\uFEC0')), // dad
        ('\u0637', new('\uFEC1', '\uFEC2', '\uFEC3', '\uFEC4')), // tah
        ('\u0638', new('\uFEC5', '\uFEC6', '\uFEC7', '\uFEC8')), // zah
        ('\u0639', new('\uFEC9', '\uFECA', '\uFECB', '\uFECC')), // ain
        ('\u063A', new('\uFECD', '\uFECE', '\uFECF', '\uFED0')), // ghain
        ('\u0641', new('\uFED1', '\uFED2', '\uFED3', '\uFED4')), // feh
        ('\u0642', new('\uFED5', '\uFED6', '\uFED7', '\uFED8')), // qaf
        ('\u0643', new('\uFED9', '\uFEDA', '\uFEDB', '\uFEDC')), // kaf
        ('\u0644', new('\uFEDD', '\uFEDE', '\uFEDF', '\uFEE0')), // lam
        ('\u0645', new('\uFEE1', '\uFEE2', '\uFEE3', '\uFEE4')), // meem
        ('\u0646', new('\uFEE5', '\uFEE6', '\uFEE7', '\uFEE8')), // noon
        ('\u0647', new('\uFEE9', '\uFEEA', '\uFEEB', '\uFEEC')), // heh
        ('\u0648', new('\uFEED', '\uFEEE', '\0', '\0')), // waw
        ('\u0649', new('\uFEEF', '\uFEF0', '\uFBE8', '\uFBE9')), // alef maksura
        ('\u064A', new('\uFEF1', '\uFEF2', '\uFEF3', '\uFEF4')), // yeh
        ('\u0671', new('\uFB50', '\uFB51', '\0', '\0')), // alef wasla
        ('\u0679', new('\uFB66', '\uFB67', '\uFB68', '\uFB69')), // tteh (Urdu)
        ('\u067E', new('\uFB56', '\uFB57', '\uFB58', '\uFB59')), // peh (Persian, Urdu)
        ('\u0686', new('\uFB7A', '\uFB7B', '\uFB7C', '\uFB7D')), // tcheh (Persian, Urdu)
        ('\u0688', new('\uFB88', '\uFB89', '\0', '\0')), // ddal (Urdu)
        ('\u0691', new('\uFB8C', '\uFB8D', '\0', '\0')), // rreh (Urdu)
        ('\u0698', new('\uFB8A', '\uFB8B', '\0', '\0')), // jeh (Persian)
        ('\u06A4', new('\uFB6A', '\uFB6B', '\uFB6C', '\uFB6D')), // veh
        ('\u06A9', new('\uFB8E', '\uFB8F', '\uFB90', '\uFB91')), // keheh (Persian)
        ('\u06AF', new('\uFB92', '\uFB93', '\uFB94', '\uFB95')), // gaf (Persian, Urdu)
        ('\u06BE', new('\uFBAA', '\uFBAB', '\uFBAC', '\uFBAD')), // heh doachashmee (Urdu)
        ('\u06C0', new('\uFBA4', '\uFBA5', '\0', '\0')), // heh with yeh above
        ('\u06C1', new('\uFBA6', '\uFBA7', '\uFBA8', '\uFBA9')), // heh goal (Urdu)
        ('\u06CC', new('\uFBFC', '\uFBFD', '\uFBFE', '\uFBFF')), // farsi yeh
        ('\u06D2', new('\uFBAE', '\uFBAF', '\0', '\0')), // yeh barree (Urdu)
    ];

    private const char FirstLetter = '\u0621';
    private const char LastLetter = '\u06D2';
    private static readonly Forms[] ByLetter = BuildByLetter();
    private static readonly Dictionary<char, string> BaseOfForm = BuildBaseOfForm();

    /// <summary>The spans with Arabic letters in their joined forms; the same list when there are none.</summary>
    public static IReadOnlyList<TextSpan> Shape(IReadOnlyList<TextSpan> spans)
    {
        var any = false;
        for (var i = 0; i < spans.Count && !any; i++) any = HasLetter(spans[i].Text);
        if (!any) return spans;

        var shaped = new List<TextSpan>(spans.Count);
        var previous = Joining.None;
        for (var i = 0; i < spans.Count; i++)
        {
            var text = spans[i].Text;
            if (!HasLetter(text))
            {
                previous = Last(text, previous);
                shaped.Add(spans[i]);
                continue;
            }
            shaped.Add(spans[i] with { Text = ShapeSpan(spans, i, ref previous) });
        }
        return shaped;
    }

    /// <summary>The text with presentation forms back to the letters they stand for (lam-alef as two letters).</summary>
    public static string Unshape(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFB50', '\uFEFC')) return text;
        var letters = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (BaseOfForm.TryGetValue(c, out var letter)) letters.Append(letter);
            else letters.Append(c);
        }
        return letters.ToString();
    }

    /// <summary>
    /// Whether a letter belongs to a joining script but stays unjoined here: Syriac, N'Ko, Mandaic, and Arabic letters
    /// outside the table (they have no presentation forms, or are rare).
    /// </summary>
    public static bool LeavesUnjoined(int codePoint) =>
        codePoint is (>= 0x0620 and <= 0x06FF) or (>= 0x0710 and <= 0x074F) or (>= 0x0750 and <= 0x077F) or (>= 0x07CA and <= 0x07EA)
            or (>= 0x0840 and <= 0x0858) or (>= 0x0860 and <= 0x08FF)
        && CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.OtherLetter
        && !IsLetter((char)codePoint);

    private static string ShapeSpan(IReadOnlyList<TextSpan> spans, int index, ref Joining previous)
    {
        var text = spans[index].Text;
        var shaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var joining = JoiningOf(c);
            if (!IsLetter(c))
            {
                shaped.Append(c);
                if (joining != Joining.Transparent) previous = joining;
                continue;
            }

            var forms = ByLetter[c - FirstLetter];
            var joinsBefore = joining != Joining.None && previous is Joining.Dual or Joining.Causing;
            var (nextAt, next) = Next(spans, index, i + 1);
            if (c == Lam && nextAt >= 0 && LamAlef(text[nextAt]) is { } ligature)
            {
                shaped.Append(joinsBefore ? (char)(ligature + 1) : ligature);
                shaped.Append(text, i + 1, nextAt - i - 1); // marks between lam and alef follow the ligature
                i = nextAt;
                previous = Joining.Right;
                continue;
            }
            var joinsAfter = joining == Joining.Dual && next is Joining.Dual or Joining.Right or Joining.Causing;
            shaped.Append((joinsBefore, joinsAfter) switch
            {
                (true, true) => forms.Medial,
                (true, false) => forms.Final,
                (false, true) => forms.Initial,
                _ => forms.Isolated,
            });
            previous = joining;
        }
        return shaped.ToString();
    }

    // The next character that is not transparent, across span ends: its index when it lies in the same span
    // (else -1) and how it joins (None at the end of the paragraph).
    private static (int At, Joining Joining) Next(IReadOnlyList<TextSpan> spans, int index, int from)
    {
        for (var s = index; s < spans.Count; s++)
        {
            var text = spans[s].Text;
            for (var i = s == index ? from : 0; i < text.Length; i++)
            {
                var joining = JoiningOf(text[i]);
                if (joining != Joining.Transparent) return (s == index ? i : -1, joining);
            }
        }
        return (-1, Joining.None);
    }

    // The isolated form of lam with this alef; the final form is the next code point.
    private static char? LamAlef(char alef) => alef switch
    {
        '\u0622' => '\uFEF5',
        '\u0623' => '\uFEF7',
        '\u0625' => '\uFEF9',
        '\u0627' => '\uFEFB',
        _ => null,
    };

    private static Joining Last(string text, Joining previous)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var joining = JoiningOf(text[i]);
            if (joining != Joining.Transparent) return joining;
        }
        return previous;
    }

    private static Joining JoiningOf(char c)
    {
        if (IsLetter(c)) return ByLetter[c - FirstLetter].Joining;
        return c switch
        {
            Tatweel or ZeroWidthJoiner => Joining.Causing,
            ZeroWidthNonJoiner => Joining.None,
            _ => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
                ? Joining.Transparent
                : Joining.None,
        };
    }

    private static bool IsLetter(char c) => c is >= FirstLetter and <= LastLetter && ByLetter[c - FirstLetter].Isolated != 0;

    private static bool HasLetter(string text)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAnyInRange(FirstLetter, LastLetter);
        while (at >= 0)
        {
            if (IsLetter(span[at])) return true;
            span = span[(at + 1)..];
            at = span.IndexOfAnyInRange(FirstLetter, LastLetter);
        }
        return false;
    }

    private static Forms[] BuildByLetter()
    {
        var table = new Forms[LastLetter - FirstLetter + 1];
        foreach (var (letter, forms) in Letters) table[letter - FirstLetter] = forms;
        return table;
    }

    private static Dictionary<char, string> BuildBaseOfForm()
    {
        var map = new Dictionary<char, string>();
        foreach (var (letter, forms) in Letters)
        {
            foreach (var form in new[] { forms.Isolated, forms.Final, forms.Initial, forms.Medial })
            {
                if (form != 0) map[form] = letter.ToString();
            }
        }
        foreach (var alef in "\u0622\u0623\u0625\u0627")
        {
            var ligature = LamAlef(alef)!.Value;
            map[ligature] = map[(char)(ligature + 1)] = string.Concat(Lam, alef);
        }
        return map;
    }
}
