namespace Privacy.Kit.Redaction;

/// <summary>
/// Removes the <c>:TagName</c> suffix that Microsoft's logger appends to a classified value before redacting it
/// (the "discriminator"), so masking redactors see the value itself.
/// </summary>
internal static class DiscriminatorSuffix
{
    /// <summary>
    /// Returns <paramref name="input"/> without a trailing <c>:Identifier</c>; the input unchanged when it has none.
    /// </summary>
    /// <remarks>
    /// A value that itself ends in such a suffix loses it: the redactor then keeps less, never more. Scans backwards
    /// from the end, so only the tag's few characters are read, whatever the value's length.
    /// </remarks>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> input)
    {
        int i = input.Length - 1;
        while (i >= 0 && IsTagChar(input[i]))
        {
            i--;
        }

        // A tag starts with a letter or underscore and follows a colon.
        bool tagged = i >= 0 && i < input.Length - 1 && input[i] == ':' && (char.IsAsciiLetter(input[i + 1]) || input[i + 1] == '_');
        return tagged ? input[..i] : input;
    }

    private static bool IsTagChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';
}
