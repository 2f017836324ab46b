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
    public static void AddTo(MainDocumentPart mainPart, Theme theme, StyleSheet sheet, string language, W.Styles? reference)
    {
        var ours = Build(theme, sheet, language);
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

    private static W.Styles Build(Theme theme, StyleSheet sheet, string language)
    {
        var styles = new W.Styles(Defaults(sheet, language));
        styles.Append(BaseStyles());
        styles.Append(TitleStyles(sheet));
        styles.Append(HeadingStyles(sheet));
        styles.Append(BlockStyles(theme, sheet));
        styles.Append(HeaderFooterStyles(theme));
        styles.Append(CodeStyles(sheet));
        styles.Append(Hyperlink(theme));
        styles.Append(TableStyles(theme, sheet));
        styles.Append(TocStyles(sheet));
        styles.Append(FootnoteStyles(sheet));
        return styles;
    }

    /// A block's space above and below and its line pitch: "at least" the sheet's pitch, as the PDF sets it.
    public static W.SpacingBetweenLines Spacing(Gap gap, TextLook look) => new()
    {
        Before = Units.TwipsText(gap.Before),
        After = Units.TwipsText(gap.After),
        Line = Units.TwipsText(look.Pitch),
        LineRule = W.LineSpacingRuleValues.AtLeast,
    };

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
    private static IEnumerable<W.Style> TitleStyles(StyleSheet sheet)
    {
        yield return Paragraph(StyleIds.Title, "Title", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                KeepNext = new W.KeepNext(),
                SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                SpacingBetweenLines = Spacing(sheet.TitleGap, sheet.Title),
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(sheet.Title));
        yield return Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                KeepNext = new W.KeepNext(),
                SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                SpacingBetweenLines = Spacing(sheet.SubtitleGap, sheet.Subtitle),
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(sheet.Subtitle));
    }

    /// Heading 1-6, kept with the next paragraph. Titles, headings, captions, the running header and footer, code and the
    /// contents are never hyphenated (w:suppressAutoHyphens), as in the PDF.
    private static IEnumerable<W.Style> HeadingStyles(StyleSheet sheet)
    {
        for (var level = 1; level <= StyleIds.MaxHeadingLevel; level++)
        {
            yield return Paragraph(StyleIds.Heading(level), "heading " + level, StyleIds.Normal,
                new W.StyleParagraphProperties
                {
                    KeepNext = new W.KeepNext(),
                    KeepLines = new W.KeepLines(),
                    SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                    SpacingBetweenLines = Spacing(sheet.HeadingGap(level), sheet.Heading(level)),
                    Justification = new W.Justification { Val = W.JustificationValues.Left },
                    OutlineLevel = new W.OutlineLevel { Val = level - 1 },
                },
                Font(sheet.Heading(level)),
                next: StyleIds.Normal);
        }
    }

    /// Quote, List Paragraph and caption.
    private static IEnumerable<W.Style> BlockStyles(Theme theme, StyleSheet sheet)
    {
        var colors = theme.Colors;
        var quoteRun = Font(null, null, sheet.Quote.Color, bold: false);
        quoteRun.Italic = new W.Italic { Val = false };
        // No border or indent: each quote is a card of its own (QuoteWriter), since Word merges bordered paragraphs.
        yield return Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, null, quoteRun);

        yield return Paragraph(StyleIds.ListParagraph, "List Paragraph", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = new W.SpacingBetweenLines { After = Units.TwipsText(sheet.ListItemGap) },
                Indentation = new W.Indentation { Left = Units.TwipsText(sheet.ListIndent) },
            },
            null);

        yield return Paragraph(StyleIds.Caption, "caption", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                KeepNext = new W.KeepNext(),
                SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                SpacingBetweenLines = Spacing(Gap.Of(sheet.TableGap.Before, sheet.TableCaptionGap), sheet.Caption),
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(sheet.Caption));
    }

    /// The running header and footer.
    private static IEnumerable<W.Style> HeaderFooterStyles(Theme theme)
    {
        var colors = theme.Colors;
        var sizes = theme.Sizes;
        yield return Paragraph(StyleIds.Header, "header", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(null, sizes.Small, colors.Muted, bold: false));
        yield return Paragraph(StyleIds.Footer, "footer", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(null, sizes.Small, colors.Muted, bold: false));
    }

    /// Source Code for code blocks and Verbatim Char for code spans. The box's padding is a border in the background's
    /// colour: Word measures a border's space in whole points, so the border's own width makes up the rest.
    private static IEnumerable<W.Style> CodeStyles(StyleSheet sheet)
    {
        var box = sheet.CodeBox;
        var fill = box.Background ?? new Rgb(0xff, 0xff, 0xff);
        yield return Paragraph(StyleIds.SourceCode, "Source Code", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                ParagraphBorders = new W.ParagraphBorders(
                    PaddingBorder<W.TopBorder>(fill, box.Top), PaddingBorder<W.LeftBorder>(fill, box.Left),
                    PaddingBorder<W.BottomBorder>(fill, box.Bottom), PaddingBorder<W.RightBorder>(fill, box.Right)),
                Shading = Paragraphs.Shading(fill),
                // Word draws a paragraph's borders outside its indents: the text sits the box's padding in from the column.
                Indentation = new W.Indentation { Left = Units.TwipsText(box.Left), Right = Units.TwipsText(box.Right) },
                SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                WordWrap = new W.WordWrap { Val = false },
                SpacingBetweenLines = Spacing(Gap.Of(0, 0), sheet.Code),
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(sheet.Code));

        // No language: code in a line is not hyphenated, as in the PDF (Inlines/Unhyphenated).
        var verbatim = Font(sheet.Code.Family, sheet.Code.Size, null, bold: false);
        verbatim.Languages = new W.Languages { Val = Inlines.Unhyphenated.NoLanguage };
        yield return Character(StyleIds.VerbatimChar, "Verbatim Char", verbatim);
    }

    /// A border in the fill's colour, one point wide, whose space and width together make <paramref name="padding"/>.
    private static T PaddingBorder<T>(Rgb fill, double padding) where T : W.BorderType, new() => new()
    {
        Val = W.BorderValues.Single,
        Size = Units.EighthPoints(1),
        Space = (uint)Math.Max(0, Math.Round(padding - 1)),
        Color = Units.Color(fill),
    };

    private static W.Style Hyperlink(Theme theme)
    {
        var link = Font(null, null, theme.Colors.Link, bold: false);
        link.Underline = new W.Underline { Val = W.UnderlineValues.Single };
        return Character(StyleIds.Hyperlink, "Hyperlink", link);
    }

    /// Table Text for cell paragraphs and the Report Table table style.
    private static IEnumerable<W.Style> TableStyles(Theme theme, StyleSheet sheet)
    {
        yield return Paragraph(StyleIds.TableText, "Table Text", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = Spacing(Gap.Of(0, 0), sheet.Cell),
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(sheet.Cell));

        yield return ReportTable(theme, sheet);
    }

    /// Footnote text and the superscript reference mark.
    private static IEnumerable<W.Style> FootnoteStyles(StyleSheet sheet)
    {
        yield return Paragraph(StyleIds.FootnoteText, "footnote text", StyleIds.Normal,
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = Spacing(Gap.Of(0, sheet.FootnoteGap), sheet.Footnote),
                Justification = new W.Justification { Val = W.JustificationValues.Left },
            },
            Font(sheet.Footnote));
        var footnoteReference = new W.StyleRunProperties { VerticalTextAlignment = new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript } };
        yield return Character(StyleIds.FootnoteReference, "footnote reference", footnoteReference);
    }

    /// TOC Heading (outline level 9, so it never lists itself) and toc 1-6: entry text in the body font,
    /// level 1 a little apart and bold like the PDF's, deeper levels indented by the list indent.
    private static IEnumerable<W.Style> TocStyles(StyleSheet sheet)
    {
        var heading = Paragraph(StyleIds.TocHeading, "TOC Heading", StyleIds.Heading(1),
            new W.StyleParagraphProperties
            {
                SpacingBetweenLines = Spacing(sheet.ContentsTitleGap, sheet.ContentsTitle),
                OutlineLevel = new W.OutlineLevel { Val = 9 },
            },
            Font(sheet.ContentsTitle), next: StyleIds.Normal);
        heading.UIPriority = new W.UIPriority { Val = 39 };
        heading.UnhideWhenUsed = new W.UnhideWhenUsed();
        yield return heading;

        for (var level = 1; level <= StyleIds.MaxHeadingLevel; level++)
        {
            var style = Paragraph(StyleIds.Toc(level), "toc " + level, StyleIds.Normal,
                new W.StyleParagraphProperties
                {
                    SuppressAutoHyphens = new W.SuppressAutoHyphens(),
                    SpacingBetweenLines = Spacing(sheet.ContentsEntryGap(level), sheet.ContentsEntry(level)),
                    Indentation = new W.Indentation { Left = Units.TwipsText(sheet.ContentsIndent(level)) },
                    Justification = new W.Justification { Val = W.JustificationValues.Left },
                },
                Font(sheet.ContentsEntry(level)),
                next: StyleIds.Normal);
            style.UIPriority = new W.UIPriority { Val = 39 };
            style.UnhideWhenUsed = new W.UnhideWhenUsed();
            yield return style;
        }
    }

    private static W.DocDefaults Defaults(StyleSheet sheet, string language)
    {
        var body = sheet.Body;
        return new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = body.Family, HighAnsi = body.Family, ComplexScript = body.Family, EastAsia = body.Family },
                new W.Color { Val = Units.Color(body.Color) },
                new W.FontSize { Val = Units.HalfPoints(body.Size) },
                new W.FontSizeComplexScript { Val = Units.HalfPoints(body.Size) },
                new W.Languages { Val = language })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle
            {
                WidowControl = new W.WidowControl(),
                SpacingBetweenLines = Spacing(sheet.Paragraph, body),
            }));
    }

    private static W.Style ReportTable(Theme theme, StyleSheet sheet)
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
            StyleRunProperties = Font(null, sheet.Cell.Size, null, bold: false),
            StyleTableProperties = new W.StyleTableProperties
            {
                TableStyleRowBandSize = new W.TableStyleRowBandSize { Val = 1 },
                TableBorders = TableBorders(theme.Colors.TableBorder, sheet.TableBorderWidth),
                TableCellMarginDefault = CellMargins(sheet.CellPadding),
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

    public static W.TableBorders TableBorders(Rgb color, double width) =>
        new(
            Border<W.TopBorder>(color, width), Border<W.LeftBorder>(color, width), Border<W.BottomBorder>(color, width),
            Border<W.RightBorder>(color, width), Border<W.InsideHorizontalBorder>(color, width), Border<W.InsideVerticalBorder>(color, width));

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

    private static W.StyleRunProperties Font(TextLook look)
    {
        var properties = Font(look.Family, look.Size, look.Color, look.Bold);
        return look.Italic ? Italic(properties) : properties;
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
