using System.Xml.Linq;
using ReportForge.Pdf.Canvas;
using ReportForge.Theming;
using static ReportForge.Pdf.Tests.SheetParity.Checks;
using static ReportForge.Pdf.Tests.SheetParity.Parity;

namespace ReportForge.Pdf.Tests.SheetParity;

/// <summary>
/// Issue 18, item 1: one document holding every block kind is written as PDF (drawn onto a recording canvas) and as
/// .docx, and for each kind the drawn geometry and the .docx XML both equal the style sheet's values. Every expected
/// number is read from <see cref="StyleSheet"/>, and each test runs with the default theme and a changed one, so a
/// changed sheet value changes what both writers must show. A failure lists every difference of the kind at once,
/// as "kind: property: sheet X, PDF/Word Y".
/// </summary>
public sealed class StyleSheetParityTests
{
    public static TheoryData<string> Themes => new() { "default", "changed" };

    [Theory, MemberData(nameof(Themes))]
    public void Paragraphs_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("paragraph", theme);
        var a = r.Pdf.Lines("bodya");
        var b = r.Pdf.Lines("bodyb");
        PdfText(check, "text", a[0].First, s.Body);
        PdfPitch(check, "lines", a, s.Body);
        check.Pdf("paragraph to paragraph", Math.Max(s.Paragraph.After, s.Paragraph.Before), PdfGap(check, a, s.Body, b, s.Body));

