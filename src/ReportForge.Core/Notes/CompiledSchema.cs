using System.Globalization;
using System.Text.Json;
using ReportForge.Text;

namespace ReportForge.Notes;

/// <summary>What the quick check says of the notes.</summary>
internal enum Verdict
{
    /// <summary>The notes conform; nothing more to do.</summary>
    Valid,
    /// <summary>The notes do not conform: the full validator says where and why.</summary>
    Invalid,
    /// <summary>A value the quick check cannot judge the way the full validator would (a number like 1.0 against
    /// "integer", a string whose length depends on how characters are counted): the full validator decides.</summary>
    Unsure,
}

/// <summary>
/// A notes schema compiled for the keywords templates use (type, properties, required, items, enum, format date
/// and uri, lengths, bounds, $ref into $defs, anyOf and the other applicators), checked straight on the parsed
/// notes. It only says whether the notes conform: valid notes, the common case, never reach the full JSON Schema
/// validator, which on 1,000 talks takes half a second and more memory than the notes themselves, and whose
/// keyword tables cost a briefing's start-up. A schema with any other keyword (or a keyword it reads differently)
/// does not compile, and the full validator does all the work as before.
/// </summary>
internal sealed class CompiledSchema
{
    private const int MaxDepth = 256;

    // Keywords that say nothing about validity.
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "$defs", "definitions", "title", "description", "default", "examples",
        "deprecated", "readOnly", "writeOnly",
    };

    private static readonly HashSet<string> Dialects = new(StringComparer.Ordinal)
    {
        "https://json-schema.org/draft/2020-12/schema", "https://json-schema.org/draft/2019-09/schema",
    };

    private readonly Node _root;

    private CompiledSchema(Node root) => _root = root;

    /// <summary>The compiled schema, or null when it uses what the quick check does not cover.</summary>
    public static CompiledSchema? TryCompile(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$schema", out var dialect)
            && (dialect.ValueKind != JsonValueKind.String || !Dialects.Contains(dialect.GetString()!.TrimEnd('#'))))
            return null;
        var compiler = new Compiler(schema);
        var root = compiler.Compile(schema, isRoot: true);
        return root is null || compiler.Failed ? null : new CompiledSchema(root);
    }

    /// <summary>Whether <paramref name="notes"/> conform.</summary>
    public Verdict Check(JsonElement notes) => Check(_root, notes, 0);

    private static Verdict Check(Node node, JsonElement value, int depth)
    {
        if (depth > MaxDepth) return Verdict.Unsure;
        if (node.Always is { } always) return always ? Verdict.Valid : Verdict.Invalid;
        var verdict = Verdict.Valid;
        void Add(Verdict v)
        {
            if (v == Verdict.Invalid || verdict == Verdict.Invalid) verdict = Verdict.Invalid;
            else if (v == Verdict.Unsure) verdict = Verdict.Unsure;
        }

        if (node.Types != JsonTypes.Any) Add(CheckType(node.Types, value));
        if (verdict == Verdict.Invalid) return verdict;
        if (node.Enum is { } allowed) Add(OneOf(allowed, value));
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Add(CheckString(node, value));
                break;
            case JsonValueKind.Number:
                Add(CheckNumber(node, value));
                break;
            case JsonValueKind.Array:
                Add(CheckArray(node, value, depth));
                break;
            case JsonValueKind.Object:
                Add(CheckObject(node, value, depth));
                break;
        }
        if (verdict == Verdict.Invalid) return verdict;

        if (node.Ref is { } target) Add(Check(target.Resolved!, value, depth + 1));
        if (node.AllOf is { } all)
            foreach (var sub in all) Add(Check(sub, value, depth + 1));
        if (node.AnyOf is { } any) Add(AnyOf(any, value, depth));
        if (node.OneOf is { } one) Add(ExactlyOne(one, value, depth));
        if (node.Not is { } not) Add(Invert(Check(not, value, depth + 1)));
        if (node.If is { } condition)
        {
            var holds = Check(condition, value, depth + 1);
            if (holds == Verdict.Unsure) Add(Verdict.Unsure);
            else if (holds == Verdict.Valid && node.Then is { } then) Add(Check(then, value, depth + 1));
            else if (holds == Verdict.Invalid && node.Else is { } otherwise) Add(Check(otherwise, value, depth + 1));
        }
        return verdict;
    }

    private static Verdict CheckType(JsonTypes types, JsonElement value)
    {
        var kind = value.ValueKind switch
        {
            JsonValueKind.Object => JsonTypes.Object,
            JsonValueKind.Array => JsonTypes.Array,
            JsonValueKind.String => JsonTypes.String,
            JsonValueKind.True or JsonValueKind.False => JsonTypes.Boolean,
            JsonValueKind.Null => JsonTypes.Null,
            _ => JsonTypes.Number,
        };
        if ((types & kind) != 0) return Verdict.Valid;
        if (kind != JsonTypes.Number || (types & JsonTypes.Integer) == 0) return Verdict.Invalid;
        // "integer" against a number: plain digits are one; a fraction or exponent (1.0, 1e2), or digits past a long,
        // are for the full validator.
        return value.TryGetInt64(out _) ? Verdict.Valid : Verdict.Unsure;
    }

    private static Verdict OneOf(JsonElement[] allowed, JsonElement value)
    {
        foreach (var candidate in allowed)
        {
            var same = Same(candidate, value);
            if (same != Verdict.Invalid) return same;
        }
        return Verdict.Invalid;
    }

    // Equal (Valid), different (Invalid), or not sure: numbers written differently may still be equal (1 and 1.0),
    // and objects and arrays are left to the full validator.
    private static Verdict Same(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind) return Verdict.Invalid;
        return a.ValueKind switch
        {
            JsonValueKind.String => a.ValueEquals(b.GetString()) ? Verdict.Valid : Verdict.Invalid,
            JsonValueKind.Number => a.GetRawText() == b.GetRawText() ? Verdict.Valid : Verdict.Unsure,
            JsonValueKind.Object or JsonValueKind.Array => Verdict.Unsure,
            _ => Verdict.Valid,
        };
    }

    private static Verdict CheckString(Node node, JsonElement value)
    {
        if (node.MinLength is null && node.MaxLength is null && node.Format == StringFormat.None) return Verdict.Valid;
        var text = value.GetString()!;
        var verdict = Verdict.Valid;
        if (node.MinLength is { } min)
        {
            // Characters may be counted as UTF-16 units, code points or text elements: sure only when all agree.
            if (text.Length < min) return Verdict.Invalid;
            if (min > 1 && new StringInfo(text).LengthInTextElements < min) verdict = Verdict.Unsure;
        }
        if (node.MaxLength is { } max && text.Length > max)
        {
            if (new StringInfo(text).LengthInTextElements > max) return Verdict.Invalid;
            verdict = Verdict.Unsure;
        }
        var formatted = node.Format switch
        {
            StringFormat.Date => IsoDate.TryParse(text, out _),
            StringFormat.Uri => Uri.TryCreate(text, UriKind.Absolute, out _),
            _ => true,
        };
        return formatted ? verdict : Verdict.Invalid;
    }

    private static Verdict CheckNumber(Node node, JsonElement value)
    {
        if (node.Minimum is null && node.Maximum is null && node.ExclusiveMinimum is null && node.ExclusiveMaximum is null) return Verdict.Valid;
        if (!value.TryGetDecimal(out var number)) return Verdict.Unsure;
        var fits = (node.Minimum is not { } min || number >= min) && (node.Maximum is not { } max || number <= max)
            && (node.ExclusiveMinimum is not { } xmin || number > xmin) && (node.ExclusiveMaximum is not { } xmax || number < xmax);
        return fits ? Verdict.Valid : Verdict.Invalid;
    }

    private static Verdict CheckArray(Node node, JsonElement value, int depth)
    {
        var count = value.GetArrayLength();
        if (count < node.MinItems || count > node.MaxItems) return Verdict.Invalid;
        if (node.Items is not { } items) return Verdict.Valid;
        var verdict = Verdict.Valid;
        foreach (var item in value.EnumerateArray())
        {
            var v = Check(items, item, depth + 1);
            if (v == Verdict.Invalid) return v;
            if (v == Verdict.Unsure) verdict = v;
        }
        return verdict;
    }

    private static Verdict CheckObject(Node node, JsonElement value, int depth)
    {
        if (node.Required is { } required)
            foreach (var name in required)
                if (!value.TryGetProperty(name, out _)) return Verdict.Invalid;
        if (node.Properties is null && node.Additional is null) return Verdict.Valid;
        var verdict = Verdict.Valid;
        foreach (var property in value.EnumerateObject())
        {
            var schema = node.Properties is not null && node.Properties.TryGetValue(property.Name, out var declared) ? declared : node.Additional;
            if (schema is null) continue;
            var v = Check(schema, property.Value, depth + 1);
            if (v == Verdict.Invalid) return v;
            if (v == Verdict.Unsure) verdict = v;
        }
        return verdict;
    }

    private static Verdict AnyOf(Node[] alternatives, JsonElement value, int depth)
    {
        var verdict = Verdict.Invalid;
        foreach (var alternative in alternatives)
        {
            var v = Check(alternative, value, depth + 1);
            if (v == Verdict.Valid) return v;
            if (v == Verdict.Unsure) verdict = v;
        }
        return verdict;
    }

    private static Verdict ExactlyOne(Node[] alternatives, JsonElement value, int depth)
    {
        int valid = 0, unsure = 0;
        foreach (var alternative in alternatives)
        {
            var v = Check(alternative, value, depth + 1);
            if (v == Verdict.Valid) valid++;
            else if (v == Verdict.Unsure) unsure++;
        }
        if (valid > 1) return Verdict.Invalid;
        if (unsure > 0) return Verdict.Unsure;
        return valid == 1 ? Verdict.Valid : Verdict.Invalid;
    }

    private static Verdict Invert(Verdict v) => v switch
    {
        Verdict.Valid => Verdict.Invalid,
        Verdict.Invalid => Verdict.Valid,
        _ => Verdict.Unsure,
    };

    [Flags]
    private enum JsonTypes
    {
        Any = 0,
        Object = 1,
        Array = 2,
        String = 4,
        Number = 8,
        Integer = 16,
        Boolean = 32,
        Null = 64,
    }

    private enum StringFormat
    {
        None,
        Date,
        Uri,
    }

    private sealed class Node
    {
        public bool? Always;
        public JsonTypes Types;
        public JsonElement[]? Enum;
        public int? MinLength, MaxLength;
        public StringFormat Format;
        public decimal? Minimum, Maximum, ExclusiveMinimum, ExclusiveMaximum;
        public int MinItems;
        public int MaxItems = int.MaxValue;
        public Node? Items;
        public Dictionary<string, Node>? Properties;
        public Node? Additional;
        public string[]? Required;
        public Reference? Ref;
        public Node[]? AllOf, AnyOf, OneOf;
        public Node? Not, If, Then, Else;
    }

    private sealed class Reference
    {
        public Node? Resolved;
    }

    private sealed class Compiler(JsonElement root)
    {
        private readonly Dictionary<string, Reference> _references = new(StringComparer.Ordinal);

        public bool Failed { get; private set; }

        private Node? Fail()
        {
            Failed = true;
            return null;
        }

        public Node? Compile(JsonElement schema, bool isRoot = false)
        {
            if (Failed) return null;
            if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False) return new Node { Always = schema.ValueKind == JsonValueKind.True };
            if (schema.ValueKind != JsonValueKind.Object) return Fail();
            var node = new Node();
            foreach (var keyword in schema.EnumerateObject())
            {
                var value = keyword.Value;
                var known = keyword.Name switch
                {
                    "$schema" => isRoot && value.ValueKind == JsonValueKind.String,
                    // A base for "#…" references only: an $id below the root, or one with a fragment, changes what they mean.
                    "$id" => isRoot && value.ValueKind == JsonValueKind.String && !value.GetString()!.Contains('#')
                        && Uri.TryCreate(value.GetString(), UriKind.Absolute, out _),
                    "$defs" or "definitions" => value.ValueKind == JsonValueKind.Object,
                    "type" => ReadTypes(value, node),
                    "enum" => value.ValueKind == JsonValueKind.Array && (node.Enum = [.. value.EnumerateArray()]) is not null,
                    "const" => (node.AllOf = [.. node.AllOf ?? [], new Node { Enum = [value] }]) is not null,
                    "minLength" => Count(value) is { } n && (node.MinLength = n) is not null,
                    "maxLength" => Count(value) is { } n && (node.MaxLength = n) is not null,
                    "format" => ReadFormat(value, node),
                    "minimum" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && (node.Minimum = d) is not null,
                    "maximum" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && (node.Maximum = d) is not null,
                    "exclusiveMinimum" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && (node.ExclusiveMinimum = d) is not null,
                    "exclusiveMaximum" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && (node.ExclusiveMaximum = d) is not null,
                    "minItems" => Count(value) is { } n && (node.MinItems = n) >= 0,
                    "maxItems" => Count(value) is { } n && (node.MaxItems = n) >= 0,
                    "items" => value.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False
                        && (node.Items = Compile(value)) is not null,
                    "properties" => ReadProperties(value, node),
                    "additionalProperties" => (node.Additional = Compile(value)) is not null,
                    "required" => ReadRequired(value, node),
                    "$ref" => ReadReference(value, node),
                    "allOf" => List(value) is { } list && (node.AllOf = [.. node.AllOf ?? [], .. list]) is not null,
                    "anyOf" => (node.AnyOf = List(value)) is not null,
                    "oneOf" => (node.OneOf = List(value)) is not null,
                    "not" => (node.Not = Compile(value)) is not null,
                    "if" => (node.If = Compile(value)) is not null,
                    "then" => (node.Then = Compile(value)) is not null,
                    "else" => (node.Else = Compile(value)) is not null,
                    _ => Annotations.Contains(keyword.Name),
                };
                if (!known || Failed) return Fail();
            }
            // "then" and "else" without "if" are ignored by JSON Schema; so they are here.
            if (node.If is null) node.Then = node.Else = null;
            return node;
        }

        private static bool ReadTypes(JsonElement value, Node node)
        {
            static JsonTypes? One(JsonElement name) => name.ValueKind != JsonValueKind.String ? null : name.GetString() switch
            {
                "object" => JsonTypes.Object,
                "array" => JsonTypes.Array,
                "string" => JsonTypes.String,
                "number" => JsonTypes.Number | JsonTypes.Integer,
                "integer" => JsonTypes.Integer,
                "boolean" => JsonTypes.Boolean,
                "null" => JsonTypes.Null,
                _ => null,
            };
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in value.EnumerateArray())
                {
                    if (One(name) is not { } type) return false;
                    node.Types |= type;
                }
                return node.Types != JsonTypes.Any;
            }
            if (One(value) is not { } single) return false;
            node.Types = single;
            return true;
        }

        private static bool ReadFormat(JsonElement value, Node node)
        {
            if (value.ValueKind != JsonValueKind.String) return false;
            node.Format = value.GetString() switch
            {
                "date" => StringFormat.Date,
                "uri" => StringFormat.Uri,
                _ => StringFormat.None,
            };
            return node.Format != StringFormat.None;
        }

        private static int? Count(JsonElement value) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= 0 ? n : null;

        private Node[]? List(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0) return null;
            var list = new List<Node>();
            foreach (var item in value.EnumerateArray())
            {
                if (Compile(item) is not { } sub) return null;
                list.Add(sub);
            }
            return [.. list];
        }

        private bool ReadProperties(JsonElement value, Node node)
        {
            if (value.ValueKind != JsonValueKind.Object) return false;
            node.Properties = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var property in value.EnumerateObject())
            {
                if (Compile(property.Value) is not { } sub || !node.Properties.TryAdd(property.Name, sub)) return false;
            }
            return true;
        }

        private static bool ReadRequired(JsonElement value, Node node)
        {
            if (value.ValueKind != JsonValueKind.Array) return false;
            var names = new List<string>();
            foreach (var name in value.EnumerateArray())
            {
                if (name.ValueKind != JsonValueKind.String || names.Contains(name.GetString()!)) return false;
                names.Add(name.GetString()!);
            }
            node.Required = [.. names];
            return true;
        }

        // "#/$defs/name" and "#/definitions/name", resolved inside this schema; anything else (the root, another
        // file, an anchor, a deeper pointer) is for the full validator.
        private bool ReadReference(JsonElement value, Node node)
        {
            if (value.ValueKind != JsonValueKind.String) return false;
            var reference = value.GetString()!;
            if (_references.TryGetValue(reference, out var known))
            {
                node.Ref = known;
                return true;
            }
            var parts = reference.Split('/');
            if (parts.Length != 3 || parts[0] != "#" || parts[1] is not ("$defs" or "definitions")
                || parts[2].AsSpan().IndexOfAny('~', '%') >= 0
                || !root.TryGetProperty(parts[1], out var defs) || defs.ValueKind != JsonValueKind.Object
                || !defs.TryGetProperty(parts[2], out var target))
                return false;
            var entry = new Reference();
            _references.Add(reference, entry);
            node.Ref = entry;
            // Registered before it is compiled, so a schema that refers to itself (a tree of sections) compiles.
            entry.Resolved = Compile(target);
            return entry.Resolved is not null;
        }
    }
}
