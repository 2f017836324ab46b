using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportForge.Diagnostics;
using ReportForge.Notes;

namespace ReportForge.Theming;

/// <summary>
/// Reads theme.json into a typed <see cref="Theme"/>: every number checked against its <see cref="ThemeRanges"/>,
/// colours parsed, sizes, orientations and alignments matched against their enums, the margins checked to leave room
/// for text, each error at the line and column of its value. Unknown keys are warnings naming the nearest known key.
/// A hand-written walk, not a JSON Schema validator: it costs next to nothing at start-up.
/// </summary>
public static class ThemeReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Reads a theme from its JSON text; <paramref name="file"/> names it in messages.</summary>
    public static Result<Theme> Read(string json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        var positions = new TextPositions(utf8);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
                MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var (line, column) = positions.AtLineByte(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var cut = e.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var message = "malformed JSON: " + (cut > 0 ? e.Message[..cut] : e.Message).TrimEnd('.', ' ');
            return Result<Theme>.Fail(new Diagnostic(ErrorCodes.TemplatePackageInvalid, Severity.Error, message, new SourceLocation(file, line, column)));
        }

        using (document)
        {
            var problems = new List<NotesValueProblem>();
            var keys = new Dictionary<string, long>(StringComparer.Ordinal);
            var offsets = JsonPointerMap.Build(utf8, ReaderOptions, problems, keys);
            var reading = new ThemeReading(file, offsets, keys, positions);
            // Strings .NET cannot hold and keys given twice; numbers are judged against their own ranges below.
            foreach (var problem in problems.Where(p => p.Code != ErrorCodes.NotesNumberOutOfRange))
                reading.Error(ErrorCodes.ThemeValueInvalid, problem.Pointer, problem.Message[(problem.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
            var theme = reading.Failed ? null : reading.Theme(document.RootElement);
            return theme is null || reading.Failed ? Result<Theme>.Fail(reading.Diagnostics) : Result<Theme>.Ok(theme, reading.Diagnostics);
        }
    }

    /// <summary>The known key nearest to <paramref name="key"/> by edit distance, when it is near enough to be a slip.</summary>
    internal static string? Nearest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = EditDistance(key.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.Max(1, Math.Min(3, key.Length / 3)) ? best : null;
    }

    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours ("colros") cost one each.
    private static int EditDistance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 64) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
