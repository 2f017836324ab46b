using ReportForge.Templating.Functions;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportForge.Templating;

/// <summary>
/// What a template may reach and how far it may go. Scriban's built-ins minus those that read the clock,
/// draw random numbers, load files or turn text into code; no .NET member is reachable (every value a
/// template sees is a script object, a list, text, a number or one of our functions); and the limits that
/// stop runaway loops, recursion and values before they exhaust time, stack or memory.
/// </summary>
internal static class TemplateSandbox
{
    /// <summary>Built-ins that would let a template leave the sandbox or make the output depend on the moment it ran.</summary>
    private static readonly (string Object, string Name, string Why)[] Removed =
    [
        ("", "include", "templates read other files only through {{ partial \"name\" }}, from partials/ of the template or of templates/_shared"),
        ("", "include_join", "templates read other files only through {{ partial \"name\" }}, from partials/ of the template or of templates/_shared"),
        ("object", "eval", "it would run text (such as a value from the notes) as template code"),
        ("object", "eval_template", "it would run text (such as a value from the notes) as template code"),
        ("date", "now", "it reads the clock, and a report must come out the same whenever it is rendered; use the notes' date"),
        ("date", "utc_now", "it reads the clock, and a report must come out the same whenever it is rendered; use the notes' date"),
        ("math", "random", "a report must come out the same every time it is rendered"),
        ("math", "uuid", "a report must come out the same every time it is rendered"),
    ];

    /// <summary>Scriban's built-ins with the escapes above replaced by functions that fail with a clear message, plus ours.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new Builtins();
        builtins.SetValue("array", new ArrayFunctions(), true);
        builtins.SetValue("empty", EmptyScriptObject.Default, true);
        builtins.SetValue("blank", EmptyScriptObject.Default, true);
        builtins.SetValue("html", new HtmlFunctions(), true);
        builtins.SetValue("math", new MathFunctions(), true);
        builtins.SetValue("object", new SandboxObjectFunctions(), true);
        builtins.SetValue("string", new StringFunctions(), true);
        builtins.SetValue("timespan", new TimeSpanFunctions(), true);
        Restrict(builtins, "");
        foreach (var family in builtins.Keys.ToList())
            if (builtins[family] is ScriptObject functions) Restrict(functions, family);
        MarkupFunctions.Register(builtins);
        NumberFunctions.Register(builtins);
        ListFunctions.Register(builtins);
        ChartFunctions.Register(builtins);
        CaseFunctions.Register(builtins);
        ProseFunctions.Register(builtins);
        FreezeMembers(builtins);
        return builtins;
    }

    // The escapes among one family's functions (the top level's, for "") become functions that say why they are not there.
    private static void Restrict(ScriptObject functions, string family)
    {
        foreach (var (owner, name, why) in Removed)
            if (owner == family) functions.SetValue(name, new UnavailableFunction(owner.Length == 0 ? name : $"{owner}.{name}", why), true);
    }

    /// <summary>
    /// Scriban's <c>BuiltinFunctions</c>, family by family, with <c>date</c> and <c>regex</c> made on first use:
    /// making either reads the parameters of delegates through reflection, which under Native AOT first indexes
    /// every method of the program, about 10 ms of a briefing's start-up; most templates use neither.
    /// </summary>
    private sealed class Builtins : ScriptObject
    {
        private readonly Dictionary<string, Lazy<ScriptObject>> _onFirstUse = new(StringComparer.Ordinal)
        {
            ["date"] = Family("date", () => new SandboxDateFunctions()),
            ["regex"] = Family("regex", () => new RegexFunctions()),
        };

        private static Lazy<ScriptObject> Family(string name, Func<ScriptObject> make) => new(() =>
        {
            var family = make();
            Restrict(family, name);
            FreezeMembers(family);
            family.IsReadOnly = true;
            return family;
        });

        public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
        {
            if (!_onFirstUse.TryGetValue(member, out var family)) return base.TryGetValue(context, span, member, out value);
            value = family.Value;
            return true;
        }

        public override bool Contains(string member) => _onFirstUse.ContainsKey(member) || base.Contains(member);

        public override bool CanWrite(string member) => !_onFirstUse.ContainsKey(member) && base.CanWrite(member);
    }

    // Every render, and renders running side by side, share these objects: `{{ string.x = 1 }}` must be an
    // error, not a change the next template sees (nor a write racing a read in another thread).
    private static void FreezeMembers(ScriptObject functions)
    {
        foreach (var name in functions.Keys.ToList())
        {
            if (functions[name] is not ScriptObject { IsReadOnly: false } family) continue;
            family.IsReadOnly = true;
            FreezeMembers(family);
        }
    }

    /// <summary>Sets the limits of one render on its context.</summary>
    public static void Apply(TemplateContext context, RenderOptions options, TimeSpan timeout, CancellationToken cancellation)
    {
        context.StrictVariables = true;
        context.TemplateLoader = null;
        context.CancellationToken = cancellation;
        context.RecursiveLimit = options.RecursionLimit;
        context.ObjectRecursionLimit = 64;

        // Nested loops share one count; ranges (1..n) are checked against it before they are made.
        context.LoopLimit = options.LoopLimit;

        // The longest text any one value or built-in call may make: string multiplication, padding, joins and
        // conversions throw past it instead of allocating. Output has its own, larger cap, counted across captures.
        context.LimitToString = options.ValueLimit;
        context.OnStringLimit = ScriptLimitBehavior.Throw;
        context.OutputLimit = (int)Math.Min(options.OutputLimit, int.MaxValue);
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        context.RegexTimeOut = timeout;

        // Misspelt notes fields read as null (lint reports them), but nothing of .NET is reachable: no member of
        // a .NET object is exposed, and a missing member on anything but the template's own objects is an error.
        context.EnableRelaxedMemberAccess = true;
        context.MemberFilter = _ => false;
        context.TryGetMember = MissingMember;
    }

    private static bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        if (target is ScriptObject && !char.IsUpper(member, 0)) return false;
        var what = target switch
        {
            ScriptObject => "an object",
            string => "text",
            System.Collections.IEnumerable => "a list",
            IScriptCustomFunction => "a function",
            bool => "true or false",
            _ when target.GetType().IsPrimitive || target is decimal or System.Numerics.BigInteger => "a number",
            _ => "a value",
        };
        throw new SandboxException(span,
            $"'{member}' is not a member of {what}: templates read the notes' fields, their own variables and the documented functions, never .NET members");
    }
}

/// <summary>Stands in for a built-in the sandbox leaves out; calling it is a located error saying why.</summary>
internal sealed class UnavailableFunction(string name, string why) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        throw new SandboxException(callerContext?.Span ?? context.CurrentSpan, $"'{name}' is not available in ReportForge templates: {why}");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;
    public int ParameterCount => 16;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value", null);
}

/// <summary>A template called a built-in the sandbox leaves out, or reached for a member that is not its own.</summary>
internal sealed class SandboxException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
