using System.Buffers;

namespace Privacy.Kit.Redaction;

/// <summary>
/// Removes the <c>:TagName</c> suffix that Microsoft's logger appends to a classified value before redacting it
/// (the "discriminator"), so masking redactors see the value itself.
/// </summary>
internal static class DiscriminatorSuffix
{
    private static readonly SearchValues<char> TagStart =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_");

    private static readonly SearchValues<char> TagChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-");

    /// <summary>
    /// Returns <paramref name="input"/> without a trailing <c>:Identifier</c>; the input unchanged when it has none.
    /// </summary>
    /// <remarks>A value that itself ends in such a suffix loses it: the redactor then keeps less, never more.</remarks>
    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> input)
    {
        int colon = input.LastIndexOf(':');
        if (colon < 0 || colon == input.Length - 1)
        {
            return input;
        }

        ReadOnlySpan<char> tag = input[(colon + 1)..];
        return TagStart.Contains(tag[0]) && !tag.ContainsAnyExcept(TagChars) ? input[..colon] : input;
    }
}
