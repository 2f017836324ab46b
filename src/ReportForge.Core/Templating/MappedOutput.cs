using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportForge.Templating;

/// <summary>
/// Collects the template's output and, for every write, which template position produced it.
/// Also enforces the output cap, so a runaway template fails instead of filling memory.
/// </summary>
internal sealed class MappedOutput(string templateFile, long limit) : IScriptOutput
{
    private readonly StringBuilder _builder = new();

    // Scriban writes a template's raw text as slices of the very string it parsed, so the string's identity
    // says which file (entry, layout or partial) the text came from. A handful of files: a list compared by
    // reference, since an identity hash per written value cost more than the whole rest of the render.
    private readonly List<Source> _sources = [];

    /// <summary>Records the text of a parsed template file, so raw text written from it maps to that file.</summary>
    public void AddSource(string text, string file)
    {
        _sources.RemoveAll(s => ReferenceEquals(s.Text, text));
        _sources.Add(new Source(text, file, LineStarts(text)));
    }

    public TemplateContext? Context { get; set; }

    public SourceMap Map { get; } = new();

    /// <summary>The span of the <c>{{ }}</c> expression whose value is being written, if any.</summary>
    public SourceSpan? ExpressionSpan { get; set; }

    public int Length => _builder.Length;

    public void Write(string text, int offset, int count)
    {
        if (count <= 0) return;
        if (_builder.Length + (long)count > limit) throw new OutputLimitExceededException(limit);

        if (Find(text) is { } source)
        {
            var (line, column) = source.LineColumn(offset);
            Map.Add(_builder.Length, source.File, line, column, advancesWithText: true, text, offset);
        }
        else if ((ExpressionSpan ?? Context?.CurrentNode?.Span) is { } span)
        {
            Map.Add(_builder.Length, string.IsNullOrEmpty(span.FileName) ? templateFile : span.FileName, span.Start.Line + 1, span.Start.Column + 1,
                advancesWithText: false, null, 0);
        }
        _builder.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _builder.ToString();

    private Source? Find(string text)
    {
        foreach (var source in _sources)
        {
            if (ReferenceEquals(source.Text, text)) return source;
        }
        return null;
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return [.. starts];
    }

    private sealed record Source(string Text, string File, int[] LineStarts)
    {
        public (int Line, int Column) LineColumn(int offset)
        {
            var index = Array.BinarySearch(LineStarts, offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - LineStarts[index] + 1);
        }
    }
}

/// <summary>The template wrote more than the output limit.</summary>
internal sealed class OutputLimitExceededException(long limit) : Exception($"the template wrote more than {limit:N0} characters");
