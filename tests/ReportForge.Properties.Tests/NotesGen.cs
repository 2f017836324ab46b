using System.Text.Json.Nodes;
using CsCheck;

namespace ReportForge.Tests;

/// <summary>
/// Random notes in the shape of the shipped talks schema (templates/_shared/schemas/talks.json), and near
/// misses: a value of the wrong type, a required field left out, an impossible date, a status or marking
/// that is not one of the allowed ones, or JSON cut off mid-way.
/// </summary>
internal static class NotesGen
{
    private static readonly Gen<string> Text = MarkupGen.Plain;

    private static readonly Gen<string> Date = Gen.DateOnly[new DateOnly(1999, 12, 25), new DateOnly(2031, 1, 5)]
        .Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<string> Marking = Gen.OneOf("UNCLASSIFIED", "OFFICIAL", "OFFICIAL-SENSITIVE", "CONFIDENTIAL", "SECRET", "TOP SECRET");

    private static Gen<JsonNode?> Optional(Gen<JsonNode?> gen) => Gen.Frequency((2, gen), (1, Gen.Const((JsonNode?)null)));

    private static Gen<JsonNode?> Str(Gen<string> gen) => gen.Select(s => (JsonNode?)JsonValue.Create(s));

    private static Gen<JsonNode?> Strings => Text.Array[0, 4].Select(a => (JsonNode?)new JsonArray(a.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()));

    private static Gen<JsonNode?> Participant => Gen.Select(Optional(Str(Text)), Optional(Str(Text)), Optional(Str(Text)),
        (name, role, side) => Object(("name", name), ("role", role), ("side", side)));

    private static Gen<JsonNode?> Talk => Gen.Select(
        Gen.Select(Gen.String[Gen.Char["abcdefgh-"], 1, 8], Text, Optional(Str(Text)), Gen.Bool, Date, Optional(Str(Text)), (a, b, c, d, e, f) => (a, b, c, d, e, f)),
        Gen.Select(Optional(Str(Date)), Optional(Str(Text)), Optional(Str(Gen.OneOf("scheduled", "held", "agreed", "postponed", "cancelled"))),
            Optional(Gen.Double[0, 48].Select(h => (JsonNode?)JsonValue.Create(Math.Round(h, 2)))), Optional(Participant.Array[0, 3].Select(Array)),
            (a, b, c, d, e) => (a, b, c, d, e)),
        Gen.Select(Optional(Str(Text)), Optional(Strings), Optional(Str(Marking)), (a, b, c) => (a, b, c)),
        (a, b, c) => Object(("id", JsonValue.Create(a.Item1)), ("title", JsonValue.Create(a.Item2)), ("format", a.Item3),
            a.Item4 ? ("date", JsonValue.Create(a.Item5)) : ("due", JsonValue.Create(a.Item2)), ("location", a.Item6),
            ("end_date", b.Item1), ("status", b.Item3), ("duration_hours", b.Item4), ("participants", b.Item5),
            ("outcome", c.Item1), ("notes", c.Item2), ("classification", c.Item3)));

    private static Gen<JsonNode?> Position => Gen.Select(Text, Optional(Str(Text)), Optional(Strings), Optional(Strings),
        (side, summary, demands, redLines) => Object(("side", JsonValue.Create(side)), ("summary", summary), ("demands", demands), ("red_lines", redLines)));

    private static Gen<JsonNode?> Quote => Gen.Select(Text, Text, Optional(Str(Gen.OneOf("Дмитро Кулеба", "Κυριάκος", "日本語")))
        , Optional(Str(Text)), Optional(Str(Date)), Optional(Str(Text)),
        (speaker, text, native, role, date, context) => Object(("speaker", JsonValue.Create(speaker)), ("text", JsonValue.Create(text)),
            ("speaker_native", native), ("role", role), ("date", date), ("context", context)));

    private static Gen<JsonNode?> TimelineEntry => Gen.Select(Date, Text, (date, e) => Object(("date", JsonValue.Create(date)), ("event", JsonValue.Create(e))));

