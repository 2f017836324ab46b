using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

public sealed class MarkupConverterTests
{
    private static IReadOnlyList<Block> Blocks(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata { Title = "M" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("M", result.Value.Metadata.Title);
        return result.Value.Blocks;
    }

    private static Diagnostic Error(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata());
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Headings_take_requested_ids_or_deduplicated_slugs()
    {
        var headings = Blocks("# Intro {#start}\n\n## Talks\n\n## Talks\n\n### US–Russia talks\n\n## Talks\n").Cast<Heading>().ToList();
        Assert.Equal([(1, "Intro", "start"), (2, "Talks", "talks"), (2, "Talks", "talks-2"), (3, "US–Russia talks", "us-russia-talks"), (2, "Talks", "talks-3")],
            headings.Select(h => (h.Level, InlineText.Plain(h.Content), h.Anchor)));
    }

    [Fact]
    public void Auto_slug_avoids_an_id_requested_earlier()
    {
        var headings = Blocks("# First {#talks}\n\n# Talks\n").Cast<Heading>().ToList();
        Assert.Equal(["talks", "talks-2"], headings.Select(h => h.Anchor));
    }

    [Fact]
    public void Inline_styles_links_and_code()
    {
        var p = Assert.IsType<Paragraph>(Assert.Single(Blocks("a **b** *i* ***bi*** ~~s~~ `c` [l](https://x.org) [in](#talks)  \nnext")));
        Assert.Equal<Inline>([
            new TextRun("a "), new TextRun("b", TextStyle.Bold), new TextRun(" "), new TextRun("i", TextStyle.Italic), new TextRun(" "),
            new TextRun("bi", TextStyle.Bold | TextStyle.Italic), new TextRun(" "), new TextRun("s", TextStyle.Strikethrough), new TextRun(" "),
            new CodeSpan("c"), new TextRun(" "),
        ], p.Content.Take(11));
        var links = p.Content.OfType<Link>().ToList();
        Assert.Equal(["https://x.org", "#talks"], links.Select(l => l.Target));
        Assert.Equal([false, true], links.Select(l => l.IsInternal));
        Assert.IsType<LineBreak>(p.Content[^2]);
        Assert.Equal(new TextRun("next"), p.Content[^1]);
    }

    [Fact]
    public void Nested_lists_keep_order_and_start()
    {
        var list = Assert.IsType<ListBlock>(Assert.Single(Blocks("3. three\n4. four\n   - x\n   - y\n5. five\n")));
        Assert.True(list.Ordered);
        Assert.Equal(3, list.Start);
        Assert.Equal(3, list.Items.Count);
        var second = list.Items[1].Blocks;
        Assert.Equal("four", ModelText.Of(second[0]));
        var nested = Assert.IsType<ListBlock>(second[1]);
        Assert.False(nested.Ordered);
        Assert.Equal(1, nested.Start);
        Assert.Equal(["x", "y"], nested.Items.Select(i => ModelText.Of(i.Blocks.Single())));
    }

    [Fact]
    public void Block_quote_holds_its_paragraphs()
    {
        var quote = Assert.IsType<Quote>(Assert.Single(Blocks("> “a moment of truth”\n>\n> — **Grushko**\n")));
        Assert.Equal(2, quote.Blocks.Count);
        Assert.Equal("“a moment of truth”", ModelText.Of(quote.Blocks[0]));
        Assert.Equal([new TextRun("— "), new TextRun("Grushko", TextStyle.Bold)], ((Paragraph)quote.Blocks[1]).Content);
    }

    [Fact]
    public void Table_with_widths_and_caption_on_the_line_before()
    {
        var table = Assert.IsType<Table>(Assert.Single(Blocks(
            "{widths=\"20%,30%,auto\" caption=\"C\"}\n| A | B | C |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n| 4 | | 6 |\n")));
        Assert.Equal("C", table.Caption);
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal([new ColumnWidth(ColumnWidthKind.Percent, 20), new ColumnWidth(ColumnWidthKind.Percent, 30), ColumnWidth.Auto],
            table.Columns.Select(c => c.Width));
        Assert.Equal([CellAlignment.Left, CellAlignment.Center, CellAlignment.Right], table.Columns.Select(c => c.Alignment));
        Assert.Equal(["A", "B", "C"], table.HeaderRows.Single().Cells.Select(c => InlineText.Plain(c.Content)));
        Assert.Equal(["4", "", "6"], table.BodyRows.Last().Cells.Select(c => InlineText.Plain(c.Content)));
    }

    [Fact]
    public void Fixed_and_bare_widths()
    {
        var table = Assert.IsType<Table>(Assert.Single(Blocks("{widths=\"90pt,25,*\"}\n| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n")));
        Assert.Equal([new ColumnWidth(ColumnWidthKind.Fixed, 90), new ColumnWidth(ColumnWidthKind.Percent, 25), ColumnWidth.Auto], table.Columns.Select(c => c.Width));
        Assert.Null(table.Caption);
    }

    [Theory]
    [InlineData("20%,x,auto", "'x' in widths=\"20%,x,auto\" is not a width (use 25%, 90pt or auto)")]
    [InlineData("50%,50%", "widths=\"50%,50%\" names 2 columns but the table has 3")]
    [InlineData("60%,50%,auto", "widths=\"60%,50%,auto\" adds up to 110%, more than 100%")]
    [InlineData("-5%,auto,auto", "'-5%' in widths=\"-5%,auto,auto\" is not a width (use 25%, 90pt or auto)")]
    [InlineData("NaN%,auto,auto", "'NaN%' in widths=\"NaN%,auto,auto\" is not a width (use 25%, 90pt or auto)")]
    [InlineData("auto,Infinitypt,auto", "'Infinitypt' in widths=\"auto,Infinitypt,auto\" is not a width (use 25%, 90pt or auto)")]
    [InlineData("auto,auto,-Infinity", "'-Infinity' in widths=\"auto,auto,-Infinity\" is not a width (use 25%, 90pt or auto)")]
    [InlineData("1e300pt,auto,auto", "'1e300pt' in widths=\"1e300pt,auto,auto\" is not a width (use 25%, 90pt or auto)")]
    public void Bad_widths_is_RF1204_on_the_table(string widths, string message)
    {
        var d = Error($"para\n\n{{widths=\"{widths}\"}}\n| A | B | C |\n|---|---|---|\n| 1 | 2 | 3 |\n");
        Assert.Equal(ErrorCodes.MarkupBadAttribute, d.Code);
        // Cited at the table's first row; the attribute line sits just above it.
        Assert.Equal(new SourceLocation("markup", 4, 1), d.Location);
        Assert.Equal($"{message} (markup line 4)", d.Message);
    }

    [Fact]
    public void Callout_with_title_keep_and_pagebreak_containers()
    {
        var blocks = Blocks("::: callout {title=\"Watch\"}\nInside *text*\n\n- item\n:::\n\n::: keep\n## Kept\n\nTogether\n:::\n\n::: pagebreak\n:::\n\nAfter\n");
        Assert.Equal(4, blocks.Count);
        var callout = Assert.IsType<Callout>(blocks[0]);
        Assert.Equal("Watch", callout.Title);
        Assert.Equal(["Paragraph", "ListBlock"], callout.Blocks.Select(b => b.GetType().Name));
        var keep = Assert.IsType<KeepTogether>(blocks[1]);
        Assert.Equal(["Kept", "Together"], keep.Blocks.Select(ModelText.Of));
        Assert.IsType<PageBreak>(blocks[2]);
        Assert.Equal("After", ModelText.Of(blocks[3]));
    }

    [Fact]
    public void Callout_without_title_has_null_title()
    {
        Assert.Null(Assert.IsType<Callout>(Assert.Single(Blocks("::: callout\nx\n:::\n"))).Title);
    }

    [Fact]
    public void Code_blocks_and_thematic_break()
    {
        var blocks = Blocks("```cs\nvar x = 1;\n```\n\n---\n\n    indented\n");
        Assert.Equal(new CodeBlock("var x = 1;", "cs"), blocks[0]);
        Assert.IsType<ThematicBreak>(blocks[1]);
        Assert.Equal(new CodeBlock("indented", null), blocks[2]);
    }

    // A 2×1 PNG with a pHYs chunk of 144 dpi, built byte by byte so the test needs no file.
    internal static byte[] TinyPng()
    {
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        void Chunk(string type, byte[] data)
        {
            bytes.AddRange(BitConverter.GetBytes(data.Length).Reverse());
            bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(type));
            bytes.AddRange(data);
            bytes.AddRange([0, 0, 0, 0]); // CRC: not checked by the header reader
        }
        Chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
        Chunk("pHYs", [0, 0, 0x16, 0x7F, 0, 0, 0x16, 0x7F, 1]); // 5759 px/m ≈ 146 dpi
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new System.IO.Compression.ZLibStream(pixels, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                zlib.Write([0, 0, 0, 0, 255, 255, 255, 255, 255]); // one row: filter 0, a black and a white pixel
            Chunk("IDAT", pixels.ToArray());
        }
        Chunk("IEND", []);
        return [.. bytes];
    }

