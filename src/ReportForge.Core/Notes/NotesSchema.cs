using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ReportForge.Diagnostics;
using ReportForge.Text;

namespace ReportForge.Notes;

/// <summary>A template's JSON Schema for its notes, plus the declared shape the renderer fills with nulls.</summary>
public sealed class NotesSchema
{
    // Built on first use, not when the template loads: building a JSON Schema (the library's keyword tables and
    // meta-schemas on first use in a process) takes longer than reading a briefing's notes, and a render builds
    // it on the thread that checks the notes, beside the template's render.
    private readonly Lazy<(JsonSchema? Schema, Diagnostic? Problem)> _schema;
    private readonly JsonElement _source;
    // The quick check valid notes pass without the full validator; null when the schema uses more than it covers.
    private readonly CompiledSchema? _compiled;

    static NotesSchema()
    {
        // "date" is a date that exists, written YYYY-MM-DD (RFC 3339 full-date), in the quick check and the full
        // validator alike: the library's own check also lets a date-time through, and builds a collator to do it.
        Formats.Register(new PredicateFormat("date", node =>
            node is not JsonValue value || !value.TryGetValue<string>(out var text) || IsoDate.TryParse(text, out _)));
    }

    private NotesSchema(string text, JsonElement source, string file)
    {
        _schema = new(() => Build(text, file));
        _source = source;
        _compiled = CompiledSchema.TryCompile(source);
        Shape = SchemaShape.From(source);
    }

    /// <summary>The properties the schema declares, at every level.</summary>
    public SchemaShape Shape { get; }

