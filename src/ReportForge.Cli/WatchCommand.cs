using System.CommandLine;

namespace ReportForge.Cli;

/// <summary><c>reportforge watch notes.json [-t NAME] [-f pdf,docx] [-o DIR]</c>: re-render on every change until Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var notes = new Argument<string>("notes") { Description = "The notes file (JSON)." };
        var template = CommonOptions.Template();
        var formats = new Option<string?>("--format", "-f") { Description = "Comma-separated formats: pdf, docx (default: the template's)." };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var templates = CommonOptions.TemplateFolders();
        var timeout = CommonOptions.Timeout();
        var command = new Command("watch", "Render, then render again within about a second whenever the notes or the template change. Stop with Ctrl+C.")
            { notes, template, formats, output, templates, timeout };
        var limits = new LimitOptions();
        limits.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            if (!CommonOptions.TryGetTimeout(result, timeout, stderr, out var timeLimit)
                || !limits.TryGet(result, Runtime.StageLimits.Default, stderr, out var stageLimits)
                || !CommonOptions.TryGetFormats(result, formats, stderr, out var formatList)) return CliApp.UsageError;
            var request = new ReportRequest
            {
                RenderTimeout = timeLimit,
                Limits = stageLimits,
                NotesPath = result.GetValue(notes),
                Template = result.GetValue(template)!,
                Formats = formatList,
                OutputDirectory = result.GetValue(output)!,
                TemplateFolders = result.GetValue(templates) ?? [],
                SourceDateEpoch = CliApp.SourceDateEpoch(stderr),
            };
            var gate = new object();
            using var watcher = new ReportWatcher(request, rendered =>
            {
                lock (gate)
                {
                    CliApp.Print(rendered.Diagnostics, stderr);
                    var stamp = DateTime.Now.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
                    stdout.WriteLine(rendered.Succeeded ? $"[{stamp}] wrote {string.Join(", ", rendered.Written)}" : $"[{stamp}] failed; still watching");
                }
            });
            watcher.Start();
            stdout.WriteLine($"watching {string.Join(", ", watcher.Folders)} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
            }
            return CliApp.Ok;
        });
        return command;
    }
}
