using System.CommandLine;

namespace ReportForge.Cli;

/// <summary><c>reportforge watch notes.json [-t NAME] [-f pdf,docx] [-o DIR]</c> and every other option of <c>render</c>: re-render on every change until
/// Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var notes = new Argument<string>("notes") { Description = "The notes file (JSON)." };
        var output = CommonOptions.Output();
        var options = ReportOptions.ForReport();
        var command = new Command("watch", "Render, then render again within about a second whenever the notes or the template change. Stop with Ctrl+C.")
            { notes, output };
        options.AddTo(command);
        command.SetAction(async (result, cancellation) =>
        {
            if (!options.TryParse(result, stderr, out var settings, out var exitCode)) return exitCode;
            var request = settings.Request(result.GetValue(notes), result.GetValue(output)!, stderr);
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
