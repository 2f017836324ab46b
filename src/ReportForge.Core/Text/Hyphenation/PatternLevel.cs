namespace ReportForge.Text.Hyphenation;

/// <summary>
/// One level of a hyphenation dictionary: Liang's patterns in a trie walked as an automaton with fallbacks, as the
/// hyphen library (LibreOffice's) walks them. At each letter only the longest pattern prefix that ends there counts,
/// not every pattern that ends there: the shipped files fold shorter patterns into the longer ones, and following the
/// library here, not the textbook, is what keeps our breaks equal to LibreOffice's.
/// </summary>
internal sealed class PatternLevel
{
    private readonly Dictionary<long, int> _next = [];
    private readonly List<int> _parent = [-1];
    private readonly List<char> _via = ['\0'];
    private readonly List<int> _depth = [0];
    private readonly List<byte[]?> _match = [null];
    private int[] _fallback = [];

    /// <summary>LEFTHYPHENMIN, RIGHTHYPHENMIN and their compound forms; 0 when the file does not say.</summary>
    public int LeftMin { get; set; }

    public int RightMin { get; set; }

    public int CompoundLeftMin { get; set; }

    public int CompoundRightMin { get; set; }

    /// <summary>Strings next to which no break is made (NOHYPHEN).</summary>
    public IReadOnlyList<string> NoHyphen { get; set; } = [];

    /// <summary>The level that hyphenates the parts this level finds (a compound's words), if any.</summary>
    public PatternLevel? Next { get; set; }

    /// <summary>A pattern: its letters and the digits before, between and after them (letters.Length + 1).</summary>
    public void Add(string letters, byte[] digits)
    {
        var state = 0;
        foreach (var c in letters)
        {
            var key = Key(state, c);
            if (!_next.TryGetValue(key, out var to))
            {
                to = _parent.Count;
                _parent.Add(state);
                _via.Add(c);
                _depth.Add(_depth[state] + 1);
                _match.Add(null);
                _next[key] = to;
            }
            state = to;
        }
        _match[state] = digits;
    }

    /// <summary>Computes each state's fallback: its longest proper suffix that is also a state.</summary>
    public void Seal()
    {
        var count = _parent.Count;
        _fallback = new int[count];
        var order = Enumerable.Range(0, count).OrderBy(s => _depth[s]).ToArray();
        foreach (var s in order)
        {
            if (s == 0) { _fallback[s] = -1; continue; }
            var f = _fallback[_parent[s]];
            var c = _via[s];
            var to = 0;
            while (f >= 0)
            {
                if (_next.TryGetValue(Key(f, c), out to)) break;
                f = _fallback[f];
            }
            _fallback[s] = f >= 0 ? to : 0;
        }
    }

    /// <summary>Raises <paramref name="levels"/>[p] (the break after <paramref name="text"/>[p]) to the patterns' digits.</summary>
    public void Apply(ReadOnlySpan<char> text, Span<byte> levels)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var found = false;
            while (state >= 0)
            {
                if (_next.TryGetValue(Key(state, c), out var to)) { state = to; found = true; break; }
                state = _fallback[state];
            }
            if (!found) { state = 0; continue; }
            if (_match[state] is not { } digits) continue;
            var length = _depth[state];
            for (var t = 0; t < digits.Length; t++)
            {
                var at = i - length + t;
                if (at >= 0 && at < levels.Length && levels[at] < digits[t]) levels[at] = digits[t];
            }
        }
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}
