using DocumentFormat.OpenXml;
using ReportForge.Theming;

namespace ReportForge.Word.Tests;

public sealed class ValidationTests
{
    public static TheoryData<FileFormatVersions> Versions => new() { FileFormatVersions.Office2019, FileFormatVersions.Microsoft365 };

    [Theory]
    [MemberData(nameof(Versions))]
    public void SampleHasNoValidationErrors(FileFormatVersions version)
    {
        var bytes = DocxWriter.Write(SampleDocument.Build(), Theme.Default);

        var errors = DocxPackage.Validate(bytes, version);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void FirstPageWithoutRunningTextHasNoValidationErrors(FileFormatVersions version)
    {
        var theme = Theme.Default;
        theme.Header.OnFirstPage = false;
        var bytes = DocxWriter.Write(SampleDocument.Build(classification: null), theme);

        var errors = DocxPackage.Validate(bytes, version);

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
