using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.IO;

namespace ReportForge.Notes;

/// <summary>Notes read from a JSON file, with the position of every value so errors can name line and column.</summary>
public sealed class NotesDocument
{
    private readonly Dictionary<string, long> _pointerOffsets;
    private readonly TextPositions _positions;

    private NotesDocument(string file, JsonElement root, Dictionary<string, long> pointerOffsets, TextPositions positions)
    {
        File = file;
        Root = root;
        _pointerOffsets = pointerOffsets;
        _positions = positions;
    }

    /// <summary>The file name used in messages.</summary>
    public string File { get; }

    /// <summary>The parsed notes.</summary>
    public JsonElement Root { get; }

    /// <summary>Where the value at an RFC 6901 pointer starts; the nearest existing parent when the value is absent.</summary>
    public SourceLocation Locate(string pointer)
    {
        var probe = pointer;
        while (!_pointerOffsets.ContainsKey(probe) && probe.Length > 0)
            probe = probe[..probe.LastIndexOf('/')];
        var (line, column) = _positions.At(_pointerOffsets.GetValueOrDefault(probe));
        return new SourceLocation(File, line, column, pointer);
    }

    /// <summary>Reads notes from a file: a regular file (links followed) of at most <see cref="ReadLimit.Notes"/>.</summary>
    public static Result<NotesDocument> Load(string path) => Load(path, ReadLimit.Notes);

    /// <summary>
    /// Reads a JSON file of at most <paramref name="limit"/> bytes. A file that cannot be read is RF1001; one that is
    /// not a regular file (a folder, FIFO, device) or is too large is RF1005; both at the file.
    /// </summary>
    public static Result<NotesDocument> Load(string path, ReadLimit limit)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = InputFiles.Read(path, limit);
        return read.Bytes is { } bytes ? Parse(bytes, path) : Refused(read, "the notes file", path);
    }

    /// <summary>
    /// Reads notes from a stream (standard input) up to <see cref="ReadLimit.Notes"/>: more is RF1005, never a lack of
    /// memory. <paramref name="file"/> names them in messages (such as "-").
    /// </summary>
    public static Result<NotesDocument> Load(Stream stream, string file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var read = InputFiles.Read(stream, ReadLimit.Notes);
        return read.Bytes is { } bytes ? Parse(bytes, file) : Refused(read, "the input", file);
    }

    private static Result<NotesDocument> Refused(FileRead read, string subject, string file)
    {
        var unreadable = read.Problem is FileProblem.Missing or FileProblem.Unreadable;
        var message = unreadable ? $"cannot read the notes: {subject} {read.Detail}" : $"{subject} {read.Detail}";
        return Result<NotesDocument>.Fail(new Diagnostic(unreadable ? ErrorCodes.NotesUnreadable : ErrorCodes.NotesRefused, Severity.Error,
            message, SourceLocation.OfFile(file)));
    }

    /// <summary>Parses notes from UTF-8 bytes; <paramref name="file"/> names them in messages.</summary>
    public static Result<NotesDocument> Parse(byte[] utf8, string file)
    {
        var positions = new TextPositions(utf8);
        var options = new JsonDocumentOptions { MaxDepth = 256 };
        if (WideEncoding(utf8) is { } encoding)
            return Malformed(file, 1, 1, $"the file is {encoding} (it starts with a {encoding} byte order mark); save it as UTF-8");
        if (utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            return Malformed(file, 1, 1, "the file is empty; the notes must be a JSON object");
        try
        {
            var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
            strict.GetCharCount(utf8);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            var (line, column) = positions.At(e.Index < 0 ? 0 : e.Index);
            return Malformed(file, line, column, "the file is not valid UTF-8");
        }

        try
        {
            var memory = utf8.AsMemory();
            if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF) memory = memory[3..];
            using var document = JsonDocument.Parse(memory, options);
            var root = document.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object)
                return Malformed(file, 1, 1, $"the notes must be a JSON object, not {Describe(root.ValueKind)}");
            var problems = new List<NotesValueProblem>();
            var map = JsonPointerMap.Build(memory.Span, new JsonReaderOptions { MaxDepth = options.MaxDepth }, problems);
            var bom = utf8.Length - memory.Length;
            if (bom != 0)
            {
                foreach (var key in map.Keys.ToList()) map[key] += bom;
            }
            if (problems.Count > 0) return Result<NotesDocument>.Fail(Located(problems, bom, file, positions));
            return Result<NotesDocument>.Ok(new NotesDocument(file, root, map, positions));
        }
        catch (JsonException e)
        {
            var (line, column) = positions.AtLineByte(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            return Malformed(file, line, column, "malformed JSON: " + CleanJsonMessage(e.Message));
        }
    }

    // Every value the pipeline cannot hold, up to a screenful.
    private static List<Diagnostic> Located(List<NotesValueProblem> problems, int bom, string file, TextPositions positions)
    {
        const int MaxReported = 20;
        var errors = new List<Diagnostic>();
        foreach (var problem in problems.Take(MaxReported))
        {
            var (line, column) = positions.At(problem.Offset + bom);
            var message = problem.Message;
            if (problem.FirstOffset is { } first)
            {
                var (firstLine, firstColumn) = positions.At(first + bom);
                message += $" (first at line {firstLine}, column {firstColumn}); remove one of them";
            }
            errors.Add(new Diagnostic(problem.Code, Severity.Error, message, new SourceLocation(file, line, column, problem.Pointer)));
        }
        if (problems.Count > MaxReported)
        {
            var last = errors[^1];
            errors[^1] = last with { Message = last.Message + $" (and {problems.Count - MaxReported} more such values)" };
        }
        return errors;
    }

    private static string? WideEncoding(byte[] bytes) => bytes switch
    {
        [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..] => "UTF-32",
        [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] => "UTF-16",
        _ => null,
    };

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static Result<NotesDocument> Malformed(string file, int line, int column, string message) =>
        Result<NotesDocument>.Fail(new Diagnostic(ErrorCodes.NotesMalformed, Severity.Error, message, new SourceLocation(file, line, column)));

    private static string CleanJsonMessage(string message)
    {
        // System.Text.Json appends " LineNumber: 3 | BytePositionInLine: 7." — we give the position ourselves.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return text.TrimEnd('.', ' ');
    }
}
