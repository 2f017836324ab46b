using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportForge.Templating;

/// <summary>
/// <c>{{ partial "name" arg… }}</c> renders <c>partials/name.sbn</c> into the current output, and a layout's
/// <c>{{ render_body }}</c> renders the template's entry file at that point. Unlike Scriban's include and
/// capture, the text is written straight into our mapped output while the partial's own file is current,
/// so every line it writes (and every error in it) is located in the partial's file, not the caller's.
/// </summary>
internal sealed class PartialFunction(TemplateFiles files, Func<SourceSpan, Diagnostics.SourceLocation> locate) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0 || arguments[0] is not string name)
            throw new ScriptRuntimeException(span, "partial needs the partial's name as text, such as {{ partial \"title-block\" }}");
        var template = files.Find(TemplateFiles.PartialsFolder, name, locate(span));
        var rest = new ScriptArray(arguments.Skip(1));
        RenderInto(context, template, rest, callerContext);
        return null;
    }

    /// <summary>Evaluates a parsed file into the context's current output, with its arguments as <c>$</c>, <c>$0</c>….</summary>
    public static void RenderInto(TemplateContext context, Template template, ScriptArray arguments, ScriptNode? callerContext)
    {
        context.EnterRecursive(callerContext);
        context.PushSourceFile(template.SourceFilePath ?? "");
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            var result = template.Page is null ? null : context.Evaluate(template.Page);
            if (result is not null && template.Page is not null) context.Write(template.Page.Span, result);
        }
        finally
        {
            context.PopLocal();
            context.PopSourceFile();
            context.ExitRecursive(callerContext);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "value");
}

/// <summary>A layout's <c>{{ render_body }}</c>: renders the template's entry file at that point.</summary>
internal sealed class RenderBodyFunction(Template? body) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (body is null)
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "render_body is for layouts; this file is not used as a layout");
        PartialFunction.RenderInto(context, body, [], callerContext);
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;
    public int ParameterCount => 0;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
}
