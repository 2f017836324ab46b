namespace ReportForge.Pdf.Layout;

/// <summary>
/// An element's last answer to being offered a space, for when the same space is offered again before anything the
/// answer read has changed. The layout asks the same question often: the paging loop measures the page and then draws
/// it, a column plans its children and each child plans again as it draws, a heading measures what follows it. An
/// answer holds while the element has not drawn (drawing moves its state on) and the page's footnotes are as they were
/// (<see cref="FootnoteArea.Version"/>): nothing else that a measure reads changes during a pass.
/// </summary>
internal struct MeasureMemo<T>
{
    private Size _offered;
    private int _version;
    private T _answer;
    private bool _held;

    /// <summary>The answer kept for <paramref name="offered"/>, if it still holds.</summary>
    public readonly bool TryGet(Size offered, int version, out T answer)
    {
        answer = _answer;
        return _held && _version == version && _offered == offered;
    }

    /// <summary>Keeps the answer for <paramref name="offered"/>, in place of the one kept before.</summary>
    public void Keep(Size offered, int version, T answer)
    {
        _offered = offered;
        _version = version;
        _answer = answer;
        _held = true;
    }

    /// <summary>Drops the answer: the element's state has moved on.</summary>
    public void Forget()
    {
        _held = false;
        _answer = default!;
    }
}