    /// <summary>Reads a schema file's text; <paramref name="file"/> names it in messages.</summary>
    /// <remarks>JSON syntax is checked here; what JSON Schema itself refuses, by <see cref="Problems"/> and
    /// <see cref="Validate"/>.</remarks>
    public static Result<NotesSchema> Parse(string text, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Result<NotesSchema>.Ok(new NotesSchema(text, document.RootElement.Clone(), file));
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return Result<NotesSchema>.Fail(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, "the schema is not valid JSON: "
                + e.Message.Split(" LineNumber:")[0], location));
        }
    }

    /// <summary>Why the schema is not a usable JSON Schema; empty when it is (builds it if not built yet).</summary>
    public IReadOnlyList<Diagnostic> Problems => _schema.Value.Problem is { } problem ? [problem] : [];

    private static (JsonSchema?, Diagnostic?) Build(string text, string file)
    {
        try
        {
            return (JsonSchema.FromText(text), null);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException
            || e.GetType().Namespace == "Json.Schema")
        {
            return (null, new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, "the schema is not a valid JSON Schema: " + e.Message,
                SourceLocation.OfFile(file)));
        }
    }

    /// <summary>Every violation in the notes, each with its JSON pointer, line and column; empty when the notes conform.</summary>
    /// <remarks>A schema that is no valid JSON Schema gives its <see cref="Problems"/> instead.</remarks>
    public IReadOnlyList<Diagnostic> Validate(NotesDocument notes) => Quick(notes.Root) == Verdict.Valid ? [] : Full(notes);

    /// <summary>The quick check's verdict on the notes; null when the schema does not compile for it.</summary>
    internal Verdict? Quick(JsonElement notes) => _compiled?.Check(notes);

    /// <summary>Every violation, found by the full JSON Schema validator.</summary>
    internal IReadOnlyList<Diagnostic> Full(NotesDocument notes)
    {
        if (_schema.Value is not ({ } schema, null)) return Problems;
        // Hierarchical, not List: a failed branch of an anyOf/oneOf whose parent passed is not a violation,
        // and only the tree says which failures sit under a node that passed.
        if (schema.Evaluate(notes.Root, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid) return [];
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
        var results = schema.Evaluate(notes.Root, options);
        if (results.IsValid) return [];

        var seen = new HashSet<(string, string)>();
        var found = new List<(SourceLocation Location, string Message)>();
        var pending = new Stack<EvaluationResults>([results]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.IsValid) continue;
            var pointer = node.InstanceLocation.ToString();
            var explained = false;
            foreach (var (applicator, group) in Failing(node))
            {
                explained = true;
                // "date or due": one error saying no alternative holds, not one error per alternative.
                if (applicator == "anyOf" && LeafMessages(group, pointer) is { } alternatives && seen.Add((pointer, "anyOf")))
                    found.Add((notes.Locate(pointer), Describe(pointer, "anyOf", "none of the alternatives holds: " + string.Join("; or ", alternatives))));
                else
                    foreach (var child in group) pending.Push(child);
            }
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                explained = true;
                if (!seen.Add((pointer, message))) continue;
                var location = notes.Locate(pointer);
                found.Add((location, Describe(pointer, keyword, Explain(keyword, message, node, notes))));
            }
            // A failure the validator gives no message for (a "not" whose schema matched): said in our words, so
            // notes that fail never pass for want of a message.
            if (!explained && seen.Add((pointer, node.EvaluationPath.ToString())))
            {
                var negated = (node.Details ?? []).FirstOrDefault(c => c.IsValid && ApplicatorOf(c.EvaluationPath.ToString()) == "not");
                found.Add((notes.Locate(pointer), negated is not null
                    ? Describe(pointer, "not", $"matches the schema at {negated.EvaluationPath}, which it must not")
                    : Describe(pointer, "schema",
                        $"does not satisfy the schema at {(node.EvaluationPath.ToString() is { Length: > 0 } path ? path : "its root")}")));
            }
        }

        // Never "invalid" without a word: notes the validator refuses are refused with at least this.
        if (found.Count == 0) found.Add((notes.Locate(""), Describe("", "schema", "do not satisfy the schema")));
        return found
            .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Message, StringComparer.Ordinal)
            .Select(f => new Diagnostic(ErrorCodes.NotesSchemaViolation, Severity.Error, f.Message, f.Location))
            .ToList();
    }

    /// <summary>
    /// The children whose failure counts: a failed branch of an anyOf with a passing sibling, of a oneOf
    /// with exactly one passing sibling, or inside an if or not, is how those keywords work, not a violation.
    /// </summary>
    private static IEnumerable<(string? Applicator, List<EvaluationResults> Group)> Failing(EvaluationResults node)
    {
        var children = node.Details ?? [];
        foreach (var group in children.GroupBy(c => ApplicatorOf(c.EvaluationPath.ToString())))
        {
            var passed = group.Key switch
            {
                "anyOf" => group.Any(c => c.IsValid),
                "oneOf" => group.Count(c => c.IsValid) == 1,
                "if" or "not" => true,
                _ => group.All(c => c.IsValid),
            };
            if (passed) continue;
            yield return (group.Key, group.ToList());
        }
    }

    /// <summary>The one message of each alternative, when each fails by exactly one error of its own at the same value.</summary>
    private static List<string>? LeafMessages(List<EvaluationResults> alternatives, string pointer)
    {
        var messages = new List<string>();
        foreach (var alternative in alternatives)
        {
            if (alternative.InstanceLocation.ToString() != pointer || alternative.Errors is not { Count: 1 } errors
                || (alternative.Details ?? []).Any(d => !d.IsValid)) return null;
            messages.Add(errors.Values.Single());
        }
        return messages.Count > 1 ? messages : null;
    }

    private static string? ApplicatorOf(string evaluationPath)
    {
        var parts = evaluationPath.Split('/');
        if (parts.Length >= 3 && parts[^2] is "anyOf" or "oneOf" && int.TryParse(parts[^1], out _)) return parts[^2];
        if (parts.Length >= 2 && parts[^1] is "if" or "not" && parts[^2] is not ("properties" or "patternProperties" or "dependentSchemas" or "$defs"))
            return parts[^1];
        return null;
    }

    /// <summary>
    /// For the keywords whose stock message hides what is wrong, a message naming the value: the statuses an
    /// enum allows, or that 2022-02-30 is no date. Other keywords keep the validator's message.
    /// </summary>
    private string Explain(string keyword, string message, EvaluationResults node, NotesDocument notes)
    {
        if (keyword is not ("enum" or "format") || Subschema(node.SchemaLocation) is not { } subschema) return message;
        if (node.InstanceLocation.Evaluate(notes.Root) is not { } value) return message;
        if (keyword == "enum" && subschema.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array)
            return $"{Shorten(value.GetRawText())} is not one of {string.Join(", ", allowed.EnumerateArray().Select(v => v.GetRawText()))}";
        if (keyword == "format" && subschema.TryGetProperty("format", out var format) && format.GetString() == "date")
            return $"{Shorten(value.GetRawText())} is not a date that exists, written YYYY-MM-DD";
        return message;
    }

    private JsonElement? Subschema(Uri location)
    {
        var fragment = Uri.UnescapeDataString(location.Fragment.TrimStart('#'));
        var node = _source;
        foreach (var segment in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var child)) node = child;
            else if (node.ValueKind == JsonValueKind.Array && int.TryParse(name, out var index) && index < node.GetArrayLength()) node = node[index];
            else return null;
        }
        return node;
    }

    private static string Shorten(string json) => json.Length <= 60 ? json : json[..56] + "…" + json[^1];

    private static string Describe(string pointer, string keyword, string message)
    {
        var where = pointer.Length == 0 ? "the notes" : pointer;
        return $"{where}: {message} ({keyword})";
    }
}
