using System.Text.Json;
using Json.Schema;
using ReportForge.Diagnostics;

namespace ReportForge.Notes;

/// <summary>A template's JSON Schema for its notes, plus the declared shape the renderer fills with nulls.</summary>
public sealed class NotesSchema
{
    private readonly JsonSchema _schema;

    private NotesSchema(JsonSchema schema, JsonElement source)
    {
        _schema = schema;
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
            // A registry per schema: the global one refuses a second schema with the same $id (a template loaded twice in one process).
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
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };
        var results = _schema.Evaluate(notes.Root, options);
        if (results.IsValid) return [];

        var seen = new HashSet<(string, string)>();
        var found = new List<(SourceLocation Location, string Message)>();
        Collect(results, notes, seen, found);

        return found
            .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Message, StringComparer.Ordinal)
            .Select(f => new Diagnostic(ErrorCodes.NotesSchemaViolation, Severity.Error, f.Message, f.Location))
            .ToList();
    }

    // Walks the result tree, skipping every subtree that passed. The branches of an anyOf/oneOf come
    // back as siblings: when one branch holds, the others are not errors; when none does, they are
    // reported as one message listing the alternatives.
    private static void Collect(EvaluationResults node, NotesDocument notes, HashSet<(string, string)> seen, List<(SourceLocation, string)> found)
    {
        if (node.IsValid) return;
        var pointer = node.InstanceLocation.ToString();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            Add(pointer, keyword, message);

        var children = node.Details ?? [];
        var branches = children.Where(c => BranchGroup(c) is not null).GroupBy(c => (BranchGroup(c)!, c.InstanceLocation.ToString()));
        foreach (var group in branches)
        {
            if (group.Any(c => c.IsValid)) continue;
            var alternatives = group.SelectMany(c => c.Errors?.Values.AsEnumerable() ?? []).Distinct().ToList();
            if (alternatives.Count > 0)
                Add(group.Key.Item2, "anyOf", "none of the alternatives holds: " + string.Join("; or ", alternatives));
            foreach (var child in group)
            {
                foreach (var grandchild in child.Details ?? []) Collect(grandchild, notes, seen, found);
            }
        }
        foreach (var child in children.Where(c => BranchGroup(c) is null)) Collect(child, notes, seen, found);

        void Add(string at, string keyword, string message)
        {
            if (seen.Add((at, message))) found.Add((notes.Locate(at), Describe(at, keyword, message)));
        }
    }

    private static string? BranchGroup(EvaluationResults node)
    {
        var path = node.EvaluationPath.ToString();
        foreach (var keyword in new[] { "/anyOf/", "/oneOf/" })
        {
            var at = path.LastIndexOf(keyword, StringComparison.Ordinal);
            if (at >= 0 && path.AsSpan(at + keyword.Length).IndexOf('/') < 0) return path[..(at + keyword.Length)];
        }
        return null;
    }

    private static string Describe(string pointer, string keyword, string message)
    {
        var where = pointer.Length == 0 ? "the notes" : pointer;
        return $"{where}: {message} ({keyword})";
    }
}
