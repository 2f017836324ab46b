namespace ReportForge.Model;

/// <summary>The whole document: metadata plus blocks. Both writers walk the same instance.</summary>
public sealed record Document(DocumentMetadata Metadata, IReadOnlyList<Block> Blocks)
{
    /// <summary>Footnotes in number order; each is cited by <see cref="FootnoteReference"/>s of the same number.</summary>
    public IReadOnlyList<Footnote> Footnotes { get; init; } = [];

    /// <summary>
    /// Where each of <see cref="Blocks"/> came from, by index, when the document was converted from markup; empty for a
    /// document built in code.
    /// </summary>
    public IReadOnlyList<BlockOrigin?> Origins { get; init; } = [];

    /// <summary>Where the top-level block at <paramref name="index"/> came from, if known.</summary>
    public BlockOrigin? OriginOf(int index) => index >= 0 && index < Origins.Count ? Origins[index] : null;
}

/// <summary>A footnote's content.</summary>
public sealed record Footnote(string Label, int Number, IReadOnlyList<Block> Blocks);

/// <summary>Typed, unescaped metadata that the template assigned to <c>document</c>.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Title shown in the viewer and the title block.</summary>
    public string Title { get; init; } = "";
    /// <summary>Subtitle.</summary>
    public string? Subtitle { get; init; }
    /// <summary>Subject (PDF Subject, DOCX subject).</summary>
    public string? Subject { get; init; }
    /// <summary>Author.</summary>
    public string? Author { get; init; }
    /// <summary>Keywords.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
    /// <summary>BCP 47 language tag.</summary>
    public string Language { get; init; } = "en-US";
    /// <summary>The document's date (the notes' date).</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The date shown in header and footer, formatted by the template's culture.</summary>
    public string? DisplayDate { get; init; }
    /// <summary>The highest classification marking in the notes.</summary>
    public string? Classification { get; init; }
    /// <summary>Watermark text across every page (such as DRAFT); the theme's when null.</summary>
    public string? Watermark { get; init; }
    /// <summary>Creation and modification time of the files (SOURCE_DATE_EPOCH, else the date at 00:00 UTC).</summary>
    public DateTimeOffset Timestamp { get; init; } = DateTimeOffset.UnixEpoch;
    /// <summary>
    /// The template's strings in the report's culture: the words the writers set themselves (contents title, "Page 1 of
    /// 6") come from here through the theme's <c>{t:KEY}</c> references (Theming.ThemeWords); empty, the English ones.
    /// </summary>
    public IReadOnlyDictionary<string, string> Strings { get; init; } = new Dictionary<string, string>();
}
