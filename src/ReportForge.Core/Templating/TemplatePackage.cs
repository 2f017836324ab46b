using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportForge.Diagnostics;
using ReportForge.Notes;
using ReportForge.Theming;

namespace ReportForge.Templating;

/// <summary>A loaded template: manifest, entry template text, notes schema and theme.</summary>
public sealed class TemplatePackage
{
    private TemplatePackage(ITemplateSource source, TemplateManifest manifest, string entryText, NotesSchema schema, Theme theme)
    {
        Source = source;
        Manifest = manifest;
        EntryText = entryText;
        Schema = schema;
        Theme = theme;
    }

    /// <summary>Where the package's files come from.</summary>
    public ITemplateSource Source { get; }
    /// <summary>template.json.</summary>
    public TemplateManifest Manifest { get; }
    /// <summary>The entry template's text.</summary>
    public string EntryText { get; }
    /// <summary>How messages name the entry template.</summary>
    public string EntryFile => Source.DisplayPath(Manifest.Entry);
    /// <summary>The notes schema.</summary>
    public NotesSchema Schema { get; }
    /// <summary>The theme.</summary>
    public Theme Theme { get; }

    /// <summary>Loads and checks every file of a package.</summary>
    public static Result<TemplatePackage> Load(ITemplateSource source)
    {
        var manifestText = source.ReadText("template.json", "template.json");
        if (!manifestText.Succeeded) return manifestText.Cast<TemplatePackage>();
        if (manifestText.Value is null)
            return Fail(ErrorCodes.TemplateNotFound, "the template has no template.json", source.DisplayPath("template.json"));
        var manifest = Deserialize(manifestText.Value, source.DisplayPath("template.json"), ManifestJsonContext.Default.TemplateManifest);
        if (!manifest.Succeeded) return manifest.Cast<TemplatePackage>();

        var m = manifest.Value;
        if (m.Classification.Levels.Count == 0)
            return Fail(ErrorCodes.TemplatePackageInvalid, "classification.levels must name at least one level", source.DisplayPath("template.json"));
        var levels = ClassificationLevelCheck.Check(m.Classification.Levels,
            pointer => Locate(manifestText.Value, pointer, source.DisplayPath("template.json")));
        if (levels.Count > 0) return Result<TemplatePackage>.Fail(levels);

        if (m.Formats.Count == 0)
            return Result<TemplatePackage>.Fail(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error,
                "formats: the list is empty, so the template would write nothing; name pdf, docx or both, or leave the key out for both",
                Locate(manifestText.Value, "/formats", source.DisplayPath("template.json"))));

        if (m.Timeout is { } seconds && RenderOptions.TimeoutProblem(seconds) is { } problem)
            return Fail(ErrorCodes.TemplatePackageInvalid, $"timeout: {problem}", source.DisplayPath("template.json"));

        if (m.PdfStandard is { } standard && !Model.PdfStandard.TryParse(standard, out _, out var standardProblem))
            return Result<TemplatePackage>.Fail(new Diagnostic(ErrorCodes.PdfStandardUnsupported, Severity.Error, $"/pdf_standard: {standardProblem}",
                Locate(manifestText.Value, "/pdf_standard", source.DisplayPath("template.json"))));

        var parameters = TemplateParameters.Check(m, source.DisplayPath("template.json"));
        if (parameters.Count > 0) return Result<TemplatePackage>.Fail(parameters);

        var entry = source.ReadText(m.Entry, "the entry template");
        if (!entry.Succeeded) return entry.Cast<TemplatePackage>();
        if (entry.Value is null) return Fail(ErrorCodes.TemplateNotFound, $"the entry template '{m.Entry}' is missing", source.DisplayPath(m.Entry));

        // Templates on the same kind of notes share one schema in templates/_shared (schemas/talks.json).
        var schemaText = TemplateLocator.FindText(source, m.Schema, "the schema");
        if (!schemaText.Succeeded) return schemaText.Cast<TemplatePackage>();
        if (schemaText.Value is not var (schemaJson, schemaFile))
            return Fail(ErrorCodes.TemplatePackageInvalid, $"the schema '{m.Schema}' is missing", source.DisplayPath(m.Schema));
        var schema = NotesSchema.Parse(schemaJson, schemaFile);
        if (!schema.Succeeded) return schema.Cast<TemplatePackage>();

        var themeText = source.ReadText(m.Theme, "the theme");
        if (!themeText.Succeeded) return themeText.Cast<TemplatePackage>();
        var theme = themeText.Value is null
            ? Result<Theme>.Ok(Theme.Default)
            : ThemeReader.Read(themeText.Value, source.DisplayPath(m.Theme));
        if (!theme.Succeeded) return theme.Cast<TemplatePackage>();

        // The theme's warnings (unknown keys) travel with the package.
        return Result<TemplatePackage>.Ok(new TemplatePackage(source, m, entry.Value, schema.Value, theme.Value), theme.Diagnostics);
    }

    private static Result<T> Deserialize<T>(string text, string file, JsonTypeInfo<T> info)
    {
        try
        {
            var value = JsonSerializer.Deserialize(text, info);
            return value is null
                ? Result<T>.Fail(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, "expected a JSON object", new SourceLocation(file, 1, 1)))
                : Result<T>.Ok(value);
        }
        catch (JsonException e)
        {
            var location = new SourceLocation(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            var message = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
            if (e.Path is { Length: > 1 } path) message += $" (at {path})";
            return Result<T>.Fail(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, message, location));
        }
    }

    // Where the value at a JSON pointer of an already parsed file starts.
    private static SourceLocation Locate(string json, string pointer, string file)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);
        var offsets = JsonPointerMap.Build(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var (line, column) = new TextPositions(utf8).At(offsets.GetValueOrDefault(pointer));
        return new SourceLocation(file, line, column, pointer);
    }

    private static Result<TemplatePackage> Fail(string code, string message, string file) =>
        Result<TemplatePackage>.Fail(new Diagnostic(code, Severity.Error, message, SourceLocation.OfFile(file)));
}