    private static Gen<JsonNode?> NextStep => Gen.Select(Text, Optional(Str(Date)), Optional(Str(Text)),
        (action, date, owner) => Object(("action", JsonValue.Create(action)), ("date", date), ("owner", owner)));

    private static Gen<JsonNode?> Source => Gen.Select(Optional(Str(Text)), Optional(Str(Text)), Optional(Str(Gen.OneOf("https://reportforge.invalid/news?id=1&x=y", "urn:isbn:0451450523"))),
        (title, publisher, url) => Object(("title", title), ("publisher", publisher), ("url", url)));

    /// <summary>Notes the schema accepts.</summary>
    public static Gen<JsonObject> Valid { get; } = Gen.Select(
        Gen.Select(Text, Date, Optional(Str(Text)), Optional(Str(Text)), Optional(Str(Marking)), Optional(Strings), (a, b, c, d, e, f) => (a, b, c, d, e, f)),
        Gen.Select(Talk.Array[0, 4].Select(Array), Position.Array[0, 3].Select(Array), Quote.Array[0, 4].Select(Array), (a, b, c) => (a, b, c)),
        Gen.Select(TimelineEntry.Array[0, 4].Select(Array), NextStep.Array[0, 3].Select(Array), Source.Array[0, 3].Select(Array), (a, b, c) => (a, b, c)),
        (head, middle, tail) => (JsonObject)Object(("title", JsonValue.Create(head.Item1)), ("date", JsonValue.Create(head.Item2)),
            ("subtitle", head.Item3), ("author", head.Item4), ("classification", head.Item5), ("summary", head.Item6),
            ("talks", middle.Item1), ("positions", middle.Item2), ("quotes", middle.Item3),
            ("timeline", tail.Item1), ("next_steps", tail.Item2), ("sources", tail.Item3))!);

    /// <summary>Notes as JSON text: mostly valid, often a near miss.</summary>
    public static Gen<string> Json { get; } = Gen.Select(Valid, Gen.Int[0, 7], Gen.Int[0, 1000], (notes, kind, pick) => Mutate(notes, kind, pick));

    private static string Mutate(JsonObject notes, int kind, int pick)
    {
        var values = Descendants(notes).ToList();
        var (parent, key, _) = values[pick % values.Count];
        switch (kind)
        {
            case 1: Replace(parent, key, JsonValue.Create(pick)); break;
            case 2: Replace(parent, key, pick % 2 == 0 ? new JsonArray() : new JsonObject()); break;
            case 3: if (parent is JsonObject o) o.Remove(key); else Replace(parent, key, null); break;
            case 4: Replace(parent, key, JsonValue.Create(pick % 2 == 0 ? "2022-02-30" : "11/01/2022")); break;
            case 5: notes["classification"] = "ULTRA"; break;
            case 6:
                var text = notes.ToJsonString();
                return text[..(pick % text.Length)];
        }
        return notes.ToJsonString();
    }

    private static IEnumerable<(JsonNode Parent, string Key, JsonNode? Value)> Descendants(JsonNode node)
    {
        IEnumerable<(string, JsonNode?)> children = node switch
        {
            JsonObject o => o.Select(kv => (kv.Key, kv.Value)).ToList(),
            JsonArray a => a.Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)).ToList(),
            _ => [],
        };
        foreach (var (key, value) in children)
        {
            yield return (node, key, value);
            if (value is not null) foreach (var d in Descendants(value)) yield return d;
        }
    }

    private static void Replace(JsonNode parent, string key, JsonNode? value)
    {
        if (parent is JsonObject o) o[key] = value;
        else if (parent is JsonArray a) a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = value;
    }

    private static JsonNode? Array(JsonNode?[] items) => new JsonArray(items);

    private static JsonNode? Object(params (string Key, JsonNode? Value)[] properties)
    {
        var o = new JsonObject();
        foreach (var (key, value) in properties)
        {
            if (value is not null) o[key] = value;
        }
        return o;
    }
}
