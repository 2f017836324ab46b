using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Tests;

/// Issue 21: the dialect's tag, change container and inline revisions.
public sealed class RevisionMarkupTests
{
    private static IReadOnlyList<Block> Blocks(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata { Title = "M" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value.Blocks;
    }

    private static Diagnostic Error(string markup)
    {
        var result = MarkupConverter.Convert(markup, new DocumentMetadata());
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_tag_is_emphasis_with_the_tag_class_and_an_optional_tone()
    {
        var p = Assert.IsType<Paragraph>(Assert.Single(Blocks("Status: **Not held**{.tag tone=held} and **New**{.tag} or *x*{.tag tone=\"new\"}, **bold**.")));
        Assert.Equal<Inline>([
            new TextRun("Status: "), new Tag("Not held", "held"), new TextRun(" and "), new Tag("New", Tag.DefaultTone), new TextRun(" or "),
            new Tag("x", "new"), new TextRun(", "), new TextRun("bold", TextStyle.Bold), new TextRun("."),
        ], p.Content);
        Assert.Equal("Status: Not held and New or x, bold.", InlineText.Plain(p.Content));
        Assert.Equal("\u00A0Not\u00A0held\u00A0", new Tag("Not held", "held").Padded);
    }

    // Records holding lists compare the lists by reference: shown as text to compare.
    private static string Show(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun { Style: TextStyle.None } t => t.Text,
        TextRun t => $"<{t.Style}:{t.Text}>",
        Inserted x => $"[+{Show(x.Content)}]",
        Deleted x => $"[-{Show(x.Content)}]",
        Tag t => $"[tag {t.Tone}:{t.Text}]",
        _ => i.ToString(),
    }));

    [Fact]
    public void Inline_revisions_are_emphasis_with_the_ins_and_del_classes()
    {
        var p = Assert.IsType<Paragraph>(Assert.Single(Blocks("Status: *scheduled*{.del}*held*{.ins}; ~~struck~~ and **a *b***{.ins}.")));
        // The stars only carry the class (***x***{.ins} reads as emphasis in emphasis, both marked): no style, one run.
        Assert.Equal("Status: [-scheduled][+held]; <Strikethrough:struck> and [+a b].", Show(p.Content));
        Assert.Equal("Status: held; struck and a b.", InlineText.Plain(p.Content));
        var styled = Assert.IsType<Paragraph>(Assert.Single(Blocks("*__held__ now*{.ins} **New**{.tag tone=new}")));
        Assert.Equal("[+<Bold:held> now] [tag new:New]", Show(styled.Content));
    }

    [Fact]
    public void A_change_container_holds_blocks_of_a_kind()
    {
        var blocks = Blocks("::: change {kind=\"added\"}\n# New\n\nText **New**{.tag tone=new}\n:::\n\n::: change {kind=removed}\n- gone\n:::\n\n::: change {kind=updated}\nx\n:::\n");
        var added = Assert.IsType<Change>(blocks[0]);
        Assert.Equal(ChangeKind.Added, added.Kind);
        Assert.IsType<Heading>(added.Blocks[0]);
        Assert.Equal(added.Blocks, added.Accepted);
        var removed = Assert.IsType<Change>(blocks[1]);
        Assert.Equal(ChangeKind.Removed, removed.Kind);
        Assert.IsType<ListBlock>(Assert.Single(removed.Blocks));
        Assert.Empty(removed.Accepted);
        Assert.Equal(ChangeKind.Updated, Assert.IsType<Change>(blocks[2]).Kind);
    }

    [Fact]
    public void A_change_of_no_kind_is_no_container_so_a_template_can_wrap_every_item()
    {
        var blocks = Blocks("Before.\n\n::: change {kind=\"\"}\n# Same\n\nText.\n:::\n\nAfter.\n");
        Assert.Equal(["Paragraph", "Heading", "Paragraph", "Paragraph"], blocks.Select(b => b.GetType().Name));
        Assert.Equal("Same", InlineText.Plain(((Heading)blocks[1]).Content));
    }

    [Theory]
    [InlineData("a **x**{.tag tone=Held}", ErrorCodes.TagInvalid, "tone=\"Held\" is not a tone name")]
    [InlineData("a ** **{.tag}", null, null)]
    [InlineData("a **x**{.tag .ins}", ErrorCodes.RevisionMarkConflict, "one text is marked .tag and .ins")]
    [InlineData("a *x **y**{.del}*{.ins}", ErrorCodes.RevisionMarkConflict, "text marked .ins holds inserted or deleted text")]
    [InlineData("::: change\nx\n:::", ErrorCodes.ChangeContainerInvalid, "'::: change' needs a kind")]
    [InlineData("::: change {kind=new}\nx\n:::", ErrorCodes.ChangeContainerInvalid, "kind=\"new\" is not a kind of change")]
    [InlineData("::: change {kind=added}\n:::: change {kind=removed}\nx\n::::\n:::", ErrorCodes.ChangeContainerInvalid, "sits inside another")]
    public void Bad_marks_are_located_errors(string markup, string? code, string? message)
    {
        if (code is null)
        {
            // Markdig does not read "** **" as emphasis: the stars stay text and the attributes go to the paragraph.
            Assert.IsType<Paragraph>(Assert.Single(Blocks(markup)));
            return;
        }
        var error = Error(markup);
        Assert.Equal(code, error.Code);
        Assert.Contains(message!, error.Message, StringComparison.Ordinal);
        Assert.Contains("(markup line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Theme_tags_add_tones_and_set_the_change_bar()
    {
        var theme = ThemeReader.Read("""{ "tags": { "urgent": "#800000", "new": "#006000" }, "change_bar": "#123456" }""", "theme.json");
        Assert.True(theme.Succeeded, string.Join("\n", theme.Diagnostics));
        Assert.Equal(new Rgb(0x80, 0, 0), theme.Value.Tags.Text("urgent"));
        Assert.Equal(new Rgb(0, 0x60, 0), theme.Value.Tags.Text("new"));
        Assert.Equal(new Rgb(0x1f, 0x5f, 0xb4), theme.Value.Tags.Text("held"));
        Assert.Equal(new Rgb(0x12, 0x34, 0x56), theme.Value.Tags.ChangeBar);
        // The tint is an opaque mix with white, 14 % of the colour.
        Assert.Equal(new Rgb(0xed, 0xdb, 0xdb), theme.Value.Tags.Background("urgent"));
        var bad = ThemeReader.Read("""{ "tags": { "x": "red" } }""", "theme.json");
        Assert.Contains(bad.Diagnostics, d => d.Code == ErrorCodes.ThemeColourInvalid && d.Message.StartsWith("tags.x: \"red\"", StringComparison.Ordinal));
    }
}
