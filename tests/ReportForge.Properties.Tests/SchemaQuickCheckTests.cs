using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ReportForge.Notes;

namespace ReportForge.Tests;

/// <summary>
/// The notes' quick schema check against the full JSON Schema validator on random notes: whatever the quick check
/// calls valid, the validator accepts, and whatever it calls invalid, the validator refuses. (It may be unsure;
/// then the validator decides.) The shipped schemas, and schemas that use every keyword the check covers.
/// </summary>
public sealed class SchemaQuickCheckTests
{
    private static readonly string[] Strings =
    [
        "", " ", "a", "ab", "abc", "x y", "2022-01-10", "2024-02-29", "2022-02-30", "2022-1-10", "2022-01-10T10:00:00Z",
        "https://example.invalid/a?b=c", "urn:isbn:0451450523", "/relative/path", "not a uri", "mailto:x@example.invalid",
        "e\u0301", "e\u0301e\u0301", "👍🏽", "👍🏽👍🏽", "日本語", "\r\n", "OFFICIAL", "agreed", "pending", "Дмитро",
    ];

    private static Gen<T> Pick<T>(T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<JsonNode?> Scalar = Gen.Frequency(
        (4, Pick(Strings).Select(s => (JsonNode?)JsonValue.Create(s))),
        (2, Pick(["0", "1", "1.0", "2", "2.5", "-3", "3", "10", "1e2", "100", "0.5", "-0"]).Select(n => JsonNode.Parse(n))),
        (1, Pick(["true", "false", "null"]).Select(j => JsonNode.Parse(j))));

    private static readonly string[] Keys = ["a", "b", "c", "n", "s", "items", "title", "date", "talks"];

    private static Gen<JsonNode?> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, Value(depth - 1).Array[0, 3].Select(items => (JsonNode?)new JsonArray(items))),
            (2, Gen.Select(Pick(Keys), Value(depth - 1), (k, v) => (k, v)).Array[0, 4].Select(Object)));

    private static JsonNode? Object((string Key, JsonNode? Value)[] properties)
    {
        var o = new JsonObject();
        foreach (var (key, value) in properties) o[key] = value?.DeepClone();
        return o;
    }

    // Schemas that use each keyword the quick check covers, several at once.
    private static readonly string[] Keywords =
    [
        """{ "type": "object", "required": ["a"], "properties": { "a": { "type": "integer", "minimum": 1, "exclusiveMaximum": 10 }, "s": { "type": "string", "minLength": 2, "maxLength": 3 } } }""",
        """{ "type": ["object", "null"], "additionalProperties": false, "properties": { "a": true, "b": { "enum": ["agreed", "pending", null, 1, true] } } }""",
        """{ "additionalProperties": { "type": "string", "format": "date" } }""",
        """{ "properties": { "a": { "format": "uri" }, "b": { "const": "OFFICIAL" }, "c": { "const": 1 } } }""",
        """{ "items": { "anyOf": [ { "type": "string", "format": "date" }, { "type": "number", "maximum": 3 } ] }, "minItems": 1, "maxItems": 2 }""",
        """{ "oneOf": [ { "type": "string" }, { "type": "string", "minLength": 3 }, { "type": "integer" } ] }""",
        """{ "if": { "type": "object", "required": ["a"] }, "then": { "properties": { "a": { "type": "string" } } }, "else": { "not": { "type": "array" } } }""",
        """{ "$defs": { "node": { "type": "object", "properties": { "items": { "type": "array", "items": { "$ref": "#/$defs/node" } }, "n": { "type": "number", "minimum": 0.5 } } } }, "$ref": "#/$defs/node" }""",
        """{ "type": "object", "properties": { "a": { "$ref": "#/$defs/again" }, "s": { "type": "string", "maxLength": 1 } }, "allOf": [ { "not": { "required": ["c"] } } ], "$defs": { "again": { "type": "object", "properties": { "s": { "type": "string", "maxLength": 1 } }, "not": { "required": ["c"] } } } }""",
        """{ "definitions": { "name": { "type": "string", "minLength": 1 } }, "properties": { "title": { "$ref": "#/definitions/name" }, "n": { "type": "integer", "maximum": 2 } } }""",
        """false""",
    ];

    [Fact]
    public void The_shipped_schemas_compile_for_the_quick_check()
    {
        foreach (var file in ShippedSchemas())
            Assert.NotNull(NotesSchema.Parse(File.ReadAllText(file), file).Value.Quick(JsonDocument.Parse("{}").RootElement));
    }

    [Fact]
    public void On_talks_notes_the_quick_check_agrees_with_the_validator()
    {
        var schemas = ShippedSchemas().Select(f => NotesSchema.Parse(File.ReadAllText(f), f).Value).ToList();
        var notes = Gen.Select(NotesGen.Valid, Gen.Int[0, 9], Gen.Int[0, 1000], Pick(Strings), Mutate);
        PropertyRuns.Check(notes, json => { foreach (var schema in schemas) Agree(schema, json); }, iterations: 300, print: json => json);
    }

    [Fact]
    public void On_any_JSON_the_quick_check_agrees_with_the_validator_for_every_keyword_it_covers()
    {
        var schemas = Keywords.Select(text => NotesSchema.Parse(text, "schema.json").Value).ToList();
        Assert.All(schemas, s => Assert.NotNull(s.Quick(JsonDocument.Parse("{}").RootElement)));
        var cases = Gen.Select(Gen.Int[0, schemas.Count - 1], Value(3), (index, value) => (index, Json: value?.ToJsonString() ?? "null"));
        PropertyRuns.Check(cases, c => Agree(schemas[c.index], c.Json), iterations: 3000, print: c => Keywords[c.index] + " ⟵ " + c.Json);
    }

    [Fact]
    public void Any_JSON_as_a_schema_compiles_or_is_left_to_the_validator_without_throwing()
    {
        // Keywords with values of every kind: a schema the check cannot read must never stop a template loading.
        var keyword = Pick(["type", "enum", "const", "minLength", "maxLength", "format", "minimum", "maximum", "exclusiveMinimum",
            "minItems", "items", "properties", "additionalProperties", "required", "$ref", "allOf", "anyOf", "oneOf", "not", "if",
            "then", "$defs", "$schema", "$id"]);
        var schemas = Gen.Select(keyword, Value(2), (k, v) => (k, v)).Array[1, 4].Select(Object);
        var notes = JsonDocument.Parse("""{ "a": 1, "s": "x", "items": [1, "2"] }""").RootElement;
        PropertyRuns.Check(schemas, schema =>
        {
            var parsed = NotesSchema.Parse(schema?.ToJsonString() ?? "null", "schema.json");
            if (parsed.Succeeded) _ = parsed.Value.Quick(notes);
        }, iterations: 3000, print: schema => schema?.ToJsonString() ?? "null");
    }

    [Theory]
    [InlineData("""{ "type": "string", "pattern": "^a" }""")]
    [InlineData("""{ "items": [ { "type": "string" } ] }""")]
    [InlineData("""{ "$ref": "other.json#/x" }""")]
    [InlineData("""{ "properties": { "a": { "$ref": "#" } } }""")]
    [InlineData("""{ "$defs": { "a": { "$id": "inner", "type": "string" } }, "$ref": "#/$defs/a" }""")]
    [InlineData("""{ "unevaluatedProperties": false }""")]
    [InlineData("""{ "format": "email" }""")]
    [InlineData("""{ "$schema": "http://json-schema.org/draft-07/schema#", "type": "object" }""")]
    [InlineData("""{ "x-custom": 1 }""")]
    [InlineData("""{ "minLength": 1.5 }""")]
    [InlineData("""{ "minimum": "5" }""")]
    [InlineData("""{ "type": [] }""")]
    public void A_schema_with_more_than_the_check_covers_is_left_to_the_validator(string text) =>
        Assert.Null(NotesSchema.Parse(text, "schema.json").Value.Quick(JsonDocument.Parse("{}").RootElement));

    private static void Agree(NotesSchema schema, string json)
    {
        NotesDocument notes;
        try
        {
            notes = TempNotes(json);
        }
        catch (JsonException)
        {
            return;
        }
        var quick = schema.Quick(notes.Root);
        if (quick is null or Verdict.Unsure) return;
        var full = schema.Full(notes);
        if (quick == Verdict.Valid) Assert.True(full.Count == 0, "quick check: valid; validator: " + string.Join("; ", full));
        else Assert.True(full.Count > 0, "quick check: invalid; validator: valid");
    }

    private static NotesDocument TempNotes(string json) =>
        NotesDocument.Parse(System.Text.Encoding.UTF8.GetBytes(json), "notes.json") is { Succeeded: true } parsed ? parsed.Value : throw new JsonException();

    private static IEnumerable<string> ShippedSchemas() =>
        Directory.EnumerateFiles(TestPaths.Templates, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) == "schema.json" || Path.GetFileName(Path.GetDirectoryName(f)) == "schemas")
            .Order(StringComparer.Ordinal);

    private static string Mutate(JsonObject notes, int kind, int pick, string text)
    {
        var values = Descendants(notes).ToList();
        var (parent, key) = values[pick % values.Count];
        JsonNode? replacement = kind switch
        {
            0 => JsonValue.Create(text),
            1 => JsonNode.Parse(pick % 3 == 0 ? "1.0" : pick % 3 == 1 ? "-2" : "1e3"),
            2 => null,
            3 => pick % 2 == 0 ? new JsonArray() : new JsonObject(),
            _ => JsonValue.Create(pick % 2 == 0),
        };
        if (kind == 5 && parent is JsonObject removeFrom) removeFrom.Remove(key);
        else if (kind == 6 && parent is JsonObject addTo) addTo["unknown_" + pick] = JsonValue.Create(text);
        else if (kind >= 7) return notes.ToJsonString();
        else if (parent is JsonObject o) o[key] = replacement;
        else if (parent is JsonArray a) a[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = replacement;
        return notes.ToJsonString();
    }

    private static IEnumerable<(JsonNode Parent, string Key)> Descendants(JsonNode node)
    {
        var children = node switch
        {
            JsonObject o => o.Select(kv => (kv.Key, kv.Value)).ToList(),
            JsonArray a => a.Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)).ToList(),
            _ => [],
        };
        foreach (var (key, value) in children)
        {
            yield return (node, key);
            if (value is not null) foreach (var d in Descendants(value)) yield return d;
        }
    }
}
