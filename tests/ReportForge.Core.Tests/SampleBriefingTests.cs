using ReportForge.Markup;
using ReportForge.Model;
using ReportForge.Notes;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>The shipped daily-briefing template with the shipped sample notes, through every core stage.</summary>
public sealed class SampleBriefingTests
{
    private static readonly Lazy<(NotesDocument Notes, RenderedMarkup Rendered, Document Document)> Run = new(() =>
    {
        var package = TemplatePackage.Load(new DirectoryTemplateSource(TestPaths.Template("daily-briefing")));
        Assert.Empty(package.Diagnostics);
        var notes = NotesDocument.Load(TestPaths.SampleNotes);
        Assert.Empty(notes.Diagnostics);
        Assert.Empty(package.Value.Schema.Validate(notes.Value));
        var classification = Classification.Highest(notes.Value, package.Value.Manifest.Classification.Names);
        Assert.Empty(classification.Diagnostics);
        var rendered = TemplateRenderer.Render(package.Value, notes.Value, classification.Value, new RenderOptions());
        Assert.Empty(rendered.Diagnostics);
        var document = MarkupConverter.Convert(rendered.Value);
        Assert.Empty(document.Diagnostics);
        return (notes.Value, rendered.Value, document.Value);
    });

    private static IReadOnlyList<Block> Blocks => Run.Value.Document.Blocks;

    [Fact]
    public void Renders_without_diagnostics_and_with_the_notes_metadata()
    {
        var m = Run.Value.Document.Metadata;
        Assert.Equal("US/NATO–Russia talks on the Ukraine border crisis", m.Title);
        Assert.Equal("Daily briefing", m.Subtitle);
        Assert.Equal("ReportForge sample", m.Author);
        Assert.Equal("OFFICIAL", m.Classification);
        Assert.Equal(new DateOnly(2022, 1, 11), m.Date);
        Assert.Equal("Tuesday, January 11th, 2022", m.DisplayDate);
        Assert.Equal(["briefing", "talks"], m.Keywords);
    }

