using System.Text.RegularExpressions;

namespace ReportForge.Tests.Corpus;

/// <summary>What no corpus case may ever do.</summary>
internal static class CorpusInvariants
{
    /// <summary>No case may reach RF1999 (a bug), exit outside 0, 1 and 2, or print a stack trace.</summary>
    public static void AssertNoCrash(string id, int exitCode, string stderr)
    {
        Assert.True(exitCode is 0 or 1 or 2, $"{id}: exit code {exitCode}:\n{stderr}");
        Assert.False(stderr.Contains("RF1999", StringComparison.Ordinal), $"{id}: an internal error (RF1999):\n{stderr}");
        Assert.False(Regex.IsMatch(stderr, @"^\s+at \S", RegexOptions.Multiline), $"{id}: a stack trace on stderr:\n{stderr}");
    }
}
