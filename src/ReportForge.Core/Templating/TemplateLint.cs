using ReportForge.Diagnostics;
using ReportForge.Notes;
using Scriban;
using Scriban.Syntax;

namespace ReportForge.Templating;

/// <summary>
/// Checks a template against its notes schema without rendering: every field it reads through a member
/// chain (<c>talk.titel</c>, on notes variables, loop variables, <c>item</c> and partial arguments) must be
/// declared, and every field the schema requires must be read somewhere. Walks the Scriban syntax tree of
/// the layout, the entry and every partial they name with a literal.
/// </summary>
public static class TemplateLint
{
    private static readonly HashSet<string> ListFunctions = ["sort_by", "group_by", "where", "find", "distinct", "chart_counts", "chart_timeline"];
    private static readonly HashSet<string> ListMembers = ["size", "first", "last", "empty?", "any?"];

    /// <summary>Every finding; empty when the template and schema agree.</summary>
    public static IReadOnlyList<Diagnostic> Run(TemplatePackage package)
    {
        if (package.Schema.Problems is { Count: > 0 } problems) return problems;
        var walker = new Walker(package);
        try
        {
            walker.Start();
        }
        catch (TemplateFileException e)
        {
            return e.Diagnostics;
        }
        return walker.Findings();
    }

    private sealed class Walker
    {
        private readonly TemplatePackage _package;
        private readonly TemplateFiles _files;
        private readonly SchemaShape _root;
        private readonly Dictionary<SchemaShape, string> _pointers = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<(SchemaShape, string)> _read = [];
        // Required fields count only inside what the template uses: a template that never touches
        // next_steps is not asked to read next_steps[].action.
        private readonly HashSet<SchemaShape> _reached = new(ReferenceEqualityComparer.Instance);
        private readonly List<Diagnostic> _undeclared = [];
        private readonly HashSet<string> _walkedPartials = new(StringComparer.Ordinal);
        // Partials being walked: one that calls itself (with arguments) is not walked again inside itself.
        private readonly HashSet<string> _partialStack = new(StringComparer.Ordinal);
        private bool _inBody;
        private readonly Stack<Dictionary<string, SchemaShape>> _scopes = new();
        private Template? _body;

        public Walker(TemplatePackage package)
        {
            _package = package;
            _files = new TemplateFiles(package, new MappedOutput(package.EntryFile, long.MaxValue));
            _root = package.Schema.Shape;
            Index(_root, "");
        }

        public void Start()
        {
            var globals = new Dictionary<string, SchemaShape>(StringComparer.Ordinal) { ["notes"] = _root };
            foreach (var (name, shape) in _root.Properties) globals[name] = shape;
            if (_package.Manifest.Each is { } each && _root.Properties.TryGetValue(each, out var list) && list.Items is { } items) globals["item"] = items;
            _scopes.Push(globals);
            _reached.Add(_root);

            _body = _files.Parse(_package.EntryText, _package.EntryFile);
            var manifest = SourceLocation.OfFile(_package.Source.DisplayPath("template.json"));
            var main = _package.Manifest.Layout is { } layout ? _files.Find(TemplateFiles.LayoutsFolder, layout, manifest) : _body;
            Walk(main.Page);
        }

        public IReadOnlyList<Diagnostic> Findings()
        {
            // An expression can be resolved more than once (a list function's list, then its result): report each place once.
            var findings = _undeclared.Distinct().ToList();
            var at = new SourceLocation(_package.EntryFile, 1, 1);
            foreach (var (shape, pointer) in _pointers.Where(p => _reached.Contains(p.Key)))
            {
                foreach (var name in shape.Required.Order(StringComparer.Ordinal).Where(n => !_read.Contains((shape, n))))
                {
                    findings.Add(new Diagnostic(ErrorCodes.LintRequiredUnread, Severity.Error,
                        $"the schema requires {pointer}/{name} but the template never reads it", at));
                }
            }
            return findings;
        }

        private void Index(SchemaShape shape, string pointer)
        {
            if (!_pointers.TryAdd(shape, pointer)) return;
            foreach (var (name, child) in shape.Properties) Index(child, $"{pointer}/{name}");
            if (shape.Items is { } items) Index(items, pointer + "/items");
        }

