using System.CommandLine;
using ReportForge.Templating;

namespace ReportForge.Cli;

/// <summary><c>reportforge templates</c> lists the templates; <c>reportforge templates show NAME</c> describes one.</summary>
internal static class TemplatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var templates = CommonOptions.TemplateFolders();
        var command = new Command("templates", "List the templates: name, description and where each was found.") { templates };
        command.SetAction(result =>
        {
            var list = TemplateLocator.List(result.GetValue(templates) ?? []);
            var width = list.Max(t => t.Name.Length);
            foreach (var (name, description, origin) in list) stdout.WriteLine($"{name.PadRight(width)}  {origin}\n{new string(' ', width)}  {description}");
            return CliApp.Ok;
        });

        var name = new Argument<string>("name") { Description = "Template name or folder." };
        var showTemplates = CommonOptions.TemplateFolders();
        var show = new Command("show", "Print a template's parameters, formats, culture and a summary of its notes schema.") { name, showTemplates };
        show.SetAction(result =>
        {
            var package = TemplateLocator.Load(result.GetValue(name)!, result.GetValue(showTemplates) ?? []);
            if (!package.Succeeded)
            {
                CliApp.Print(package.Diagnostics, stderr);
                return CliApp.Failed;
            }
            stdout.Write(TemplateDescription.Describe(package.Value));
            return CliApp.Ok;
        });
        command.Subcommands.Add(show);
        return command;
    }
}
