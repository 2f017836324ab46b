using ReportForge.Diagnostics;
using ReportForge.Tests.Accessibility;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Accessibility;

/// <summary>
/// The Matterhorn structure checker passes on the PDFs this project's client tests check: the showcase document of
/// ClientTests (with its watermark and running header), the right-to-left document and the shaped Indic scripts of
/// ShapedScriptClientTests. The CLI's client tests check the shipped templates' PDFs
/// (tests/ReportForge.Cli.Tests/Client/MatterhornClientTests.cs).
/// </summary>
[Trait("Category", "Client")]
public sealed class MatterhornClientTests
{
    [Fact]
    public void Checker_passes_on_the_client_showcase()
    {
        var theme = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT" }, Header = new RunningText { Left = "{title}", OnFirstPage = false } };
        AssertPasses(PdfReportWriter.Write(ClientTests.Document(), theme));
    }

    [Fact]
    public void Checker_passes_on_right_to_left_text() =>
        AssertPasses(PdfReportWriter.Write(Docs.Document(Docs.Para("שלום עולם, שנת 2022."), Docs.Para("مرحبا بالعالم 2022.")), Theme.Default));

    [Fact]
    public void Checker_passes_on_shaped_indic_scripts() =>
        AssertPasses(PdfReportWriter.Write(ShapedScriptClientTests.Document(), ShapingTests.IndicTheme()));

    private static void AssertPasses(Result<PdfOutput> result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var failures = MatterhornChecker.Check(result.Value.Bytes);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
