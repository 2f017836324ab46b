using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Markup;
using ReportForge.Model;

namespace ReportForge.Tests;

/// <summary>The marking container, the marking function, portion marks and the banner they raise.</summary>
public sealed class MarkingTests
{
    private const string Body = """
        ::: marking {{ marking talks[0] }}
        Said in the room.

        - first point
        - second point

        {caption="Who came"}
        | Name | Side |
        |---|---|
        | A | B |

        | Day | Place |
        |---|---|
        | 1 | Geneva |

        ![Map of the venue](map.png "The venue")
        :::

        Unmarked words.
        """;

    private const string Notes = """
        { "classification": "OFFICIAL", "talks": [ { "classification": "official-sensitive" }, {} ] }
        """;

    private static Result<Document> Convert(string sbn, string notes, string? theme = null)
    {
        using var t = TempTemplate.Create(sbn, schema: """{ "type": "object" }""", theme: theme,
            files: new Dictionary<string, string>());
        File.WriteAllBytes(Path.Combine(t.Dir, "map.png"), MarkupConverterTests.TinyPng());
        var rendered = t.RenderOk(notes, classification: "OFFICIAL");
        return MarkupConverter.Convert(rendered, path => t.Package.Source.Read(path, ReadLimit.Image));
    }

    [Fact]
    public void The_function_writes_the_items_own_marking_and_every_block_inside_carries_it()
    {
        var result = Convert(Body, Notes);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var blocks = result.Value.Blocks;
        Assert.Equal(6, blocks.Count);
        Assert.All(blocks.Take(5), b => Assert.Equal("OFFICIAL-SENSITIVE", b.Marking));
        Assert.Null(blocks[5].Marking);
        var list = Assert.IsType<ListBlock>(blocks[1]);
        Assert.All(list.Items, i => Assert.Equal("OFFICIAL-SENSITIVE", Assert.Single(i.Blocks).Marking));
        // Without portion_marks the words are the template's.
        Assert.Equal("Said in the room.", InlineText.Plain(Assert.IsType<Paragraph>(blocks[0]).Content));
        // The banner is the highest of the notes' markings and every block's.
        Assert.Equal("OFFICIAL-SENSITIVE", result.Value.Metadata.Classification);
        Assert.Equal(6, result.Value.Origins.Count);
    }

    [Fact]
    public void Portion_marks_start_each_paragraph_bullet_table_and_figure_with_the_short_form()
    {
        var result = Convert(Body, Notes, theme: """{ "portion_marks": true }""");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var blocks = result.Value.Blocks;
        Assert.Equal("(OS) Said in the room.", InlineText.Plain(Assert.IsType<Paragraph>(blocks[0]).Content));
        Assert.Equal(["(OS) first point", "(OS) second point"],
            Assert.IsType<ListBlock>(blocks[1]).Items.Select(i => InlineText.Plain(Assert.IsType<Paragraph>(i.Blocks[0]).Content)));
        var captioned = Assert.IsType<Table>(blocks[2]);
        Assert.Equal("(OS) Who came", captioned.Caption);
        Assert.Equal("Name", InlineText.Plain(captioned.Rows[0].Cells[0].Content));
        Assert.Equal("(OS) Day", InlineText.Plain(Assert.IsType<Table>(blocks[3]).Rows[0].Cells[0].Content));
        Assert.Equal("(OS) The venue", Assert.IsType<Image>(blocks[4]).Caption);
        Assert.Equal("Unmarked words.", InlineText.Plain(Assert.IsType<Paragraph>(blocks[5]).Content));
    }

    [Fact]
    public void An_item_without_a_marking_takes_the_documents_own_and_with_neither_nothing_is_marked()
    {
        const string sbn = "::: marking {{ marking talks[1] }}\nWords.\n:::\n";
        var own = Convert(sbn, Notes, theme: """{ "portion_marks": true }""");
        Assert.Equal("(O) Words.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(own.Value.Blocks)).Content));

        var none = Convert(sbn, """{ "talks": [ {}, {} ] }""", theme: """{ "portion_marks": true }""");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(none.Value.Blocks));
        Assert.Null(paragraph.Marking);
        Assert.Equal("Words.", InlineText.Plain(paragraph.Content));
    }

