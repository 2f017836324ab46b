using System.Text.Json;
using ReportForge.Notes;
using ReportForge.Templating.Functions;
using Scriban.Runtime;

namespace ReportForge.Templating;

/// <summary>
/// The template's view of <see cref="NotesDiff"/>: the global <c>changes</c> (null without previous notes) and the
/// function <c>change_kind ITEM</c>, which knows the current notes' items by identity (the objects the template reads as
/// <c>talks</c>, <c>notes.talks</c>, <c>item</c> and in <c>changes</c> itself).
/// <code>
/// changes.any, changes.since
/// changes.talks.added / .removed           → items
/// changes.talks.changed                    → { item, before, fields: [{ name, before, after, added, removed }] }
/// changes.next_steps.done                  → the steps whose status became "done"
/// </code>
/// </summary>
internal static class ChangesObject
{
    /// <summary>Sets <c>changes</c> and <c>change_kind</c> in <paramref name="globals"/>.</summary>
    public static void Register(ScriptObject globals, NotesDocument? previous, NotesDocument current, SchemaShape shape,
        (string List, int Index)? item)
    {
        var kinds = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        // Without previous notes a notes field of either name keeps its meaning (and its output stays as it was).
        if (previous is not null || !globals.ContainsKey("change_kind"))
            globals.Add("change_kind", value => value is not null && kinds.TryGetValue(value, out var kind) ? kind : "");
        if (previous is null)
        {
            if (!globals.ContainsKey("changes")) globals.SetValue("changes", null, true);
            return;
        }

        var diff = NotesDiff.Compare(previous.Root, current.Root);
        var notes = globals.TryGetValue("notes", out var n) ? n as ScriptObject : null;
        var changes = new ScriptObject();
        changes.SetValue("any", diff.Any, true);
        changes.SetValue("since", diff.Since, true);
        foreach (var (name, list) in diff.Lists)
        {
            shape.Properties.TryGetValue(name, out var listShape);
            var itemShape = listShape?.Items;
            var views = Views(globals, name).Concat(Views(notes, name)).ToList();
            ScriptObject? Current(ItemRef r) => views.Select(v => v.Count > r.Index ? v[r.Index] as ScriptObject : null).FirstOrDefault(o => o is not null);
            object? CurrentOrImport(ItemRef r) => Current(r) ?? NotesImporter.Convert(r.Value, itemShape);

            void Mark(ItemRef r, string kind)
            {
                foreach (var view in views)
                    if (view.Count > r.Index && view[r.Index] is { } o) kinds[o] = kind;
                if (item is { } one && one.List == name && one.Index == r.Index && globals.TryGetValue("item", out var it) && it is not null) kinds[it] = kind;
            }

            foreach (var r in list.Added) Mark(r, "added");
            foreach (var c in list.Changed) Mark(c.Item, "updated");

            var view = new ScriptObject();
            view.SetValue("added", new ScriptArray(list.Added.Select(CurrentOrImport)), true);
            view.SetValue("removed", new ScriptArray(list.Removed.Select(r => NotesImporter.Convert(r.Value, itemShape))), true);
            view.SetValue("changed", new ScriptArray(list.Changed.Select(c => Change(c, CurrentOrImport(c.Item), itemShape))), true);
            view.SetValue("done", new ScriptArray(list.Done.Select(c => CurrentOrImport(c.Item))), true);
            view.SetValue("any", list.Any, true);
            changes.SetValue(name, view, true);
        }
        globals.SetValue("changes", changes, true);
    }

    private static ScriptObject Change(ItemChange change, object? item, SchemaShape? itemShape)
    {
        var result = new ScriptObject();
        result.SetValue("item", item, true);
        result.SetValue("before", NotesImporter.Convert(change.Before.Value, itemShape), true);
        var fields = new ScriptArray();
        foreach (var field in change.Fields)
        {
            SchemaShape? fieldShape = null;
            itemShape?.Properties.TryGetValue(field.Name, out fieldShape);
            var f = new ScriptObject();
            f.SetValue("name", field.Name, true);
            f.SetValue("before", Value(field.Before, fieldShape), true);
            f.SetValue("after", Value(field.After, fieldShape), true);
            f.SetValue("added", new ScriptArray(field.Added.Select(e => NotesImporter.Convert(e, fieldShape?.Items))), true);
            f.SetValue("removed", new ScriptArray(field.Removed.Select(e => NotesImporter.Convert(e, fieldShape?.Items))), true);
            fields.Add(f);
        }
        result.SetValue("fields", fields, true);
        return result;
    }

    private static object? Value(JsonElement value, SchemaShape? shape) =>
        value.ValueKind == JsonValueKind.Undefined ? null : NotesImporter.Convert(value, shape);

    private static IEnumerable<ScriptArray> Views(ScriptObject? root, string name) =>
        root is not null && root.TryGetValue(name, out var list) && list is ScriptArray array ? [array] : [];
}
