using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportForge.Templating.Functions;

/// <summary>
/// A template function without reflection: Scriban's <c>Import(name, Delegate)</c> inspects the delegate
/// at run time, which Native AOT cannot keep. A bad argument becomes a located template error.
/// </summary>
internal sealed class ScriptFunction(string name, int required, int parameters, Func<ScriptArray, object?> body) : IScriptCustomFunction
{
    public ScriptFunction(string name, int parameters, Func<ScriptArray, object?> body)
        : this(name, parameters, parameters, body)
    {
    }

    public int RequiredParameterCount => required;

    public int ParameterCount => parameters;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => index < required
        ? new(typeof(object), "arg" + index.ToString(CultureInfo.InvariantCulture))
        : new(typeof(object), "arg" + index.ToString(CultureInfo.InvariantCulture), null);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < required || arguments.Count > parameters)
        {
            var expected = required == parameters ? $"{parameters}" : $"{required} to {parameters}";
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan,
                $"{name} takes {expected} argument{(parameters == 1 ? "" : "s")} but was given {arguments.Count}");
        }
        try
        {
            return body(arguments);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"{name}: {e.Message}");
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}

/// <summary>Registers <see cref="ScriptFunction"/>s by arity.</summary>
internal static class ScriptFunctions
{
    public static void Add(this ScriptObject target, string name, Func<object?, object?> body) =>
        target.SetValue(name, new ScriptFunction(name, 1, a => body(a[0])), true);

    public static void Add(this ScriptObject target, string name, Func<object?, object?, object?> body) =>
        target.SetValue(name, new ScriptFunction(name, 2, a => body(a[0], a[1])), true);

    public static void Add(this ScriptObject target, string name, Func<object?, object?, object?, object?> body) =>
        target.SetValue(name, new ScriptFunction(name, 3, a => body(a[0], a[1], a[2])), true);

    /// <summary>A function whose last <c>optional</c> arguments may be left out (they arrive as null).</summary>
    public static void Add(this ScriptObject target, string name, int optional, Func<object?, object?, object?, object?> body) =>
        target.SetValue(name, new ScriptFunction(name, 3 - optional, 3, a => body(a[0], a[1], a.Count > 2 ? a[2] : null)), true);

    /// <summary>A value as text, the way templates expect (null is empty).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A whole number from a template value.</summary>
    public static int Int(object? value) => value switch
    {
        null => throw new ArgumentException("expected a number but got null"),
        string s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => Convert.ToInt32(value, CultureInfo.InvariantCulture),
    };
}
