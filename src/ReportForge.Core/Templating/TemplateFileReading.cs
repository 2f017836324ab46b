using ReportForge.Diagnostics;
using ReportForge.IO;

namespace ReportForge.Templating;

/// <summary>Reads a template package's text files, turning a file that may not be read into a located error.</summary>
public static class TemplateFileReading
{
    /// <summary>
    /// The text of a package file: null (no error) when the package has no such file; an error when it may not be read,
    /// at <paramref name="namedAt"/> (the template line that named it) or else at the file itself.
    /// </summary>
    /// <param name="source">The package.</param>
    /// <param name="relativePath">The file, as the package names it.</param>
    /// <param name="what">What messages call the file: "the theme", "the partial 'quote'".</param>
    /// <param name="namedAt">Where the file was named, when that is not the file itself.</param>
    public static Result<string?> ReadText(this ITemplateSource source, string relativePath, string what, SourceLocation? namedAt = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var read = source.Read(relativePath, ReadLimit.TemplateText);
        if (read.Missing) return Result<string?>.Ok(null);
        if (!read.Succeeded) return Result<string?>.Fail(Refusal(read, what, source.DisplayPath(relativePath), namedAt));
        return Result<string?>.Ok(read.Text);
    }

    /// <summary>
    /// The error for a package file that was refused: RF1113 when it leads outside the package, RF1115 when it is too
    /// large, RF1114 otherwise. Placed at <paramref name="namedAt"/> when given (the message then names the file), else at
    /// the file.
    /// </summary>
    /// <param name="read">The refused read.</param>
    /// <param name="what">What messages call the file.</param>
    /// <param name="file">How messages name the file.</param>
    /// <param name="namedAt">Where the file was named, when that is not the file itself.</param>
    public static Diagnostic Refusal(FileRead read, string what, string file, SourceLocation? namedAt = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        var code = read.Problem switch
        {
            FileProblem.OutsideRoot => ErrorCodes.FileOutsideRoot,
            FileProblem.TooLarge => ErrorCodes.TemplateFileTooLarge,
            _ => ErrorCodes.TemplateFileRefused,
        };
        var subject = namedAt is null ? what : $"{what} ({file})";
        return new Diagnostic(code, Severity.Error, $"{subject} {read.Detail}", namedAt ?? SourceLocation.OfFile(file));
    }
}
