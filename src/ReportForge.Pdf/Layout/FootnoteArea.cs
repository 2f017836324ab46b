using ReportForge.Pdf.Canvas;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout;

/// <summary>
/// The footnotes of one pass. Text that cites a footnote reserves its height while it is planned
/// (<see cref="Reserve"/>) and queues it when drawn (<see cref="Cite"/>); the paging loop draws the
/// queue at the foot of the page above the footer, under a short rule, and carries over what did not fit.
/// </summary>
public sealed class FootnoteArea(IReadOnlyDictionary<int, Element> notes, Rgb ruleColor, double separatorHeight = 9, double trailingGap = 0,
    IReadOnlySet<int>? endsWithoutGap = null)
{
    /// <summary>
    /// The named destination of footnote <paramref name="number"/>, where its number in the text leads. A space, which
    /// no heading's anchor has (slugs and <c>{#id}</c> attributes have none), keeps it apart from them.
    /// </summary>
    public static string Anchor(int number) => "footnote " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rule and the gaps around it above the first footnote of a page.</summary>
    public double SeparatorHeight { get; } = separatorHeight;

    /// <summary>
    /// The space below a note that the foot of the page takes when the note is the page's last: LibreOffice drops the
    /// space after the footnote area's last paragraph, so the notes reach that much lower and the body that much further.
    /// A note that ends in another block (a list: the notes in <c>endsWithoutGap</c>) has no such space; when one is last
    /// on a full page, its rule sits that much closer to the body than reserved.
    /// </summary>
    public double TrailingGap { get; } = trailingGap;

    // What the rule costs the body: its height, less the last note's space below that falls off the foot.
    private double RuleCost => SeparatorHeight - TrailingGap;

    /// <summary>The least room worth starting a footnote in; less, and the citing line moves on.</summary>
    public const double MinimumStart = 20;

    private readonly Dictionary<int, double> _heights = [];
    private readonly HashSet<int> _cited = [];
    private readonly List<int> _queue = [];
    private LayoutContext? _context;
    private bool _ruleReserved;

    /// <summary>An area with no footnotes.</summary>
    public static FootnoteArea None { get; } = new(new Dictionary<int, Element>(), default);

    /// <summary>Binds the footnote elements to a pass.</summary>
    public void Attach(LayoutContext context)
    {
        _context = context;
        foreach (var note in notes.Values) note.Attach(context);
    }

    private LayoutContext Context => _context ?? throw new InvalidOperationException("footnote area not attached");

    /// <summary>Changes whenever a footnote is cited or leaves the queue: what text planned before then may plan differently.</summary>
    public int Version { get; private set; }

    /// <summary>What a remembered measure depends on here: <see cref="Version"/> and whether the rule is reserved above.</summary>
    internal int MemoKey => Version * 2 + (_ruleReserved ? 1 : 0);

    /// <summary>
    /// Tells <see cref="Reserve"/>, while the scope lasts, whether content above on this page (an earlier child of a
    /// column, an earlier row or cell of a table) already reserved room for footnotes, and with it the rule above them.
    /// </summary>
    internal RuleScope ReservedAbove(bool reserved)
    {
        var scope = new RuleScope(this, _ruleReserved);
        _ruleReserved |= reserved;
        return scope;
    }

    /// <summary>Restores what <see cref="ReservedAbove"/> changed.</summary>
    internal readonly struct RuleScope(FootnoteArea area, bool before) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => area._ruleReserved = before;
    }

    /// <summary>
    /// Whether the rule above the footnotes is already paid for on this page: by footnotes carried over, or by content
    /// above that reserved room for its own (<see cref="ReservedAbove"/>).
    /// </summary>
    internal bool RuleCounted => HasPending || _ruleReserved;

    /// <summary>Whether footnotes are waiting for a page (cited and not yet drawn in full).</summary>
    public bool HasPending => _queue.Count > 0;

    /// <summary>What the footnotes carried over from the previous page need, with the rule.</summary>
    public double PendingHeight => _queue.Count == 0 ? 0 : RuleCost + _queue.Sum(n => Measure(n).Height);

    /// <summary>
    /// The room the footnotes newly cited by <paramref name="numbers"/> need: the rule when they are the
    /// first on the page, then each one's full height. Already cited footnotes need nothing. The rule is counted once
    /// a page: not when footnotes carried over or reserved above on the page (<see cref="ReservedAbove"/>) already
    /// count it, else each citing paragraph took its room again and the page ended early.
    /// </summary>
    public double Reserve(IEnumerable<int> numbers, ISet<int> alreadyReserved)
    {
        var total = 0.0;
        foreach (var n in numbers)
        {
            if (!notes.ContainsKey(n) || _cited.Contains(n) || !alreadyReserved.Add(n)) continue;
            if (alreadyReserved.Count == 1 && !HasPending && !_ruleReserved) total += RuleCost;
            total += FullHeight(n);
        }
        return total;
    }

    /// <summary>Queues a footnote whose reference was just drawn.</summary>
    public void Cite(int number)
    {
        if (!notes.ContainsKey(number) || !_cited.Add(number)) return;
        _queue.Add(number);
        Version++;
    }

    /// <summary>
    /// Draws the queued footnotes at the foot of the content area, in as much room as the body left
    /// (<paramref name="room"/>); what does not fit stays queued for the next page.
    /// </summary>
    public void DrawAtFoot(ICanvas canvas, Size contentArea, double room)
    {
        if (_queue.Count == 0) return;
        var available = room - RuleCost;
        var plans = new List<(int Number, SpacePlan Plan, double Offered)>();
        var used = 0.0;
        foreach (var n in _queue)
        {
            var offered = Math.Max(0, available - used);
            var plan = notes[n].Measure(new Size(contentArea.Width, offered));
            // A note that breaks has no space below it to drop: its lines stay above the foot.
            if (plan.Kind == SpacePlanKind.Partial && TrailingGap > 0)
                plan = notes[n].Measure(new Size(contentArea.Width, offered = Math.Max(0, offered - TrailingGap)));
            if (!plan.DrawsSomething) break;
            plans.Add((n, plan, offered));
            used += plan.Height;
            if (plan.Kind == SpacePlanKind.Partial) break;
        }
        if (plans.Count == 0) return;

        // Only the space below the last note drops; none when the note breaks, less when the room cut its space short.
        var (last, lastPlan, _) = plans[^1];
        var drop = lastPlan.Kind == SpacePlanKind.Full && endsWithoutGap?.Contains(last) != true
            ? Math.Max(0, TrailingGap - (FullHeight(last) - lastPlan.Height))
            : 0;
        var top = contentArea.Height + drop - used - SeparatorHeight;
        canvas.BeginArtifact();
        canvas.FillRectangle(0, top + SeparatorHeight / 2 - 0.25, Math.Min(120, contentArea.Width / 3), 0.5, ruleColor);
        canvas.EndArtifact();
        var y = top + SeparatorHeight;
        foreach (var (n, plan, offered) in plans)
        {
            canvas.Translate(0, y);
            notes[n].Draw(new Size(contentArea.Width, offered));
            canvas.Translate(0, -y);
            y += plan.Height;
            if (plan.Kind == SpacePlanKind.Full) _queue.Remove(n);
        }
        Version++;
    }

    private SpacePlan Measure(int n) => notes[n].Measure(new Size(Context.ContentArea.Width, double.MaxValue / 4));

    private double FullHeight(int n)
    {
        if (!_heights.TryGetValue(n, out var height)) _heights[n] = height = Measure(n).Height;
        return height;
    }
}
