namespace ReportForge.Tests;

public sealed class MarkupPropertyTests
{
    [Fact]
    public void RandomMarkupGivesBothOutputsWithAllTextOrLocatedErrors() =>
        PropertyRuns.Check(MarkupGen.Document, MarkupPipeline.Check, iterations: 40, print: MarkupPipeline.Escape);
}
