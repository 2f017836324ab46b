using System.Text;
using ReportForge.Text;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Embedding levels of one paragraph by the essentials of the Unicode Bidirectional Algorithm (UAX #9): the base
/// direction from the first strong letter (P2, P3), the weak types resolved so numbers keep their order inside
/// right-to-left text (W1–W7), paired brackets resolved together (N0), other neutrals taking the direction around
/// them (N1, N2), and the levels (I1, I2).
/// There are no explicit embeddings, overrides or isolates: their controls are ignored. Levels are per UTF-16
/// unit of the paragraph's text, the spans' texts one after another; lines are reordered with them (BidiLine).
/// </summary>
internal sealed class BidiParagraph
{
    private readonly byte[] _levels;

    private BidiParagraph(string text, bool rightToLeft)
    {
        IsRightToLeft = rightToLeft;
        _levels = Resolve(text, BaseLevel);
    }

    /// <summary>Whether the paragraph's base direction is right to left.</summary>
    public bool IsRightToLeft { get; }

    /// <summary>The paragraph's level: 1 right to left, 0 left to right.</summary>
    public byte BaseLevel => IsRightToLeft ? (byte)1 : (byte)0;

    /// <summary>The level of the UTF-16 unit at an index of the paragraph's text: odd runs right to left.</summary>
    public byte LevelAt(int index) => _levels[index];

    /// <summary>The levels of the spans' text; null when no span holds right-to-left text (the common case, which costs one scan).</summary>
    public static BidiParagraph? Of(IReadOnlyList<TextSpan> spans)
    {
        var any = false;
        for (var i = 0; i < spans.Count && !any; i++) any = ParagraphDirection.MayHoldRightToLeft(spans[i].Text);
        if (!any) return null;

        var text = new StringBuilder();
        for (var i = 0; i < spans.Count; i++) text.Append(spans[i].Text);
        var paragraph = text.ToString();
        return new BidiParagraph(paragraph, ParagraphDirection.IsRightToLeft(paragraph));
    }

    /// <summary>The levels of a text with the given base direction.</summary>
    internal static byte[] Resolve(string text, byte baseLevel)
    {
        var types = Classify(text);
        var embedding = baseLevel % 2 == 0 ? BidiClass.LeftToRight : BidiClass.RightToLeft;
        ResolveWeak(types, embedding);
        ResolveBrackets(text, types, embedding);
        ResolveNeutral(types, embedding);

        var levels = new byte[text.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            levels[i] = (baseLevel % 2, types[i]) switch
            {
                (0, BidiClass.RightToLeft) => (byte)(baseLevel + 1),
                (0, BidiClass.ArabicNumber or BidiClass.EuropeanNumber) => (byte)(baseLevel + 2),
                (1, BidiClass.LeftToRight or BidiClass.ArabicNumber or BidiClass.EuropeanNumber) => (byte)(baseLevel + 1),
                _ => baseLevel,
            };
        }
        ResetSeparators(text, levels, baseLevel);
        return levels;
    }

    private static BidiClass[] Classify(string text)
    {
        var types = new BidiClass[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                types[i] = types[i + 1] = BidiClasses.Of(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else
            {
                types[i] = BidiClasses.Of(text[i]);
            }
        }
        return types;
    }

    private static void ResolveWeak(BidiClass[] t, BidiClass sos)
    {
        // W1: a mark (or an ignored control) takes the type of what it follows.
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.NonspacingMark or BidiClass.BoundaryNeutral) t[i] = i == 0 ? sos : t[i - 1];
        }
        // W2: European digits after Arabic letters are Arabic numbers; W3: Arabic letters are right to left.
        var strong = sos;
        for (var i = 0; i < t.Length; i++)
        {
            if (BidiClasses.IsStrong(t[i])) strong = t[i];
            else if (t[i] == BidiClass.EuropeanNumber && strong == BidiClass.ArabicLetter) t[i] = BidiClass.ArabicNumber;
        }
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == BidiClass.ArabicLetter) t[i] = BidiClass.RightToLeft;
        }
        // W4: one separator between two numbers of a kind joins them ("1,000", "2-3").
        for (var i = 1; i + 1 < t.Length; i++)
        {
            if (t[i - 1] == BidiClass.EuropeanNumber && t[i + 1] == BidiClass.EuropeanNumber
                && t[i] is BidiClass.EuropeanSeparator or BidiClass.CommonSeparator)
                t[i] = BidiClass.EuropeanNumber;
            else if (t[i - 1] == BidiClass.ArabicNumber && t[i + 1] == BidiClass.ArabicNumber && t[i] == BidiClass.CommonSeparator)
                t[i] = BidiClass.ArabicNumber;
        }
        // W5: terminators next to European digits go with them ("50%", "$5").
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] != BidiClass.EuropeanTerminator) continue;
            var end = i;
            while (end < t.Length && t[end] == BidiClass.EuropeanTerminator) end++;
            if ((i > 0 && t[i - 1] == BidiClass.EuropeanNumber) || (end < t.Length && t[end] == BidiClass.EuropeanNumber))
                Array.Fill(t, BidiClass.EuropeanNumber, i, end - i);
            i = end - 1;
        }
        // W6: other separators and terminators are neutral; W7: European digits in left-to-right text are left to right.
        strong = sos;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] is BidiClass.EuropeanSeparator or BidiClass.EuropeanTerminator or BidiClass.CommonSeparator) t[i] = BidiClass.OtherNeutral;
            else if (t[i] is BidiClass.LeftToRight or BidiClass.RightToLeft) strong = t[i];
            else if (t[i] == BidiClass.EuropeanNumber && strong == BidiClass.LeftToRight) t[i] = BidiClass.LeftToRight;
        }
    }

    // N0: a pair of brackets takes the paragraph's direction if it encloses text of that direction; else, if it
    // encloses text of the other direction, that direction when the text before the pair has it too. So
    // "Geneva (Switzerland)" in a Hebrew sentence keeps both brackets with the Latin text.
    private static void ResolveBrackets(string text, BidiClass[] t, BidiClass embedding)
    {
        foreach (var (open, close) in BracketPairs(text, t))
        {
            var enclosesEmbedding = false;
            var enclosesOther = false;
            for (var k = open + 1; k < close && !enclosesEmbedding; k++)
            {
                if (StrongDirection(t[k]) is not { } direction) continue;
                if (direction == embedding) enclosesEmbedding = true;
                else enclosesOther = true;
            }
            if (!enclosesEmbedding && !enclosesOther) continue;
            var other = embedding == BidiClass.LeftToRight ? BidiClass.RightToLeft : BidiClass.LeftToRight;
            var resolved = enclosesEmbedding || Preceding(t, open, embedding) != other ? embedding : other;
            t[open] = t[close] = resolved;
        }
    }

    // BD16: brackets paired by a stack of openers (63 deep at most), in the order of their opening brackets.
    private static List<(int Open, int Close)> BracketPairs(string text, BidiClass[] t)
    {
        var pairs = new List<(int Open, int Close)>();
        var openers = new List<(char Closer, int At)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (t[i] != BidiClass.OtherNeutral) continue;
            if (Closer(text[i]) is { } closer)
            {
                if (openers.Count == 63) break;
                openers.Add((closer, i));
                continue;
            }
            var match = openers.FindLastIndex(o => o.Closer == text[i]);
            if (match < 0) continue;
            pairs.Add((openers[match].At, i));
            openers.RemoveRange(match, openers.Count - match);
        }
        pairs.Sort();
        return pairs;
    }

    private static char? Closer(char c) => c switch { '(' => ')', '[' => ']', '{' => '}', _ => null };

    private static BidiClass? StrongDirection(BidiClass type) => type switch
    {
        BidiClass.LeftToRight => BidiClass.LeftToRight,
        BidiClass.RightToLeft or BidiClass.EuropeanNumber or BidiClass.ArabicNumber => BidiClass.RightToLeft,
        _ => null,
    };

    private static BidiClass Preceding(BidiClass[] t, int before, BidiClass sos)
    {
        for (var k = before - 1; k >= 0; k--)
        {
            if (StrongDirection(t[k]) is { } direction) return direction;
        }
        return sos;
    }

    // N1: neutrals between text of one direction take it (numbers count as right to left); N2: the others take
    // the paragraph's direction.
    private static void ResolveNeutral(BidiClass[] t, BidiClass embedding)
    {
        for (var i = 0; i < t.Length; i++)
        {
            if (!IsNeutral(t[i])) continue;
            var end = i;
            while (end < t.Length && IsNeutral(t[end])) end++;
            var before = i == 0 ? embedding : Direction(t[i - 1]);
            var after = end == t.Length ? embedding : Direction(t[end]);
            Array.Fill(t, before == after ? before : embedding, i, end - i);
            i = end - 1;
        }
    }

    private static bool IsNeutral(BidiClass type) =>
        type is BidiClass.OtherNeutral or BidiClass.Whitespace or BidiClass.SegmentSeparator or BidiClass.ParagraphSeparator;

    private static BidiClass Direction(BidiClass type) => type == BidiClass.LeftToRight ? BidiClass.LeftToRight : BidiClass.RightToLeft;

    // L1: tabs and line breaks, and the spaces before them, go back to the paragraph's level. (Spaces at the end
    // of a line are reset when the line is laid out: only then is it known where lines end.)
    private static void ResetSeparators(string text, byte[] levels, byte baseLevel)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (BidiClasses.Of(text[i]) is not (BidiClass.SegmentSeparator or BidiClass.ParagraphSeparator)) continue;
            levels[i] = baseLevel;
            for (var k = i - 1; k >= 0 && BidiClasses.Of(text[k]) is BidiClass.Whitespace or BidiClass.BoundaryNeutral; k--) levels[k] = baseLevel;
        }
    }
}
