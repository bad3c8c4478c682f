using System.Buffers;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Removes the <c>:TagName</c> suffix that Microsoft's logger appends to a classified value before redacting it
/// (the "discriminator"), so masking redactors see the value itself.
/// </summary>
internal static class DiscriminatorSuffix
{
    private static readonly SearchValues<char> TagChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    /// <summary>
    /// Returns <paramref name="input"/> without a trailing <c>:Identifier</c>; the input unchanged when it has none.
    /// </summary>
    /// <remarks>
    /// A value that itself ends in such a suffix loses it: the redactor then keeps less, never more. Searches backwards
    /// from the end, vectorized (every logged value passes here), and stops at the first character that cannot be
    /// part of a tag, so a long value costs no more than a short one.
    /// </remarks>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> input)
    {
        int i = input.LastIndexOfAnyExcept(TagChars);

        // A tag starts with a letter or underscore and follows a colon.
        bool tagged = i >= 0 && i < input.Length - 1 && input[i] == ':' && (char.IsAsciiLetter(input[i + 1]) || input[i + 1] == '_');
        return tagged ? input[..i] : input;
    }
}
