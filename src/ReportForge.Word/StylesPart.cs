using DocumentFormat.OpenXml.Packaging;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// The theme as Word styles, under Word's built-in style ids (Normal, Heading1…, Quote, Caption, Hyperlink…),
/// plus SourceCode/VerbatimChar for code, TableText for cells and the ReportTable table style.
internal static class StylesPart
{
    /// With a reference document's styles, those are kept as they are and only the styles it lacks are added
    /// from the theme's, so every style id the content uses exists.
    public static void AddTo(MainDocumentPart mainPart, Theme theme, string language, W.Styles? reference)
    {
        var ours = Build(theme, language);
        if (reference is not null)
        {
            var styles = (W.Styles)reference.CloneNode(true);
            var present = styles.Elements<W.Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            if (styles.DocDefaults is null && ours.DocDefaults is { } defaults)
                styles.PrependChild((W.DocDefaults)defaults.CloneNode(true));
            foreach (var style in ours.Elements<W.Style>().Where(s => !present.Contains(s.StyleId!.Value!)))
                styles.Append(style.CloneNode(true));
            ours = styles;
        }
        mainPart.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = ours;
    }

    private static W.Styles Build(Theme theme, string language)
    {
        var styles = new W.Styles(Defaults(theme, language));
        styles.Append(BaseStyles());
        styles.Append(TitleStyles(theme));
        styles.Append(HeadingStyles(theme));
        styles.Append(BlockStyles(theme));
        styles.Append(HeaderFooterStyles(theme));
        styles.Append(CodeStyles(theme));
        styles.Append(Hyperlink(theme));
        styles.Append(TableStyles(theme));
        styles.Append(TocStyles(theme));
        styles.Append(FootnoteStyles(theme));
        return styles;
    }

    /// Normal and the defaults Word expects for characters, tables and lists.
    private static IEnumerable<W.Style> BaseStyles()
    {
        yield return Paragraph(StyleIds.Normal, "Normal", null, null, null, isDefault: true);
        yield return new W.Style(
            new W.StyleName { Val = "Default Paragraph Font" },
            new W.UIPriority { Val = 1 },
            new W.SemiHidden(),
            new W.UnhideWhenUsed())
        { Type = W.StyleValues.Character, StyleId = StyleIds.DefaultParagraphFont, Default = true };
        yield return new W.Style(
            new W.StyleName { Val = "Normal Table" },
            new W.UIPriority { Val = 99 },
            new W.SemiHidden(),
            new W.UnhideWhenUsed(),
            new W.StyleTableProperties(
                new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
                CellMargins(0, 108)))
        { Type = W.StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };
        yield return new W.Style(
            new W.StyleName { Val = "No List" },
            new W.UIPriority { Val = 99 },
            new W.SemiHidden(),
            new W.UnhideWhenUsed())
        { Type = W.StyleValues.Numbering, StyleId = StyleIds.NoList, Default = true };
    }

