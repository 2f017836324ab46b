using System.Text;
using System.Text.Json;

namespace ReportForge.Notes;

/// <summary>
/// Compares two notes documents of the talks schema by stable keys: talks by <c>id</c>, positions by <c>side</c>,
/// quotes by speaker and text, timeline entries by date and talk (else event), next steps by action, sources by URL, else title.
/// An item without its key, or a list entry that is not an object, is keyed by its whole content; a key met twice in one
/// list takes its occurrence number. Pure: the same two documents always give the same changes in the same order.
/// </summary>
public static class NotesDiff
{
    /// <summary>The lists compared, in the order <see cref="NotesChanges.Lists"/> holds them.</summary>
    public static readonly IReadOnlyList<string> ListNames = ["talks", "quotes", "timeline", "next_steps", "positions", "sources"];

    /// <summary>What changed from <paramref name="previous"/> to <paramref name="current"/> (both notes roots).</summary>
    public static NotesChanges Compare(JsonElement previous, JsonElement current)
    {
        var lists = new Dictionary<string, ListChanges>(StringComparer.Ordinal);
        foreach (var name in ListNames) lists[name] = CompareList(name, List(previous, name), List(current, name));
        var since = previous.ValueKind == JsonValueKind.Object && previous.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString()
            : null;
        return new NotesChanges(since, lists);
    }

    /// <summary>The key of an item of the list <paramref name="list"/> (without occurrence number).</summary>
    public static string Key(string list, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) return "=" + Canonical(item);
        string? Text(string field) => item.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var key = list switch
        {
            "talks" => Text("id"),
            "positions" => Text("side"),
            "quotes" => Text("text") is { } text ? (Text("speaker") ?? "") + "\n" + text : null,
            // An entry of a talk is the same entry when its wording changes (scheduled → held).
            "timeline" => (Text("talk") ?? Text("event")) is { } e ? (Text("date") ?? "") + "\n" + e : null,
            "next_steps" => Text("action"),
            "sources" => Text("url") ?? Text("title"),
            _ => null,
        };
        return key is null ? "=" + Canonical(item) : "#" + key;
    }

    private static ListChanges CompareList(string name, IReadOnlyList<JsonElement> before, IReadOnlyList<JsonElement> after)
    {
        var beforeKeys = Keys(name, before);
        var afterKeys = Keys(name, after);
        var beforeByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < before.Count; i++) beforeByKey[beforeKeys[i]] = i;
        var afterSet = new HashSet<string>(afterKeys, StringComparer.Ordinal);

        var added = new List<ItemRef>();
        var changed = new List<ItemChange>();
        var done = new List<ItemChange>();
        for (var i = 0; i < after.Count; i++)
        {
            if (!beforeByKey.TryGetValue(afterKeys[i], out var j))
            {
                added.Add(new ItemRef(i, after[i]));
                continue;
            }
            var fields = Fields(before[j], after[i]);
            if (fields.Count == 0) continue;
            var change = new ItemChange(new ItemRef(i, after[i]), new ItemRef(j, before[j]), fields);
            changed.Add(change);
            if (name == "next_steps" && fields.Any(f => f.Name == "status" && IsText(f.After, "done"))) done.Add(change);
        }
        var removed = new List<ItemRef>();
        for (var j = 0; j < before.Count; j++)
            if (!afterSet.Contains(beforeKeys[j])) removed.Add(new ItemRef(j, before[j]));
        return new ListChanges(added, removed, changed) { Done = done };
    }

    private static bool IsText(JsonElement value, string text) => value.ValueKind == JsonValueKind.String && value.GetString() == text;

    private static List<string> Keys(string list, IReadOnlyList<JsonElement> items)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>(items.Count);
        foreach (var item in items)
        {
            var key = Key(list, item);
            var n = seen.GetValueOrDefault(key) + 1;
            seen[key] = n;
            keys.Add(n == 1 ? key : key + "\u0000" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return keys;
    }

    private static List<FieldChange> Fields(JsonElement before, JsonElement after)
    {
        var changes = new List<FieldChange>();
        if (before.ValueKind != JsonValueKind.Object || after.ValueKind != JsonValueKind.Object) return changes;
        var names = after.EnumerateObject().Select(p => p.Name)
            .Concat(before.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var was = before.TryGetProperty(name, out var b) ? b : default;
            var now = after.TryGetProperty(name, out var a) ? a : default;
            if (Canonical(was) == Canonical(now)) continue;
            IReadOnlyList<JsonElement> gained = [], lost = [];
            if (was.ValueKind is JsonValueKind.Array or JsonValueKind.Undefined && now.ValueKind is JsonValueKind.Array or JsonValueKind.Undefined)
            {
                gained = Missing(now, was);
                lost = Missing(was, now);
            }
            changes.Add(new FieldChange(name, was, now, gained, lost));
        }
        return changes;
    }

    // The entries of list a that list b lacks (by content), in a's order.
    private static List<JsonElement> Missing(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != JsonValueKind.Array) return [];
        var present = b.ValueKind == JsonValueKind.Array ? b.EnumerateArray().Select(Canonical).ToHashSet(StringComparer.Ordinal) : [];
        return a.EnumerateArray().Where(e => !present.Contains(Canonical(e))).ToList();
    }

    private static IReadOnlyList<JsonElement> List(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToList()
            : [];

    /// <summary>A value as compact JSON with object members in name order, so equal content compares equal; empty when absent.</summary>
    internal static string Canonical(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Undefined) return "";
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) Write(value, writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(JsonElement value, Utf8JsonWriter writer)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var p in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(p.Name);
                    Write(p.Value, writer);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray()) Write(item, writer);
                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
