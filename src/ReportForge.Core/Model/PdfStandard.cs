namespace ReportForge.Model;

/// <summary>The PDF/A level a PDF declares and meets.</summary>
public enum PdfALevel
{
    /// <summary>No PDF/A.</summary>
    None,
    /// <summary>PDF/A-1b (ISO 19005-1, basic): the file looks the same in every reader, decades from now.</summary>
    A1b,
    /// <summary>PDF/A-1a (ISO 19005-1, accessible): PDF/A-1b plus a tagged structure and Unicode text.</summary>
    A1a,
}

/// <summary>
/// The standards a PDF is written to meet (<c>--pdf-standard</c>, a build manifest's and a template's
/// <c>pdf_standard</c>): PDF/UA-1, one PDF/A-1 level, or both. The default meets none in particular.
/// </summary>
/// <param name="Ua1">PDF/UA-1 (ISO 14289-1, universal accessibility).</param>
/// <param name="PdfA">The PDF/A level, or <see cref="PdfALevel.None"/>.</param>
public readonly record struct PdfStandard(bool Ua1, PdfALevel PdfA)
{
    /// <summary>No standard.</summary>
    public static PdfStandard None => default;

    /// <summary>What <c>--pdfa</c> means: PDF/A-1a.</summary>
    public static PdfStandard A1a => new(false, PdfALevel.A1a);

    /// <summary>The names <see cref="TryParse"/> reads, for messages.</summary>
    public const string Supported = "ua-1, a-1b, a-1a, or ua-1 with one PDF/A level (ua-1,a-1b or ua-1,a-1a)";

    /// <summary>True when the file declares PDF/A.</summary>
    public bool IsPdfA => PdfA != PdfALevel.None;

    /// <summary>True when no standard is asked for.</summary>
    public bool IsNone => !Ua1 && !IsPdfA;

    /// <summary>
    /// Reads a comma-separated list such as <c>ua-1,a-1a</c>: <c>ua-1</c> and at most one PDF/A level, in any order and
    /// case, spaces around the names ignored. False, with <paramref name="problem"/> saying why and naming the
    /// supported values, when the text names nothing, an unknown name, a PDF/A part other than 1, or two PDF/A levels.
    /// </summary>
    public static bool TryParse(string text, out PdfStandard standard, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        standard = None;
        problem = "";
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0)
        {
            problem = $"no PDF standard is named; the supported ones are {Supported}";
            return false;
        }
        var ua = false;
        var level = PdfALevel.None;
        foreach (var name in names)
        {
            var lower = name.ToLowerInvariant();
            PdfALevel? named = lower switch { "a-1b" => PdfALevel.A1b, "a-1a" => PdfALevel.A1a, _ => null };
            if (lower == "ua-1")
            {
                ua = true;
            }
            else if (named is { } found)
            {
                if (level != PdfALevel.None && level != found)
                {
                    problem = $"'{text}' names two PDF/A levels, and a file meets one; the supported standards are {Supported}";
                    return false;
                }
                level = found;
            }
            else
            {
                problem = LaterPart(lower) is { } part
                    ? $"'{name}' (PDF/A-{part}) is not supported: it cannot be validated here (PDFsharp declares only PDF/A part 1, and the "
                      + $"validator at hand, PDFBox Preflight, checks only PDF/A-1); the supported standards are {Supported}"
                    : $"unknown PDF standard '{name}'; the supported ones are {Supported}";
                return false;
            }
        }
        standard = new PdfStandard(ua, level);
        return true;
    }

    // "a-2b", "a-3u", "a-4" and the like: a PDF/A part other than 1.
    private static char? LaterPart(string name) =>
        name.Length >= 3 && name.StartsWith("a-", StringComparison.Ordinal) && name[2] is >= '2' and <= '4'
            && (name.Length == 3 || (name.Length == 4 && name[3] is 'a' or 'b' or 'u' or 'e' or 'f'))
            ? name[2]
            : null;

    /// <summary>The standard as <see cref="TryParse"/> reads it, such as <c>ua-1,a-1a</c>; empty for none.</summary>
    public override string ToString() => string.Join(",", new[]
    {
        Ua1 ? "ua-1" : null,
        PdfA switch { PdfALevel.A1b => "a-1b", PdfALevel.A1a => "a-1a", _ => null },
    }.Where(n => n is not null));
}
