using System.CommandLine;
using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge.Cli;

/// <summary>Options several commands share, declared once (each command gets its own instance).</summary>
internal static class CommonOptions
{
    public static Option<string> Template() =>
        new("--template", "-t") { Description = "Template name or folder.", DefaultValueFactory = _ => "daily-briefing" };

    public static Option<string[]> TemplateFolders() =>
        new("--templates") { Description = "A folder of templates to search first (repeatable)." };

    public static Option<double?> Timeout() =>
        new("--timeout") { Description = $"Stop a template that renders longer than this many seconds (default: the template's, else {RenderOptions.DefaultTimeout.TotalSeconds:0})." };

    /// <summary>The --timeout given, as a span (null when not given); false, after printing why, when it is out of range.</summary>
    public static bool TryGetTimeout(ParseResult result, Option<double?> option, TextWriter stderr, out TimeSpan? timeout)
    {
        timeout = null;
        if (result.GetValue(option) is not { } seconds) return true;
        if (RenderOptions.TimeoutProblem(seconds) is { } problem)
        {
            stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --timeout: {problem}");
            return false;
        }
        timeout = TimeSpan.FromSeconds(seconds);
        return true;
    }

    /// <summary>
    /// The formats --format names, lower case (empty when it is not given: the template's formats); false, after
    /// printing why, when it is given but names none (<c>-f ""</c>, <c>-f ,</c>), which would write nothing.
    /// </summary>
    public static bool TryGetFormats(ParseResult result, Option<string?> option, TextWriter stderr, out List<string> formats)
    {
        var value = result.GetValue(option);
        formats = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToList();
        if (value is null || formats.Count > 0) return true;
        stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --format names no format; give pdf, docx or both (pdf,docx), or leave it out for the template's");
        return false;
    }
}
