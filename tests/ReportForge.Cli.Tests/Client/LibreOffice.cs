namespace ReportForge.Tests.Client;

/// <summary>Converts a .docx to PDF with LibreOffice headless, each conversion in a fresh profile.</summary>
internal static class LibreOffice
{
    public const string Package = "libreoffice-writer-nogui";

    /// <summary>The hyphenation patterns LibreOffice needs to hyphenate our .docx as our PDF is hyphenated.</summary>
    public const string HyphenationPackages = "hyphen-en-us hyphen-en-gb hyphen-fr hyphen-de";

    /// <summary>
    /// soffice on the PATH, with the hyphenation patterns; a missing one fails the test, naming the package to install.
    /// </summary>
    public static string Soffice()
    {
        var soffice = ClientTool.Find("soffice", Package, "soffice (LibreOffice)");
        Assert.True(File.Exists("/usr/share/hyphen/hyph_en_US.dic") && File.Exists("/usr/share/hyphen/hyph_de_DE.dic"),
            $"LibreOffice has no hyphenation patterns: install {HyphenationPackages} (apt-get install {HyphenationPackages})");
        return soffice;
    }

    /// <summary>Converts <paramref name="docx"/> and returns the PDF's path.</summary>
    public static string ConvertToPdf(string docx)
    {
        var soffice = Soffice();
        var profile = Directory.CreateTempSubdirectory("reportforge-lo-profile-");
        var output = Directory.CreateTempSubdirectory("reportforge-lo-out-");
        try
        {
            var profileUri = "-env:UserInstallation=" + new Uri(profile.FullName).AbsoluteUri;
            var arguments = new[] { profileUri, "--headless", "--convert-to", "pdf", "--outdir", output.FullName, docx };
            var (exitCode, stdout, stderr) = ClientTool.Run(soffice, arguments, "LibreOffice did not finish converting");
            var pdf = Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(docx) + ".pdf");
            Assert.True(exitCode == 0 && File.Exists(pdf), $"LibreOffice failed to convert {docx} (exit {exitCode}): {stdout} {stderr}");
            return pdf;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
