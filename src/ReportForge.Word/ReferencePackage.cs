using System.Globalization;
using System.IO.Compression;
using ReportForge.Diagnostics;

namespace ReportForge.Word;

/// <summary>
/// Limits on the parts of a reference document, checked before the Word SDK parses any: a small .docx can hold
/// a header of hundreds of megabytes of XML (a 900 KB file whose header inflates to 300 MB took more than 8 GB).
/// </summary>
internal static class ReferencePackage
{
    /// <summary>The most bytes one part (an XML part or a picture) may inflate to.</summary>
    public const long MaxPartBytes = 16 * 1024 * 1024;

    /// <summary>The most bytes all parts together may inflate to.</summary>
    public const long MaxTotalBytes = 128 * 1024 * 1024;

    /// <summary>
    /// The error code and message when a part or the whole package inflates past its limit, or a part's data
    /// does not inflate as its entry declares; null when all is well (or the bytes are no zip, which the SDK reports).
    /// </summary>
    public static (string Code, string Message)? Check(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes) return TooLarge(entry.FullName, $"is {Mib(entry.Length)} when inflated");
                // The sizes a zip declares can lie, so the part itself is inflated, never further than the limit.
                long inflated;
                try
                {
                    using var stream = entry.Open();
                    inflated = CountUpTo(stream, MaxPartBytes + 1);
                }
                catch (InvalidDataException e)
                {
                    return (ErrorCodes.ReferenceDocumentInvalid, $"the reference document's part '{entry.FullName}' is damaged: {e.Message}");
                }
                if (inflated > MaxPartBytes) return TooLarge(entry.FullName, "inflates to more than its declared size");
                total += inflated;
                if (total > MaxTotalBytes)
                    return (ErrorCodes.ReferenceDocumentTooLarge,
                        $"the reference document's parts inflate to more than {Mib(MaxTotalBytes)} in all; give a smaller .docx (remove large pictures)");
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static (string, string) TooLarge(string part, string what) =>
        (ErrorCodes.ReferenceDocumentTooLarge,
            $"the reference document's part '{part}' {what}, more than the limit of {Mib(MaxPartBytes)} a part; give a smaller .docx");

    private static long CountUpTo(Stream stream, long limit)
    {
        var buffer = new byte[81920];
        long count = 0;
        for (int read; count < limit && (read = stream.Read(buffer)) > 0;) count += read;
        return count;
    }

    private static string Mib(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
