using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Notes;
using ReportForge.Output;

namespace ReportForge.Batch;

/// <summary>One line of a build manifest: notes files (a glob) × one template × formats.</summary>
public sealed record BuildJobSpec(string Notes, string Template, IReadOnlyList<string> Formats, string? Culture, string Output, SourceLocation Location)
{
    /// <summary>Template parameters, NAME → VALUE.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The render time limit (the job's or the manifest's <c>timeout</c>); the template's when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The PDF standards (the job's or the manifest's <c>pdf_standard</c>); the template's when null.</summary>
    public Model.PdfStandard? PdfStandard { get; init; }

    /// <summary>Whether the job's .docx writes marked changes as revisions (the job's <c>track_changes</c>).</summary>
    public bool TrackChanges { get; init; }
}

/// <summary>
/// <c>reportforge.json</c>: what a build renders.
/// <code>
/// { "output_dir": "out", "output": "{name}.{format}",
///   "jobs": [ { "notes": "input/*.json", "template": "daily-briefing", "formats": ["pdf", "docx"] } ] }
/// </code>
/// Output patterns take {name} (the notes file's name, or the item's for a template that renders each item), {notes}
/// (the notes file's name), {dir} (the notes file's folder under the manifest's), {date} (the notes' date), {template}
/// and {format}, and must stay inside the output folder. <c>timeout</c> (seconds), at the top or in a job, sets the render
/// time limit; <c>pdf_standard</c> (such as <c>"ua-1,a-1a"</c>), at the top or in a job, the standards the PDFs meet, over the
/// template's.
/// </summary>
public sealed record BuildManifest(string File, string BaseDirectory, string OutputDirectory, IReadOnlyList<BuildJobSpec> Jobs)
{
    /// <summary>The manifest's default file name.</summary>
    public const string DefaultFile = "reportforge.json";

    /// <summary>The budgets of every job's stages after the template: <c>layout_timeout</c>, <c>word_timeout</c> (seconds) and <c>max_allocated</c>
    /// (MiB).</summary>
    public Runtime.StageLimits Limits { get; init; } = Runtime.StageLimits.Default;

    private static readonly string[] Placeholders = ["{name}", "{notes}", "{dir}", "{date}", "{template}", "{format}"];

