namespace ReportForge.Theming;

/// <summary>
/// The theme resolved into the concrete look of every block kind, for both writers: the PDF builders and the Word
/// styles read their fonts, pitches, spacing, indents, boxes and colours from here, so no look constant is written
/// in a writer and the two formats break their pages in the same places. Lengths are points on the twip grid.
/// </summary>
public sealed class StyleSheet
{
    private readonly Theme _theme;

    /// <summary>Resolves <paramref name="theme"/>.</summary>
    public StyleSheet(Theme theme)
    {
        _theme = theme;
        var fonts = theme.Fonts;
        var sizes = theme.Sizes;
        var colors = theme.Colors;
        var spacing = theme.Spacing;
        var paragraph = spacing.Paragraph;

        Body = new TextLook(fonts.Body, sizes.Body, colors.Text, false, false, spacing.LineHeight);
        Justify = theme.TextAlign == TextAlign.Justify;
        Hyphenate = theme.Hyphenate;
        CodeTabColumns = theme.TabSize;
        Paragraph = Gap.Of(0, paragraph);
        Compact = Twips.Round(spacing.ListItem);

        Title = new TextLook(fonts.Headings, sizes.Title, colors.Heading, true, false, 1.15);
        TitleGap = Gap.Of(0, 4);
        Subtitle = new TextLook(fonts.Body, sizes.Subtitle, colors.Accent, false, false, 1.25);
        SubtitleGap = Gap.Of(0, 3);
        Byline = Body with { Size = sizes.Body - 0.5, Color = colors.Muted };
        // Under the byline in Word, as its bottom border: a border's space is in whole points.
        TitleRule = new RuleLook(16, 1.25, Math.Floor((16 - 1.25) / 2), colors.Accent);

        ListIndent = Twips.Round(spacing.ListIndent);
        OrderedListIndent = Twips.Round(spacing.ListIndent + 4);
        ListItemGap = Twips.Round(spacing.ListItem);
        ListGap = Gap.Of(0, paragraph);
        BulletColor = colors.Accent;

        Quote = Body with { Color = colors.QuoteText };
        QuoteParagraphGap = Twips.Round(3);
        QuoteBox = new BoxLook(null, colors.QuoteBar, 2.5, 12, 0, 3, 3);
        QuoteIndent = Twips.Round(4);
        QuoteGap = Gap.Of(2, paragraph + 4);

        CalloutTitle = Body with { Bold = true, Color = colors.Heading };
        CalloutTitleGap = Twips.Round(3);
        CalloutBox = new BoxLook(colors.CalloutBackground, colors.CalloutBorder, 3, 12, 10, 8, 8);
        CalloutGap = Gap.Of(2, paragraph + 4);

        Code = new TextLook(fonts.Mono, sizes.Code, colors.Text, false, false, 1.35);
        CodeBox = new BoxLook(colors.CodeBackground, null, 0, 8, 8, 6, 6);
        CodeGap = Gap.Of(0, paragraph + 2);

        Cell = new TextLook(fonts.Body, sizes.Table, colors.Text, false, false, 1.22);
        HeaderCell = Cell with { Bold = true, Color = colors.Heading };
        CellPadding = Twips.Round(spacing.CellPadding);
        TableBorderWidth = 0.5;
        Caption = new TextLook(fonts.Body, sizes.Small, colors.Muted, false, true, 1.3);
        TableGap = Gap.Of(2, paragraph + 4);
        TableCaptionGap = Twips.Round(3);

        ContentsTitle = Heading(1) with { LineFactor = 1.2 };
        ContentsTitleGap = Gap.Of(0, spacing.HeadingAfter + 2);
        ContentsGap = Gap.Of(0, paragraph * 2);

        Footnote = new TextLook(fonts.Body, sizes.Small + 0.5, colors.Text, false, false, 1.25);
        FootnoteGap = Twips.Round(2);
        FootnoteParagraphGap = Twips.Round(1);
        FootnoteRule = new RuleLook(9, 0.5, 4.25, colors.Muted);

        ImageGap = Gap.Of(4, paragraph + 4);
        CaptionedImageGap = Gap.Of(4, paragraph + 6);
        ImageCaptionGap = Twips.Round(4);

        var breakHeight = Twips.Round(paragraph * 2 + 1);
        ThematicBreak = new RuleLook(breakHeight, 0.75, Twips.Round((breakHeight - 0.75) / 2), colors.Muted);
    }

    /// <summary>Running text.</summary>
    public TextLook Body { get; }
    /// <summary>Whether running text is justified; otherwise it is set flush left.</summary>
    public bool Justify { get; }
    /// <summary>Whether body text (paragraphs, list items, quotes, callouts, table cells, footnotes) is hyphenated.</summary>
    public bool Hyphenate { get; }
    /// <summary>Around a paragraph.</summary>
    public Gap Paragraph { get; }
    /// <summary>Between the paragraphs of a list item, a quote or a callout.</summary>
    public double Compact { get; }

    /// <summary>A heading's text.</summary>
    public TextLook Heading(int level) =>
        new(_theme.Fonts.Headings, _theme.Sizes.Heading(level), _theme.Colors.Heading, true, false, 1.2);
    /// <summary>Around a heading: level 1 has the theme's space above, deeper levels three quarters of it.</summary>
    public Gap HeadingGap(int level) =>
        Gap.Of(level == 1 ? _theme.Spacing.HeadingBefore : _theme.Spacing.HeadingBefore * 0.75, _theme.Spacing.HeadingAfter);