    [Fact]
    public void Top_level_headings_come_in_order()
    {
        Assert.Equal(["Talks", "Positions", "Quotes", "Timeline", "Next steps", "Sources"],
            Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => InlineText.Plain(h.Content)));
    }

    [Fact]
    public void The_key_points_come_first_in_a_callout_then_the_contents()
    {
        var callout = Assert.IsType<Callout>(Blocks[0]);
        Assert.Equal("Key points", callout.Title);
        var points = Assert.IsType<ListBlock>(Assert.Single(callout.Blocks));
        Assert.Equal(Run.Value.Notes.Root.GetProperty("summary").GetArrayLength(), points.Items.Count);
        Assert.Equal(2, Assert.IsType<TableOfContents>(Blocks[1]).MaxLevel);
    }

    [Fact]
    public void Participants_are_a_table_with_the_columns_the_notes_fill_or_one_line_of_names()
    {
        var geneva = Blocks.OfType<KeepTogether>().First();
        var table = Assert.IsType<Table>(geneva.Blocks[1]);
        Assert.Equal(["Participant", "Role", "Side"], table.HeaderRows.Single().Cells.Select(c => InlineText.Plain(c.Content)));
        Assert.Equal(["Wendy Sherman", "US Deputy Secretary of State; US negotiator", "United States"],
            table.BodyRows.First().Cells.Select(c => InlineText.Plain(c.Content)));
        var text = ModelText.All(ModelText.Flatten(Blocks));
        Assert.Contains("Participants: France, Germany, Russia, Ukraine", text);
    }

    [Fact]
    public void Each_talk_has_a_section_whose_anchor_the_table_links_to()
    {
        var ids = Run.Value.Notes.Root.GetProperty("talks").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToList();
        var anchors = Blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => h.Anchor).ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, anchors));
        var table = TalksTable();
        var targets = table.BodyRows.Select(r => Assert.IsType<Link>(Assert.Single(r.Cells[0].Content)).Target).ToList();
        Assert.Equal(ids.Select(id => "#" + id), targets);
    }

    private static Table TalksTable() => Blocks.OfType<Table>().Single(t => t.Caption == "Talks covered in this briefing");

    [Fact]
    public void Talks_table_has_a_header_and_four_body_rows()
    {
        var table = TalksTable();
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(["Talk", "Date", "Format", "Location", "Status"], table.HeaderRows.Single().Cells.Select(c => InlineText.Plain(c.Content)));
        Assert.Equal(4, table.BodyRows.Count());
        Assert.Equal([29, 14, 22, 19, 16], table.Columns.Select(c => c.Width.Value));
        Assert.Equal("10 Jan 2022", InlineText.Plain(table.BodyRows.First().Cells[1].Content));
        Assert.Equal(new Tag("Held", "held"), Assert.Single(table.BodyRows.First().Cells[4].Content));
        Assert.Equal(new Tag("Agreed", "agreed"), Assert.Single(table.BodyRows.Last().Cells[4].Content));
    }

    [Fact]
    public void Quotes_come_by_side_two_of_each_in_the_order_of_the_notes()
    {
        var bySide = Run.Value.Notes.Root.GetProperty("quotes").EnumerateArray().GroupBy(q => q.GetProperty("side").GetString()).ToList();
        var expected = bySide.SelectMany(g => g.Take(2)).Select(q => "“" + q.GetProperty("text").GetString() + "”").ToList();
        var quotes = Blocks.OfType<Quote>().Select(q => ModelText.Of(q.Blocks[0])).ToList();
        Assert.Equal(expected, quotes);
        var sides = Blocks.SkipWhile(b => !(b is Heading h && InlineText.Plain(h.Content) == "Quotes")).Skip(1)
            .TakeWhile(b => b is not Heading { Level: 1 }).OfType<Heading>().Select(h => InlineText.Plain(h.Content));
        Assert.Equal(["United States", "France", "Ukraine", "Russia"], sides);
        var text = ModelText.All(ModelText.Flatten(Blocks));
        Assert.Contains("Three more quotes from this side are in the notes.", text);
        Assert.Contains("Two more quotes from this side are in the notes.", text);
    }

    [Fact]
    public void Quote_attribution_is_bold_speaker()
    {
        var first = Run.Value.Notes.Root.GetProperty("quotes")[0];
        var attribution = (Paragraph)Blocks.OfType<Quote>().First().Blocks[1];
        Assert.Contains(new TextRun(first.GetProperty("speaker").GetString()!, TextStyle.Bold), attribution.Content);
    }

    [Fact]
    public void Text_has_the_long_date_and_the_duration_in_words()
    {
        var text = ModelText.All(ModelText.Flatten(Blocks));
        Assert.Contains("Monday, January 10th, 2022", text);
        Assert.Contains("seven hours", text);
        Assert.Contains("This briefing follows four rounds of talks", text);
    }

    [Fact]
    public void Markup_has_no_stray_escapes_in_the_model_text()
    {
        var text = ModelText.All(ModelText.Flatten(Blocks));
        Assert.DoesNotContain("\\", text);
        Assert.DoesNotContain("&#32;", text);
    }

    [Fact]
    public void Next_steps_is_an_ordered_list_and_sources_a_bulleted_one()
    {
        var afterNext = Blocks.SkipWhile(b => !(b is Heading h && InlineText.Plain(h.Content) == "Next steps")).Skip(1).First();
        Assert.True(Assert.IsType<ListBlock>(afterNext).Ordered);
        var afterSources = Blocks.SkipWhile(b => !(b is Heading h && InlineText.Plain(h.Content) == "Sources")).Skip(1).First();
        var sources = Assert.IsType<ListBlock>(afterSources);
        Assert.False(sources.Ordered);
        Assert.Equal(Run.Value.Notes.Root.GetProperty("sources").GetArrayLength(), sources.Items.Count);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_markup()
    {
        var package = TemplatePackage.Load(new DirectoryTemplateSource(TestPaths.Template("daily-briefing"))).Value;
        var again = TemplateRenderer.Render(package, Run.Value.Notes, "OFFICIAL", new RenderOptions()).Value;
        Assert.Equal(Run.Value.Rendered.Markup, again.Markup);
    }
}