    /// <summary>Reads and checks a manifest; every problem is located by line, column and JSON pointer.</summary>
    public static Result<BuildManifest> Load(string path)
    {
        var document = NotesDocument.Load(path, ReadLimit.Manifest);
        if (!document.Succeeded)
            return Result<BuildManifest>.Fail(document.Diagnostics.Select(d => d with
                { Code = d.Code is ErrorCodes.NotesUnreadable or ErrorCodes.NotesMalformed or ErrorCodes.NotesRefused ? ErrorCodes.ManifestInvalid : d.Code,
                Message = d.Message.Replace("the notes", "the manifest", StringComparison.Ordinal) }).ToList());
        return Parse(document.Value, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    internal static Result<BuildManifest> Parse(NotesDocument document, string baseDirectory)
    {
        var errors = new List<Diagnostic>();
        var root = document.Root;
        void Error(string pointer, string message) =>
            errors.Add(new Diagnostic(ErrorCodes.ManifestInvalid, Severity.Error, $"{(pointer.Length == 0 ? "the manifest" : pointer)}: {message}",
                document.Locate(pointer)));

        string? Text(JsonElement parent, string name, string pointer, bool required)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required) Error(pointer, $"'{name}' is required");
                return null;
            }
            if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0) return value.GetString()!;
            Error(pointer + "/" + name, $"'{name}' must be a non-empty string");
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not ("output_dir" or "output" or "jobs" or "timeout" or "layout_timeout" or "word_timeout" or "max_allocated"
                or "pdf_standard" or "$schema"))
                Error("/" + property.Name,
                    $"unknown key '{property.Name}'; the keys are output_dir, output, timeout, layout_timeout, word_timeout, max_allocated, " +
                    "pdf_standard and jobs");
        }

        var outputDir = Text(root, "output_dir", "", false) ?? "out";
        // Like the notes, the outputs stay inside the manifest's folder: a manifest someone hands you must not be able
        // to write (or replace a manifest.json) anywhere else on the machine.
        var outputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(baseDirectory, outputDir)));
        if (outputFull != Path.TrimEndingDirectorySeparator(baseDirectory) && !FileNames.IsInside(baseDirectory, outputFull))
        {
            errors.Add(new Diagnostic(ErrorCodes.OutputOutsideFolder, Severity.Error,
                $"/output_dir: '{outputDir}' leaves the manifest's folder; a build writes only inside it (copy the outputs on from there)",
                document.Locate("/output_dir")));
        }
        var defaultOutput = Text(root, "output", "", false) ?? "{name}.{format}";
        var defaultTimeout = Seconds(root, "");
        var defaultStandard = Standard(root, "");
        var limits = Limits(root);
        CheckPattern(defaultOutput, "/output");

        var jobs = new List<BuildJobSpec>();
        if (!root.TryGetProperty("jobs", out var jobsElement) || jobsElement.ValueKind != JsonValueKind.Array || jobsElement.GetArrayLength() == 0)
        {
            Error(root.TryGetProperty("jobs", out _) ? "/jobs" : "", "'jobs' must be a non-empty array of jobs");
        }
        else
        {
            var index = 0;
            foreach (var job in jobsElement.EnumerateArray())
            {
                var pointer = $"/jobs/{index++}";
                if (job.ValueKind != JsonValueKind.Object)
                {
                    Error(pointer, "a job must be an object with notes, template and formats");
                    continue;
                }
                foreach (var property in job.EnumerateObject())
                {
                    if (property.Name is not ("notes" or "template" or "formats" or "culture" or "output" or "set" or "timeout" or "pdf_standard"
                        or "track_changes"))
                        Error($"{pointer}/{property.Name}",
                            $"unknown key '{property.Name}'; a job has notes, template, formats, culture, output, set, timeout, pdf_standard and "
                            + "track_changes");
                }
                var notes = Text(job, "notes", pointer, true);
                if (notes is not null && (Path.IsPathRooted(notes) || notes.Split('/', '\\').Contains("..")))
                {
                    errors.Add(new Diagnostic(ErrorCodes.FileOutsideRoot, Severity.Error,
                        $"{pointer}/notes: notes pattern '{notes}' leaves the manifest's folder; notes are read only from inside it",
                            document.Locate(pointer + "/notes")));
                    notes = null;
                }
                var template = Text(job, "template", pointer, false) ?? "daily-briefing";
                var culture = Text(job, "culture", pointer, false);
                // A job that inherits the manifest's output pattern was checked with it; report a bad one once.
                var ownOutput = Text(job, "output", pointer, false);
                if (ownOutput is not null) CheckPattern(ownOutput, pointer + "/output");
                var output = ownOutput ?? defaultOutput;
                var formats = new List<string>();
                if (job.TryGetProperty("formats", out var f))
                {
                    if (f.ValueKind != JsonValueKind.Array) Error(pointer + "/formats", "'formats' must be an array such as [\"pdf\", \"docx\"]");
                    else if (f.GetArrayLength() == 0)
                        Error(pointer + "/formats",
                            "'formats' is empty, so the job would write nothing; name pdf, docx or both, or leave the key out for the template's formats");
                    else
                    {
                        var fi = 0;
                        foreach (var format in f.EnumerateArray())
                        {
                            var value = format.ValueKind == JsonValueKind.String ? format.GetString()! : "";
                            if (!ReportEngine.KnownFormats.Contains(value))
                                Error($"{pointer}/formats/{fi}", $"unknown format '{value}'; the formats are {string.Join(", ", ReportEngine.KnownFormats)}");
                            else formats.Add(value);
                            fi++;
                        }
                    }
                }
                var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
                if (job.TryGetProperty("set", out var set))
                {
                    if (set.ValueKind != JsonValueKind.Object) Error(pointer + "/set",
                        "'set' must be an object of template parameters, such as { \"show_quotes\": false }");
                    else
                    {
                        foreach (var p in set.EnumerateObject())
                        {
                            if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
                                Error($"{pointer}/set/{p.Name}", "a parameter value must be a string, number or boolean");
                            else parameters[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                        }
                    }
                }
                var timeout = Seconds(job, pointer) ?? defaultTimeout;
                var standard = Standard(job, pointer) ?? defaultStandard;
                var track = false;
                if (job.TryGetProperty("track_changes", out var trackValue))
                {
                    if (trackValue.ValueKind is JsonValueKind.True or JsonValueKind.False) track = trackValue.GetBoolean();
                    else Error(pointer + "/track_changes", "'track_changes' must be true or false");
                }
                if (notes is not null) jobs.Add(new BuildJobSpec(notes, template, formats, culture, output, document.Locate(pointer)) { Parameters = parameters,
                    Timeout = timeout, PdfStandard = standard, TrackChanges = track });
            }
        }

        Runtime.StageLimits Limits(JsonElement parent)
        {
            var limits = Runtime.StageLimits.Default;
            if (Number(parent, "layout_timeout", "a number of seconds, such as 120",
                Runtime.StageLimits.LimitProblem) is { } layout) limits = limits with { Layout = TimeSpan.FromSeconds(layout) };
            if (Number(parent, "word_timeout", "a number of seconds, such as 120",
                Runtime.StageLimits.LimitProblem) is { } word) limits = limits with { Word = TimeSpan.FromSeconds(word) };
            if (Number(parent, "max_allocated", "a whole number of MiB, such as 32768", v => v == Math.Floor(v) && v <= long.MaxValue
                ? Runtime.StageLimits.AllocatedProblem((long)v) : "it must be a whole number of MiB") is { } mebibytes)
                limits = limits with { AllocatedBytes = (long)mebibytes << 20 };
            return limits;
        }

        double? Number(JsonElement parent, string name, string what, Func<double, string?> problem)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
            {
                Error("/" + name, $"'{name}' must be {what}");
                return null;
            }
            if (problem(number) is { } wrong)
            {
                Error("/" + name, wrong);
                return null;
            }
            return number;
        }

        TimeSpan? Seconds(JsonElement parent, string pointer)
        {
            if (!parent.TryGetProperty("timeout", out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var seconds))
            {
                Error(pointer + "/timeout", "'timeout' must be a number of seconds, such as 5");
                return null;
            }
            if (Templating.RenderOptions.TimeoutProblem(seconds) is { } problem)
            {
                Error(pointer + "/timeout", problem);
                return null;
            }
            return TimeSpan.FromSeconds(seconds);
        }

        Model.PdfStandard? Standard(JsonElement parent, string pointer)
        {
            if (!parent.TryGetProperty("pdf_standard", out var value) || value.ValueKind == JsonValueKind.Null) return null;
            var at = pointer + "/pdf_standard";
            if (value.ValueKind != JsonValueKind.String)
            {
                Error(at, $"'pdf_standard' must be a string such as \"ua-1,a-1a\"; the supported standards are {Model.PdfStandard.Supported}");
                return null;
            }
            if (Model.PdfStandard.TryParse(value.GetString()!, out var standard, out var problem)) return standard;
            errors.Add(new Diagnostic(ErrorCodes.PdfStandardUnsupported, Severity.Error, $"{at}: {problem}", document.Locate(at)));
            return null;
        }

        void CheckPattern(string pattern, string pointer)
        {
            if (Path.IsPathRooted(pattern) || pattern.Split('/', '\\').Contains(".."))
                Error(pointer, $"output pattern '{pattern}' must stay inside the output folder");
            var stripped = Placeholders.Aggregate(pattern, (p, placeholder) => p.Replace(placeholder, "", StringComparison.Ordinal));
            if (stripped.Contains('{') || stripped.Contains('}'))
                Error(pointer, $"output pattern '{pattern}' has an unknown placeholder; use {string.Join(", ", Placeholders)}");
            if (!pattern.Contains("{format}", StringComparison.Ordinal))
                Error(pointer, $"output pattern '{pattern}' must contain {{format}}, or the formats would overwrite each other");
        }

        return errors.Count > 0
            ? Result<BuildManifest>.Fail(errors)
            : Result<BuildManifest>.Ok(new BuildManifest(document.File, baseDirectory, outputFull, jobs) { Limits = limits });
    }
}