    /// <summary>The title block's title.</summary>
    public TextLook Title { get; }
    /// <summary>Around the title.</summary>
    public Gap TitleGap { get; }
    /// <summary>The title block's subtitle.</summary>
    public TextLook Subtitle { get; }
    /// <summary>Around the subtitle.</summary>
    public Gap SubtitleGap { get; }
    /// <summary>The date and author line.</summary>
    public TextLook Byline { get; }
    /// <summary>The rule under the title block.</summary>
    public RuleLook TitleRule { get; }

    /// <summary>A bulleted item's text indent from the list's edge.</summary>
    public double ListIndent { get; }
    /// <summary>A numbered item's text indent.</summary>
    public double OrderedListIndent { get; }
    /// <summary>Between list items, and above a nested list.</summary>
    public double ListItemGap { get; }
    /// <summary>Around a top-level list.</summary>
    public Gap ListGap { get; }
    /// <summary>Bullets by depth, repeating.</summary>
    public IReadOnlyList<string> Bullets { get; } = ["•", "◦", "▪"];
    /// <summary>The bullets' colour; numbers take the text's.</summary>
    public Rgb BulletColor { get; }

    /// <summary>A quote's text.</summary>
    public TextLook Quote { get; }
    /// <summary>Between a quote's paragraphs.</summary>
    public double QuoteParagraphGap { get; }
    /// <summary>A quote's box: the bar and padding.</summary>
    public BoxLook QuoteBox { get; }
    /// <summary>A quote's box indent from the left edge.</summary>
    public double QuoteIndent { get; }
    /// <summary>Around a quote.</summary>
    public Gap QuoteGap { get; }

    /// <summary>A callout's title.</summary>
    public TextLook CalloutTitle { get; }
    /// <summary>Below a callout's title.</summary>
    public double CalloutTitleGap { get; }
    /// <summary>A callout's box.</summary>
    public BoxLook CalloutBox { get; }
    /// <summary>Around a callout.</summary>
    public Gap CalloutGap { get; }

    /// <summary>A code block's text.</summary>
    public TextLook Code { get; }
    /// <summary>A code block's box.</summary>
    public BoxLook CodeBox { get; }
    /// <summary>Around a code block.</summary>
    public Gap CodeGap { get; }
    /// <summary>
    /// A code block's tab stops: every this many columns of the mono font (the theme's <c>tab_size</c>; 4, as CommonMark
    /// counts indentation, by default).
    /// </summary>
    public int CodeTabColumns { get; }
    /// <summary>
    /// The distance between default tab stops (Word's <c>w:defaultTabStop</c>), counted from the text's left edge (the
    /// margin, or a table cell's padding).
    /// </summary>
    public double DefaultTabStop { get; } = 36;

    /// <summary>A body cell's text.</summary>
    public TextLook Cell { get; }
    /// <summary>A header cell's text.</summary>
    public TextLook HeaderCell { get; }
    /// <summary>Padding inside cells, on all four sides.</summary>
    public double CellPadding { get; }
    /// <summary>The width of every table rule.</summary>
    public double TableBorderWidth { get; }
    /// <summary>Table and figure captions and a table's continuation line.</summary>
    public TextLook Caption { get; }
    /// <summary>Around a table.</summary>
    public Gap TableGap { get; }
    /// <summary>Between a table's caption or continuation line and its first row.</summary>
    public double TableCaptionGap { get; }

    /// <summary>The contents' title.</summary>
    public TextLook ContentsTitle { get; }
    /// <summary>Around the contents' title.</summary>
    public Gap ContentsTitleGap { get; }
    /// <summary>A contents entry's text: level 1 bold.</summary>
    public TextLook ContentsEntry(int level) => Body with { Bold = level == 1 };
    /// <summary>Around a contents entry: level 1 a little apart.</summary>
    public Gap ContentsEntryGap(int level) => Gap.Of(level == 1 ? 3 : 0, 1);
    /// <summary>A contents entry's indent.</summary>
    public double ContentsIndent(int level) => Twips.Round(_theme.Spacing.ListIndent * (level - 1));
    /// <summary>Around the contents.</summary>
    public Gap ContentsGap { get; }

    /// <summary>A footnote's mark in the text, as a share of the text's size and how far above its baseline, in the
    /// same shares (Word sets its own superscript: about the same size and rise).</summary>
    public (double Scale, double Rise) NoteMark { get; } = (0.62, 0.36);
    /// <summary>
    /// The footnote's number at the start of its text, as a share of the text's size and its rise: the .docx leaves it
    /// to the superscript of its footnote reference style, which LibreOffice draws at 58 % of the size, raised by a third
    /// (and ignores a size set on the number itself), so the text after the number starts at the same x in both formats.
    /// </summary>
    public (double Scale, double Rise) NoteNumber { get; } = (0.58, 0.33);

    /// <summary>Footnote text.</summary>
    public TextLook Footnote { get; }
    /// <summary>Below each footnote.</summary>
    public double FootnoteGap { get; }
    /// <summary>Between a footnote's paragraphs.</summary>
    public double FootnoteParagraphGap { get; }
    /// <summary>The short rule above a page's footnotes, with the room around it.</summary>
    public RuleLook FootnoteRule { get; }

    /// <summary>Around an image without a caption.</summary>
    public Gap ImageGap { get; }
    /// <summary>Around an image with its caption.</summary>
    public Gap CaptionedImageGap { get; }
    /// <summary>Between an image and its caption.</summary>
    public double ImageCaptionGap { get; }

    /// <summary>A thematic break.</summary>
    public RuleLook ThematicBreak { get; }
}
