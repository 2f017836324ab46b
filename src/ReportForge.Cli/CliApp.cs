using System.CommandLine;
using System.Globalization;
using ReportForge.Diagnostics;

namespace ReportForge.Cli;

/// <summary>Parses the command line and wires the library; no report logic lives here.</summary>
public static class CliApp
{
    /// <summary>Exit code: everything written.</summary>
    public const int Ok = 0;
    /// <summary>Exit code: the notes, template or output had errors.</summary>
    public const int Failed = 1;
    /// <summary>Exit code: the command line was wrong.</summary>
    public const int UsageError = 2;
    /// <summary>Exit code for a bug in ReportForge: 1 like any failure (RF1999 on stderr says it is a bug), since callers only know 0, 1 and 2.</summary>
    public const int InternalError = Failed;

    /// <summary>Runs the CLI with the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (MayRender(args)) ReportEngine.Prepare();
        var verbose = new Option<bool>("--verbose") { Description = "Show stack traces for internal errors." };
        var root = new RootCommand(
            "ReportForge turns structured notes (JSON) into a PDF briefing and an editable Word document from one template.\nWith no " +
            "command, renders the built-in sample notes with the daily-briefing template into out/.");
        root.Options.Add(verbose);
        var maxHeap = new Option<long?>("--max-heap")
        {
            Recursive = true,
            Description =
                $"The most memory (MiB) the process's heap may take; 0 for no limit of ReportForge's own (default {ProcessLimits.DefaultHeapMebibytes}).",
        };
        root.Options.Add(maxHeap);
        var render = RenderCommand.Create(stdout, stderr);
        var validate = ValidateCommand.Create(stdout, stderr);
        root.Subcommands.Add(render);
        root.Subcommands.Add(validate);
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(WatchCommand.Create(stdout, stderr));
        root.Subcommands.Add(TemplatesCommand.Create(stdout, stderr));
        root.Subcommands.Add(LintCommand.Create(stdout, stderr));
        root.Subcommands.Add(InitCommand.Create(stdout, stderr));
        root.SetAction(result => RenderCommand.Execute(new ReportRequest { SourceDateEpoch = SourceDateEpoch(stderr),
            WaitingForOutputFolder = WaitingForOutputFolder(stderr) }, stdout, stderr));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: {error.Message}");
            stderr.WriteLine("Try 'reportforge --help'.");
            return UsageError;
        }

        if (EmptyValue(parsed) is { } empty)
        {
            stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: {empty} is given as an empty string, which names nothing");
            return UsageError;
        }

        if (parsed.GetValue(maxHeap) is { } heap && ProcessLimits.HeapProblem(heap) is { } problem)
        {
            stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: --max-heap: {problem}");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (OutOfMemoryException)
        {
            // Outside a stage (which reports RF1309 itself with its place): the heap limit was reached all the same.
            stderr.WriteLine($"reportforge: error {ErrorCodes.HeapLimit}: the process reached its heap limit; nothing more was written; raise the limit with " +
                $"--max-heap");
            return Failed;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"reportforge: error {ErrorCodes.InternalError}: internal error: {e.Message} (this is a bug in ReportForge; run with --verbose " +
                $"for details)");
            if (parsed.GetValue(verbose)) stderr.WriteLine(e);
            return InternalError;
        }
    }

    /// <summary>
    /// The exit code for a run that failed: 2 when every error is about the command line (an unknown format, a
    /// --templates that is no folder, a --set the template does not declare), else 1.
    /// </summary>
    internal static int FailureCode(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == Severity.Error).All(d => d.Code is ErrorCodes.Usage or ErrorCodes.ParameterUnknown or ErrorCodes.ParameterInvalid)
            ? UsageError : Failed;

    // An option or argument given as "" (a variable that was not set, in a script): a path of "" would otherwise be
    // read as the working folder, or fail deep inside. init reports its own, naming what it needs.
    private static string? EmptyValue(ParseResult parsed)
    {
        if (parsed.CommandResult.Command.Name == "init") return null;
        foreach (var child in parsed.CommandResult.Children)
        {
            switch (child)
            {
                case System.CommandLine.Parsing.OptionResult option when option.Tokens.Any(t => t.Value.Length == 0):
                    return option.Option.Name;
                case System.CommandLine.Parsing.ArgumentResult argument when argument.Tokens.Any(t => t.Value.Length == 0):
                    return $"<{argument.Argument.Name}>";
            }
        }
        return null;
    }

    // The commands that render (the bare command renders the sample); help and the other commands do not.
    internal static bool MayRender(string[] args) =>
        args.Length == 0 || args[0] is "render" or "build" or "watch"
        || (args[0].StartsWith('-') && !args.Any(a => a is "--help" or "-h" or "-?" or "--version"));

    // 9999-12-31T23:59:59Z: documents' dates have four-digit years.
    private static readonly long MaxSourceDateEpoch = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>SOURCE_DATE_EPOCH, when set and valid.</summary>
    internal static long? SourceDateEpoch(TextWriter stderr)
    {
        var value = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            stderr.WriteLine($"reportforge: warning {ErrorCodes.Usage}: SOURCE_DATE_EPOCH='{value}' is not a whole number of seconds; ignored");
            return null;
        }
        if (seconds < 0)
        {
            stderr.WriteLine($"reportforge: warning {ErrorCodes.Usage}: SOURCE_DATE_EPOCH='{value}' is before 1970 (it counts seconds since then); ignored");
            return null;
        }
        if (seconds > MaxSourceDateEpoch)
        {
            stderr.WriteLine($"reportforge: warning {ErrorCodes.Usage}: SOURCE_DATE_EPOCH='{value}' is after the year 9999 (the latest is " +
                $"{MaxSourceDateEpoch}); ignored");
            return null;
        }
        return seconds;
    }

    /// <summary>Says, once, that another run holds the output folder and this one waits for it.</summary>
    internal static Action<string> WaitingForOutputFolder(TextWriter stderr) =>
        lockFile => stderr.WriteLine($"{lockFile}: waiting for another reportforge run to finish writing into this output folder");

    /// <summary>Prints diagnostics in the one format.</summary>
    internal static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics) stderr.WriteLine(diagnostic.ToString());
    }
}
