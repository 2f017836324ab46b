using System.Reflection;
using System.Text.RegularExpressions;
using ReportForge.Diagnostics;

namespace ReportForge.Tests;

/// <summary>docs/errors.md lists exactly the codes the code uses, each once, with an example of its own code.</summary>
public sealed class ErrorCatalogueTests
{
    private static readonly IReadOnlyList<string> Codes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    private static IReadOnlyList<(string Code, string Row)> Documented()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "errors.md"));
        return Regex.Matches(text, @"^\| (RF\d{4}) \|(.*)$", RegexOptions.Multiline).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.Equal(Codes.Count, Codes.Distinct().Count());
        Assert.All(Codes, c => Assert.Matches(@"^RF[12]\d{3}$", c));
    }

    [Fact]
    public void Every_code_is_documented_once_with_its_own_example()
    {
        var documented = Documented();
        foreach (var code in Codes)
        {
            var rows = documented.Where(d => d.Code == code).ToList();
            var row = Assert.Single(rows);
            // The example shows the code as it is printed: "error RF1234:" (or "warning RF1234:" for warnings).
            Assert.Matches($@"(error|warning) {code}:", row.Row);
        }
    }

    [Fact]
    public void The_catalogue_lists_no_code_the_code_does_not_use()
    {
        var known = Codes.ToHashSet();
        Assert.All(Documented(), d => Assert.Contains(d.Code, known));
    }
}
