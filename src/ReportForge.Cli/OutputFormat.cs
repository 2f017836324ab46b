namespace ReportForge.Cli;

/// <summary>A format --format names.</summary>
internal enum OutputFormat
{
    /// <summary>A PDF, laid out by ReportForge.</summary>
    Pdf,
    /// <summary>A Word document.</summary>
    Docx,
}

/// <summary>Format names as the engine and the command line spell them.</summary>
internal static class OutputFormats
{
    /// <summary>The format a name means, in any case; null when it names none.</summary>
    public static OutputFormat? Parse(string name) => name.ToLowerInvariant() switch
    {
        "pdf" => OutputFormat.Pdf,
        "docx" => OutputFormat.Docx,
        _ => null,
    };

    /// <summary>The name the engine takes ("pdf", "docx").</summary>
    public static string Name(this OutputFormat format) => format switch
    {
        OutputFormat.Pdf => "pdf",
        OutputFormat.Docx => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