        private void Walk(ScriptNode? node)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptForStatement loop:
                    Walk(loop.Iterator);
                    var itemShape = ShapeOf(loop.Iterator)?.Items;
                    _scopes.Push(new Dictionary<string, SchemaShape>(StringComparer.Ordinal));
                    if (loop.Variable is ScriptVariable v && itemShape is not null)
                    {
                        _scopes.Peek()[Name(v)] = itemShape;
                        _reached.Add(itemShape);
                    }
                    Walk(loop.Body);
                    _scopes.Pop();
                    Walk(loop.Else);
                    return;
                case ScriptAssignExpression assign:
                    var assigned = ShapeOf(assign.Value);
                    if (assign.Target is ScriptVariable target) { if (assigned is not null) _scopes.Last()[Name(target)] = assigned; }
                    else Walk(assign.Target);
                    return;
                case ScriptMemberExpression member:
                    ShapeOf(member);
                    return;
                case ScriptFunctionCall call when call.Target is ScriptVariableGlobal { Name: "partial" } && call.Arguments.Count > 0:
                    foreach (var argument in call.Arguments) Walk(argument);
                    WalkPartial(call);
                    return;
                case ScriptVariableGlobal { Name: "render_body" }:
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "render_body" } }:
                    WalkBody(node);
                    return;
                case ScriptFunctionCall call when call.Target is ScriptVariableGlobal g && ListFunctions.Contains(g.Name):
                    foreach (var argument in call.Arguments) Walk(argument);
                    ReadListField(call);
                    return;
                case ScriptVariable variable:
                    ShapeOf(variable);
                    return;
            }
            foreach (var child in node.Children) Walk(child);
        }

        // The entry file is walked where the layout renders it; render_body met inside the entry file itself
        // (or a partial it calls) is reported as rendering would, never walked again without end.
        private void WalkBody(ScriptNode at)
        {
            if (_body is null) return;
            var location = TemplateRenderer.Locate(at.Span, _package.EntryFile);
            if (_package.Manifest.Layout is null)
            {
                _undeclared.Add(new Diagnostic(ErrorCodes.TemplateRuntime, Severity.Error, "render_body is for layouts; this file is not used as a layout",
                    location));
                return;
            }
            if (_inBody)
            {
                _undeclared.Add(new Diagnostic(ErrorCodes.TemplateRecursionLimit, Severity.Error,
                    "render_body inside the entry file (or a partial it calls) renders the entry file again, without end; call it only in the layout",
                        location));
                return;
            }
            _inBody = true;
            Walk(_body.Page);
            _inBody = false;
        }

        private void WalkPartial(ScriptFunctionCall call)
        {
            if (call.Arguments[0] is not ScriptLiteral { Value: string name }) return;
            var template = _files.Find(TemplateFiles.PartialsFolder, name, TemplateRenderer.Locate(call.Span, _package.EntryFile));
            var arguments = new Dictionary<string, SchemaShape>(StringComparer.Ordinal);
            for (var i = 1; i < call.Arguments.Count; i++)
            {
                if (ShapeOf(call.Arguments[i]) is { } shape) arguments[(i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = shape;
            }
            // A partial called with no shaped arguments is walked once; with arguments, for each call (they may differ).
            if (arguments.Count == 0 && !_walkedPartials.Add(name)) return;
            if (!_partialStack.Add(name)) return;
            _scopes.Push(arguments);
            Walk(template.Page);
            _scopes.Pop();
            _partialStack.Remove(name);
        }

        /// <summary>group_by quotes "side" reads quotes[].side.</summary>
        private void ReadListField(ScriptFunctionCall call)
        {
            // chart_timeline names three fields (date, label, group); the others one, second.
            var fields = call.Target is ScriptVariableGlobal { Name: "chart_timeline" } ? call.Arguments.Skip(1) : call.Arguments.Skip(1).Take(1);
            var items = call.Arguments.Count < 2 ? null : ShapeOf(call.Arguments[0])?.Items;
            if (items is null) return;
            foreach (var argument in fields)
                if (argument is ScriptLiteral { Value: string field }) Read(items, field.Split('.')[0], argument);
        }

        /// <summary>The schema shape an expression evaluates to, marking and checking every member it reads.</summary>
        private SchemaShape? ShapeOf(ScriptNode? node)
        {
            var shape = Resolve(node);
            if (shape is not null) _reached.Add(shape);
            return shape;
        }

        private SchemaShape? Resolve(ScriptNode? node)
        {
            switch (node)
            {
                case ScriptNestedExpression nested:
                    return ShapeOf(nested.Expression);
                case ScriptVariable variable:
                    var bound = Lookup(Name(variable));
                    if (bound is not null && node is ScriptVariableGlobal && ReferenceEquals(bound,
                        _root.Properties.GetValueOrDefault(variable.Name))) _read.Add((_root, variable.Name));
                    return bound;
                case ScriptMemberExpression member:
                    var target = ShapeOf(member.Target);
                    if (member.Target is not (ScriptVariable or ScriptMemberExpression or ScriptNestedExpression or ScriptIndexerExpression))
                        Walk(member.Target);
                    return target is null || member.Member is null ? null : Read(target, member.Member.Name, member.Member);
                // Scriban parses a partial's $0 as $[0]: the arguments array indexed by a literal.
                case ScriptIndexerExpression { Target: ScriptVariable { Name: "$" or "" }, Index: ScriptLiteral { Value: int argument } }:
                    return Lookup(argument.ToString(System.Globalization.CultureInfo.InvariantCulture));
                case ScriptIndexerExpression indexer:
                    Walk(indexer.Index);
                    return ShapeOf(indexer.Target)?.Items;
                case ScriptFunctionCall call when call.Target is ScriptVariableGlobal g && ListFunctions.Contains(g.Name) && call.Arguments.Count > 0:
                    Walk(call);
                    var list = ShapeOf(call.Arguments[0]);
                    return g.Name switch { "find" => list?.Items, "sort_by" or "where" => list, _ => null };
                default:
                    Walk(node);
                    return null;
            }
        }

        private SchemaShape? Read(SchemaShape shape, string name, ScriptNode at)
        {
            if (shape.Properties.TryGetValue(name, out var child))
            {
                _read.Add((shape, name));
                return child;
            }
            var isObject = shape.Properties.Count > 0 || shape.Type == "object";
            if (isObject || (shape.Items is not null && !ListMembers.Contains(name)))
            {
                var pointer = _pointers.GetValueOrDefault(shape, "");
                var known = shape.Properties.Count > 0 ? $"; its fields are {string.Join(", ", shape.Properties.Keys)}" : "";
                _undeclared.Add(new Diagnostic(ErrorCodes.LintUndeclaredField, Severity.Error,
                    $"'{name}' is not declared by the schema at {(pointer.Length == 0 ? "the top level" : pointer)}{known}",
                    TemplateRenderer.Locate(at.Span, _package.EntryFile)));
            }
            return null;
        }

        private SchemaShape? Lookup(string name)
        {
            foreach (var scope in _scopes)
            {
                if (scope.TryGetValue(name, out var shape)) return shape;
            }
            return null;
        }

        private static string Name(ScriptVariable variable) => variable.Name.TrimStart('$');
    }
}
