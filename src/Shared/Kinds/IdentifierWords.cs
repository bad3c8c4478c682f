// Linked into Privacy.Kit and Privacy.Kit.Analyzers (see src/Shared/README.md): keep it netstandard2.0 C#.
namespace Privacy.Kit;

/// <summary>
/// How a name is read against the heuristic terms of <see cref="PersonalDataKindTable"/>, the same way by the analyzers
/// (identifiers) and at run time (Serilog property names): letters only, lower case, words by separators and camel case.
/// </summary>
internal static class IdentifierWords
{
    /// <summary>Lower case letters only: <c>E_Mail</c>, <c>eMail</c> and <c>email</c> fold alike.</summary>
    public static string Fold(string identifier)
    {
        var buffer = new char[identifier.Length];
        var length = 0;
        foreach (var c in identifier)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer, 0, length);
    }

    /// <summary>Whether <paramref name="identifier"/> folds to <paramref name="folded"/> (see <see cref="Fold"/>), without folding it.</summary>
    public static bool FoldsTo(string identifier, string folded)
    {
        var at = 0;
        foreach (var c in identifier)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (at == folded.Length || char.ToLowerInvariant(c) != folded[at])
            {
                return false;
            }

            at++;
        }

        return at == folded.Length;
    }

    /// <summary>Whether letter number <paramref name="start"/> of <paramref name="identifier"/> (an index into its <see cref="Fold"/>) begins a word.</summary>
    public static bool StartsWord(string identifier, int start)
    {
        if (start == 0)
        {
            return true;
        }

        // Map the folded position back to the original identifier, skipping the separators Fold dropped.
        var letters = 0;
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (letters == start)
            {
                // A separator before it, or camel case: "customerEmail", "IPAddress" (upper followed by lower).
                var previous = identifier[i - 1];
                return !char.IsLetter(previous)
                    || (char.IsUpper(c) && (char.IsLower(previous) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))));
            }

            letters++;
        }

        return false;
    }
}
