using System.Collections.Concurrent;

namespace ReportForge.Text.Hyphenation;

/// <summary>
/// Each language's hyphenator, read from its embedded patterns on first use and kept: start-up reads none, a document
/// reads only its own language's, and threads laying out documents at once read each file once.
/// </summary>
internal sealed class HyphenatorCache
{
    private readonly ConcurrentDictionary<string, Lazy<Hyphenator>> _loaded = new(StringComparer.Ordinal);

    /// <summary>The process's cache.</summary>
    public static HyphenatorCache Shared { get; } = new();

    /// <summary>The hyphenator for a culture, or null for a language without patterns.</summary>
    public Hyphenator? For(string? culture)
    {
        if (Hyphenator.ResourceFor(culture) is not { } resource) return null;
        return _loaded.GetOrAdd(resource.Language, static (_, r) => new Lazy<Hyphenator>(() => Hyphenator.Load(r.Language, r.File)), resource).Value;
    }

    /// <summary>The languages whose patterns have been read.</summary>
    public IReadOnlyCollection<string> Loaded => _loaded.Where(p => p.Value.IsValueCreated).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
}
