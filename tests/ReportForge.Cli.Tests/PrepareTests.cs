using ReportForge.Cli;

namespace ReportForge.Tests;

/// <summary>The template built-ins are started before the command line is parsed only when the command renders.</summary>
public sealed class PrepareTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(true, "render", "notes.json")]
    [InlineData(true, "build", "notes")]
    [InlineData(true, "watch", "notes.json")]
    [InlineData(true, "-o", "out")]
    [InlineData(false, "--help")]
    [InlineData(false, "-o", "out", "--help")]
    [InlineData(false, "--version")]
    [InlineData(false, "validate", "notes.json")]
    [InlineData(false, "templates")]
    [InlineData(false, "lint", "-t", "daily-briefing")]
    [InlineData(false, "init", "x")]
    public void Only_a_command_that_renders_starts_them(bool expected, params string[] args) =>
        Assert.Equal(expected, CliApp.MayRender(args));
}
