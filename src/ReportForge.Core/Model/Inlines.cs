namespace ReportForge.Model;

/// <summary>Inline content of a paragraph, heading or cell.</summary>
public abstract record Inline
{
    // Only this assembly derives from it, so the writers' switches over the kinds are complete.
    private protected Inline()
    {
    }

    // A record that is not sealed keeps a protected copy constructor an outside type could chain to; a kind must also
    // override this, which only this assembly can.
    internal abstract void OnlyTheModelDerives();
}

/// <summary>Character styles, combinable.</summary>
[Flags]
public enum TextStyle
{
    /// <summary>Plain.</summary>
    None = 0,
    /// <summary>Bold.</summary>
    Bold = 1,
    /// <summary>Italic.</summary>
    Italic = 2,
    /// <summary>Struck through.</summary>
    Strikethrough = 4,
}

/// <summary>A run of text in one style.</summary>
public sealed record TextRun(string Text, TextStyle Style = TextStyle.None) : Inline
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>Inline code in the mono font.</summary>
public sealed record CodeSpan(string Text) : Inline
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>A link: an external URL, or <c>#anchor</c> for a place in the document.</summary>
public sealed record Link(string Target, IReadOnlyList<Inline> Content) : Inline
{
    internal override void OnlyTheModelDerives() { }

    /// <summary>True when the target is a place in this document.</summary>
    public bool IsInternal => Target.StartsWith('#');
}

/// <summary>A forced line break inside a block.</summary>
public sealed record LineBreak : Inline
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>A reference to a footnote; <paramref name="Number"/> is its 1-based number in order of first citation.</summary>
public sealed record FootnoteReference(string Label, int Number) : Inline
{
    internal override void OnlyTheModelDerives() { }
}
