using System.Text;
using System.Text.Json;
using ReportForge.Markup;
using ReportForge.Notes;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>
/// The shipped templates on small unusual notes: counts of none, one, both and all; empty fields; quotes already in
/// quotation marks; a title ending in a full stop. Rendered through the real stages and read back as model text.
/// </summary>
public sealed class EdgeWordingTests
{
    private static string Render(string template, object notes, string? culture = null, (string, int)? item = null,
        Dictionary<string, string>? parameters = null)
    {
        var package = TemplatePackage.Load(new DirectoryTemplateSource(TestPaths.Template(template)));
        Assert.Empty(package.Diagnostics);
        var json = JsonSerializer.Serialize(notes);
        var parsed = NotesDocument.Parse(Encoding.UTF8.GetBytes(json), "edge.json");
        Assert.Empty(parsed.Diagnostics);
        Assert.Empty(package.Value.Schema.Validate(parsed.Value));
        var rendered = TemplateRenderer.Render(package.Value, parsed.Value, "OFFICIAL",
            new RenderOptions { Culture = culture, Item = item, Parameters = parameters ?? [] });
        Assert.Empty(rendered.Diagnostics);
        var document = MarkupConverter.Convert(rendered.Value);
        Assert.Empty(document.Diagnostics);
        return ModelText.All(document.Value.Blocks);
    }

    private static object Talk(string id, string status) => new { id, title = "Talks " + id, date = "2022-01-10", status };

    private static object Briefing(params object[] talks) => new { title = "Edge", date = "2022-01-11", talks };

    [Theory]
    [InlineData(null, "This briefing follows one round of talks, not yet held.", "scheduled")]
    [InlineData(null, "This briefing follows one round of talks, already held.", "held")]
    [InlineData(null, "This briefing follows two rounds of talks, none of them held yet.", "scheduled", "postponed")]
    [InlineData(null, "This briefing follows two rounds of talks, one of them already held.", "held", "scheduled")]
    [InlineData(null, "This briefing follows two rounds of talks, both already held.", "held", "held")]
    [InlineData(null, "This briefing follows three rounds of talks, all three already held.", "held", "held", "held")]
    [InlineData(null, "This briefing follows three rounds of talks, one of them already held.", "held", "scheduled", "agreed")]
    [InlineData(null, "This briefing follows four rounds of talks, two of them already held.", "held", "scheduled", "held", "agreed")]
    [InlineData("fr-FR", "Ce point suit une série de pourparlers, déjà tenue.", "held")]
    [InlineData("fr-FR", "Ce point suit deux séries de pourparlers, toutes deux déjà tenues.", "held", "held")]
    [InlineData("fr-FR", "Ce point suit trois séries de pourparlers, dont aucune n’est encore tenue.", "scheduled", "scheduled", "scheduled")]
    [InlineData("fr-FR", "Ce point suit trois séries de pourparlers, toutes les trois déjà tenues.", "held", "held", "held")]
    [InlineData("de-DE", "Dieses Briefing verfolgt eine Gesprächsrunde, noch nicht abgehalten.", "scheduled")]
    [InlineData("de-DE", "Dieses Briefing verfolgt zwei Gesprächsrunden, beide bereits abgehalten.", "held", "held")]
    [InlineData("de-DE", "Dieses Briefing verfolgt drei Gesprächsrunden, davon eine bereits abgehalten.", "held", "scheduled", "scheduled")]
    public void The_talks_count_has_a_sentence_for_none_one_both_all_and_some(string? culture, string expected, params string[] statuses)
    {
        var text = Render("daily-briefing", Briefing([.. statuses.Select((s, i) => Talk("t" + i, s))]), culture);
        Assert.Contains(expected, text);
    }

    [Fact]
    public void An_empty_outcome_role_or_location_is_left_out_with_its_label()
    {
        var notes = new
        {
            title = "Edge",
            date = "2022-01-11",
            talks = new object[]
            {
                new
                {
                    id = "a", title = "Talks a", date = "2022-01-10", status = "held", outcome = "  ", location = "", notes = Array.Empty<string>(),
                    participants = new object[] { new { name = "Ann Lee", role = " ", side = "" } },
                },
            },
            positions = new object[] { new { side = "North", summary = " ", demands = Array.Empty<string>() } },
            quotes = new object[] { new { speaker = "Ann Lee", role = "", source = " ", text = "We will see" } },
        };
        var text = Render("daily-briefing", notes);
        Assert.DoesNotContain("Outcome", text);
        Assert.DoesNotContain("Demands", text);
        Assert.DoesNotContain("Notes", text);
        Assert.Contains("Where: not stated", text);
        Assert.Contains("— Ann Lee", text);
        Assert.DoesNotContain("— Ann Lee,", text);
        Assert.DoesNotContain("Ann Lee —", text);
        Assert.DoesNotContain("·", text);

        var record = Render("meeting-record", notes, item: ("talks", 0));
        Assert.Contains("No outcome recorded.", record);
        Assert.Contains("Where: not stated", record);
        Assert.DoesNotContain("— Ann Lee,", record);

        var sheet = Render("positions-sheet", notes);
        Assert.Contains("North | — | — | —", sheet);
        Assert.Contains("| Ann Lee |", sheet);
    }