        var pa = r.Docx.Paragraph("bodya");
        WordText(check, "text", r.Docx, pa, "bodya", s.Body);
        WordSpacing(check, "paragraph", r.Docx, pa, s.Paragraph, s.Body);
        check.Word("w:jc", s.Justify ? "both" : "left", DocxXml.Find(r.Docx.ParagraphChain(pa), "jc") ?? "left");
        check.Word("paragraph to paragraph", Math.Max(s.Paragraph.After, s.Paragraph.Before), WordGap(check, r.Docx, pa, r.Docx.Paragraph("bodyb")));
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Headings_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("heading", theme);
        var left = Left(r);
        var cases = new[] { (1, "hone", "bodyb", "bodya"), (2, "htwo", "bodyb", "bodyc"), (3, "hthree", "bodyc", "bodyd") };
        foreach (var (level, tag, before, after) in cases)
        {
            var look = s.Heading(level);
            var gap = s.HeadingGap(level);
            var heading = r.Pdf.Lines(tag, StructureKind.Heading);
            PdfText(check, $"H{level} text", heading[0].First, look);
            check.Pdf($"H{level} x", left, heading[0].X);
            var next = r.Pdf.Lines(after);
            check.Pdf($"H{level} to paragraph", Math.Max(gap.After, s.Paragraph.Before), PdfGap(check, heading, look, next, s.Body));
            if (level > 1)
                check.Pdf($"paragraph to H{level}", Math.Max(s.Paragraph.After, gap.Before), PdfGap(check, r.Pdf.Lines(before), s.Body, heading, look));

            var p = r.Docx.Paragraph(tag, "Heading" + level);
            WordText(check, $"H{level} text", r.Docx, p, tag, look);
            WordSpacing(check, $"H{level}", r.Docx, p, gap, look);
            check.Word($"H{level} w:keepNext", true, DocxXml.On(r.Docx.ParagraphChain(p), "keepNext"));
            check.Word($"H{level} to paragraph", Math.Max(gap.After, s.Paragraph.Before), WordGap(check, r.Docx, p, r.Docx.Paragraph(after)));
            if (level > 1)
                check.Word($"paragraph to H{level}", Math.Max(s.Paragraph.After, gap.Before), WordGap(check, r.Docx, r.Docx.Paragraph(before), p));
        }
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void The_title_block_follows_the_sheet(string theme)
    {
        var (r, s, check) = Start("title block", theme);
        var title = r.Pdf.Lines("ttlx");
        var subtitle = r.Pdf.Lines("subtitlex");
        var byline = r.Pdf.Lines("datex");
        PdfText(check, "title", title[0].First, s.Title);
        PdfText(check, "subtitle", subtitle[0].First, s.Subtitle);
        PdfText(check, "byline", byline[0].First, s.Byline);
        check.Pdf("title to subtitle", Math.Max(s.TitleGap.After, s.SubtitleGap.Before), PdfGap(check, title, s.Title, subtitle, s.Subtitle));
        check.Pdf("subtitle to byline", s.SubtitleGap.After, PdfGap(check, subtitle, s.Subtitle, byline, s.Byline));
        var rule = s.TitleRule;
        var drawn = r.Pdf.Rect(byline[0].Page, rule.Color, x => x.Y > byline[0].Baseline);
        check.Pdf("rule thickness", rule.Thickness, drawn.Height);
        check.Pdf("byline to rule", rule.Above, drawn.Y - PdfDrawing.Bottom(byline[0], s.Byline));

        var pt = r.Docx.Paragraph("ttlx", "Title");
        WordText(check, "title", r.Docx, pt, "ttlx", s.Title);
        WordSpacing(check, "title", r.Docx, pt, s.TitleGap, s.Title);
        var ps = r.Docx.Paragraph("subtitlex", "Subtitle");
        WordText(check, "subtitle", r.Docx, ps, "subtitlex", s.Subtitle);
        WordSpacing(check, "subtitle", r.Docx, ps, s.SubtitleGap, s.Subtitle);
        var pb = r.Docx.Paragraph("datex");
        WordText(check, "byline", r.Docx, pb, "datex", s.Byline);
        WordPitch(check, "byline", r.Docx.ParagraphChain(pb).ToList(), s.Byline);
        var border = DocxXml.Child(pb, "pPr/pBdr/bottom");
        check.Word("rule w:sz", Eighths(rule.Thickness), DocxXml.Attr(border, "sz"));
        check.Word("rule w:color", rule.Color.Hex, DocxXml.Attr(border, "color"));
        var space = double.Parse(DocxXml.Attr(border, "space") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        check.Word("rule height (border space + thickness + space after)", rule.Height, space + rule.Thickness + After(r.Docx, pb));
        check.Word("byline to rule (border space, whole points in Word)", rule.Above, space);
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void The_contents_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("contents", theme);
        var left = Left(r);
        var title = r.Pdf.Lines("contentsx");
        PdfText(check, "title", title[0].First, s.ContentsTitle);
        var tags = new[] { "hone", "htwo", "hthree" };
        var entries = tags.Select(t => r.Pdf.Lines(t, StructureKind.TableOfContentsItem)).ToList();
        check.Pdf("title to level 1 entry", Math.Max(s.ContentsTitleGap.After, s.ContentsEntryGap(1).Before),
            PdfGap(check, title, s.ContentsTitle, entries[0], s.ContentsEntry(1)));
        for (var level = 1; level <= 3; level++)
        {
            var entry = entries[level - 1];
            PdfText(check, $"level {level} entry", entry[0].First, s.ContentsEntry(level));
            check.Pdf($"level {level} entry indent", s.ContentsIndent(level), entry[0].X - left);
            if (level > 1)
                check.Pdf($"level {level - 1} to level {level} entry", Math.Max(s.ContentsEntryGap(level - 1).After, s.ContentsEntryGap(level).Before),
                    PdfGap(check, entries[level - 2], s.ContentsEntry(level - 1), entry, s.ContentsEntry(level)));
        }
        check.Pdf("contents to the first heading", Math.Max(Math.Max(s.ContentsEntryGap(3).After, s.ContentsGap.After), s.HeadingGap(1).Before),
            PdfGap(check, entries[2], s.ContentsEntry(3), r.Pdf.Lines("hone", StructureKind.Heading), s.Heading(1)));

        var pt = r.Docx.Paragraph("contentsx", "TOCHeading");
        WordText(check, "title", r.Docx, pt, "contentsx", s.ContentsTitle);
        WordSpacing(check, "title", r.Docx, pt, s.ContentsTitleGap, s.ContentsTitle);
        for (var level = 1; level <= 3; level++)
        {
            var p = r.Docx.Paragraph(tags[level - 1], "TOC" + level);
            WordText(check, $"level {level} entry", r.Docx, p, tags[level - 1], s.ContentsEntry(level));
            var gap = level == 3 ? Gap.Of(s.ContentsEntryGap(3).Before, Math.Max(s.ContentsEntryGap(3).After, s.ContentsGap.After)) : s.ContentsEntryGap(level);
            WordSpacing(check, $"level {level} entry", r.Docx, p, gap, s.ContentsEntry(level));
            check.Word($"level {level} entry w:ind left", Tw(s.ContentsIndent(level)), DocxXml.Find(r.Docx.ParagraphChain(p), "ind", "left") ?? "0");
        }
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Lists_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("list", theme);
        var left = Left(r);
        // tag, depth, ordered, label, x of the label and of the text from the left edge
        var items = new[]
        {
            ("bula", 0, false, s.Bullets[0], 0.0, s.ListIndent),
            ("nesta", 1, false, s.Bullets[1], s.ListIndent, 2 * s.ListIndent),
            ("numa", 0, true, "1.", 0.0, s.OrderedListIndent),
            ("numc", 1, true, "a.", s.OrderedListIndent, 2 * s.OrderedListIndent),
        };
        foreach (var (tag, depth, ordered, label, edge, indent) in items)
        {
            var (labelX, textX) = (edge, indent);
            var lines = r.Pdf.Lines(tag);
            var drawn = r.Pdf.Label(lines[0]);
            var what = (ordered ? "numbered" : "bulleted") + $" item, depth {depth}";
            PdfText(check, what + " text", lines[0].First, s.Body);
            check.PdfEqual(what + " label", label, drawn.Value);
            check.PdfEqual(what + " label colour", (ordered ? s.Body.Color : s.BulletColor).Hex, drawn.Color.Hex);
            // A number is right-aligned where its list's column ends its labels (ListLabels); the first line starts there.
            var firstLine = labelX;
            if (ordered)
            {
                var face = Building.PdfStyles.Face(s.Body);
                var column = ListLabels.Column(s, Fonts.PdfSharpMeasurer.Shared.Width(label, face),
                    Fonts.PdfSharpMeasurer.Shared.Width(ListLabels.Reference, face));
                firstLine = labelX + column.LabelRight;
                labelX = firstLine - Fonts.PdfSharpMeasurer.Shared.Width(label, face);
                textX = textX - s.OrderedListIndent + column.Width;
            }
            check.Pdf(what + " label x", labelX, drawn.X - left);
            check.Pdf(what + " text x", textX, lines[0].X - left);

            var p = r.Docx.Paragraph(tag);
            var (indLeft, hanging) = WordIndent(r.Docx, p);
            check.Word(what + " w:ind left (text)", Tw(textX), indLeft);
            check.Word(what + " w:ind hanging (label to text)", Tw(textX - firstLine), hanging);
            var level = NumberingLevel(r.Docx, p);
            check.Word(what + " w:lvlText", ordered ? (depth == 0 ? "%1." : "%2.") : label, DocxXml.Attr(level?.Element(DocxXml.W + "lvlText"), "val"));
            check.Word(what + " label w:color", ordered ? null : s.BulletColor.Hex, DocxXml.Attr(DocxXml.Child(level, "rPr/color"), "val"));
            WordText(check, what + " text", r.Docx, p, tag, s.Body);
            WordPitch(check, what, r.Docx.ParagraphChain(p).ToList(), s.Body);
        }
        PdfPitch(check, "item lines", r.Pdf.Lines("bula"), s.Body);

        var pairs = new[]
        {
            ("bodye", "bula", Math.Max(s.Paragraph.After, s.ListGap.Before), "paragraph to list"),
            ("bula", "bulb", s.ListItemGap, "item to item"),
            ("bulb", "nesta", s.ListItemGap, "item to nested list"),
            ("nesta", "bulc", s.ListItemGap, "nested list to item"),
            ("bulc", "bodyf", Math.Max(s.ListGap.After, s.Paragraph.Before), "list to paragraph"),
            ("numb", "numc", s.ListItemGap, "numbered item to nested list"),
        };
        foreach (var (upper, lower, expected, what) in pairs)
        {
            check.Pdf(what, expected, PdfGap(check, r.Pdf.Lines(upper), s.Body, r.Pdf.Lines(lower), s.Body));
            check.Word(what, expected, WordGap(check, r.Docx, r.Docx.Paragraph(upper), r.Docx.Paragraph(lower)));
        }
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Quotes_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("quote", theme);
        var left = Left(r);
        var box = s.QuoteBox;
        var text = r.Pdf.Lines("quotea");
        var by = r.Pdf.Lines("quoteby");
        PdfText(check, "text", text[0].First, s.Quote);
        PdfText(check, "attribution", by[0].First, s.Quote);
        PdfPitch(check, "lines", text, s.Quote);
        var bar = r.Pdf.Rect(text[0].Page, box.Bar!.Value);
        check.Pdf("bar width", box.BarWidth, bar.Width);
        check.Pdf("bar x (quote indent)", s.QuoteIndent, bar.X - left);
        check.Pdf("text x from the bar's outer edge", box.Left, text[0].X - bar.X);
        check.Pdf("padding top", box.Top, PdfDrawing.Top(text[0], s.Quote) - bar.Y);
        check.Pdf("padding bottom", box.Bottom, bar.Bottom - PdfDrawing.Bottom(by[^1], s.Quote));
        check.Pdf("paragraph to attribution", s.QuoteParagraphGap, PdfGap(check, text, s.Quote, by, s.Quote));
        var above = r.Pdf.Lines("bodyg");
        var second = r.Pdf.Lines("qsecond");
        var below = r.Pdf.Lines("bodyh");
        var secondBar = r.Pdf.Rect(second[0].Page, box.Bar!.Value, x => x.Y > bar.Bottom);
        check.Pdf("paragraph to box", s.Paragraph.After + s.QuoteGap.Before, bar.Y - PdfDrawing.Bottom(above[^1], s.Body));
        check.Pdf("box to box (each quote its own card)", s.QuoteGap.After + s.QuoteGap.Before, secondBar.Y - bar.Bottom);
        check.Pdf("box to paragraph", s.QuoteGap.After + s.Paragraph.Before, PdfDrawing.Top(below[0], s.Body) - secondBar.Bottom);

        var p = r.Docx.Paragraph("quotea");
        var pBy = r.Docx.Paragraph("quoteby");
        var chain = r.Docx.ParagraphChain(p).ToList();
        WordText(check, "text", r.Docx, p, "quotea", s.Quote);
        WordText(check, "attribution", r.Docx, pBy, "quoteby", s.Quote);
        WordPitch(check, "text", chain, s.Quote);
        WordCard(check, p, box, s.QuoteIndent);
        check.Word("attribution w:jc", "left", DocxXml.Find(r.Docx.ParagraphChain(pBy), "jc") ?? "left");
        check.Word("paragraph to attribution", s.QuoteParagraphGap, WordTextGap(check, r.Docx, p, pBy));
        check.Word("paragraph to first quote line (gap + padding top)", s.Paragraph.After + s.QuoteGap.Before + box.Top,
            WordTextGap(check, r.Docx, r.Docx.Paragraph("bodyg"), p));
        var pSecond = r.Docx.Paragraph("qsecond");
        check.Word("one quote to the next (padding bottom + gaps + padding top; their borders must not merge)",
            box.Bottom + s.QuoteGap.After + s.QuoteGap.Before + box.Top, WordTextGap(check, r.Docx, pBy, pSecond));
        check.Word("last quote line to paragraph (padding bottom + gap)", box.Bottom + s.QuoteGap.After + s.Paragraph.Before,
            WordTextGap(check, r.Docx, pSecond, r.Docx.Paragraph("bodyh")));
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Callouts_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("callout", theme);
        var look = s.CalloutBox;
        var title = r.Pdf.Lines("calltitle");
        var body = r.Pdf.Lines("callbody");
        PdfText(check, "title", title[0].First, s.CalloutTitle);
        PdfText(check, "text", body[0].First, s.Body);
        PdfPitch(check, "lines", body, s.Body);
        var box = r.Pdf.Rect(title[0].Page, look.Background!.Value);
        var bar = r.Pdf.Rect(title[0].Page, look.Bar!.Value);
        check.Pdf("bar width", look.BarWidth, bar.Width);
        check.Pdf("bar at the box's left", box.X, bar.X);
        check.Pdf("padding left", look.Left, title[0].X - box.X);
        check.Pdf("padding top", look.Top, PdfDrawing.Top(title[0], s.CalloutTitle) - box.Y);
        check.Pdf("padding bottom", look.Bottom, box.Bottom - PdfDrawing.Bottom(body[^1], s.Body));
        check.Pdf("title to text", s.CalloutTitleGap, PdfGap(check, title, s.CalloutTitle, body, s.Body));
        check.Pdf("paragraph to box", s.Paragraph.After + s.CalloutGap.Before, box.Y - PdfDrawing.Bottom(r.Pdf.Lines("bodyo")[^1], s.Body));
        check.Pdf("box to paragraph", s.CalloutGap.After + s.Paragraph.Before, PdfDrawing.Top(r.Pdf.Lines("bodyi")[0], s.Body) - box.Bottom);

        var pt = r.Docx.Paragraph("calltitle");
        var pb = r.Docx.Paragraph("callbody");
        var table = pt.Ancestors(DocxXml.W + "tbl").First();
        WordText(check, "title", r.Docx, pt, "calltitle", s.CalloutTitle);
        WordSpacing(check, "title", r.Docx, pt, Gap.Of(0, s.CalloutTitleGap), s.CalloutTitle);
        WordText(check, "text", r.Docx, pb, "callbody", s.Body);
        WordSpacing(check, "last paragraph", r.Docx, pb, Gap.Of(0, 0), s.Body);
        WordCard(check, pt, look, 0);
        check.Word("paragraph to box", s.Paragraph.After + s.CalloutGap.Before, WordGap(check, r.Docx, r.Docx.Paragraph("bodyo"), table));
        check.Word("paragraph to title line (gap + padding top)", s.Paragraph.After + s.CalloutGap.Before + look.Top,
            WordTextGap(check, r.Docx, r.Docx.Paragraph("bodyo"), pt));
        check.Word("last line to paragraph (padding bottom + gap)", look.Bottom + s.CalloutGap.After + s.Paragraph.Before,
            WordTextGap(check, r.Docx, pb, r.Docx.Paragraph("bodyi")));
        check.Word("title to text", s.CalloutTitleGap, WordTextGap(check, r.Docx, pt, pb));
        check.Word("box to paragraph", s.CalloutGap.After + s.Paragraph.Before, WordGap(check, r.Docx, table, r.Docx.Paragraph("bodyi")));
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Code_blocks_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("code block", theme);
        var look = s.CodeBox;
        var lines = r.Pdf.Lines("codea");
        PdfText(check, "text", lines[0].First, s.Code);
        PdfPitch(check, "lines", lines, s.Code);
        var box = r.Pdf.Rect(lines[0].Page, look.Background!.Value);
        check.Pdf("padding left", look.Left, lines[0].X - box.X);
        check.Pdf("padding top", look.Top, PdfDrawing.Top(lines[0], s.Code) - box.Y);
        check.Pdf("padding bottom", look.Bottom, box.Bottom - PdfDrawing.Bottom(lines[^1], s.Code));
        check.Pdf("paragraph to box", s.Paragraph.After + s.CodeGap.Before, box.Y - PdfDrawing.Bottom(r.Pdf.Lines("bodyi")[^1], s.Body));
        check.Pdf("box to paragraph", s.CodeGap.After + s.Paragraph.Before, PdfDrawing.Top(r.Pdf.Lines("bodyj")[0], s.Body) - box.Bottom);

        var first = r.Docx.Paragraph("codea1");
        var last = r.Docx.Paragraph("codea3");
        var chain = r.Docx.ParagraphChain(first).ToList();
        WordText(check, "text", r.Docx, first, "codea1", s.Code);
        WordSpacing(check, "line", r.Docx, first, Gap.Of(0, 0), s.Code);
        check.Word("w:shd fill", look.Background!.Value.Hex, DocxXml.Find(chain, "shd", "fill"));
        // A paragraph's border and its space stand outside its indent: for the text to sit the padding in from the
        // box's edge, as in the PDF, the indent must hold the padding (LibreOffice 7.4 sets this text at the margin).
        check.Word("text from the text column's left edge (w:ind left)", Tw(look.Left), DocxXml.Find(chain, "ind", "left") ?? "0");
        check.Word("text from the text column's right edge (w:ind right)", Tw(look.Right), DocxXml.Find(chain, "ind", "right") ?? "0");
        foreach (var (side, padding) in new[] { ("top", look.Top), ("left", look.Left), ("bottom", look.Bottom), ("right", look.Right) })
        {
            var inset = Border(r.Docx, first, side);
            check.Word($"padding {side} (border w:space + w:sz)", padding, inset);
        }
        check.Word("paragraph to first line (gap + padding top)", s.Paragraph.After + s.CodeGap.Before + look.Top,
            WordTextGap(check, r.Docx, r.Docx.Paragraph("bodyi"), first));
        check.Word("last line to paragraph (padding bottom + gap)", look.Bottom + s.CodeGap.After + s.Paragraph.Before,
            WordTextGap(check, r.Docx, last, r.Docx.Paragraph("bodyj")));
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Tables_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("table", theme);
        var colors = r.Theme.Colors;
        var caption = r.Pdf.Lines("tabcap");
        var header = r.Pdf.Lines("hdra");
        var cell = r.Pdf.Lines("cellb");
        PdfText(check, "caption", caption[0].First, s.Caption);
        PdfText(check, "header cell", header[0].First, s.HeaderCell);
        PdfText(check, "body cell", r.Pdf.Lines("cella")[0].First, s.Cell);
        PdfPitch(check, "cell lines", cell, s.Cell);
        var head = r.Pdf.Rect(header[0].Page, colors.TableHeader);
        check.Pdf("caption x (the table's left)", head.X, caption[0].X);
        check.Pdf("caption to header row", s.TableCaptionGap, head.Y - PdfDrawing.Bottom(caption[0], s.Caption));
        check.Pdf("cell padding left", s.CellPadding, header[0].X - head.X);
        check.Pdf("cell padding top (from the rule's middle)", s.CellPadding + s.TableBorderWidth / 2, PdfDrawing.Top(header[0], s.HeaderCell) - head.Y);
        var rules = r.Pdf.Canvas.Rects.Where(x => x.Page == header[0].Page && x.Color == colors.TableBorder).ToList();
        check.PdfEqual("rules drawn", true, rules.Count > 0);
        foreach (var rule in rules)
            check.Pdf("rule width", s.TableBorderWidth, Math.Min(rule.Width, rule.Height));
        check.Pdf("paragraph to caption", s.Paragraph.After + s.TableGap.Before,
            PdfDrawing.Top(caption[0], s.Caption) - PdfDrawing.Bottom(r.Pdf.Lines("bodyk")[^1], s.Body));
        if (rules.Count > 0)
            check.Pdf("table to paragraph", s.TableGap.After + s.Paragraph.Before, PdfDrawing.Top(r.Pdf.Lines("bodyl")[0], s.Body) - rules.Max(x => x.Bottom));

        var pc = r.Docx.Paragraph("tabcap");
        var table = pc.Ancestors(DocxXml.W + "tbl").First();
        WordText(check, "caption", r.Docx, pc, "tabcap", s.Caption);
        WordPitch(check, "caption", r.Docx.ParagraphChain(pc).ToList(), s.Caption);
        check.Word("caption to header row (caption cell's w:tcMar bottom)", Tw(s.TableCaptionGap),
            DocxXml.Attr(DocxXml.Child(pc.Ancestors(DocxXml.W + "tc").First(), "tcPr/tcMar/bottom"), "w"));
        var ph = r.Docx.Paragraph("hdra");
        var pb = r.Docx.Paragraph("cellb");
        WordText(check, "header cell", r.Docx, ph, "hdra", s.HeaderCell);
        WordText(check, "body cell", r.Docx, pb, "cellb", s.Cell);
        WordSpacing(check, "body cell", r.Docx, pb, Gap.Of(0, 0), s.Cell);
        check.Word("caption w:jc", "left", DocxXml.Find(r.Docx.ParagraphChain(pc), "jc") ?? "left");
        check.Word("header row fill (w:shd)", colors.TableHeader.Hex, DocxXml.Attr(DocxXml.Child(ph.Ancestors(DocxXml.W + "tc").First(), "tcPr/shd"), "fill"));
        var margins = DocxXml.Child(table, "tblPr/tblCellMar");
        foreach (var side in new[] { "top", "left", "bottom", "right" })
            check.Word($"cell padding {side} (w:tblCellMar)", Tw(s.CellPadding), DocxXml.Attr(DocxXml.Child(margins, side), "w"));
        foreach (var side in new[] { "top", "left", "bottom", "right", "insideH", "insideV" })
        {
            var border = DocxXml.Child(table, "tblPr/tblBorders/" + side);
            check.Word($"rule {side} w:sz", Eighths(s.TableBorderWidth), DocxXml.Attr(border, "sz"));
            check.Word($"rule {side} w:color", colors.TableBorder.Hex, DocxXml.Attr(border, "color"));
        }
        check.Word("paragraph to caption", s.Paragraph.After + s.TableGap.Before, WordGap(check, r.Docx, r.Docx.Paragraph("bodyk"), table));
        check.Word("paragraph to caption line", s.Paragraph.After + s.TableGap.Before, WordTextGap(check, r.Docx, r.Docx.Paragraph("bodyk"), pc));
        check.Word("caption line to header line (gap + cell padding)", s.TableCaptionGap + s.CellPadding, WordTextGap(check, r.Docx, pc, ph));
        // The spacer gives back the bottom rule, which LibreOffice draws below the last row and the PDF on its edge (TableWriter).
        check.Word("table to paragraph", s.TableGap.After - s.TableBorderWidth + s.Paragraph.Before, WordGap(check, r.Docx, table, r.Docx.Paragraph("bodyl")));
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Images_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("image", theme);
        var left = Left(r);
        var caption = r.Pdf.Lines("figcap");
        var picture = r.Pdf.Canvas.Pictures.Single();
        var width = TextWidth(caption[0]);
        PdfText(check, "caption", caption[0].First, s.Caption);
        check.Pdf("picture centred", (Width(r) - picture.Width) / 2, picture.X - left);
        check.Pdf("caption centred", (Width(r) - width) / 2, caption[0].X - left, 0.05);
        var above = r.Pdf.Lines("bodyl");
        check.Pdf("paragraph to picture", Math.Max(s.Paragraph.After, s.CaptionedImageGap.Before), picture.Y - PdfDrawing.Bottom(above[^1], s.Body));
        check.Pdf("picture to caption", s.ImageCaptionGap, PdfDrawing.Top(caption[0], s.Caption) - picture.Bottom);
        check.Pdf("caption to paragraph", Math.Max(s.CaptionedImageGap.After, s.Paragraph.Before),
            PdfGap(check, caption, s.Caption, r.Pdf.Lines("bodym"), s.Body));

        var pp = r.Docx.Body.Descendants(DocxXml.W + "p").First(p => p.Descendants(DocxXml.W + "drawing").Any());
        var pc = r.Docx.Paragraph("figcap");
        check.Word("picture w:jc", "center", DocxXml.Find(r.Docx.ParagraphChain(pp), "jc") ?? "left");
        check.Word("caption w:jc", "center", DocxXml.Find(r.Docx.ParagraphChain(pc), "jc") ?? "left");
        WordText(check, "caption", r.Docx, pc, "figcap", s.Caption);
        WordSpacing(check, "caption", r.Docx, pc, Gap.Of(s.ImageCaptionGap, s.CaptionedImageGap.After), s.Caption);
        check.Word("paragraph to picture", Math.Max(s.Paragraph.After, s.CaptionedImageGap.Before), WordGap(check, r.Docx, r.Docx.Paragraph("bodyl"), pp));
        check.Word("caption to paragraph", Math.Max(s.CaptionedImageGap.After, s.Paragraph.Before), WordGap(check, r.Docx, pc, r.Docx.Paragraph("bodym")));
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Thematic_breaks_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("thematic break", theme);
        var rule = s.ThematicBreak;
        var above = r.Pdf.Lines("bodym");
        var below = r.Pdf.Lines("bodyn");
        var drawn = r.Pdf.Rect(above[0].Page, rule.Color, x => x.Y > above[^1].Baseline && x.Y < below[0].Baseline);
        check.Pdf("thickness", rule.Thickness, drawn.Height);
        check.Pdf("width (the text width)", Width(r), drawn.Width);
        check.Pdf("paragraph to line", s.Paragraph.After + rule.Above, drawn.Y - PdfDrawing.Bottom(above[^1], s.Body));
        check.Pdf("line to paragraph", rule.Height - rule.Above - rule.Thickness + s.Paragraph.Before, PdfDrawing.Top(below[0], s.Body) - drawn.Bottom);

        var pa = r.Docx.Paragraph("bodym");
        var p = TopLevel(r.Docx, pa).ElementsAfterSelf(DocxXml.W + "p").First();
        var border = DocxXml.Child(p, "pPr/pBdr/bottom");
        var spacing = DocxXml.Child(p, "pPr/spacing");
        check.Word("w:sz", Eighths(rule.Thickness), DocxXml.Attr(border, "sz"));
        check.Word("w:color", rule.Color.Hex, DocxXml.Attr(border, "color"));
        var line = Points(DocxXml.Attr(spacing, "line"));
        // Word keeps twips: half the space may be a twip off the PDF's.
        check.Word("paragraph to line", s.Paragraph.After + rule.Above, Math.Max(After(r.Docx, pa), Before(r.Docx, p)) + line, 0.05);
        check.Word("line to paragraph", rule.Height - rule.Above - rule.Thickness + s.Paragraph.Before,
            Math.Max(After(r.Docx, p), Before(r.Docx, r.Docx.Paragraph("bodyn"))), 0.05);
        check.Word("height (line + rule + space after)", rule.Height, line + rule.Thickness + After(r.Docx, p));
        check.Done();
    }

    [Theory, MemberData(nameof(Themes))]
    public void Footnotes_follow_the_sheet(string theme)
    {
        var (r, s, check) = Start("footnote", theme);
        var lines = r.Pdf.Lines("footna");
        PdfText(check, "text", lines[0].First, s.Footnote);
        PdfPitch(check, "lines", lines, s.Footnote);

        var p = r.Docx.Paragraph("footna", within: r.Docx.Footnotes);
        WordText(check, "text", r.Docx, p, "footna", s.Footnote);
        WordSpacing(check, "paragraph", r.Docx, p, Gap.Of(0, s.FootnoteGap), s.Footnote);
        check.Done();
    }

    /// <summary>
    /// A box in Word is a one-cell table: its indent, the bar as its left border, the fill, and the cell margins as the
    /// padding. LibreOffice 7.4 sets a cell's text half the left border's width further in than the left margin
    /// (measured on this document: the quote's text lands where the PDF's does, at margin + bar / 2 from the bar's
    /// outer edge), so that is the text's distance from the bar's outer edge.
    /// </summary>
    private static void WordCard(Parity check, XElement paragraph, BoxLook box, double indent)
    {
        if (paragraph.Ancestors(DocxXml.W + "tbl").FirstOrDefault() is not { } table)
        {
            check.Fail("is not a card (a one-cell table) in Word");
            return;
        }
        check.Word("box indent (w:tblInd)", Tw(indent), DocxXml.Attr(DocxXml.Child(table, "tblPr/tblInd"), "w") ?? "0");
        var bar = DocxXml.Child(table, "tblPr/tblBorders/left");
        check.Word("bar w:sz", box.Bar is null ? null : Eighths(box.BarWidth), box.Bar is null ? null : DocxXml.Attr(bar, "sz"));
        check.Word("bar w:color", box.Bar?.Hex, box.Bar is null ? null : DocxXml.Attr(bar, "color"));
        check.Word("fill (w:shd)", box.Background?.Hex, DocxXml.Attr(DocxXml.Child(table.Descendants(DocxXml.W + "tc").First(), "tcPr/shd"), "fill"));
        check.Word("text from the bar's outer edge (w:tblCellMar left + bar / 2)", box.Left, CellMargin(paragraph, "left") + box.BarWidth / 2);
        check.Word("padding right (w:tblCellMar right)", box.Right, CellMargin(paragraph, "right"));
        check.Word("padding top (w:tblCellMar top)", box.Top, CellMargin(paragraph, "top"));
        check.Word("padding bottom (w:tblCellMar bottom)", box.Bottom, CellMargin(paragraph, "bottom"));
    }

    private static (Rendered, StyleSheet, Parity) Start(string kind, string theme)
    {
        var rendered = Rendered.For(theme);
        return (rendered, rendered.Sheet, new Parity($"{kind} ({theme} theme)"));
    }

    /// <summary>The text's left edge: where the first heading starts.</summary>
    private static double Left(Rendered r) => r.Pdf.Lines("hone", StructureKind.Heading)[0].X;

    /// <summary>The text width: the page less its margins.</summary>
    private static double Width(Rendered r) => r.Theme.Page.Dimensions.Width - r.Theme.Page.MarginLeft - r.Theme.Page.MarginRight;

    private static double TextWidth(PdfDrawing.Line line) =>
        line.Runs[^1].X + ReportForge.Pdf.Fonts.PdfSharpMeasurer.Shared.Width(line.Runs[^1].Value, line.Runs[^1].Face) - line.X;

    /// <summary>A list paragraph's indent: its own, else its numbering level's, as Word takes it.</summary>
    private static (string? Left, string? Hanging) WordIndent(DocxXml docx, XElement paragraph)
    {
        var chain = docx.ParagraphChain(paragraph).ToList();
        var level = NumberingLevel(docx, paragraph);
        if (level?.Element(DocxXml.W + "pPr") is { } numbered) chain.Insert(Math.Min(1, chain.Count), numbered);
        return (DocxXml.Find(chain, "ind", "left"), DocxXml.Find(chain, "ind", "hanging"));
    }

    private static XElement? NumberingLevel(DocxXml docx, XElement paragraph)
    {
        var numPr = DocxXml.Child(paragraph, "pPr/numPr");
        var numId = DocxXml.Attr(numPr?.Element(DocxXml.W + "numId"), "val");
        var ilvl = DocxXml.Attr(numPr?.Element(DocxXml.W + "ilvl"), "val") ?? "0";
        var num = docx.Numbering.Elements(DocxXml.W + "num").FirstOrDefault(n => DocxXml.Attr(n, "numId") == numId);
        var abstractId = DocxXml.Attr(num?.Element(DocxXml.W + "abstractNumId"), "val");
        var abstractNum = docx.Numbering.Elements(DocxXml.W + "abstractNum").FirstOrDefault(a => DocxXml.Attr(a, "abstractNumId") == abstractId);
        return abstractNum?.Elements(DocxXml.W + "lvl").FirstOrDefault(l => DocxXml.Attr(l, "ilvl") == ilvl);
    }
}