    [Fact]
    public void An_inner_marking_wins_and_a_level_named_by_the_template_can_raise_the_banner()
    {
        var result = Convert("::::: marking {level=\"OFFICIAL\"}\nOuter.\n\n:::: callout\n::: marking {level=\"secret\"}\nInner.\n:::\n::::\n:::::\n", Notes,
            theme: """{ "portion_marks": true }""");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("(O) Outer.", InlineText.Plain(Assert.IsType<Paragraph>(result.Value.Blocks[0]).Content));
        var callout = Assert.IsType<Callout>(result.Value.Blocks[1]);
        Assert.Equal("OFFICIAL", callout.Marking);
        Assert.Equal("(S) Inner.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(callout.Blocks)).Content));
        Assert.Equal("SECRET", result.Value.Metadata.Classification);
    }

    [Fact]
    public void A_marking_that_names_no_level_is_RF2143_at_the_template_line()
    {
        using var t = TempTemplate.Create("Intro.\n\n::: marking {level=\"RESTRICTED\"}\nWords.\n:::\n");
        var result = MarkupConverter.Convert(t.RenderOk("{}"));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(ErrorCodes.MarkingUnknown, d.Code);
        Assert.Equal(new SourceLocation(t.EntryFile, 3, 1), d.Location);
        Assert.Equal("::: marking {level=\"RESTRICTED\"} names no level of the template; its levels are UNCLASSIFIED, OFFICIAL, "
            + "OFFICIAL-SENSITIVE, CONFIDENTIAL, SECRET, TOP SECRET (markup line 3)", d.Message);
    }

    [Fact]
    public void A_marking_without_a_level_is_RF2143()
    {
        using var t = TempTemplate.Create("::: marking\nWords.\n:::\n");
        var d = Assert.Single(MarkupConverter.Convert(t.RenderOk("{}")).Diagnostics);
        Assert.Equal(ErrorCodes.MarkingUnknown, d.Code);
        Assert.StartsWith("::: marking gives no level; write ::: marking {{ marking item }}", d.Message);
    }

    [Fact]
    public void The_templates_own_levels_and_short_forms_are_used()
    {
        using var t = TempTemplate.Create("::: marking {{ marking notes }}\nWords.\n:::\n", schema: """{ "type": "object" }""",
            manifest: """{ "name": "t", "classification": { "levels": [ "PUBLIC", { "name": "RESTRICTED", "short": "R" } ] } }""",
            theme: """{ "portion_marks": true }""");
        var result = MarkupConverter.Convert(t.RenderOk("""{ "classification": "RESTRICTED" }""", classification: "RESTRICTED"));
        Assert.Equal("(R) Words.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(result.Value.Blocks)).Content));
    }

    [Fact]
    public void Marks_reach_inside_change_containers_and_a_removed_part_still_raises_the_banner()
    {
        const string sbn = "::::: marking {level=\"OFFICIAL-SENSITIVE\"}\n:::: change {kind=\"added\"}\nNew words.\n::::\n:::::\n\n"
            + "::::: marking {level=\"SECRET\"}\n:::: change {kind=\"removed\"}\nOld words.\n::::\n:::::\n\n"
            + "::: change {kind=\"\"}\nSame words.\n:::\n";
        var result = Convert(sbn, Notes, theme: """{ "portion_marks": true }""");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var added = Assert.IsType<Change>(result.Value.Blocks[0]);
        Assert.Equal(ChangeKind.Added, added.Kind);
        Assert.Equal("(OS) New words.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(added.Blocks)).Content));
        Assert.Equal("(S) Old words.", InlineText.Plain(Assert.IsType<Paragraph>(Assert.Single(Assert.IsType<Change>(result.Value.Blocks[1]).Blocks)).Content));
        // An unchanged item is no container: its paragraph stands alone.
        Assert.Equal("Same words.", InlineText.Plain(Assert.IsType<Paragraph>(result.Value.Blocks[2]).Content));
        Assert.Equal("SECRET", result.Value.Metadata.Classification);
    }
}