    /// The title block's Title and Subtitle.
    private static IEnumerable<W.Style> TitleStyles(Theme theme)
    {
        var colors = theme.Colors;
        var sizes = theme.Sizes;
        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = Units.TwipsText(4), Line = "240",
                    LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(theme.Fonts.Headings, sizes.Title, colors.Heading, bold: true));
        yield return Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = Units.TwipsText(3) },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(theme.Fonts.Headings, sizes.Subtitle, colors.Accent, bold: false));
    }

    /// Heading 1-6, kept with the next paragraph.
    private static IEnumerable<W.Style> HeadingStyles(Theme theme)
    {
        var colors = theme.Colors;
        var sizes = theme.Sizes;
        var spacing = theme.Spacing;
        for (var level = 1; level <= StyleIds.MaxHeadingLevel; level++)
        {
            yield return Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal,
                new W.StyleParagraphProperties
                {
                    KeepNext = new W.KeepNext(),
                    KeepLines = new W.KeepLines(),
                    SpacingBetweenLines = new W.SpacingBetweenLines
                    {
                        Before = Units.TwipsText(spacing.HeadingBefore),
                        After = Units.TwipsText(spacing.HeadingAfter),
                        Line = "240",
                        LineRule = W.LineSpacingRuleValues.Auto,
                    },
                    Justification = new W.Justification { Val = W.JustificationValues.Left },
                    OutlineLevel = new W.OutlineLevel { Val = level - 1 },
                },
                Font(theme.Fonts.Headings, sizes.Heading(level), colors.Heading, bold: true),
                next: StyleIds.Normal);
        }
    }

    /// Quote, List Paragraph and caption.
    private static IEnumerable<W.Style> BlockStyles(Theme theme)
    {
        var colors = theme.Colors;
        var sizes = theme.Sizes;
        var spacing = theme.Spacing;
        var quoteRun = Font(null, null, colors.QuoteText, bold: false);
        quoteRun.Italic = new W.Italic { Val = false };
        // No border or indent: each quote is a card of its own (QuoteWriter), since Word merges bordered paragraphs.
        yield return Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, null, quoteRun);

        yield return Paragraph(StyleIds.ListParagraph, "List Paragraph", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { After = Units.TwipsText(spacing.ListItem) },
                Indentation = new W.Indentation { Left = Units.TwipsText(spacing.ListIndent) },
            },
            null);

        yield return Paragraph(StyleIds.Caption, "caption", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                KeepNext = new W.KeepNext(),
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = Units.TwipsText(spacing.Paragraph), After = Units.TwipsText(3) },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Italic(Font(null, sizes.Small, colors.Muted, bold: false)));
    }

    /// The running header and footer.
    private static IEnumerable<W.Style> HeaderFooterStyles(Theme theme)
    {
        var colors = theme.Colors;
        var sizes = theme.Sizes;
        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(null, sizes.Small, colors.Muted, bold: false));
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(null, sizes.Small, colors.Muted, bold: false));
    }

    /// Source Code for code blocks and Verbatim Char for code spans.
    private static IEnumerable<W.Style> CodeStyles(Theme theme)
    {
        var colors = theme.Colors;
        var sizes = theme.Sizes;
        var codePadding = Units.EighthPoints(0.5);
        yield return Paragraph(StyleIds.SourceCode, "Source Code", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                ParagraphBorders = new W.ParagraphBorders(
                    new W.TopBorder { Val = W.BorderValues.Single, Size = codePadding, Space = 4, Color = Units.Color(colors.CodeBackground) },
                    new W.LeftBorder { Val = W.BorderValues.Single, Size = codePadding, Space = 4, Color = Units.Color(colors.CodeBackground) },
                    new W.BottomBorder { Val = W.BorderValues.Single, Size = codePadding, Space = 4, Color = Units.Color(colors.CodeBackground) },
                    new W.RightBorder { Val = W.BorderValues.Single, Size = codePadding, Space = 4, Color = Units.Color(colors.CodeBackground) }),
                Shading = Paragraphs.Shading(colors.CodeBackground),
                WordWrap = new W.WordWrap { Val = false },
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(theme.Fonts.Mono, sizes.Code, null, bold: false));

        yield return Character(StyleIds.VerbatimChar, "Verbatim Char", Font(theme.Fonts.Mono, sizes.Code, null, bold: false));
    }

    private static W.Style Hyperlink(Theme theme)
    {
        var link = Font(null, null, theme.Colors.Link, bold: false);
        link.Underline = new W.Underline { Val = W.UnderlineValues.Single };
        return Character(StyleIds.Hyperlink, "Hyperlink", link);
    }

    /// Table Text for cell paragraphs and the Report Table table style.
    private static IEnumerable<W.Style> TableStyles(Theme theme)
    {
        var sizes = theme.Sizes;
        yield return Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                // The PDF sets cell text at 1.22 lines.
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = Units.LineFactor(1.22),
                    LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(null, sizes.Table, null, bold: false));

        yield return ReportTable(theme);
    }

    /// Footnote text and the superscript reference mark.
    private static IEnumerable<W.Style> FootnoteStyles(Theme theme)
    {
        var sizes = theme.Sizes;
        yield return Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(null, sizes.Small + 0.5, null, bold: false));
        var footnoteReference = new W.StyleRunProperties { VerticalTextAlignment = new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript } };
        yield return Character(StyleIds.FootnoteReference, "footnote reference", footnoteReference);
    }

    /// TOC Heading (outline level 9, so it never lists itself) and toc 1-6: entry text in the body font,
    /// level 1 a little apart and bold like the PDF's, deeper levels indented by the list indent.
    private static IEnumerable<W.Style> TocStyles(Theme theme)
    {
        var heading = Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading(1),
            new W.StyleParagraphProperties { OutlineLevel = new W.OutlineLevel { Val = 9 } },
            null, next: StyleIds.Normal);
        heading.UIPriority = new W.UIPriority { Val = 39 };
        heading.UnhideWhenUsed = new W.UnhideWhenUsed();
        yield return heading;

        for (var level = 1; level <= StyleIds.MaxHeadingLevel; level++)
        {
            var style = Paragraph(StyleIds.Toc(level), "toc " + level, StyleIds.Normal,
                new W.StyleParagraphProperties
                {
                    SpacingBetweenLines = new W.SpacingBetweenLines
                    {
                        Before = level == 1 ? Units.TwipsText(3) : "0",
                        After = Units.TwipsText(theme.Spacing.ListItem),
                    },
                    Indentation = new W.Indentation { Left = Units.TwipsText(theme.Spacing.ListIndent * (level - 1)) },
                    Justification = new W.Justification { Val = W.JustificationValues.Left },
                },
                level == 1 ? Font(null, null, null, bold: true) : null,
                next: StyleIds.Normal);
            style.UIPriority = new W.UIPriority { Val = 39 };
            style.UnhideWhenUsed = new W.UnhideWhenUsed();
            yield return style;
        }
    }

    private static W.DocDefaults Defaults(Theme theme, string language)
    {
        var body = theme.Fonts.Body;
        return new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = body, HighAnsi = body, ComplexScript = body, EastAsia = body },
                new W.Color { Val = Units.Color(theme.Colors.Text) },
                new W.FontSize { Val = Units.HalfPoints(theme.Sizes.Body) },
                new W.FontSizeComplexScript { Val = Units.HalfPoints(theme.Sizes.Body) },
                new W.Languages { Val = language })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines
                {
                    Before = "0",
                    After = Units.TwipsText(theme.Spacing.Paragraph),
                    Line = Units.LineFactor(theme.Spacing.LineHeight),
                    LineRule = W.LineSpacingRuleValues.Auto,
                })));
    }

    private static W.Style ReportTable(Theme theme)
    {
        var style = new W.Style
        {
            Type = W.StyleValues.Table,
            StyleId = StyleIds.ReportTable,
            StyleName = new W.StyleName { Val = "Report Table" },
            BasedOn = new W.BasedOn { Val = StyleIds.TableNormal },
            UIPriority = new W.UIPriority { Val = 59 },
            StyleParagraphProperties = new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0" },
            },
            StyleRunProperties = Font(null, theme.Sizes.Table, null, bold: false),
            StyleTableProperties = new W.StyleTableProperties
            {
                TableStyleRowBandSize = new W.TableStyleRowBandSize { Val = 1 },
                TableBorders = TableBorders(theme),
                TableCellMarginDefault = CellMargins(theme.Spacing.CellPadding),
            },
        };
        style.Append(new W.TableStyleProperties(
            new W.RunPropertiesBaseStyle(new W.Bold()),
            new W.TableStyleConditionalFormattingTableRowProperties(new W.TableHeader()),
            new W.TableStyleConditionalFormattingTableCellProperties(Paragraphs.Shading(theme.Colors.TableHeader)))
        { Type = W.TableStyleOverrideValues.FirstRow });
        style.Append(new W.TableStyleProperties(
            new W.TableStyleConditionalFormattingTableCellProperties(Paragraphs.Shading(theme.Colors.TableZebra)))
        { Type = W.TableStyleOverrideValues.Band2Horizontal });
        return style;
    }

    public static W.TableBorders TableBorders(Theme theme)
    {
        var color = theme.Colors.TableBorder;
        return new W.TableBorders(
            Border<W.TopBorder>(color, 0.5), Border<W.LeftBorder>(color, 0.5), Border<W.BottomBorder>(color, 0.5),
            Border<W.RightBorder>(color, 0.5), Border<W.InsideHorizontalBorder>(color, 0.5), Border<W.InsideVerticalBorder>(color, 0.5));
    }

    public static W.BorderType Border(Rgb color, double points) => Border<W.TopBorder>(color, points);

    private static T Border<T>(Rgb color, double points) where T : W.BorderType, new() => new()
    {
        Val = W.BorderValues.Single,
        Size = Units.EighthPoints(points),
        Space = 0,
        Color = Units.Color(color),
    };

    public static W.TableCellMarginDefault CellMargins(double points) =>
        CellMargins(Units.Twips(points), Units.Twips(points));

    private static W.TableCellMarginDefault CellMargins(int vertical, int horizontal) => new(
        new W.TopMargin { Width = Units.Text(vertical), Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellLeftMargin { Width = (short)horizontal, Type = W.TableWidthValues.Dxa },
        new W.BottomMargin { Width = Units.Text(vertical), Type = W.TableWidthUnitValues.Dxa },
        new W.TableCellRightMargin { Width = (short)horizontal, Type = W.TableWidthValues.Dxa });

    private static W.StyleRunProperties Italic(W.StyleRunProperties properties)
    {
        properties.Italic = new W.Italic();
        properties.ItalicComplexScript = new W.ItalicComplexScript();
        return properties;
    }

    private static W.StyleRunProperties Font(string? family, double? size, Rgb? color, bool bold)
    {
        var properties = new W.StyleRunProperties();
        if (family is not null)
            properties.RunFonts = new W.RunFonts { Ascii = family, HighAnsi = family, ComplexScript = family, EastAsia = family };
        if (bold)
        {
            properties.Bold = new W.Bold();
            properties.BoldComplexScript = new W.BoldComplexScript();
        }
        if (color is { } colour)
            properties.Color = new W.Color { Val = Units.Color(colour) };
        if (size is { } points)
        {
            properties.FontSize = new W.FontSize { Val = Units.HalfPoints(points) };
            properties.FontSizeComplexScript = new W.FontSizeComplexScript { Val = Units.HalfPoints(points) };
        }
        return properties;
    }

    private static W.Style Paragraph(string id, string name, string? basedOn, W.StyleParagraphProperties? paragraph,
        W.StyleRunProperties? run, bool isDefault = false, string? next = null)
    {
        var style = new W.Style { Type = W.StyleValues.Paragraph, StyleId = id, StyleName = new W.StyleName { Val = name } };
        if (isDefault)
            style.Default = true;
        if (basedOn is not null)
            style.BasedOn = new W.BasedOn { Val = basedOn };
        if (next is not null)
            style.NextParagraphStyle = new W.NextParagraphStyle { Val = next };
        style.PrimaryStyle = new W.PrimaryStyle();
        if (paragraph is not null)
            style.StyleParagraphProperties = paragraph;
        if (run is not null)
            style.StyleRunProperties = run;
        return style;
    }

    private static W.Style Character(string id, string name, W.StyleRunProperties run) => new()
    {
        Type = W.StyleValues.Character,
        StyleId = id,
        StyleName = new W.StyleName { Val = name },
        BasedOn = new W.BasedOn { Val = StyleIds.DefaultParagraphFont },
        UIPriority = new W.UIPriority { Val = 99 },
        StyleRunProperties = run,
    };
}
