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

    [Fact]
    public void Image_is_RF1203()
    {
        var d = Error("Intro\n\n![map](geneva.png)\n");
        Assert.Equal(ErrorCodes.MarkupUnsupported, d.Code);
        Assert.Equal("images are not supported yet ('geneva.png') (markup line 3)", d.Message);
        Assert.Equal(new SourceLocation("markup", 3, 1), d.Location);
    }

    [Fact]
    public void Footnotes_are_RF1203()
    {
        var d = Error("Text[^1]\n\n[^1]: The note.\n");
        Assert.Equal(ErrorCodes.MarkupUnsupported, d.Code);
        Assert.StartsWith("footnotes are not supported yet (markup line ", d.Message);
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
        var d = Error("ok\n\n::: toc\n:::\n");
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
