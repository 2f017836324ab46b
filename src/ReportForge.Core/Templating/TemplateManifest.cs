using System.Text.Json.Serialization;

namespace ReportForge.Templating;

/// <summary>The contents of a template's <c>template.json</c>.</summary>
public sealed class TemplateManifest
{
    /// <summary>Name used with <c>-t</c>.</summary>
    public string Name { get; set; } = "";
    /// <summary>One line saying what the template makes.</summary>
    public string Description { get; set; } = "";
    /// <summary>The template's version.</summary>
    public string Version { get; set; } = "1.0.0";
    /// <summary>The Scriban entry point.</summary>
    public string Entry { get; set; } = "template.sbn";
    /// <summary>The notes schema file, in the template's folder or else in <c>templates/_shared</c>.</summary>
    public string Schema { get; set; } = "schema.json";
    /// <summary>The theme file.</summary>
    public string Theme { get; set; } = "theme.json";
    /// <summary>Formats written when none are asked for.</summary>
    public List<string> Formats { get; set; } = ["pdf", "docx"];
    /// <summary>Culture for dates, numbers and Humanizer phrases.</summary>
    public string Culture { get; set; } = "en-US";
    /// <summary>
    /// A layout that wraps the entry file: <c>layouts/NAME.sbn</c> of the template or of <c>templates/_shared</c>;
    /// the layout calls <c>{{ render_body }}</c> where the entry file's output goes. None when null.
    /// </summary>
    public string? Layout { get; set; }
    /// <summary>
    /// When set, <c>render</c> writes one document per item of this top-level list of the notes (as <c>--each</c>
    /// does), named from the item's <c>id</c>; the template reads the item as <c>item</c>.
    /// </summary>
    public string? Each { get; set; }
    /// <summary>Values the user may set with <c>--set name=value</c>; the template reads them as <c>params.name</c>.</summary>
    public List<TemplateParameter> Parameters { get; set; } = [];
    /// <summary>Classification settings.</summary>
    public ClassificationSettings Classification { get; set; } = new();
    /// <summary>The render time limit in seconds, for templates that need longer than the default; <c>--timeout</c> overrides it.</summary>
    public double? Timeout { get; set; }

    /// <summary>
    /// The standards the template's PDFs are written to meet, such as <c>"ua-1,a-1a"</c> (see
    /// <see cref="Model.PdfStandard.TryParse"/>); a build manifest's <c>pdf_standard</c> and <c>--pdf-standard</c> override it.
    /// None when null.
    /// </summary>
    public string? PdfStandard { get; set; }

    /// <summary><see cref="PdfStandard"/> read (checked when the package is loaded); none when it is null or wrong.</summary>
    [JsonIgnore]
    public Model.PdfStandard Standard => PdfStandard is { } text && Model.PdfStandard.TryParse(text, out var standard, out _) ? standard : default;

    /// <summary><see cref="Timeout"/> as a span; null when template.json sets none.</summary>
    [JsonIgnore]
    public TimeSpan? TimeLimit => Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
}

/// <summary>Classification levels, lowest first.</summary>
public sealed class ClassificationSettings
{
    /// <summary>The levels in order, lowest first: each a plain name or <c>{ "name": …, "short": … }</c>.</summary>
    public List<ClassificationLevel> Levels { get; set; } = [.. Notes.Classification.DefaultLevels.Select(n => new ClassificationLevel(n))];

    /// <summary>The levels' names, lowest first.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Names => [.. Levels.Select(l => l.Name)];

    /// <summary>The short form of the level named <paramref name="name"/> (case ignored), or null when no level has that name.</summary>
    public string? ShortOf(string name) =>
        Levels.FirstOrDefault(l => string.Equals(l.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))?.ShortForm;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TemplateManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
