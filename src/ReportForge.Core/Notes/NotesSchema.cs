using System.Text.Json;
using Json.Schema;
using ReportForge.Diagnostics;

namespace ReportForge.Notes;

/// <summary>A template's JSON Schema for its notes, plus the declared shape the renderer fills with nulls.</summary>
public sealed class NotesSchema
{
    private readonly JsonSchema _schema;
    private readonly JsonElement _source;

    private NotesSchema(JsonSchema schema, JsonElement source)
    {
        _schema = schema;
        _source = source;
        Shape = SchemaShape.From(source);
    }

    /// <summary>The properties the schema declares, at every level.</summary>
    public SchemaShape Shape { get; }

    /// <summary>Reads a schema file's text; <paramref name="file"/> names it in messages.</summary>
    public static Result<NotesSchema> Parse(string text, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var source = document.RootElement.Clone();
            // A registry per schema: the global one refuses a second schema with the same $id, so loading
            // one template twice in a process (two renders, tests) would fail.
            var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            return Result<NotesSchema>.Ok(new NotesSchema(schema, source));
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            return Result<NotesSchema>.Fail(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, "the schema is not valid JSON: " + e.Message.Split(" LineNumber:")[0], location));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException || e.GetType().Namespace == "Json.Schema")
        {
            return Result<NotesSchema>.Fail(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, "the schema is not a valid JSON Schema: " + e.Message, SourceLocation.OfFile(file)));
        }
    }

    /// <summary>Every violation in the notes, each with its JSON pointer, line and column; empty when the notes conform.</summary>
    public IReadOnlyList<Diagnostic> Validate(NotesDocument notes)
    {
        // Hierarchical, not List: a failed branch of an anyOf/oneOf whose parent passed is not a violation,
        // and only the tree says which failures sit under a node that passed.
        if (_schema.Evaluate(notes.Root, new EvaluationOptions { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true }).IsValid) return [];
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
        var results = _schema.Evaluate(notes.Root, options);
        if (results.IsValid) return [];

        var seen = new HashSet<(string, string)>();
        var found = new List<(SourceLocation Location, string Message)>();
        var pending = new Stack<EvaluationResults>([results]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.IsValid) continue;
            var pointer = node.InstanceLocation.ToString();
            foreach (var (applicator, group) in Failing(node))
            {
                // "date or due": one error saying no alternative holds, not one error per alternative.
                if (applicator == "anyOf" && LeafMessages(group, pointer) is { } alternatives && seen.Add((pointer, "anyOf")))
                    found.Add((notes.Locate(pointer), Describe(pointer, "anyOf", "none of the alternatives holds: " + string.Join("; or ", alternatives))));
                else
                    foreach (var child in group) pending.Push(child);
            }
            if (node.Errors is null) continue;
            foreach (var (keyword, message) in node.Errors)
            {
                if (!seen.Add((pointer, message))) continue;
                var location = notes.Locate(pointer);
                found.Add((location, Describe(pointer, keyword, Explain(keyword, message, node, notes))));
            }
        }

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
                _ => false,
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
        if (parts.Length >= 2 && parts[^1] is "if" or "not" && parts[^2] is not ("properties" or "patternProperties" or "dependentSchemas" or "$defs")) return parts[^1];
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
