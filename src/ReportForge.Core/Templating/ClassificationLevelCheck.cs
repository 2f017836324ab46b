using ReportForge.Diagnostics;

namespace ReportForge.Templating;

/// <summary>Checks template.json's <c>classification.levels</c>: each level well formed, each name and short form once.</summary>
internal static class ClassificationLevelCheck
{
    public static List<Diagnostic> Check(IReadOnlyList<ClassificationLevel> levels, Func<string, SourceLocation> locate)
    {
        var found = new List<Diagnostic>();
        void Add(string pointer, string message) =>
            found.Add(new Diagnostic(ErrorCodes.ClassificationLevelInvalid, Severity.Error, $"{pointer}: {message}", locate(pointer)));

        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var shorts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var pointer = $"/classification/levels/{i}";
            if (level.Problem is var (key, message))
            {
                Add(pointer + key, message);
                continue;
            }
            // A plain string level has no "name" key: its pointer is the level's.
            var namePointer = level.WrittenAsObject ? pointer + "/name" : pointer;
            if (level.Name.Trim().Length == 0)
            {
                Add(namePointer, "the level's name is empty");
                continue;
            }
            if (!names.TryAdd(level.Name.Trim(), i))
            {
                Add(namePointer, $"the level '{level.Name}' is already level {names[level.Name.Trim()]}; each level is named once");
                continue;
            }
            if (level.Short is { } given && given.Trim().Length == 0)
            {
                Add(pointer + "/short", $"the short form of {level.Name} is empty; leave 'short' out for the default");
                continue;
            }
            var shortForm = level.ShortForm.Trim();
            if (!shorts.TryAdd(shortForm, level.Name))
                Add(level.Short is null ? namePointer : pointer + "/short",
                    $"the short form '{shortForm}' is already {shorts[shortForm]}'s; each level needs its own");
        }
        return found;
    }
}
