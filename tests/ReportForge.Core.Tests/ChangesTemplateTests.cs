using System.Text;
using ReportForge.Notes;
using ReportForge.Templating;

namespace ReportForge.Tests;

/// <summary>Templates read the diff of the notes as <c>changes</c> and ask <c>change_kind ITEM</c>.</summary>
public sealed class ChangesTemplateTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "date": { "type": "string" },
            "talks": { "type": "array", "items": { "type": "object",
              "properties": { "id": { "type": "string" }, "status": { "type": "string" }, "outcome": { "type": "string" } } } },
            "next_steps": { "type": "array", "items": { "type": "object",
              "properties": { "action": { "type": "string" }, "status": { "type": "string" } } } }
          }
        }
        """;

    private const string Before = """
        { "date": "2022-01-11",
          "talks": [ { "id": "a", "status": "scheduled" }, { "id": "gone" } ],
          "next_steps": [ { "action": "meet" } ] }
        """;

    private const string After = """
        { "date": "2022-01-12",
          "talks": [ { "id": "a", "status": "held", "outcome": "Talked" }, { "id": "b" } ],
          "next_steps": [ { "action": "meet", "status": "done" }, { "action": "call" } ] }
        """;

    private static string Render(string sbn, string? previous, string notes = After)
    {
        using var t = TempTemplate.Create(sbn, schema: Schema);
        var options = new RenderOptions
        {
            Previous = previous is null ? null : NotesDocument.Parse(Encoding.UTF8.GetBytes(previous), "previous.json").Value,
        };
        return t.RenderOk(notes, options).Markup.Trim();
    }

    [Fact]
    public void Without_previous_notes_changes_is_null_and_no_item_has_a_kind()
    {
        Assert.Equal("none|", Render("{{ changes == null ? 'none' : 'some' }}|{{ change_kind talks[0] }}", previous: null));
    }

    [Fact]
    public void Changes_lists_added_removed_and_changed_fields()
    {
        const string sbn = """
            {{ changes.any }} {{ changes.since | raw }}
            {{ for t in changes.talks.added }}+{{ t.id }}{{ end }}
            {{ for t in changes.talks.removed }}-{{ t.id }}{{ end }}
            {{ for c in changes.talks.changed }}{{ c.item.id }}:{{ for f in c.fields }}{{ f.name }}={{ f.before ?? '∅' }}>{{ f.after }};{{ end }}{{ end }}
            {{ for s in changes.next_steps.done }}done:{{ s.action }}{{ end }} {{ for s in changes.next_steps.added }}new:{{ s.action }}{{ end }}
            """;
        Assert.Equal("true 2022-01-11\n+b\n-gone\na:status=scheduled>held;outcome=∅>Talked;\ndone:meet new:call", Render(sbn, Before));
    }

    [Fact]
    public void Change_kind_knows_items_through_every_path_to_them()
    {
        const string sbn = """
            {{ for t in talks }}{{ t.id }}={{ change_kind t }};{{ end }}
            {{ change_kind notes.talks[1] }} {{ change_kind changes.talks.changed[0].item }} {{ change_kind next_steps[0] }} [{{ change_kind 'text' }}]
            """;
        Assert.Equal("a=updated;b=added;\nadded updated updated []", Render(sbn, Before));
    }

    [Fact]
    public void Same_notes_give_changes_with_nothing_in_them()
    {
        Assert.Equal("false 0", Render("{{ changes.any }} {{ changes.talks.changed.size }}", After));
    }

    [Fact]
    public void A_notes_field_named_changes_keeps_its_value_without_previous_notes()
    {
        using var t = TempTemplate.Create("{{ changes }}", schema: """{ "type": "object", "properties": { "changes": { "type": "string" } } }""");
        Assert.Equal("mine", t.RenderOk("""{ "changes": "mine" }""").Markup.Trim());
    }
}
