using System.CommandLine;
using System.Globalization;
using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Cli;

/// <summary>
/// The options of the commands that render, declared and parsed here once: <c>render</c> and <c>watch</c> take them
/// all, <c>build</c> those that a manifest's jobs do not give themselves. An option for every such command is added
/// here alone: declared, added in <see cref="AddTo"/>, parsed in <see cref="TryParse"/> and applied by
/// <see cref="ReportSettings"/>. Each command makes its own instance (an option belongs to one command).
/// </summary>
internal sealed class ReportOptions
{
    private readonly bool _oneReport;

    private ReportOptions(bool oneReport) => _oneReport = oneReport;

    /// <summary>The options of one report: <c>render</c> and <c>watch</c>.</summary>
    public static ReportOptions ForReport() => new(oneReport: true);

    /// <summary>The options of a build, whose manifest gives each job its template, formats, culture, parameters and list.</summary>
    public static ReportOptions ForBuild() => new(oneReport: false);

    // Every command that renders.
    private Option<string[]> TemplateFolders { get; } = CommonOptions.TemplateFolders();

    private Option<double?> Timeout { get; } = new("--timeout")
        { Description =
            $"Stop a template that renders longer than this many seconds (default: the template's, else {RenderOptions.DefaultTimeout.TotalSeconds:0})." };

    private LimitOptions Limits { get; } = new();

    // One report only.
    private Option<string> Template { get; } = CommonOptions.Template();

    private Option<string?> Formats { get; } = new("--format", "-f") { Description = "Comma-separated formats: pdf, docx (default: the template's)." };

    private Option<string?> Culture { get; } = new("--culture")
        { Description = "Culture for dates and numbers, such as en-GB or fr-FR (default: the template's)." };

    private Option<bool> EmitMarkup { get; } = new("--emit-markup") { Description = "Also write the generated markup (.md) beside the outputs." };

    private Option<string?> ReferenceDoc { get; } = new("--reference-doc")
        { Description = "A .docx whose styles, page setup, header and footer the Word output takes." };

    private Option<string[]> Sets { get; } = new("--set")
        { Description = "Set a template parameter, NAME=VALUE (repeatable); see 'reportforge templates show NAME'." };

    private Option<string?> Each { get; } = new("--each")
        { Description =
            "Write one document per item of this top-level list of the notes (such as talks), named from each item's id; the template reads it as 'item'." };

    private Option<bool> PdfA { get; } = new("--pdfa") { Description = "Same as --pdf-standard a-1a (with --pdf-standard ua-1: ua-1,a-1a)." };

    private Option<string?> PdfStandard { get; } = new("--pdf-standard")
        { Description = "Standards the PDF meets: ua-1, a-1b, a-1a, or ua-1 with one PDF/A level such as ua-1,a-1a (default: the " +
            "manifest's, else the template's)." };

    private Option<bool> TrackChanges { get; } = new("--track-changes")
        { Description = "Write the document's marked changes as Word revisions (w:ins/w:del) an editor accepts or rejects; the PDF shows them accepted." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        if (_oneReport)
        {
            command.Options.Add(Template);
            command.Options.Add(Formats);
            command.Options.Add(Culture);
        }
        command.Options.Add(TemplateFolders);
        command.Options.Add(PdfStandard);
        if (_oneReport)
        {
            command.Options.Add(EmitMarkup);
            command.Options.Add(ReferenceDoc);
            command.Options.Add(Sets);
            command.Options.Add(Each);
            command.Options.Add(PdfA);
        }
        command.Options.Add(TrackChanges);
        command.Options.Add(Timeout);
        Limits.AddTo(command);
    }

