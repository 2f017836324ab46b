namespace ReportForge.Text.Hyphenation;

/// <summary>
/// One level of a hyphenation dictionary: Liang's patterns in a trie walked as an automaton with fallbacks, as the
/// hyphen library (LibreOffice's) walks them. At each letter only the longest pattern prefix that ends there counts,
/// not every pattern that ends there: the shipped files fold shorter patterns into the longer ones, and following the
/// library here, not the textbook, is what keeps our breaks equal to LibreOffice's.
/// </summary>
/// <remarks>
/// The patterns are read on the first document in a language, on the path of its first layout, so the trie is a few
/// flat arrays: a state's parent, letter, depth and digits, and one open-addressed table of transitions. The German
/// file has 288,000 states; a dictionary entry and a digit array each were most of a small render's extra time.
/// </remarks>
internal sealed class PatternLevel
{
    private const int NoMatch = -1;

    private int[] _parent = new int[64];
    private char[] _via = new char[64];
    private int[] _depth = new int[64];
    // Where a state's digits start in _digits (depth + 1 of them), or NoMatch.
    private int[] _match = new int[64];
    private int _states = 1;
    private byte[] _digits = new byte[256];
    private int _digitCount;
    private int[] _fallback = [];

    // Transitions (state, letter) → state: open addressing, linear probing; a key is state << 16 | letter, plus one so
    // that 0 marks an empty slot.
    private long[] _keys = new long[256];
    private int[] _targets = new int[256];
    private int _transitions;

    public PatternLevel()
    {
        _parent[0] = -1;
        _match[0] = NoMatch;
    }

    /// <summary>LEFTHYPHENMIN, RIGHTHYPHENMIN and their compound forms; 0 when the file does not say.</summary>
    public int LeftMin { get; set; }

    public int RightMin { get; set; }

    public int CompoundLeftMin { get; set; }

    public int CompoundRightMin { get; set; }

    /// <summary>Strings next to which no break is made (NOHYPHEN).</summary>
    public IReadOnlyList<string> NoHyphen { get; set; } = [];

    /// <summary>The level that hyphenates the parts this level finds (a compound's words), if any.</summary>
    public PatternLevel? Next { get; set; }

    /// <summary>Room for about <paramref name="letters"/> pattern letters, so that reading a file does not grow the arrays step by step.</summary>
    public void Reserve(int letters)
    {
        var states = Math.Max(64, letters / 5);
        if (states > _parent.Length) ResizeStates(states);
        var slots = 256;
        while (slots < states * 2) slots *= 2;
        if (slots > _keys.Length) Rehash(slots);
    }

    /// <summary>A pattern: its letters and the digits before, between and after them (letters.Length + 1).</summary>
    public void Add(ReadOnlySpan<char> letters, ReadOnlySpan<byte> digits)
    {
        var state = 0;
        foreach (var c in letters)
        {
            var to = Find(state, c);
            if (to < 0)
            {
                to = NewState(state, c);
                Insert(state, c, to);
            }
            state = to;
        }
        if (_digitCount + digits.Length > _digits.Length) Array.Resize(ref _digits, Math.Max(_digits.Length * 2, _digitCount + digits.Length));
        digits.CopyTo(_digits.AsSpan(_digitCount));
        _match[state] = _digitCount;
        _digitCount += digits.Length;
    }

    /// <summary>Computes each state's fallback: its longest proper suffix that is also a state.</summary>
    public void Seal()
    {
        var count = _states;
        _fallback = new int[count];
        // States in order of depth (a counting sort): a state's fallback is shorter than it, so is known by then.
        var maxDepth = 0;
        for (var s = 0; s < count; s++) maxDepth = Math.Max(maxDepth, _depth[s]);
        var starts = new int[maxDepth + 2];
        for (var s = 0; s < count; s++) starts[_depth[s] + 1]++;
        for (var d = 1; d < starts.Length; d++) starts[d] += starts[d - 1];
        var order = new int[count];
        for (var s = 0; s < count; s++) order[starts[_depth[s]]++] = s;

        foreach (var s in order)
        {
            if (s == 0) { _fallback[s] = -1; continue; }
            var f = _fallback[_parent[s]];
            var c = _via[s];
            var to = -1;
            while (f >= 0)
            {
                to = Find(f, c);
                if (to >= 0) break;
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
                var to = Find(state, c);
                if (to >= 0) { state = to; found = true; break; }
                state = _fallback[state];
            }
            if (!found) { state = 0; continue; }
            if (_match[state] is var start && start == NoMatch) continue;
            var length = _depth[state];
            var digits = _digits.AsSpan(start, length + 1);
            for (var t = 0; t < digits.Length; t++)
            {
                var at = i - length + t;
                if (at >= 0 && at < levels.Length && levels[at] < digits[t]) levels[at] = digits[t];
            }
        }
    }

    private int NewState(int parent, char c)
    {
        if (_states == _parent.Length) ResizeStates(_states * 2);
        var state = _states++;
        _parent[state] = parent;
        _via[state] = c;
        _depth[state] = _depth[parent] + 1;
        _match[state] = NoMatch;
        return state;
    }

    private void ResizeStates(int size)
    {
        Array.Resize(ref _parent, size);
        Array.Resize(ref _via, size);
        Array.Resize(ref _depth, size);
        Array.Resize(ref _match, size);
    }

    private int Find(int state, char c)
    {
        var key = Key(state, c);
        var mask = _keys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var k = _keys[slot];
            if (k == key) return _targets[slot];
            if (k == 0) return -1;
        }
    }

    private void Insert(int state, char c, int target)
    {
        if ((_transitions + 1) * 2 > _keys.Length) Rehash(_keys.Length * 2);
        Place(Key(state, c), target);
        _transitions++;
    }

    private void Place(long key, int target)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (_keys[slot] != 0) slot = (slot + 1) & mask;
        _keys[slot] = key;
        _targets[slot] = target;
    }

    private void Rehash(int slots)
    {
        var (keys, targets) = (_keys, _targets);
        _keys = new long[slots];
        _targets = new int[slots];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0) Place(keys[i], targets[i]);
        }
    }

    private static long Key(int state, char c) => (((long)state << 16) | c) + 1;

    // Fibonacci hashing: consecutive states and letters spread over the whole table.
    private static int Slot(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & mask;
}
