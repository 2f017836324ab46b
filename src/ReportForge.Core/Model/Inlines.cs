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

// Issue 21 (revisions): the tag and the inline revisions.

/// <summary>
/// A small coloured label in the text ("New", "Held"): plain text drawn bold on a tint of its tone's theme colour.
/// <paramref name="Tone"/> names the colour (theme <c>tags</c>); an unknown tone takes the theme's default.
/// </summary>
public sealed record Tag(string Text, string Tone) : Inline
{
    /// <summary>The tone of a tag that names none.</summary>
    public const string DefaultTone = "default";

    /// <summary>
    /// The characters both writers set: the text as one word (no-break spaces inside) padded by a no-break space each
    /// side, which the tint fills.
    /// </summary>
    public string Padded => "\u00A0" + Text.Replace(' ', '\u00A0') + "\u00A0";

    internal override void OnlyTheModelDerives() { }
}

/// <summary>
/// Text inserted since the previous edition (the "after" of a field). Shown as ordinary text, except as a Word
/// revision (<c>w:ins</c>) under <c>--track-changes</c>.
/// </summary>
public sealed record Inserted(IReadOnlyList<Inline> Content) : Inline
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>
/// Text deleted since the previous edition (the "before" of a field). Not shown (the documents show the accepted
/// state), except as a Word revision (<c>w:del</c>) under <c>--track-changes</c>.
/// </summary>
public sealed record Deleted(IReadOnlyList<Inline> Content) : Inline
{
    internal override void OnlyTheModelDerives() { }
}
