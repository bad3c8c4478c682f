using System.CommandLine;

namespace Privacy.Kit.Cli;

/// <summary>
/// An option whose value is one of an enum's names, written in lower case: help shows the values
/// (<c>--format &lt;text|json|sarif&gt;</c>) and a bad value names them instead of the enum's type.
/// </summary>
internal static class ChoiceOption
{
    public static Option<T> Create<T>(string name, string description, T defaultValue)
        where T : struct, Enum
    {
        var names = Array.ConvertAll(Enum.GetNames<T>(), n => n.ToLowerInvariant());
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = string.Join('|', names),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return defaultValue;
                }

                var text = result.Tokens[0].Value;
                if (Array.IndexOf(names, text.ToLowerInvariant()) >= 0 && Enum.TryParse(text, ignoreCase: true, out T value))
                {
                    return value;
                }

                result.AddError($"{name}: unknown value '{text}'; expected {ValueList(names)}.");
                return defaultValue;
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary><c>text, json or sarif</c>.</summary>
    public static string ValueList(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";
}
