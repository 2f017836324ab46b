using System.Text.RegularExpressions;
using ReportForge.Diagnostics;
using Scriban.Syntax;

namespace ReportForge.Templating;

/// <summary>
/// Turns what stopped a render into one located diagnostic. Scriban reports its limits as runtime errors that
/// differ only in wording, so the wording is matched here (tests pin each one) and said in the template
/// author's terms: which limit, how big it is, and what usually causes it.
/// </summary>
internal static class TemplateFailure
{
    /// <summary>Exceptions that are the template's fault, not ReportForge's.</summary>
    public static bool IsTemplateFault(Exception e) =>
        e is ScriptRuntimeException or OutputLimitExceededException or OperationCanceledException
            or InsufficientExecutionStackException or OutOfMemoryException or RegexMatchTimeoutException;

    public static Diagnostic From(Exception e, string file, bool timedOut, TimeSpan timeLimit, RenderOptions options)
    {
        var span = (e as ScriptRuntimeException)?.Span;
        var location = span is { } s ? TemplateRenderer.Locate(s, file) : SourceLocation.OfFile(file);
        var text = Messages(e);
        Diagnostic Error(string code, string message) => new(code, Severity.Error, message, location);

        if (FindInner<OutputLimitExceededException>(e) is { } limit || text.Contains("exceeds OutputLimit", StringComparison.Ordinal))
            return Error(ErrorCodes.TemplateOutputLimit, $"the template wrote more than {options.OutputLimit:N0} characters");
        if (timedOut)
            return Error(ErrorCodes.TemplateTimeout, TimeoutMessage(timeLimit));
        // .NET times a regular expression by the wall clock; one that backtracks without end is stopped all the same.
        if (FindInner<RegexMatchTimeoutException>(e) is not null)
            return Error(ErrorCodes.TemplateTimeout,
                $"a regular expression ran longer than {timeLimit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s and " +
                    $"was stopped; look for a pattern that backtracks without end, such as (a+)+, or raise the limit with --timeout");
        if (FindInner<SandboxException>(e) is { } sandbox)
            return Error(ErrorCodes.TemplateUnavailable, sandbox.OriginalMessage);
        if (FindInner<InsufficientExecutionStackException>(e) is not null
            || text.Contains("recursive depth limit", StringComparison.Ordinal) || text.Contains("Insufficient stack", StringComparison.Ordinal))
        {
            return Error(ErrorCodes.TemplateRecursionLimit,
                $"functions and partials called each other more than {options.RecursionLimit} deep; look for a function or partial that calls itself without " +
                    $"end");
        }
        if (text.Contains("LoopLimit", StringComparison.Ordinal) || text.Contains("iteration limit", StringComparison.Ordinal))
        {
            return Error(ErrorCodes.TemplateLoopLimit,
                $"a loop (with the loops inside it) or a range went past {options.LoopLimit:N0} steps; look for an endless loop or a range such as 1..n with " +
                    $"a huge n");
        }
        if (text.Contains("LimitToString", StringComparison.Ordinal) || FindInner<OutOfMemoryException>(e) is not null
            || text.Contains("Insufficient memory", StringComparison.Ordinal))
        {
            return Error(ErrorCodes.TemplateValueLimit,
                $"a value grew past {options.ValueLimit:N0} characters; look for text that is repeated, padded or joined without bound");
        }

        var message = e is ScriptRuntimeException sre ? sre.OriginalMessage : e.Message;
        if (e.InnerException is { } inner && inner is not ScriptRuntimeException) message = inner.Message;
        return Error(ErrorCodes.TemplateRuntime, message);
    }

    /// <summary>The render used up its time limit where Scriban does not look (inside a single built-in call).</summary>
    public static Diagnostic Abandoned(string file, TimeSpan timeLimit) =>
        new(ErrorCodes.TemplateTimeout, Severity.Error, TimeoutMessage(timeLimit), SourceLocation.OfFile(file));

    private static string TimeoutMessage(TimeSpan timeLimit) =>
        $"the template ran longer than {timeLimit.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s of processor time and " +
            $"was stopped; look for an endless loop, or raise the limit with --timeout";

    private static string Messages(Exception? e)
    {
        var all = new System.Text.StringBuilder();
        for (; e is not null; e = e.InnerException) all.Append(e.Message).Append('\n');
        return all.ToString();
    }

    public static T? FindInner<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found) return found;
        }
        return null;
    }
}
