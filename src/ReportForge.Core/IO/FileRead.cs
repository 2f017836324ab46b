using System.Text;

namespace ReportForge.IO;

/// <summary>What reading one input file gave: its bytes, or the problem that kept it from being read and why.</summary>
public sealed class FileRead
{
    private FileRead(FileProblem problem, byte[]? bytes, string detail)
    {
        Problem = problem;
        Bytes = bytes;
        Detail = detail;
    }

    /// <summary><see cref="FileProblem.None"/> when the file was read.</summary>
    public FileProblem Problem { get; }

    /// <summary>The file's bytes; null when it was not read.</summary>
    public byte[]? Bytes { get; }

    /// <summary>
    /// Why it was not read, as the end of a sentence whose subject is the file: "is a FIFO (named pipe); only regular
    /// files are read". Empty when it was read.
    /// </summary>
    public string Detail { get; }

    /// <summary>True when the file was read.</summary>
    public bool Succeeded => Problem == FileProblem.None;

    /// <summary>True when there is no such file (callers often treat that as "not given" rather than as an error).</summary>
    public bool Missing => Problem == FileProblem.Missing;

    /// <summary>The bytes as text: UTF-8 unless a byte order mark says UTF-16 or UTF-32 (as <c>File.ReadAllText</c>).</summary>
    public string? Text => Bytes is null ? null : Decode(Bytes);

    /// <summary>A file that was read.</summary>
    public static FileRead Of(byte[] bytes) => new(FileProblem.None, bytes, "");

    /// <summary>A file that was not read, and why (see <see cref="Detail"/>).</summary>
    public static FileRead Failed(FileProblem problem, string detail)
    {
        if (problem == FileProblem.None) throw new ArgumentException("a failed read needs a problem", nameof(problem));
        return new(problem, null, detail);
    }

    /// <summary>A file opened for streaming: no problem, and no bytes here (they are in the stream).</summary>
    internal static FileRead Opened { get; } = new(FileProblem.None, null, "");

    /// <summary>No such file.</summary>
    public static FileRead NotFound { get; } = new(FileProblem.Missing, null, "does not exist");

    /// <summary>The file's bytes when present, null when missing: for readers that treat both alike (tests, tools).</summary>
    public static FileRead FromBytes(byte[]? bytes) => bytes is null ? NotFound : Of(bytes);

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
