namespace Privacy.Kit.Redaction;

/// <summary>Keeps a person's initials: <c>Jan de Vries</c> becomes <c>J.d.V.</c>.</summary>
internal sealed class PersonNameRedactor : MaskingRedactor
{
    /// <summary>At most this many initials, so a long value still gives a short output.</summary>
    public const int MaxInitials = 8;

    /// <summary>The shared instance; the redactor has no state.</summary>
    public static PersonNameRedactor Instance { get; } = new();

    /// <inheritdoc />
    protected override int Write(ReadOnlySpan<char> input, Span<char> destination)
    {
        ReadOnlySpan<char> name = DiscriminatorSuffix.Strip(input);
        int position = 0;
        int initials = 0;
        bool atWordStart = true;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '.' or ',' or '\'')
            {
                atWordStart = true;
                continue;
            }

            // Only a letter that starts a word is kept; digits, symbols and surrogate halves never are.
            if (atWordStart && initials < MaxInitials && char.IsLetter(c))
            {
                destination[position++] = c;
                destination[position++] = '.';
                initials++;
            }

            atWordStart = false;
        }

        return initials == 0 ? WriteMaskOnly(destination) : position;
    }
}
