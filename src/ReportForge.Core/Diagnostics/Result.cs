namespace ReportForge.Diagnostics;

/// <summary>The outcome of a stage: a value, or the diagnostics that stopped it (warnings may come with a value).</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        _value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic the stage produced, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when no diagnostic is an error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The value; only valid when <see cref="Succeeded"/>.</summary>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException("The stage failed: " + string.Join("; ", Diagnostics));

    /// <summary>A success, with optional warnings.</summary>
    public static Result<T> Ok(T value, IReadOnlyList<Diagnostic>? warnings = null) => new(value, warnings ?? []);

    /// <summary>A failure with at least one error.</summary>
    public static Result<T> Fail(IReadOnlyList<Diagnostic> diagnostics) => new(default, diagnostics);

    /// <summary>A failure with one error.</summary>
    public static Result<T> Fail(Diagnostic diagnostic) => new(default, [diagnostic]);

    /// <summary>Carries this result's diagnostics into a failure of another type.</summary>
    public Result<TOther> Cast<TOther>() => Result<TOther>.Fail(Diagnostics);
}