    /// <summary>
    /// The options' values; false, after printing why, when one is wrong. <paramref name="exitCode"/> is then
    /// <see cref="CliApp.UsageError"/>: an unknown culture or format is a command-line error like any other.
    /// </summary>
    public bool TryParse(ParseResult result, TextWriter stderr, out ReportSettings settings, out int exitCode)
    {
        settings = null!;
        exitCode = CliApp.UsageError;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> formatNames = [];
        if ((_oneReport && !TryGetParameters(result.GetValue(Sets), stderr, parameters))
            || !TryGetTimeout(result, stderr, out var timeout)
            || !Limits.TryGet(result, stderr, out var limits)
            || (_oneReport && !TryGetFormatNames(result, stderr, out formatNames))
            || !TryGetStandard(result, stderr, out var standard)) return false;

        CultureInfo? culture = null;
        if (_oneReport && result.GetValue(Culture) is { } cultureName && !TryGetCulture(cultureName, stderr, out culture)) return false;
        var formats = new List<OutputFormat>();
        foreach (var name in formatNames)
        {
            if (OutputFormats.Parse(name) is not { } format)
            {
                CliApp.Print([new Diagnostic(ErrorCodes.Usage, Severity.Error,
                    $"unknown format '{name}'; the formats are {string.Join(", ", ReportEngine.KnownFormats)}")], stderr);
                return false;
            }
            formats.Add(format);
        }

        exitCode = CliApp.Ok;
        settings = new ReportSettings
        {
            TemplateFolders = result.GetValue(TemplateFolders) ?? [],
            RenderTimeout = timeout,
            Limits = limits,
            Template = _oneReport ? result.GetValue(Template)! : "",
            Formats = formats,
            Culture = culture,
            Parameters = parameters,
            Each = _oneReport ? result.GetValue(Each) : null,
            EmitMarkup = _oneReport && result.GetValue(EmitMarkup),
            ReferenceDoc = _oneReport ? result.GetValue(ReferenceDoc) : null,
            PdfStandard = standard,
            TrackChanges = result.GetValue(TrackChanges),
        };
        return true;
    }

    /// <summary>
    /// The standard --pdf-standard names, with --pdfa as a-1a added to it (null when neither is given: the manifest's or
    /// the template's); false, after printing why, for an unsupported standard or a PDF/A level other than --pdfa's.
    /// </summary>
    private bool TryGetStandard(ParseResult result, TextWriter stderr, out Model.PdfStandard? standard)
    {
        standard = null;
        var pdfA = _oneReport && result.GetValue(PdfA);
        if (result.GetValue(PdfStandard) is { } text)
        {
            if (!Model.PdfStandard.TryParse(text, out var named, out var problem))
            {
                CliApp.Print([new Diagnostic(ErrorCodes.PdfStandardUnsupported, Severity.Error, $"--pdf-standard: {problem}")], stderr);
                return false;
            }
            standard = named;
        }
        if (pdfA)
        {
            if (standard is { PdfA: Model.PdfALevel.A1b })
            {
                CliApp.Print([new Diagnostic(ErrorCodes.PdfStandardUnsupported, Severity.Error,
                    "--pdfa means PDF/A-1a, but --pdf-standard names a-1b; give one of them (--pdf-standard a-1a is --pdfa)")], stderr);
                return false;
            }
            standard = (standard ?? Model.PdfStandard.None) with { PdfA = Model.PdfALevel.A1a };
        }
        return true;
    }

    /// <summary>NAME=VALUE pairs into <paramref name="parameters"/>; false, after printing why, when one has no '='.</summary>
    private static bool TryGetParameters(string[]? sets, TextWriter stderr, Dictionary<string, string> parameters)
    {
        foreach (var pair in sets ?? [])
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --set expects NAME=VALUE, got '{pair}'");
                return false;
            }
            parameters[pair[..equals].Trim()] = pair[(equals + 1)..];
        }
        return true;
    }

    private bool TryGetTimeout(ParseResult result, TextWriter stderr, out TimeSpan? timeout)
    {
        timeout = null;
        if (result.GetValue(Timeout) is not { } seconds) return true;
        if (RenderOptions.TimeoutProblem(seconds) is { } problem)
        {
            stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --timeout: {problem}");
            return false;
        }
        timeout = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>
    /// The names --format gives, lower case (none when it is not given: the template's formats); false, after printing
    /// why, when it is given but names none (<c>-f ""</c>, <c>-f ,</c>), which would write nothing.
    /// </summary>
    private bool TryGetFormatNames(ParseResult result, TextWriter stderr, out List<string> names)
    {
        var value = result.GetValue(Formats);
        names = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList();
        if (value is null || names.Count > 0) return true;
        stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --format names no format; give pdf, docx or both (pdf,docx), or leave it out for the " +
            $"template's");
        return false;
    }

    // The same lookup as the template renderer's, which checks a template's own culture.
    private static bool TryGetCulture(string name, TextWriter stderr, out CultureInfo? culture)
    {
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            culture = null;
            CliApp.Print([new Diagnostic(ErrorCodes.Usage, Severity.Error, $"unknown culture '{name}'")], stderr);
            return false;
        }
    }
}
