namespace ReportForge.Tests;

/// <summary><c>--set</c> on the command line reaches the template as <c>params.NAME</c>.</summary>
public sealed class ParameterCliTests
{
    [Fact]
    public void Set_show_quotes_false_drops_the_quotes_section()
    {
        var output = CliRunner.TempDir();
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "-f", "docx", "--templates", TestPaths.Templates, "--set", "show_quotes=false");
        Assert.Equal(0, result.ExitCode);
        var headings = Readers.DocxHeadings(Path.Combine(output, "talks-2022-01-11.docx"));
        Assert.Contains("Timeline", headings);
        Assert.DoesNotContain("Quotes", headings);
    }

    [Fact]
    public void An_unknown_parameter_exits_2_with_the_declared_ones()
    {
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", CliRunner.TempDir(), "--templates", TestPaths.Templates, "--set", "colour=red");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("reportforge: error RF1902: --set colour: the template 'daily-briefing' has no parameter 'colour'; its parameters are show_quotes, quotes_per_side\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_value_of_the_wrong_type_exits_2()
    {
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", CliRunner.TempDir(), "--templates", TestPaths.Templates, "--set", "show_quotes=maybe");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error RF1903: --set show_quotes=maybe: the parameter 'show_quotes' is a boolean (true or false)", result.Stderr);
    }

    [Fact]
    public void Set_without_an_equals_sign_is_a_usage_error()
    {
        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "--set", "show_quotes");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error RF1901: --set expects NAME=VALUE, got 'show_quotes'", result.Stderr);
    }
}
