using System.Text.RegularExpressions;
using ReportForge.Batch;

namespace ReportForge.Tests;

/// <summary>The render time limit: --timeout on the command line, timeout in reportforge.json and in template.json.</summary>
public sealed class TimeoutOptionTests
{
    private static string SlowTemplate(string? timeout = null)
    {
        var dir = Path.Combine(CliRunner.TempDir(), "slow");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "template.json"), $$"""{ "name": "slow", "formats": ["pdf"]{{(timeout is null ? "" : $", \"timeout\": {timeout}")}} }""");
        File.WriteAllText(Path.Combine(dir, "schema.json"), """{ "type": "object" }""");
        // Each top-level loop stays under the loop limit; the recursion keeps starting new ones.
        File.WriteAllText(Path.Combine(dir, "template.sbn"), "{{ func spin\n  for i in 1..999999; end\n  spin\nend }}\n{{ spin }}\n");
        return dir;
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("301")]
    [InlineData("NaN")]
    public void An_out_of_range_timeout_is_a_usage_error(string value)
    {
        foreach (var command in new[] { "render", "build", "watch" })
        {
            var args = command == "build" ? new[] { "build", "--timeout", value } : [command, TestPaths.SampleNotes, "--timeout", value];
            var result = CliRunner.InProcess(args);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"reportforge: error RF1901: --timeout: the time limit must be more than 0 and at most 300 seconds", result.Stderr);
        }
        Assert.Equal(2, CliRunner.InProcess("render", "--timeout", "soon").ExitCode);
    }

    [Fact]
    public void The_timeout_given_stops_the_render_and_is_named()
    {
        var template = SlowTemplate();
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-t", template, "-o", Path.Combine(CliRunner.TempDir(), "out"), "--timeout", "0.5");
        Assert.Equal(1, result.ExitCode);
        // The limit is processor time, so a loaded machine does not change the outcome; located where the loop was stopped.
        Assert.Matches(new Regex(@"slow/template\.sbn(:\d+:\d+)?: error RF1105: the template ran longer than 0\.5 s of processor time and was stopped"), result.Stderr);
    }

    [Fact]
    public void Template_json_sets_a_timeout_that_the_command_line_overrides()
    {
        var template = SlowTemplate("0.3");
        var own = ReportEngine.Render(new ReportRequest { NotesPath = TestPaths.SampleNotes, Template = template, OutputDirectory = CliRunner.TempDir() });
        Assert.Contains("longer than 0.3 s", Assert.Single(own.Diagnostics).Message);

        var overridden = ReportEngine.Render(new ReportRequest { NotesPath = TestPaths.SampleNotes, Template = template, OutputDirectory = CliRunner.TempDir(), RenderTimeout = TimeSpan.FromSeconds(0.4) });
        Assert.Contains("longer than 0.4 s", Assert.Single(overridden.Diagnostics).Message);
    }

    [Fact]
    public async Task Notes_that_fail_their_schema_are_reported_and_stop_a_render_running_alongside()
    {
        // The schema check runs beside the render: its violations win, and cancel a render that would otherwise spin
        // for an hour of processor time. The wait is a hang guard, not a measure of speed: a cancelled render ends
        // within it on any machine, one that is not cancelled never does.
        var template = SlowTemplate();
        File.WriteAllText(Path.Combine(template, "schema.json"), """{ "type": "object", "required": ["missing"] }""");
        var render = Task.Run(() => ReportEngine.Render(new ReportRequest { NotesPath = TestPaths.SampleNotes, Template = template, OutputDirectory = CliRunner.TempDir(), RenderTimeout = TimeSpan.FromHours(1) }));

        Assert.True(await Task.WhenAny(render, Task.Delay(TimeSpan.FromMinutes(5))) == render, "the render ran on after the notes failed their schema");
        var error = Assert.Single((await render).Diagnostics);
        Assert.Equal("RF1003", error.Code);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void A_bad_template_json_timeout_is_RF1102()
    {
        var template = SlowTemplate("0");
        var result = ReportEngine.Render(new ReportRequest { NotesPath = TestPaths.SampleNotes, Template = template, OutputDirectory = CliRunner.TempDir() });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RF1102", error.Code);
        Assert.Contains("timeout: the time limit must be more than 0", error.Message);
    }

    [Fact]
    public void The_manifest_timeout_is_checked_where_it_is_and_reaches_the_render()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(path, """
            { "timeout": "soon",
              "jobs": [ { "notes": "*.json", "timeout": 0 } ] }
            """);
        var messages = BuildManifest.Load(path).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => Regex.IsMatch(m, @"reportforge\.json:1:14: error RF1501: /timeout: 'timeout' must be a number of seconds"));
        Assert.Contains(messages, m => Regex.IsMatch(m, @"reportforge\.json:2:45: error RF1501: /jobs/0/timeout: the time limit must be more than 0"));

        var template = SlowTemplate();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        File.Copy(TestPaths.SampleNotes, Path.Combine(dir, "input", "notes.json"));
        File.WriteAllText(path, $$"""{ "timeout": 0.4, "jobs": [ { "notes": "input/*.json", "template": "{{template}}" } ] }""");
        var build = BuildRunner.Run(BuildManifest.Load(path).Value, new BuildOptions());
        Assert.Contains("longer than 0.4 s", Assert.Single(build.Jobs).Diagnostics.Single().Message);
    }
}
