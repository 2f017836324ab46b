namespace ReportForge.Pdf.Layout;

/// <summary>
/// The test hook that turns <see cref="MeasureMemo{T}"/> off: while <see cref="Off"/> is true on a flow of execution,
/// layout passes started there ask every question afresh. Only a test sets it, to check that remembering answers
/// changes no page; it is per flow so that tests running beside it keep their memos.
/// </summary>
internal static class MeasureMemos
{
    private static readonly AsyncLocal<bool> OffHere = new();

    public static bool Off
    {
        get => OffHere.Value;
        set => OffHere.Value = value;
    }
}

/// <summary>
/// An element's last answer to being offered a space, for when the same space is offered again before anything the
/// answer read has changed. The layout asks the same question often: the paging loop measures the page and then draws
/// it, a column plans its children and each child plans again as it draws, a heading measures what follows it. An
/// answer holds while the element has not drawn (drawing moves its state on) and the page's footnotes are as they were
/// (<see cref="FootnoteArea.MemoKey"/>): nothing else that a measure reads changes during a pass.
/// </summary>
internal struct MeasureMemo<T>
{
    private Size _offered;
    private int _version;
    private T _answer;
    private bool _held;

    /// <summary>
    /// The answer for <paramref name="offered"/>: the one kept, if it still holds, else <paramref name="work"/>'s,
    /// which is kept in place of the one before. (A static <paramref name="work"/> taking its element allocates nothing.)
    /// </summary>
    public T Answer<TElement>(LayoutContext context, Size offered, TElement element, Func<TElement, Size, T> work)
    {
        var version = context.Footnotes.MemoKey;
        if (context.RemembersMeasures && _held && _version == version && _offered == offered) return _answer;
        _answer = work(element, offered);
        _offered = offered;
        _version = version;
        _held = true;
        return _answer;
    }

    /// <summary>Drops the answer: the element's state has moved on.</summary>
    public void Forget()
    {
        _held = false;
        _answer = default!;
    }
}