    private static Result<Document> WithAssets(string markup, Dictionary<string, byte[]> assets) =>
        MarkupConverter.Convert(markup, new DocumentMetadata { Title = "M" }, readAsset: path => assets.GetValueOrDefault(path));

    [Fact]
    public void A_standalone_image_becomes_an_image_block_with_alt_caption_and_width()
    {
        var result = WithAssets("![Map of Geneva](assets/map.png \"The venue\"){width=60%}\n", new() { ["assets/map.png"] = TinyPng() });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var image = Assert.IsType<Image>(Assert.Single(result.Value.Blocks));
        Assert.Equal("Map of Geneva", image.AltText);
        Assert.Equal("The venue", image.Caption);
        Assert.Equal(new ColumnWidth(ColumnWidthKind.Percent, 60), image.Width);
        Assert.Equal((ImageFormat.Png, 2, 1), (image.Data.Format, image.Data.PixelWidth, image.Data.PixelHeight));
        Assert.Equal(146.3, image.Data.DpiX, 1);
    }

    [Fact]
    public void A_missing_image_is_RF1205_and_a_damaged_one_RF1206()
    {
        var missing = Assert.Single(WithAssets("Intro\n\n![map](geneva.png)\n", []).Diagnostics);
        Assert.Equal(ErrorCodes.ImageMissing, missing.Code);
        Assert.Equal("image 'geneva.png' not found (images are read from the template's folder) (markup line 3)", missing.Message);
        Assert.Equal(new SourceLocation("markup", 3, 1), missing.Location);

        var damaged = Assert.Single(WithAssets("![map](bad.png)\n", new() { ["bad.png"] = [1, 2, 3, 4] }).Diagnostics);
        Assert.Equal(ErrorCodes.ImageUnreadable, damaged.Code);
        Assert.StartsWith("image 'bad.png' is not a readable PNG or JPEG", damaged.Message);
    }

