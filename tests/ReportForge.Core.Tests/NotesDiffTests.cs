using System.Text.Json;
using ReportForge.Notes;

namespace ReportForge.Tests;

/// <summary>The diff of two notes documents: stable keys, field-level changes, a fixed order.</summary>
public sealed class NotesDiffTests
{
    private static NotesChanges Diff(string before, string after) =>
        NotesDiff.Compare(JsonDocument.Parse(before).RootElement, JsonDocument.Parse(after).RootElement);

    private static string Texts(IEnumerable<ItemRef> items, string field) =>
        string.Join("|", items.Select(i => i.Value.GetProperty(field).GetString()));

    [Fact]
    public void Same_notes_have_no_changes_and_name_the_previous_date()
    {
        const string notes = """{"date":"2022-01-11","talks":[{"id":"a","title":"A"}],"quotes":[{"speaker":"X","text":"t"}]}""";
        var changes = Diff(notes, notes);
        Assert.False(changes.Any);
        Assert.Equal("2022-01-11", changes.Since);
        Assert.Equal(NotesDiff.ListNames, changes.Lists.Keys);
    }

    [Fact]
    public void Talks_are_matched_by_id_and_report_each_changed_field()
    {
        var changes = Diff(
            """{"talks":[{"id":"a","title":"A","status":"scheduled","participants":[{"name":"P"}]},{"id":"b","title":"B"}]}""",
            """{"talks":[{"id":"c","title":"C"},{"id":"a","title":"A","status":"held","outcome":"Done.","participants":[{"name":"P"},{"name":"Q"}]}]}""");
        var talks = changes.Lists["talks"];
        Assert.True(changes.Any);
        Assert.Equal("C", Texts(talks.Added, "title"));
        Assert.Equal(0, talks.Added[0].Index);
        Assert.Equal("B", Texts(talks.Removed, "title"));
        var change = Assert.Single(talks.Changed);
        Assert.Equal((1, 0), (change.Item.Index, change.Before.Index));
        Assert.Equal(["status", "outcome", "participants"], change.Fields.Select(f => f.Name));
        Assert.Equal(("scheduled", "held"), (change.Fields[0].Before.GetString(), change.Fields[0].After.GetString()));
        Assert.Equal(JsonValueKind.Undefined, change.Fields[1].Before.ValueKind);
        Assert.Equal("Done.", change.Fields[1].After.GetString());
        Assert.Equal("Q", Assert.Single(change.Fields[2].Added).GetProperty("name").GetString());
        Assert.Empty(change.Fields[2].Removed);
    }

    [Fact]
    public void A_field_only_the_previous_item_had_is_listed_last_as_removed()
    {
        var change = Assert.Single(Diff("""{"talks":[{"id":"a","outcome":"x","title":"A"}]}""", """{"talks":[{"title":"A2","id":"a"}]}""")
            .Lists["talks"].Changed);
        Assert.Equal(["title", "outcome"], change.Fields.Select(f => f.Name));
        Assert.Equal(JsonValueKind.Undefined, change.Fields[1].After.ValueKind);
    }

    [Fact]
    public void Quotes_are_keyed_by_speaker_and_text_so_a_new_context_is_a_change()
    {
        var quotes = Diff(
            """{"quotes":[{"speaker":"X","text":"one","context":"old"},{"speaker":"Y","text":"two"}]}""",
            """{"quotes":[{"speaker":"X","text":"one","context":"new"},{"speaker":"X","text":"two"}]}""").Lists["quotes"];
        Assert.Equal("new", Assert.Single(quotes.Changed).Fields.Single().After.GetString());
        Assert.Equal("X", Texts(quotes.Added, "speaker"));
        Assert.Equal("Y", Texts(quotes.Removed, "speaker"));
    }

    [Fact]
    public void Positions_key_by_side_and_member_order_does_not_matter()
    {
        var positions = Diff("""{"positions":[{"side":"A","summary":"s","demands":["d"]}]}""",
            """{"positions":[{"demands":["d"],"summary":"s","side":"A"},{"side":"B"}]}""").Lists["positions"];
        Assert.Empty(positions.Changed);
        Assert.Equal("B", Texts(positions.Added, "side"));
    }

    [Fact]
    public void Next_steps_done_are_the_matched_steps_whose_status_became_done()
    {
        var steps = Diff("""{"next_steps":[{"action":"a"},{"action":"b","status":"open"},{"action":"c","status":"done"}]}""",
            """{"next_steps":[{"action":"a","status":"done"},{"action":"b","status":"open"},{"action":"c","status":"done"},{"action":"d","status":"done"}]}""")
            .Lists["next_steps"];
        Assert.Equal("a", Texts(steps.Done.Select(d => d.Item), "action"));
        Assert.Equal("d", Texts(steps.Added, "action"));
    }

    [Fact]
    public void Timeline_and_sources_use_content_keys_and_repeats_are_told_apart()
    {
        var changes = Diff(
            """{"timeline":[{"date":"2022-01-12","event":"e"},{"date":"2022-01-12","event":"e"}],"sources":[{"title":"T","url":"https://a.invalid/"}]}""",
            """{"timeline":[{"date":"2022-01-12","event":"e"}],"sources":[{"title":"T2","url":"https://a.invalid/"},"plain"]}""");
        var timeline = changes.Lists["timeline"];
        Assert.Empty(timeline.Added);
        Assert.Equal(1, Assert.Single(timeline.Removed).Index);
        var sources = changes.Lists["sources"];
        Assert.Equal("title", Assert.Single(Assert.Single(sources.Changed).Fields).Name);
        Assert.Equal(JsonValueKind.String, Assert.Single(sources.Added).Value.ValueKind);
    }

    [Fact]
    public void A_timeline_entry_of_a_talk_whose_wording_changes_is_updated()
    {
        var timeline = Diff("""{"timeline":[{"date":"2022-01-12","event":"Talks scheduled.","talk":"t"}]}""",
            """{"timeline":[{"date":"2022-01-12","event":"Talks held.","talk":"t"},{"date":"2022-01-12","event":"Other."}]}""").Lists["timeline"];
        Assert.Equal("event", Assert.Single(Assert.Single(timeline.Changed).Fields).Name);
        Assert.Equal("Other.", Texts(timeline.Added, "event"));
    }

    [Fact]
    public void Missing_lists_and_a_missing_date_are_empty_changes()
    {
        var changes = Diff("{}", """{"talks":"not a list"}""");
        Assert.False(changes.Any);
        Assert.Null(changes.Since);
    }
}
