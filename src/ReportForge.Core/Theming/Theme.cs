namespace ReportForge.Theming;

/// <summary>
/// One theme drives both writers. Lengths are in points (1/72 inch); colours are <see cref="Rgb"/>; sizes, orientations
/// and alignments are enums. Every property has a default, so a theme.json only names what it changes; a theme read
/// from JSON (<see cref="ThemeReader"/>) holds only values inside <see cref="ThemeRanges"/>.
/// </summary>
public sealed class Theme
{
    /// <summary>Page size and margins.</summary>
    public PageTheme Page { get; set; } = new();
    /// <summary>Font families.</summary>
    public FontTheme Fonts { get; set; } = new();
    /// <summary>Font sizes in points.</summary>
    public SizeTheme Sizes { get; set; } = new();
    /// <summary>Colours.</summary>
    public ColorTheme Colors { get; set; } = new();
    /// <summary>Vertical and horizontal spacing.</summary>
    public SpacingTheme Spacing { get; set; } = new();
    /// <summary>Running header.</summary>
    public RunningText Header { get; set; } = new() { Left = "{title}", Right = "{date}" };
    /// <summary>Running footer.</summary>
    public RunningText Footer { get; set; } = new() { Center = ThemeWords.Reference("page_of_pages") };
    /// <summary>Classification banner.</summary>
    public BannerTheme Banner { get; set; } = new();
    /// <summary>Diagonal watermark across every page.</summary>
    public WatermarkTheme Watermark { get; set; } = new();
    /// <summary>When a table of contents is drawn.</summary>
    public ContentsTheme Contents { get; set; } = new();
    /// <summary>How charts are shown.</summary>
    public ChartsTheme Charts { get; set; } = new();
    /// <summary>Wording of generated text.</summary>
    public WordingTheme Wording { get; set; } = new();
    /// <summary>Tag colours by tone and the change bar's colour.</summary>
    public TagTheme Tags { get; set; } = new();
    /// <summary>How body paragraphs are aligned.</summary>
    public TextAlign TextAlign { get; set; } = TextAlign.Justify;
    /// <summary>
    /// Whether body text is hyphenated, in the PDF and (w:autoHyphenation) in the .docx, with the patterns of the
    /// document's language (docs/typesetting.md).
    /// </summary>
    public bool Hyphenate { get; set; } = true;
    /// <summary>A code block's tab stops: every this many columns of the mono font, in both formats.</summary>
    public int TabSize { get; set; } = 4;
    /// <summary>
    /// Whether each paragraph, bullet, table and figure that carries a classification marking starts with the level's
    /// short form in brackets, such as "(OS)" (off by default; docs/templates.md, portion marks).
    /// </summary>
    public bool PortionMarks { get; set; }

    /// <summary>The built-in theme.</summary>
    public static Theme Default => new();

    /// <summary>
    /// This theme with the string references of its running texts and wording (<see cref="ThemeWords"/>) replaced by
    /// <paramref name="strings"/>, the report's words; this theme itself when it has none.
    /// </summary>
    public Theme Localized(IReadOnlyDictionary<string, string>? strings)
    {
        var header = ThemeWords.Resolve(Header, strings);
        var footer = ThemeWords.Resolve(Footer, strings);
        var wording = new WordingTheme
        {
            TableContinued = ThemeWords.Resolve(Wording.TableContinued, strings),
            Contents = ThemeWords.Resolve(Wording.Contents, strings),
        };
        if (Same(header, Header) && Same(footer, Footer) && wording.TableContinued == Wording.TableContinued && wording.Contents == Wording.Contents)
            return this;
        var copy = (Theme)MemberwiseClone();
        copy.Header = header;
        copy.Footer = footer;
        copy.Wording = wording;
        return copy;
    }

    private static bool Same(RunningText a, RunningText b) => a.Left == b.Left && a.Center == b.Center && a.Right == b.Right;
}
