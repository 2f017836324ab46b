using System.CommandLine;

namespace ReportForge.Cli;

/// <summary>Options several commands share, declared once (each command gets its own instance); see also <see cref="ReportOptions"/>.</summary>
internal static class CommonOptions
{
    public static Option<string> Template() =>
        new("--template", "-t") { Description = "Template name or folder.", DefaultValueFactory = _ => "daily-briefing" };

    public static Option<string[]> TemplateFolders() =>
        new("--templates") { Description = "A folder of templates to search first (repeatable)." };

    public static Option<string> Output() =>
        new("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
}