    [Fact]
    public void An_image_inside_text_is_RF1203()
    {
        var d = Error("See ![map](geneva.png) here\n");
        Assert.Equal(ErrorCodes.MarkupUnsupported, d.Code);
        Assert.StartsWith("an image must stand on a line of its own ('geneva.png')", d.Message);
    }

    [Fact]
    public void Footnotes_are_numbered_in_order_of_first_citation()
    {
        var result = MarkupConverter.Convert("B[^b] then A[^a] and B again[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n[^unused]: Never cited.\n", new DocumentMetadata());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Value.Blocks));
        Assert.Equal([("b", 1), ("a", 2), ("b", 1)], paragraph.Content.OfType<FootnoteReference>().Select(f => (f.Label, f.Number)));
        Assert.Equal([("b", 1, "Note B."), ("a", 2, "Note A.")],
            result.Value.Footnotes.Select(f => (f.Label, f.Number, InlineText.Plain(((Paragraph)f.Blocks.Single()).Content))));
    }

    [Fact]
    public void A_table_of_contents_takes_title_and_depth()
    {
        var toc = Assert.IsType<TableOfContents>(Assert.Single(Blocks("::: toc {title=\"In this briefing\" depth=2}\n:::\n")));
        Assert.Equal(("In this briefing", 2), (toc.Title, toc.MaxLevel));
        var plain = Assert.IsType<TableOfContents>(Assert.Single(Blocks("::: toc\n:::\n")));
        Assert.Equal((null, 3), (plain.Title, plain.MaxLevel));
        Assert.Equal(ErrorCodes.MarkupBadAttribute, Error("::: toc {depth=9}\n:::\n").Code);
    }

    [Fact]
    public void Raw_inline_html_is_RF1201()
    {
        var d = Error("a <b>bold</b>\n");
        Assert.Equal(ErrorCodes.MarkupRawHtml, d.Code);
        Assert.Equal("raw HTML is not allowed in the markup: '<b>'; escape the value or drop the tag (markup line 1)", d.Message);
    }

    [Fact]
    public void Unknown_container_is_RF1202()
    {
        var d = Error("ok\n\n::: sidebar\n:::\n");
        Assert.Equal(ErrorCodes.MarkupUnknownContainer, d.Code);
        Assert.Equal(new SourceLocation("markup", 3, 1), d.Location);
    }

    [Fact]
    public void Character_references_decode_to_text()
    {
        var p = Assert.IsType<Paragraph>(Assert.Single(Blocks("R&amp;D &copy; &#42;")));
        Assert.Equal([new TextRun("R&D © *")], p.Content);
    }
}
