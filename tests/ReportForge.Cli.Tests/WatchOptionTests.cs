using System.CommandLine;
using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportForge.Cli;

namespace ReportForge.Tests;

/// <summary>watch takes every option render takes, parsed the same way (before, watch -f PDF failed with RF1901).</summary>
public sealed class WatchOptionTests
{
    private static SortedSet<string> OptionsIn(string help) =>
        new(Regex.Matches(help, @"(?<=\s|,)--[a-z][a-z-]*").Select(m => m.Value), StringComparer.Ordinal);

    [Fact]
    public void Watch_lists_every_option_render_lists()
    {
        var render = OptionsIn(CliRunner.InProcess("render", "--help").Stdout);
        var watch = OptionsIn(CliRunner.InProcess("watch", "--help").Stdout);
        foreach (var option in new[] { "--culture", "--set", "--each", "--emit-markup", "--reference-doc", "--pdfa", "--format", "--timeout", "--layout-timeout" })
            Assert.Contains(option, render);
        Assert.Equal(render, watch);
    }

    [Theory]
    [InlineData(2, "reportforge: error RF1901: --format is given as an empty string, which names nothing", "-f", "")]
    [InlineData(2, "reportforge: error RF1901: --format names no format", "-f", ",")]
    [InlineData(2, "reportforge: error RF1901: --set expects NAME=VALUE, got 'show_quotes'", "--set", "show_quotes")]
    [InlineData(2, "reportforge: error RF1901: unknown culture 'xx-NOPE'", "--culture", "xx-NOPE")]
    [InlineData(2, "reportforge: error RF1901: unknown format 'odt'; the formats are pdf, docx", "-f", "ODT")]
    public void Watch_refuses_a_bad_value_as_render_does(int exit, string message, string option, string value)
    {
        foreach (var command in new[] { "render", "watch" })
        {
            var output = Path.Combine(CliRunner.TempDir(), "out");
            var result = CliRunner.InProcess(command, TestPaths.SampleNotes, "--templates", TestPaths.Templates, option, value, "-o", output);
            Assert.Equal(exit, result.ExitCode);
            Assert.StartsWith(message, result.Stderr, StringComparison.Ordinal);
            Assert.Single(result.Stderr.Trim().Split('\n'));
            Assert.False(Directory.Exists(output));
        }
    }

    [Fact]
    public void The_options_of_one_report_parse_into_its_request()
    {
        var options = ReportOptions.ForReport();
        var command = new Command("watch");
        options.AddTo(command);
        var parsed = command.Parse([
            "-t", "meeting-record", "--templates", "a", "--templates", "b", "-f", "PDF, docx", "--culture", "fr-FR",
            "--set", "show_context=false", "--each", "talks", "--emit-markup", "--reference-doc", "house.docx", "--pdfa",
            "--timeout", "7", "--layout-timeout", "8", "--word-timeout", "9", "--max-allocated", "10"]);
        Assert.Empty(parsed.Errors);

        Assert.True(options.TryParse(parsed, TextWriter.Null, out var settings, out var exit));
        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal([OutputFormat.Pdf, OutputFormat.Docx], settings.Formats);
        var request = settings.Request("notes.json", "out", TextWriter.Null);

        Assert.Equal("notes.json", request.NotesPath);
        Assert.Equal("out", request.OutputDirectory);
        Assert.Equal("meeting-record", request.Template);
        Assert.Equal(["a", "b"], request.TemplateFolders);
        Assert.Equal(["pdf", "docx"], request.Formats);
        Assert.Equal("fr-FR", request.Culture);
        Assert.Equal("false", Assert.Single(request.Parameters, p => p.Key == "show_context").Value);
        Assert.Equal("talks", request.Each);
        Assert.True(request.EmitMarkup);
        Assert.Equal("house.docx", request.ReferenceDoc);
        Assert.Equal(ReportForge.Model.PdfStandard.A1a, request.PdfStandard);
        Assert.Equal(TimeSpan.FromSeconds(7), request.RenderTimeout);
        Assert.Equal(TimeSpan.FromSeconds(8), request.Limits.Layout);
        Assert.Equal(TimeSpan.FromSeconds(9), request.Limits.Word);
        Assert.Equal(10L << 20, request.Limits.AllocatedBytes);
    }

    [Fact]
    public async Task Watch_renders_with_an_upper_case_format_a_culture_a_parameter_and_the_markup()
    {
        var work = CliRunner.TempDir();
        var output = Path.Combine(work, "out");
        var dll = Path.Combine(AppContext.BaseDirectory, "reportforge.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "watch", TestPaths.SampleNotes, "--templates", TestPaths.Templates, "-f", "PDF", "--culture", "fr-FR",
                     "--set", "show_quotes=false", "--emit-markup", "-o", output })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("SOURCE_DATE_EPOCH");

        string? rendered = null;
        using (var process = Process.Start(start)!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            try
            {
                // The first render's line; a generous guard only against a hang.
                using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(120));
                while (await process.StandardOutput.ReadLineAsync(guard.Token) is { } text)
                {
                    if (text.Contains("] wrote ", StringComparison.Ordinal) || text.Contains("] failed", StringComparison.Ordinal)) { rendered = text; break; }
                }
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            var errors = await stderr;
            Assert.True(rendered is not null && rendered.Contains("] wrote ", StringComparison.Ordinal), $"{rendered}\n{errors}");
        }

        Assert.Equal(["talks-2022-01-11.md", "talks-2022-01-11.pdf"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var markup = File.ReadAllText(Path.Combine(output, "talks-2022-01-11.md"));
        Assert.Contains("::: callout {title=\"Points clés\"}", markup);
        Assert.DoesNotContain("# Citations", markup);
        Assert.Contains(Readers.Squeeze("Points clés"), Readers.Squeeze(Readers.PdfText(Path.Combine(output, "talks-2022-01-11.pdf"))));
    }
}
