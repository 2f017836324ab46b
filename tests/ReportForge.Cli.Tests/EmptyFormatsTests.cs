using System.Text.RegularExpressions;

namespace ReportForge.Tests;

/// <summary>An empty list of formats, wherever it is given, is an error: before, the run exited 0 having written nothing.</summary>
public sealed class EmptyFormatsTests
{
    private static string Notes => Path.Combine(TestPaths.Root, "tests", "Corpus", "notes.json");

    [Theory]
    [InlineData(",")]
    [InlineData(" , ")]
    public void A_format_option_that_names_none_is_a_usage_error(string value)
    {
        var work = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", Notes, "-f", value, "-o", Path.Combine(work, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error RF1901: --format names no format", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    [Fact]
    public void An_empty_format_option_is_a_usage_error()
    {
        var work = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", Notes, "-f", "", "-o", Path.Combine(work, "out"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error RF1901: --format is given as an empty string, which names nothing", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    [Fact]
    public void A_build_job_with_empty_formats_is_a_located_manifest_error()
    {
        var work = CliRunner.TempDir();
        File.Copy(Notes, Path.Combine(work, "notes.json"));
        var manifest = Path.Combine(work, "reportforge.json");
        File.WriteAllText(manifest, "{\n  \"jobs\": [\n    { \"notes\": \"notes.json\", \"template\": \"daily-briefing\", \"formats\": [] }\n  ]\n}\n");

        var result = CliRunner.InProcess("build", "-m", manifest);

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(new Regex(@"reportforge\.json:3:71: error RF1501: /jobs/0/formats: 'formats' is empty, so the job would write nothing"), result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }

    [Fact]
    public void A_template_whose_formats_are_empty_is_RF1102_at_the_list()
    {
        var work = CliRunner.TempDir();
        var template = Path.Combine(work, "none");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), "{\n  \"name\": \"none\",\n  \"formats\": []\n}\n");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "# {{ title }}\n");
        File.Copy(Path.Combine(TestPaths.Root, "tests", "Corpus", "templates", "_shared", "schema.json"), Path.Combine(template, "schema.json"));

        var result = CliRunner.InProcess("render", Notes, "-t", template, "-o", Path.Combine(work, "out"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("none/template.json:3:14: error RF1102: formats: the list is empty, so the template would write nothing", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "out")));
    }
}