    [Theory]
    [InlineData(null, "« Nous verrons »", "« Nous verrons »")]
    [InlineData(null, "“We will see”", "“We will see”")]
    [InlineData(null, "\"We will see\"", "\"We will see\"")]
    [InlineData(null, "„Wir werden sehen“", "„Wir werden sehen“")]
    [InlineData(null, "‘We will see’", "‘We will see’")]
    [InlineData(null, "We will see", "“We will see”")]
    [InlineData("fr-FR", "Nous verrons", "«Nous verrons»")]
    [InlineData("de-DE", "Wir werden sehen", "„Wir werden sehen“")]
    [InlineData("fr-FR", "“We will see”", "“We will see”")]
    public void A_quote_already_in_quotation_marks_is_not_wrapped_again(string? culture, string quote, string expected)
    {
        var notes = new { title = "Edge", date = "2022-01-11", quotes = new object[] { new { speaker = "Ann Lee", side = "North", text = quote } } };
        // Spaces inside « » are French typography's business (a no-break space may be added there): compared without them.
        static string Tight(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal);
        var briefing = Tight(Render("daily-briefing", notes, culture));
        Assert.Contains(Tight(expected) + "\n", briefing);
        Assert.DoesNotContain("“" + Tight(expected), briefing);
        Assert.Contains("|" + Tight(expected), Tight(Render("positions-sheet", notes, culture)));
    }

    [Theory]
    [InlineData("Talks end.", "Reuters", "Talks end, Reuters, 11 Jan 2022")]
    [InlineData("Talks end.", null, "Talks end, 11 Jan 2022")]
    [InlineData("Talks end?", "Reuters", "Talks end?, Reuters, 11 Jan 2022")]
    [InlineData("Talks end...", "Reuters", "Talks end..., Reuters, 11 Jan 2022")]
    [InlineData("Report by Acme Inc.", null, "Report by Acme Inc., 11 Jan 2022")]
    [InlineData("Talks with the EU.", "Reuters", "Talks with the EU, Reuters, 11 Jan 2022")]
    [InlineData("Talks end.", "Acme Inc.", "Talks end, Acme Inc., 11 Jan 2022")]
    [InlineData("Talks end.", "Reuters.", "Talks end, Reuters, 11 Jan 2022")]
    public void A_full_stop_is_not_doubled_before_the_comma(string title, string? publisher, string expected)
    {
        var notes = new { title = "Edge", date = "2022-01-11", sources = new object[] { new { title, publisher, date = "2022-01-11" } } };
        var json = JsonSerializer.Serialize(notes, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        Assert.Contains(expected + "\n", Render("daily-briefing", JsonDocument.Parse(json).RootElement) + "\n");
    }

    [Fact]
    public void A_source_with_only_a_title_and_notes_ends_the_title_once()
    {
        var notes = new { title = "Edge", date = "2022-01-11", sources = new object[] { new { title = "Talks end.", publisher = "", notes = "Unconfirmed." } } };
        var text = Render("meeting-record", new { notes.title, notes.date, notes.sources, talks = new object[] { Talk("a", "held") } }, item: ("talks", 0));
        Assert.Contains("Talks end. Unconfirmed.", text);
    }

    [Theory]
    [InlineData("1", "a1|b1|", "One more quote from this side is in the notes.")]
    [InlineData("2", "a1|a2|b1|", null)]
    [InlineData("0", "a1|a2|b1|", null)]
    public void Quotes_per_side_shows_the_first_of_each_side_and_says_how_many_more(string perSide, string expected, string? more)
    {
        var notes = new
        {
            title = "Edge",
            date = "2022-01-11",
            quotes = new object[]
            {
                new { speaker = "A", side = "North", text = "a1" }, new { speaker = "B", text = "b1" }, new { speaker = "A", side = "North", text = "a2" },
            },
        };
        var text = Render("daily-briefing", notes, parameters: new() { ["quotes_per_side"] = perSide });
        var shown = string.Concat(new[] { "a1", "a2", "b1" }.Where(q => text.Contains("“" + q + "”", StringComparison.Ordinal)).Select(q => q + "|"));
        Assert.Equal(expected, shown);
        Assert.Contains("\nNorth\n", "\n" + text + "\n");
        Assert.Contains("\nOther speakers\n", "\n" + text + "\n");
        if (more is null) Assert.DoesNotContain("more quote", text);
        else Assert.Contains(more, text);
    }
}
