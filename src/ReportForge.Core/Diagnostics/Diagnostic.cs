namespace ReportForge.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>The run goes on; the output is still written.</summary>
    Warning,

    /// <summary>The run stops; nothing is written.</summary>
    Error,
}

/// <summary>A place in an input file: 1-based line and column (in characters), and for JSON the RFC 6901 pointer.</summary>
public sealed record SourceLocation(string File, int Line, int Column, string? Pointer = null)
{
    /// <summary>A location that names only a file.</summary>
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>A located message with a stable code (see docs/errors.md).</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceLocation? Location = null)
{
    /// <summary>Formats as <c>file:line:col: error RF1234: message</c>.</summary>
    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var prefix = Location is null ? "reportforge" : Location.ToString();
        return $"{prefix}: {kind} {Code}: {Message}";
    }
}
