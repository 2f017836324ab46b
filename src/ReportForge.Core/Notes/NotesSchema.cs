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
            var schema = JsonSchema.FromText(text);
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
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = _schema.Evaluate(notes.Root, options);
        if (results.IsValid) return [];

        var seen = new HashSet<(string, string)>();
        var found = new List<(SourceLocation Location, string Message)>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.IsValid || detail.Errors is null) continue;
            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                if (!seen.Add((pointer, message))) continue;
                var location = notes.Locate(pointer);
                found.Add((location, Describe(pointer, keyword, message)));
            }
        }

        return found
            .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Message, StringComparer.Ordinal)
            .Select(f => new Diagnostic(ErrorCodes.NotesSchemaViolation, Severity.Error, f.Message, f.Location))
            .ToList();
    }

    private static string Describe(string pointer, string keyword, string message)
    {
        var where = pointer.Length == 0 ? "the notes" : pointer;
        return $"{where}: {message} ({keyword})";
    }
}
